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

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
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
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Credential
from tli_workbook.text.display_names import display_name
from tli_workbook.ui import preferences, settings
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


# Keys in the settings file (tli_workbook.ui.settings); the Preferences dialog reads the same.
FOLDER_KEY = "export/folder"
DOCX_KEY = "export/docx"
PDF_KEY = "export/pdf"
KIT_KEY = "export/upload_kit"
PAGE_KEY = "export/page"
# preferences.paper_generation() when PAGE_KEY was chosen: a new paper default wins over it.
PAGE_DEFAULT_KEY = "export/page_default"
RUBRIC_KEY = "export/include_rubric"


def start_page() -> str:
    """The paper the dialog starts with: the one chosen at the last export, unless a paper
    default was set in Preferences since (or nothing was chosen yet): then the default."""
    default = preferences.page_key()
    if settings.get_str(PAGE_DEFAULT_KEY, "0") != preferences.paper_generation():
        return default
    return settings.get_str(PAGE_KEY, default)


class ExportDialog(QDialog):
    """Remembers folder, formats, paper and the rubric appendix across sessions (saved when
    Export is pressed, so a failed export's retry starts from the same choices). A folder
    that does not exist is offered to be created; nothing closes the dialog with an error."""

    def __init__(self, credential: Credential, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export submission packet"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Writes the {0} submission packet in the order the credential asks for. "
                "Nothing in it names you unless you type a name below."
            ).format(credential.title)
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.folder = QLineEdit(str(settings.get_path(FOLDER_KEY, folder)))
        self.folder.setAccessibleName(self.tr("Destination folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Save in:"), row)
        self.stem = QLineEdit(safe_stem(f"{credential.short_title}_submission"))
        self.stem.setAccessibleName(self.tr("File name"))
        form.addRow(self.tr("File name:"), self.stem)
        self.docx = QCheckBox(self.tr("Word document (.docx)"))
        self.docx.setChecked(settings.get_bool(DOCX_KEY, True))
        self.pdf = QCheckBox(self.tr("PDF"))
        self.pdf.setChecked(settings.get_bool(PDF_KEY, True))
        self.kit = QCheckBox(self.tr("Upload kit: one PDF per part and artifact, in a folder"))
        self.kit.setChecked(settings.get_bool(KIT_KEY, False))
        form.addRow(self.tr("Write:"), self.docx)
        form.addRow("", self.pdf)
        form.addRow("", self.kit)
        self.page = QComboBox()
        self.page.addItem(self.tr("US Letter"), "letter")  # notr: "letter" is the stored key
        self.page.addItem(self.tr("A4"), "a4")
        self.page.setCurrentIndex(max(0, self.page.findData(start_page())))
        form.addRow(self.tr("Paper:"), self.page)
        self.rubric = QCheckBox(self.tr("Add my rubric self-assessment as an appendix"))
        self.rubric.setChecked(settings.get_bool(RUBRIC_KEY, False))
        form.addRow("", self.rubric)
        self.author = QLineEdit()
        self.author.setPlaceholderText(
            self.tr("Leave empty: the credentials ask for anonymous work")
        )
        self.author.setAccessibleName(self.tr("Name on the cover (optional)"))
        form.addRow(self.tr("Name on cover:"), self.author)
        lay.addLayout(form)
        bb = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = bb.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Save the packet in"), self.folder.text()
        )
        if name:
            self.folder.setText(name)

    def accept(self) -> None:
        """Export only with a folder to write in; otherwise say what to do and stay open."""
        if self._ready():
            self._remember()
            super().accept()

    def _ready(self) -> bool:
        if not (self.docx.isChecked() or self.pdf.isChecked() or self.kit.isChecked()):
            self._tell(self.tr("Choose what to write: a Word document, a PDF or an upload kit."))
            return False
        text = self.folder.text().strip()
        if not text:
            self._tell(self.tr("Choose the folder to save the packet in."))
            self.folder.setFocus()
            return False
        folder = Path(text).expanduser()
        if folder.is_dir():
            return True
        if folder.exists():
            self._tell(
                self.tr(
                    "{0} is a file, not a folder. Choose a folder to save the packet in."
                ).format(folder)
            )
            self.folder.setFocus()
            return False
        if not self._ask_create(folder):
            self.folder.setFocus()
            return False
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("could not create the export folder %s: %s", folder, exc)
            self._tell(
                self.tr("The folder {0} could not be made ({1}). Choose another folder.").format(
                    folder, exc.strerror or exc
                )
            )
            self.folder.setFocus()
            return False
        return True

    def _ask_create(self, folder: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Create the folder?"),
            self.tr(
                "The folder {0} does not exist yet. Create it and save the packet there?"
            ).format(folder),
            parent=self,
        )
        create = box.addButton(self.tr("Create folder"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(create)
        box.exec()
        return box.clickedButton() is create

    def _tell(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Export submission packet"), text)

    def _remember(self) -> None:
        settings.set_values(
            {
                FOLDER_KEY: Path(self.folder.text().strip()).expanduser(),
                DOCX_KEY: self.docx.isChecked(),
                PDF_KEY: self.pdf.isChecked(),
                KIT_KEY: self.kit.isChecked(),
                PAGE_KEY: str(self.page.currentData()),
                PAGE_DEFAULT_KEY: preferences.paper_generation(),
                RUBRIC_KEY: self.rubric.isChecked(),
            }
        )

    def choice(self) -> ExportChoice:
        return ExportChoice(
            folder=Path(self.folder.text().strip()).expanduser(),
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


class ExportDoneDialog(QDialog):
    """What was written, in words, with the two next steps a teacher takes: look in the
    folder, or open the PDF."""

    def __init__(self, choice: ExportChoice, paths: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Packet exported"))
        self.setMinimumWidth(460)
        self.folder = choice.folder
        written = [Path(p) for p in paths]
        targets = choice.targets()
        self.pdf = targets["pdf"] if targets["pdf"] in written else None
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("Your packet is ready."))
        head.setObjectName("sectionHeading")
        lay.addWidget(head)
        lines = [self.tr("Saved in {0}:").format(display_name(choice.folder, 120))]
        names = {"docx": self.tr("Word document"), "pdf": self.tr("PDF")}
        for kind in ("docx", "pdf"):
            target = targets[kind]
            if target is not None and target in written:
                lines.append(f"•  {names[kind]}: {display_name(target.name)}")
        kit = targets["upload_kit"]
        if kit is not None:
            count = sum(1 for p in written if kit in p.parents)
            lines.append(
                "•  "
                + self.tr("Upload kit: %n file(s) in the folder {folder}", "", count).format(
                    folder=display_name(kit.name)
                )
            )
        body = QLabel("\n".join(lines))
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(body)
        bb = QDialogButtonBox()
        self.open_folder = bb.addButton(
            self.tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_folder.clicked.connect(lambda: self._open(self.folder))
        self.show_pdf: QPushButton | None = None
        if self.pdf is not None:
            self.show_pdf = bb.addButton(
                self.tr("Show the PDF"), QDialogButtonBox.ButtonRole.ActionRole
            )
            pdf = self.pdf
            self.show_pdf.clicked.connect(lambda: self._open(pdf))
            self.show_pdf.setDefault(True)
        close = bb.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        lay.addWidget(bb)

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self,
                self.tr("Could not open"),
                self.tr("No program opened {0}. Open it from your file manager.").format(path),
            )
            return
        self.accept()


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
