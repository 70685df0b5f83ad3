"""The Circle Map on a full disk: a new entry typed on the canvas shows "Not saved", stays
pending and is retried, is in the database once space returns; quitting before that warns."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPointF, Qt
from sqlalchemy import event

from tli_workbook.store import Store
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog


def _map_page(window, monkeypatch, qtbot):
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(lambda cls, cat, parent=None: (("coaching-and-mentoring", "Map", False), True)),
    )
    window.new_workbook()
    page = window.view.show_part("artifact1")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.view, page


def _full_disk(store: Store):
    """Every new connection is capped at the database's current size: a real SQLITE_FULL."""
    pages = sqlite3.connect(store.db_path).execute("PRAGMA page_count").fetchone()[0]

    def on_connect(con, _rec):  # noqa: ANN001
        con.execute(f"PRAGMA max_page_count={pages}")

    event.listen(store.engine, "connect", on_connect)
    store.engine.dispose()
    return lambda: (event.remove(store.engine, "connect", on_connect), store.engine.dispose())


def _type_new_entry(qtbot, page, text: str) -> None:
    page.view.setFocus()
    page.scene.begin_add("needs", QPointF(0, -300))
    qtbot.keyClicks(page.view.viewport(), text)


def test_full_disk_map_entry_not_saved_retried_and_saved_when_space_returns(
    qtbot, window, monkeypatch, store
):
    view, page = _map_page(window, monkeypatch, qtbot)
    errors = []
    monkeypatch.setattr(page, "_show_error", lambda t, m: errors.append(m))
    lift = _full_disk(store)
    try:
        _full_disk_entry(qtbot, window, page, store, view, errors, monkeypatch)
    finally:
        lift()
    # Nothing else is typed: the retry alone saves it.
    qtbot.waitUntil(lambda: window.saved_label.text() == "✓ All changes saved", timeout=8000)
    assert [e["text"] for e in store.map_entries(view.workbook_id)] == [LONG.strip()]
    asked = []
    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: asked.append(a) or True)
    window.close()
    assert not asked


LONG = "planning time for coaches " * 200


def _full_disk_entry(qtbot, window, page, store, view, errors, monkeypatch) -> None:
    # Enough text that the row needs a new page.
    long_text = LONG
    _type_new_entry(qtbot, page, "x")
    page.scene.editor.setPlainText(long_text)
    qtbot.waitUntil(lambda: window.saved_label.text() == "⚠ Not saved", timeout=3000)
    assert "disk is full" in window.saved_label.toolTip()
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Return)  # committed: still not saved
    assert page.doc.map.in_ring("needs")[0].text == long_text.strip()
    assert store.map_entries(view.workbook_id) == []
    assert page.flush() is False  # the page tells the truth
    assert window.saved_label.text() == "⚠ Not saved"
    assert len(errors) == 1  # one dialog, not one per retry
    # Quitting now warns; keeping the app open keeps the entry on screen.
    asked = []
    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: asked.append(a) or True)
    window.close()
    assert asked and window.isVisible()
    assert "disk is full" in asked[0][1]


def test_full_disk_core_belief_typing_retried(qtbot, window, monkeypatch, store):
    view, page = _map_page(window, monkeypatch, qtbot)
    monkeypatch.setattr(page, "_show_error", lambda t, m: None)
    lift = _full_disk(store)
    edit = page.core.theme.lineEdit()
    edit.setFocus()
    typed = "Every student " + "deserves a teacher who grows " * 200
    try:
        qtbot.keyClicks(edit, typed)
        qtbot.waitUntil(lambda: window.saved_label.text() == "⚠ Not saved", timeout=3000)
        # What fitted before the disk filled is saved; the rest waits.
        assert all(len(e["text"]) < len(typed.strip()) for e in store.map_entries(view.workbook_id))
    finally:
        lift()
    qtbot.waitUntil(lambda: window.saved_label.text() == "✓ All changes saved", timeout=8000)
    (center,) = store.map_entries(view.workbook_id)
    assert center["ring"] == "center" and center["text"] == typed.strip()
