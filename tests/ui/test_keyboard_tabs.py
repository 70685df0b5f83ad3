"""Tab moves between boxes everywhere, Ctrl+Tab types a tab, Ctrl+PageDown/PageUp move
between parts, and no invisible stop sits between the navigator and the first box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from tli_workbook.ui.forms.fields_text import KeyboardTextEdit
from tli_workbook.ui.main_window import MainWindow
from tli_workbook.ui.tasks import runner

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


@pytest.fixture
def opened(qtbot, window: MainWindow, store):  # type: ignore[no-untyped-def]
    wid = store.create_workbook("purposeful-collaboration", "Keys", False)
    store.upsert_artifact(wid, {"part": "artifact4", "title": "Agenda"})
    store.upsert_respondent(wid, {"part": "artifact5", "role": "Colleague"})
    view = window.open_workbook(wid)
    assert view is not None
    return window, view


def test_every_text_box_of_every_part_moves_on_with_tab(qtbot, opened) -> None:
    _window, view = opened
    boxes: list[QPlainTextEdit] = []
    for part in view.credential.parts:
        page = view.show_part(part.id)
        qtbot.waitUntil(runner().is_idle)  # long pages build their last boxes on later turns
        here = page.findChildren(QPlainTextEdit)
        # Checked here: boxes of a grid rebuilt since are deleted on a later turn.
        assert all(isinstance(b, KeyboardTextEdit) and b.tabChangesFocus() for b in here)
        boxes += here
    kinds = {type(b).__name__ for b in boxes}
    # Long answers, table and plan cells, artifact annotations and feedback answers.
    assert {"PlainEditor", "GrowingTextEdit"} <= kinds
    assert len(boxes) > 20


def test_tab_and_shift_tab_leave_a_long_answer_and_ctrl_tab_types_a_tab(qtbot, opened) -> None:
    _window, view = opened
    page = view.show_part("artifact2")
    first = page.editor("artifact2.role_needs").edit
    second = page.editor("artifact2.inspire_leaders").edit
    _focus(qtbot, first)
    qtbot.keyClicks(first, "one")
    qtbot.keyClick(first, Qt.Key.Key_Tab, CTRL)
    qtbot.keyClicks(first, "two")
    assert first.toPlainText() == "one\ttwo"
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second
    assert first.toPlainText() == "one\ttwo"
    qtbot.keyClick(second, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is first


def test_tab_moves_through_plan_cells_and_feedback_boxes(qtbot, opened) -> None:
    _window, view = opened
    page = view.show_part("artifact3")
    row = page.editor("artifact3.action_plan.objectives").rows[(0,)]
    _focus(qtbot, row.cells["lead"].edit)
    qtbot.keyClicks(row.cells["lead"].edit, "Sam")
    qtbot.keyClick(row.cells["lead"].edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not row.cells["lead"].edit
    assert row.cells["lead"].edit.toPlainText() == "Sam"

    fb = view.show_part("artifact5")
    box = next(b for b in fb.findChildren(QPlainTextEdit) if b.isVisibleTo(fb))
    _focus(qtbot, box)
    qtbot.keyClicks(box, "Helpful")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not box
    assert box.toPlainText() == "Helpful"


def test_from_the_navigator_tab_goes_straight_to_the_first_box(qtbot, opened) -> None:
    _window, view = opened
    page = view.show_part("part1")
    _focus(qtbot, view.nav)
    qtbot.keyClick(view.nav, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.editor("part1.overview").edit


def test_ctrl_page_down_and_up_move_between_parts(qtbot, opened) -> None:
    window, view = opened
    edit = view.show_part("part1").editor("part1.overview").edit
    _focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_PageDown, CTRL)
    assert view.current_part_id() == "artifact1"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert view.current_part_id() == "artifact2"
    a2 = view.pages["artifact2"].editor("artifact2.role_needs").edit
    assert QApplication.focusWidget() is a2
    qtbot.keyClick(a2, Qt.Key.Key_BracketLeft, CTRL)
    assert view.current_part_id() == "artifact1"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert view.current_part_id() == "part1"
    assert QApplication.focusWidget() is edit
    # In the navigator the keys move the selection and the focus stays there.
    _focus(qtbot, view.nav)
    qtbot.keyClick(view.nav, Qt.Key.Key_PageDown, CTRL)
    assert view.current_part_id() == "artifact1"
    assert QApplication.focusWidget() is view.nav
    # The Go menu shows them.
    texts = [a.text() for a in window.go_menu.actions()]
    assert texts == ["&Next part", "&Previous part"]
    assert window.act_next_part.shortcut().toString() == "Ctrl+PgDown"


def test_numbered_questions_have_alt_number_mnemonics(qtbot, opened) -> None:
    _window, view = opened
    page = view.show_part("artifact2")
    first = page.editor("artifact2.role_needs").edit
    _focus(qtbot, first)
    qtbot.keyClick(first, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.editor("artifact2.inspire_leaders").edit


def test_label_text_for_a_buddy() -> None:
    from tli_workbook.ui.forms.base import mnemonic_label

    assert mnemonic_label("2. Your role") == "&2. Your role"
    assert mnemonic_label("Q&A notes") == "Q&&A notes"  # shown as typed, not as a mnemonic
    assert mnemonic_label("12. Twelfth") == "12. Twelfth"
    assert mnemonic_label("Lead") == "Lead"
