"""Edit > Undo / Redo follow the focused text box, and typing undoes a word at a time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tli_workbook.ui.main_window import MainWindow


@pytest.fixture
def part1(qtbot, window: MainWindow, store):  # type: ignore[no-untyped-def]
    wid = store.create_workbook("purposeful-collaboration", "Undo", False)
    view = window.open_workbook(wid)
    assert view is not None
    return window, view.show_part("part1").editor("part1.overview").edit


def _focused(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_undo_is_enabled_after_typing_and_takes_the_last_word(qtbot, part1) -> None:
    window, edit = part1
    _focused(qtbot, edit)
    assert not window.act_undo.isEnabled()
    qtbot.keyClicks(edit, "Teachers lead together")
    assert window.act_undo.isEnabled()
    assert not window.act_redo.isEnabled()
    window.act_undo.trigger()  # Edit > Undo
    assert edit.toPlainText() == "Teachers lead "
    assert window.act_redo.isEnabled()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "Teachers "
    window.act_redo.trigger()
    assert edit.toPlainText() == "Teachers lead "


def test_three_words_ctrl_z_removes_only_the_last(qtbot, part1) -> None:
    _window, edit = part1
    _focused(qtbot, edit)
    qtbot.keyClicks(edit, "one two three")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "one two "
    qtbot.keyClicks(edit, "four, well-known don't")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "one two four, well-known "
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "one two four, "


@pytest.mark.parametrize("keys", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_redo_keys_redo_exactly_once(qtbot, part1, keys: str) -> None:
    _window, edit = part1
    _focused(qtbot, edit)
    qtbot.keyClicks(edit, "alpha beta gamma")
    for _ in range(3):
        qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == ""
    mods = Qt.KeyboardModifier.ControlModifier
    if "Shift" in keys:
        mods |= Qt.KeyboardModifier.ShiftModifier
    key = Qt.Key.Key_Z if keys.endswith("Z") else Qt.Key.Key_Y
    qtbot.keyClick(edit, key, mods)
    assert edit.toPlainText() == "alpha "  # one step: not two (editor and menu both)
    qtbot.keyClick(edit, key, mods)
    assert edit.toPlainText() == "alpha beta "


def test_undo_follows_the_focus_to_another_box(qtbot, window: MainWindow, store) -> None:
    wid = store.create_workbook("purposeful-collaboration", "Undo", False)
    view = window.open_workbook(wid)
    page = view.show_part("artifact2")
    first = page.editor("artifact2.role_needs").edit
    second = page.editor("artifact2.inspire_leaders").edit
    _focused(qtbot, first)
    qtbot.keyClicks(first, "stays here")
    qtbot.keyClick(first, Qt.Key.Key_Tab)  # Tab moves on
    assert QApplication.focusWidget() is second
    assert second.toPlainText() == ""
    assert not window.act_undo.isEnabled()  # nothing typed in this box yet
    qtbot.keyClicks(second, "second box")
    window.act_undo.trigger()
    assert second.toPlainText() == "second "
    assert first.toPlainText() == "stays here"


def test_undo_on_the_map_uses_its_own_history(qtbot, window: MainWindow, store) -> None:
    wid = store.create_workbook("purposeful-collaboration", "Undo", False)
    view = window.open_workbook(wid)
    page = view.show_part("artifact1")
    _focused(qtbot, page.tree)
    assert not window.act_undo.isEnabled()
    page.add_entry("context", "Rural district")
    assert window.act_undo.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.text for e in page.doc.map.entries if e.ring == "context"] == []
    assert window.act_redo.isEnabled()
