"""Create a workbook: pick the credential, a title, and (for credentials with a Fellows
variant) whether the teacher is a TLI Fellow."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from tli_workbook.definitions.model import Credential


def has_fellow_variant(cred: Credential) -> bool:
    """True when some part offers a variant for TLI Fellows (`fellow: true`)."""
    return any(v.fellow is True for part in cred.parts for v in part.variants)


class NewWorkbookDialog(QDialog):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workbook"))
        self.catalog = catalog
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.credential = QComboBox()
        self.credential.setAccessibleName(self.tr("Micro-credential"))
        for cred in catalog:
            self.credential.addItem(
                f"{cred.title} ({cred.issuer})", cred.id
            )  # notr: the credential's own names
        # No credential: a binder of guidebook tools for a leadership team or partnership.
        self.credential.addItem(self.tr("Team binder (guidebook tools only)"), TEAM_BINDER_ID)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setObjectName("fieldHelp")
        self.about.setMinimumWidth(460)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Workbook title"))
        self.title.setPlaceholderText(self.tr("e.g. Coaching and Mentoring, spring term"))
        self.fellow = QCheckBox(
            self.tr("I am a current NEA Teacher Leadership Institute (TLI) Fellow")
        )
        self.fellow.setToolTip(
            self.tr(
                "Fellows attach the action plan they made in the institute for the Design "
                "artifact; everyone else fills in the Action/Design Plan. You can switch later."
            )
        )
        form.addRow(self.tr("Micro-credential:"), self.credential)
        form.addRow("", self.about)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow("", self.fellow)
        lay.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create workbook"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.credential.currentIndexChanged.connect(self._update)
        self._reserve_description_height()
        self._update()

    def _reserve_description_height(self) -> None:
        """Room for the longest description, so switching credential never clips one (the
        dialog was sized for the first, and the Educators Rising text was cut off)."""
        self.about.ensurePolished()  # the style sheet's font is the one measured
        width = self.about.minimumWidth()
        tallest = 0
        for cred in self.catalog:
            self.about.setText(cred.competency)
            tallest = max(tallest, self.about.heightForWidth(width))
        self.about.setMinimumHeight(tallest)

    def _update(self) -> None:
        cred = self.catalog.get(self.credential.currentData())
        self.about.setText(cred.competency)
        binder = is_team_binder(cred)
        if not self.title.isModified():
            self.title.setText(self.tr("Leadership team binder") if binder else cred.title)
        # Only credentials with a Fellows variant ask; the others (and a team binder) have no
        # Fellows path.
        has_fellows = has_fellow_variant(cred)
        self.fellow.setVisible(has_fellows)
        if not has_fellows:
            self.fellow.setChecked(False)

    def result_values(self) -> tuple[str, str, bool]:
        fellow = self.fellow.isChecked() and not self.fellow.isHidden()
        return self.credential.currentData(), self.title.text().strip(), fellow

    @classmethod
    def get(
        cls, catalog: Catalog, parent: QWidget | None = None
    ) -> tuple[tuple[str, str, bool] | None, bool]:
        dlg = cls(catalog, parent)
        ok = dlg.exec() == QDialog.DialogCode.Accepted
        return (dlg.result_values() if ok else None), ok
