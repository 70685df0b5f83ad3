"""Every modal dialog and file picker goes through this one object, so tests patch one thing
(`window.dialogs`) instead of Qt internals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget


class Dialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def run(self, dialog: QDialog) -> int:
        """Show a dialog the caller built (the export summary) and wait for it."""
        return dialog.exec()

    def warning(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def error(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=self.parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def confirm(self, title: str, text: str, ok_label: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        ok = box.addButton(
            ok_label or QCoreApplication.translate("Dialogs", "OK"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def ask_text(self, title: str, label: str, text: str = "") -> tuple[str, bool]:
        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value, ok

    def open_file(self, title: str, filters: str = "") -> Path | None:
        filters = filters or QCoreApplication.translate("Dialogs", "All files (*)")
        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(Path.home()), filters)
        return Path(name) if name else None

    def open_files(self, title: str, filters: str = "") -> list[Path]:
        filters = filters or QCoreApplication.translate("Dialogs", "All files (*)")
        names, _ = QFileDialog.getOpenFileNames(self.parent, title, str(Path.home()), filters)
        return [Path(n) for n in names]

    def save_file(self, title: str, suggested: str, filters: str) -> Path | None:
        start = str(Path.home() / suggested)
        name, _ = QFileDialog.getSaveFileName(self.parent, title, start, filters)
        return Path(name) if name else None
