"""The New workbook dialog: the TLI Fellow question only for credentials with a Fellows
variant (read from the definitions), and every description shown whole."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tli_workbook.ui.application import make_app
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog, has_fellow_variant


def test_fellow_question_and_descriptions_follow_the_credential(qtbot, catalog):
    make_app()  # the app's style sheet: the description is measured in its real font
    dlg = NewWorkbookDialog(catalog)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    seen = {}
    for i in range(dlg.credential.count()):
        dlg.credential.setFocus()
        while dlg.credential.currentIndex() != i:
            qtbot.keyClick(dlg.credential, Qt.Key.Key_Down)
        cred = catalog.get(dlg.credential.currentData())
        seen[cred.id] = dlg.fellow.isVisible()
        about = dlg.about
        assert about.text() == cred.competency
        # Whole: as tall as its wrapped text needs, and inside the dialog.
        assert about.height() >= about.heightForWidth(about.width()), cred.id
        bottom = about.mapTo(dlg, about.rect().bottomRight())
        assert dlg.rect().contains(bottom), cred.id
    # Every credential, plus the team binder (no credential, so no Fellows question).
    assert seen == {c.id: has_fellow_variant(c) for c in catalog} | {"": False}
    assert seen["educators-rising-collaboration"] is False
    assert seen["purposeful-collaboration"] is True
    # A tick given for a credential with Fellows is not carried over to one without.
    dlg.credential.setCurrentIndex(dlg.credential.findData("purposeful-collaboration"))
    dlg.fellow.setFocus()
    qtbot.keyClick(dlg.fellow, Qt.Key.Key_Space)
    assert dlg.result_values()[2] is True
    dlg.credential.setCurrentIndex(dlg.credential.findData("educators-rising-collaboration"))
    assert dlg.result_values()[2] is False
