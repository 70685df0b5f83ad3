"""The journal (-wal file) removed under the running app: the next save notices, saves a fresh
copy holding everything typed, says so, and quitting (close backup included) does not crash."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tli_workbook.store import Store
from tli_workbook.store.journal import JournalLostError, wal_path
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog


def _answer(db: Path, key: str) -> str | None:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
    finally:
        con.close()
    return None if row is None else str(row[0])


def test_store_saves_a_fresh_copy_when_the_wal_file_is_removed(tmp_path: Path) -> None:
    store = Store(tmp_path)
    wid = store.create_workbook("coaching-and-mentoring", "Journal")
    store.set_answers(wid, {"part1.overview": "before"})
    os.unlink(wal_path(store.db_path))
    with pytest.raises(JournalLostError) as caught:
        store.set_answers(wid, {"part1.overview": "after the removal"})
    assert caught.value.aside is not None and caught.value.aside.exists()
    # A separate connection (a backup, the next start) sees the write that noticed it.
    assert _answer(store.db_path, "part1.overview") == '"after the removal"'
    store.set_answers(wid, {"part1.overview": "and later"})  # the store goes on with the copy
    assert _answer(store.db_path, "part1.overview") == '"and later"'
    store.close()


def test_a_new_journal_after_every_connection_closed_is_no_loss(tmp_path: Path) -> None:
    store = Store(tmp_path)
    wid = store.create_workbook("coaching-and-mentoring", "Journal")
    store.set_answers(wid, {"part1.overview": "one"})
    store.engine.dispose()  # last connection closed: SQLite removes the -wal file itself
    store.set_answers(wid, {"part1.overview": "two"})  # a new one: nothing to report
    assert store.journal_notice is None
    store.close()


def test_window_says_so_keeps_the_text_and_quits_cleanly(qtbot, window, monkeypatch, store):
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(lambda cls, cat, parent=None: (("coaching-and-mentoring", "Wal", False), True)),
    )
    warnings: list[str] = []
    monkeypatch.setattr(window.dialogs, "warning", lambda title, text: warnings.append(text))
    window.new_workbook()
    view = window.view
    editor = view.show_part("part1").editor("part1.overview")
    qtbot.keyClicks(editor.edit, "typed first")
    assert view.flush()
    os.unlink(wal_path(store.db_path))
    qtbot.keyClicks(editor.edit, ", typed after the removal")
    assert view.flush()  # saved, into the fresh copy
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "removed by another program" in warnings[0] and "Nothing was lost" in warnings[0]
    assert window.saved_label.text() == "✓ All changes saved"
    got = _answer(store.db_path, "part1.overview")
    assert got is not None and "typed first, typed after the removal" in got
    # Ctrl+Q: the close backup works on the fresh copy.
    window.close()
    from tli_workbook.store import backups

    newest = backups.list_backups(store.data_dir)[0]
    assert newest.reason == "close" and newest.is_good()
    assert "typed after the removal" in (_answer(newest.path, "part1.overview") or "")


def test_removed_before_quitting_without_typing(qtbot, window, monkeypatch, store):
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(lambda cls, cat, parent=None: (("coaching-and-mentoring", "Wal", False), True)),
    )
    warnings: list[str] = []
    monkeypatch.setattr(window.dialogs, "warning", lambda title, text: warnings.append(text))
    window.new_workbook()
    editor = window.view.show_part("part1").editor("part1.overview")
    qtbot.keyClicks(editor.edit, "the only text")
    assert window.view.flush()
    os.unlink(wal_path(store.db_path))
    window.close()  # nothing pending; the close backup notices and says so
    assert warnings and "removed by another program" in warnings[0]
    assert "the only text" in (_answer(store.db_path, "part1.overview") or "")
