"""Create a workbook: pick the credential, a title, and whether the teacher is a TLI Fellow."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions import Catalog
from tli_workbook.definitions.binder import TEAM_BINDER_ID, is_team_binder


class NewWorkbookDialog(QDialog):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New workbook")
        self.catalog = catalog
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.credential = QComboBox()
        self.credential.setAccessibleName("Micro-credential")
        for cred in catalog:
            self.credential.addItem(f"{cred.title} ({cred.issuer})", cred.id)
        # No credential: a binder of guidebook tools for a leadership team or partnership.
        self.credential.addItem(self.tr("Team binder (guidebook tools only)"), TEAM_BINDER_ID)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setObjectName("fieldHelp")
        self.about.setMinimumWidth(460)
        self.title = QLineEdit()
        self.title.setAccessibleName("Workbook title")
        self.title.setPlaceholderText("e.g. Coaching and Mentoring, spring term")
        self.fellow = QCheckBox("I am a current NEA Teacher Leadership Institute (TLI) Fellow")
        self.fellow.setToolTip(
            "Fellows attach the action plan they made in the institute for the Design artifact; "
            "everyone else fills in the Action/Design Plan. You can switch later."
        )
        form.addRow("Micro-credential:", self.credential)
        form.addRow("", self.about)
        form.addRow("Title:", self.title)
        form.addRow("", self.fellow)
        lay.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create workbook")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.credential.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        cred = self.catalog.get(self.credential.currentData())
        self.about.setText(cred.competency)
        binder = is_team_binder(cred)
        self.fellow.setVisible(not binder)  # Fellows' plans belong to a credential's Design
        if not self.title.isModified():
            self.title.setText(self.tr("Leadership team binder") if binder else cred.title)

    def result_values(self) -> tuple[str, str, bool]:
        cid = self.credential.currentData()
        return cid, self.title.text().strip(), self.fellow.isChecked() and not is_team_binder(cid)

    @classmethod
    def get(
        cls, catalog: Catalog, parent: QWidget | None = None
    ) -> tuple[tuple[str, str, bool] | None, bool]:
        dlg = cls(catalog, parent)
        ok = dlg.exec() == QDialog.DialogCode.Accepted
        return (dlg.result_values() if ok else None), ok
