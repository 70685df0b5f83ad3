"""The real window driven like a teacher would: create, type, see the counter, quit, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tli_workbook.store import Store
from tli_workbook.ui.main_window import MainWindow
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog
from tli_workbook.ui.pages.form_page import FormPage


def _create(qtbot, window, monkeypatch, cred="coaching-and-mentoring", title="My workbook"):
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(lambda cls, cat, parent=None: ((cred, title, False), True)),
    )
    start = window.start  # the welcome panel while there is no workbook, else the list
    new = start.first_run.new_btn if start.first_run.isVisible() else start.new_btn
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert window.view is not None
    return window.view


def _saved(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.saved_label.text() == "✓ All changes saved", timeout=10_000)


def test_type_count_quit_reopen(qtbot, window, monkeypatch, store, catalog, data_dir) -> None:
    view = _create(qtbot, window, monkeypatch)
    page = view.show_part("part1")
    assert isinstance(page, FormPage)
    editor = page.editor("part1.overview")
    assert "0 / 350–500 words" in editor.counter.text()
    qtbot.keyClicks(
        editor.edit, "My mission is to grow a coaching culture, one colleague at a time."
    )
    qtbot.waitUntil(lambda: not editor.count_pending)  # shown a moment after the keys
    assert "13 / 350–500 words" in editor.counter.text()
    assert "Below range: 337 more words needed" in editor.counter.text()
    _saved(qtbot, window)
    wid = view.workbook_id
    assert store.answer(wid, "part1.overview").startswith("My mission is to grow")

    window.close()
    reopened = Store(data_dir)
    w2 = MainWindow(reopened, catalog)
    qtbot.addWidget(w2)
    w2.show()
    assert w2.start.table.rowCount() == 1
    assert w2.start.table.item(0, 0).text() == "My workbook"
    v2 = w2.open_workbook(wid)
    ed2 = v2.show_part("part1").editor("part1.overview")
    assert ed2.edit.toPlainText() == (
        "My mission is to grow a coaching culture, one colleague at a time."
    )
    assert "13 / 350–500 words" in ed2.counter.text()
    reopened.close()


def test_closing_right_after_typing_loses_nothing(qtbot, window, monkeypatch, store) -> None:
    view = _create(qtbot, window, monkeypatch)
    editor = view.show_part("part3").editor("part3.reflection")
    qtbot.keyClicks(editor.edit, "Last words before the battery dies")
    # No wait for the autosave timer: closing must write what is pending, without asking.
    window.close()
    assert store.answer(view.workbook_id, "part3.reflection") == (
        "Last words before the battery dies"
    )


def test_switching_pages_and_workbooks_saves(qtbot, window, monkeypatch, store) -> None:
    view = _create(qtbot, window, monkeypatch)
    wid = view.workbook_id
    ed = view.show_part("artifact2").editor("artifact2.role_needs")
    qtbot.keyClicks(ed.edit, "- first")
    qtbot.keyClick(ed.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(ed.edit, "- second")
    view.show_part("part1")
    assert store.answer(wid, "artifact2.role_needs") == "- first\n- second"
    ed = view.show_part("artifact2").editor("artifact2.inspire_leaders")
    qtbot.keyClicks(ed.edit, "Mentoring")
    window.show_start()
    assert store.answer(wid, "artifact2.inspire_leaders") == "Mentoring"


def test_words_or_bullets_counter(qtbot, window, monkeypatch) -> None:
    view = _create(qtbot, window, monkeypatch)
    ed = view.show_part("artifact2").editor("artifact2.role_needs")
    ed.edit.setPlainText("- Listen first\n- Model a lesson\n- Follow up weekly\n")
    qtbot.waitUntil(lambda: not ed.count_pending)
    text = ed.counter.text()
    assert "3 / 3–5 bullets" in text and "Within range (by bullets)" in text
    ed.edit.setPlainText(" ".join(["word"] * 80))
    qtbot.waitUntil(lambda: not ed.count_pending)
    assert "80 / 50–150 words" in ed.counter.text()
    assert "(by words)" in ed.counter.text()
    ed.edit.setPlainText(" ".join(["word"] * 160))
    qtbot.waitUntil(lambda: not ed.count_pending)
    assert "Above range: 10 words over" in ed.counter.text()


@pytest.mark.parametrize(
    "cred_id",
    [
        "coaching-and-mentoring",
        "educators-rising-collaboration",
        "facilitating-collaborative-relationships",
        "purposeful-collaboration",
    ],
)
def test_every_text_part_of_every_credential(
    qtbot, window, monkeypatch, store, catalog, cred_id
) -> None:
    view = _create(qtbot, window, monkeypatch, cred=cred_id, title=cred_id)
    cred = catalog.get(cred_id)
    typed = {}
    for part in cred.parts:
        if part.kind != "form":
            continue
        page = view.show_part(part.id)
        for key, editor in [(k, e) for v in page.views.values() for k, e in v.editors.items()]:
            if editor.field.type != "long_text":
                continue
            text = f"Answer for {key} written by a teacher"
            qtbot.keyClicks(editor.edit, text)
            qtbot.waitUntil(lambda e=editor: not e.count_pending)
            assert f"{len(text.split())} " in editor.counter.text()
            typed[key] = text
    assert typed, "no long-text parts found"
    view.flush()
    answers = store.answers(view.workbook_id)
    for key, text in typed.items():
        assert answers[key] == text


def test_learn_page_self_assessment(qtbot, window, monkeypatch, store) -> None:
    view = _create(qtbot, window, monkeypatch)
    page = view.show_part("learn")
    button = page.findChild(type(page.level_buttons.buttons()[0]), "level:performing")
    page.ensureWidgetVisible(button)
    qtbot.waitUntil(button.isVisible)
    # A radio button only takes clicks on its circle and label, as for a person.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    view.flush()
    assert store.answer(view.workbook_id, "learn.self_level") == "performing"


def test_navigator_marks_progress(qtbot, window, monkeypatch) -> None:
    view = _create(qtbot, window, monkeypatch)
    item = view._items["part1"]
    assert item.text(0).startswith("○")
    ed = view.show_part("part1").editor("part1.overview")
    ed.edit.setPlainText(" ".join(["word"] * 400))
    view.flush()
    view.refresh_marks()
    assert item.text(0).startswith("●")


def test_rename_duplicate_delete(qtbot, window, monkeypatch, store) -> None:
    view = _create(qtbot, window, monkeypatch, title="Original")
    wid = view.workbook_id
    window.show_start()
    monkeypatch.setattr(window.dialogs, "ask_text", lambda *a, **k: ("Renamed", True))
    window.rename_workbook(wid)
    assert store.workbook(wid).title == "Renamed"
    window.duplicate_workbook(wid)
    assert sorted(w.title for w in store.list_workbooks()) == ["Renamed", "Renamed (copy)"]
    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: False)
    window.delete_workbook(wid)
    assert store.count_workbooks() == 2
    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: True)
    window.delete_workbook(wid)
    assert [w.title for w in store.list_workbooks()] == ["Renamed (copy)"]
    assert window.start.table.rowCount() == 1


def test_undo_redo_shortcuts_in_editors_and_ctrl_q(qtbot, window, monkeypatch, store) -> None:
    view = _create(qtbot, window, monkeypatch)
    window.activateWindow()
    editor = view.show_part("part1").editor("part1.overview")
    editor.edit.setFocus()
    qtbot.waitUntil(editor.edit.hasFocus, timeout=10_000)
    qtbot.keyClicks(editor.edit, "first")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.edit.toPlainText() == ""
    qtbot.keyClick(
        editor.edit,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.edit.toPlainText() == "first"
    assert window.act_quit.shortcut().toString() == "Ctrl+Q"
    qtbot.keyClick(editor.edit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert store.answer(view.workbook_id, "part1.overview") == "first"
