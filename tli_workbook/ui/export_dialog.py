"""File › Export submission packet: choose what to write, then export on the task runner with
a progress dialog and Cancel. A cancelled or failed export leaves nothing at the destination
(the packet library writes to temporary files and renames only at the end)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Credential
from tli_workbook.ui.tasks import Task, TaskCancelled, progress_dialog, runner, wait_for

if TYPE_CHECKING:
    from tli_workbook.store.snapshot import Snapshot

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


def export_job(
    snapshot: Snapshot, credential: Credential, file_path: Any, choice: ExportChoice
) -> Callable[[Task[list[str]]], list[str]]:
    """The export as a job for the task runner: export_packet with the runner's progress and
    cancel. Returns the written paths."""

    def work(task: Task[list[str]]) -> list[str]:
        from tli_workbook.packet.builder import PacketOptions
        from tli_workbook.packet.errors import ExportCancelled
        from tli_workbook.packet.export import export_packet

        c = choice
        try:
            targets = c.targets()
            written = export_packet(
                snapshot,
                credential,
                file_path,
                docx=targets["docx"],
                pdf=targets["pdf"],
                upload_kit=targets["upload_kit"],
                page=c.page,
                options=PacketOptions(author_name=c.author_name, include_rubric=c.include_rubric),
                progress=task.progress,
            )
        except ExportCancelled:
            raise TaskCancelled from None  # nothing was written; not a failure to report
        return [str(p) for p in written]

    return work


def run_export(
    parent: QWidget,
    snapshot: Snapshot,
    credential: Credential,
    file_path: Any,
    choice: ExportChoice,
) -> tuple[list[str] | None, str]:
    """Export on the task runner behind a window-modal progress dialog with Cancel; returns
    (written paths, "") or (None, message); (None, "") when cancelled. The window keeps
    painting meanwhile."""
    from tli_workbook.packet.errors import ExportError

    outcome: dict[str, Any] = {"paths": None, "error": ""}

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ExportError):
            outcome["error"] = str(exc)
        else:  # logged with its traceback by the runner
            outcome["error"] = QCoreApplication.translate(
                "Export",
                "The export failed unexpectedly: {0}. Nothing was written. Try again; if it "
                "happens again, the log has the details.",
            ).format(exc)

    task = runner().run(
        export_job(snapshot, credential, file_path, choice),
        lambda paths: outcome.update(paths=paths),
        label=QCoreApplication.translate("Export", "exporting the packet"),
        owner=parent,
        on_failure=failed,
    )
    progress_dialog(
        task,
        parent,
        QCoreApplication.translate("Export", "Exporting"),
        QCoreApplication.translate("Export", "Preparing the packet…"),
        delay_ms=0,
    )
    wait_for(task)
    return outcome["paths"], outcome["error"]
