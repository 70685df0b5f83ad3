"""File › Export submission packet: choose what to write, then export off the GUI thread with
a progress dialog and Cancel. A cancelled or failed export leaves nothing at the destination
(the packet library writes to temporary files and renames only at the end)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Credential

log = logging.getLogger(__name__)


@dataclass
class ExportChoice:
    folder: Path
    stem: str
    docx: bool
    pdf: bool
    upload_kit: bool
    page: str
    include_rubric: bool
    author_name: str | None

    def targets(self) -> dict[str, Path | None]:
        return {
            "docx": self.folder / f"{self.stem}.docx" if self.docx else None,
            "pdf": self.folder / f"{self.stem}.pdf" if self.pdf else None,
            "upload_kit": self.folder / f"{self.stem}_upload_kit" if self.upload_kit else None,
        }


def safe_stem(text: str) -> str:
    """A file name with no personal data added: letters, digits, _ and -."""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_")
    return stem or "Submission_packet"


class ExportDialog(QDialog):
    def __init__(self, credential: Credential, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export submission packet")
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        intro = QLabel(
            f"Writes the {credential.title} submission packet in the order the credential asks "
            "for. Nothing in it names you unless you type a name below."
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.folder = QLineEdit(str(folder))
        self.folder.setAccessibleName("Destination folder")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow("Save in:", row)
        self.stem = QLineEdit(safe_stem(f"{credential.short_title}_submission"))
        self.stem.setAccessibleName("File name")
        form.addRow("File name:", self.stem)
        self.docx = QCheckBox("Word document (.docx)")
        self.docx.setChecked(True)
        self.pdf = QCheckBox("PDF")
        self.pdf.setChecked(True)
        self.kit = QCheckBox("Upload kit: one PDF per part and artifact, in a folder")
        form.addRow("Write:", self.docx)
        form.addRow("", self.pdf)
        form.addRow("", self.kit)
        self.page = QComboBox()
        self.page.addItem("US Letter", "letter")
        self.page.addItem("A4", "a4")
        form.addRow("Paper:", self.page)
        self.rubric = QCheckBox("Add my rubric self-assessment as an appendix")
        form.addRow("", self.rubric)
        self.author = QLineEdit()
        self.author.setPlaceholderText("Leave empty: the credentials ask for anonymous work")
        self.author.setAccessibleName("Name on the cover (optional)")
        form.addRow("Name on cover:", self.author)
        lay.addLayout(form)
        bb = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        bb.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Save the packet in", self.folder.text())
        if name:
            self.folder.setText(name)

    def choice(self) -> ExportChoice:
        return ExportChoice(
            folder=Path(self.folder.text()).expanduser(),
            stem=safe_stem(self.stem.text()),
            docx=self.docx.isChecked(),
            pdf=self.pdf.isChecked(),
            upload_kit=self.kit.isChecked(),
            page=self.page.currentData(),
            include_rubric=self.rubric.isChecked(),
            author_name=self.author.text().strip() or None,
        )

    @classmethod
    def get(
        cls, credential: Credential, folder: Path, parent: QWidget | None = None
    ) -> tuple[ExportChoice | None, bool]:
        dlg = cls(credential, folder, parent)
        ok = dlg.exec() == QDialog.DialogCode.Accepted
        return (dlg.choice() if ok else None), ok


class ExportWorker(QObject):
    """Runs export_packet in a QThread; progress and the result come back as signals."""

    progress = Signal(int, str)
    finished = Signal(list)
    failed = Signal(str)

    def __init__(
        self, snapshot: dict[str, Any], credential: Credential, file_path: Any, choice: ExportChoice
    ) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.credential = credential
        self.file_path = file_path
        self.choice = choice
        self.cancelled = False

    def run(self) -> None:
        from tli_workbook.packet.builder import PacketOptions
        from tli_workbook.packet.errors import ExportError
        from tli_workbook.packet.export import export_packet

        def report(fraction: float, message: str) -> bool:
            self.progress.emit(int(fraction * 1000), message)
            return not self.cancelled

        c = self.choice
        try:
            written = export_packet(
                self.snapshot,
                self.credential,
                self.file_path,
                **c.targets(),
                page=c.page,
                options=PacketOptions(author_name=c.author_name, include_rubric=c.include_rubric),
                progress=report,
            )
        except ExportError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 (reported to the user and logged)
            log.exception("The packet export failed unexpectedly")
            self.failed.emit(f"The export failed unexpectedly: {exc}")
            return
        self.finished.emit([str(p) for p in written])


class _Controller(QObject):
    """Lives in the GUI thread, so the worker's signals reach these slots queued: nothing
    touches the progress dialog from the export thread."""

    def __init__(self, dialog: QProgressDialog, worker: ExportWorker) -> None:
        super().__init__()
        self.dialog = dialog
        self.worker = worker
        self.paths: list[str] | None = None
        self.error = ""

    @Slot(int, str)
    def on_progress(self, value: int, message: str) -> None:
        if not self.worker.cancelled:
            self.dialog.setValue(value)
            self.dialog.setLabelText(message + "…")

    @Slot(list)
    def on_done(self, paths: list) -> None:
        self.paths = paths
        self.dialog.done(0)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.error = message
        self.dialog.done(0)

    @Slot()
    def on_cancel(self) -> None:
        self.worker.cancelled = True


def run_export(parent: QWidget, worker: ExportWorker) -> tuple[list[str] | None, str]:
    """Run the worker with a modal progress dialog; (written paths, "") or (None, message)."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    dlg = QProgressDialog("Preparing the packet…", "Cancel", 0, 1000, parent)
    dlg.setWindowTitle("Exporting")
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(0)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    ctl = _Controller(dlg, worker)
    worker.progress.connect(ctl.on_progress)
    worker.finished.connect(ctl.on_done)
    worker.failed.connect(ctl.on_failed)
    dlg.canceled.connect(ctl.on_cancel)
    thread.started.connect(worker.run)
    thread.start()
    dlg.exec()
    if ctl.paths is None and not ctl.error:
        worker.cancelled = True  # the dialog closed some other way: stop the work
    thread.quit()
    thread.wait()
    # Signals queued before the thread ended still carry the outcome.
    QCoreApplication.processEvents()
    dlg.deleteLater()
    return ctl.paths, ctl.error
