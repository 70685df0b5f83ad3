"""Another program holding the database lock never makes the GUI thread wait (issue 16, point
5): while a real second SQLite connection holds BEGIN EXCLUSIVE, typing into the real Part 1
editor shows "Not saved" saying another program is using the file, every autosave write runs on
the writer thread (counted, not timed), quitting warns, and the text is saved once the lock is
released. How long the GUI thread spends is measured in benchmarks/lock_typing_bench.py."""

from __future__ import annotations

import sqlite3
import threading

from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog


def test_typing_while_another_program_holds_the_lock(qtbot, window, monkeypatch, store):
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(
            lambda cls, cat, parent=None: (("coaching-and-mentoring", "Lock", False), True)
        ),
    )
    window.new_workbook()
    view = window.view
    editor = view.show_part("part1").editor("part1.overview")
    qtbot.keyClicks(editor.edit, "saved before")
    assert view.flush()
    flushed = view.autosaver.gui_thread_writes  # that flush wrote on this thread, as asked

    writes: list[bool] = []  # per write of an answer: was it on the GUI thread?
    set_answers = store.set_answers

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003
        writes.append(threading.current_thread() is threading.main_thread())
        return set_answers(*args, **kwargs)

    monkeypatch.setattr(store, "set_answers", counted)
    other = sqlite3.connect(store.db_path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClicks(editor.edit, " while locked")
        qtbot.waitUntil(lambda: window.saved_label.text() == "⚠ Not saved", timeout=15_000)
        assert "Another program is using" in window.saved_label.toolTip()
        attempts = len(writes)
        qtbot.waitUntil(lambda: len(writes) > attempts, timeout=15_000)  # it retries
        assert writes and not any(writes), "an autosave write ran on the GUI thread"
        assert view.autosaver.gui_thread_writes == flushed

        asked: list[tuple] = []
        monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: asked.append(a) or True)
        window.close()
        assert asked and window.isVisible()  # warned, kept open: the text can still be saved
        assert "Another program is using" in asked[0][1]
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: window.saved_label.text() == "✓ All changes saved", timeout=15_000)
    assert store.answer(view.workbook_id, "part1.overview") == "saved before while locked"
