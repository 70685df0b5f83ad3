"""File › Restore from backup: the backups with their dates and what they hold."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions import Catalog
from tli_workbook.store.backups import Backup
from tli_workbook.text.dates import format_moment

REASONS = {
    "close": str(QT_TRANSLATE_NOOP("RestoreDialog", "when the app closed")),
    "daily": str(QT_TRANSLATE_NOOP("RestoreDialog", "daily")),
    "manual": str(QT_TRANSLATE_NOOP("RestoreDialog", "by hand")),
}


class RestoreDialog(QDialog):
    def __init__(
        self, backups: list[Backup], catalog: Catalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 420)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a backup to restore. Your current database is not deleted: it is set "
                "aside in the data folder's set-aside/ folder first."
            )
            if backups
            else self.tr(
                "There are no backups yet. One is made each day and whenever the app closes."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for b in backups:
            books = b.summary()
            names = "; ".join(
                f"{t} ({catalog.get(c).short_title if c in catalog else c})" for t, c in books[:4]
            )
            if len(books) > 4:
                names = self.tr("{names} and %n more", "", len(books) - 4).format(names=names)
            reason = REASONS.get(b.reason)
            text = self.tr("{taken} ({reason}) — %n workbook(s): {names}", "", len(books)).format(
                taken=format_moment(b.taken),
                reason=QCoreApplication.translate("RestoreDialog", reason) if reason else b.reason,
                names=names,
            )
            item = QListWidgetItem(text)
            item.setData(256, b)
            self.list.addItem(item)
        lay.addWidget(self.list)
        bb = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        bb.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        bb.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(backups))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        if backups:
            self.list.setCurrentRow(0)

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        return item.data(256) if item else None

    @classmethod
    def get(
        cls, backups: list[Backup], catalog: Catalog, parent: QWidget | None = None
    ) -> tuple[Backup | None, bool]:
        dlg = cls(backups, catalog, parent)
        ok = dlg.exec() == QDialog.DialogCode.Accepted
        return (dlg.chosen() if ok else None), ok
