"""Faults: disk full, read-only, locked database, second instance, corruption, crashes.
Each gives a clear message, the app keeps working, and nothing shown as saved is lost."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from tli_workbook.store import CorruptDatabaseError, Store, StoreError
from tli_workbook.store import backups as bk
from tli_workbook.store.database import DB_NAME
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog

ROOT = Path(__file__).resolve().parents[2]


def _open(window, monkeypatch, qtbot):
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(
            lambda cls, cat, parent=None: (("coaching-and-mentoring", "Faults", False), True)
        ),
    )
    window.new_workbook()
    return window.view


def _with_pragma(store: Store, pragma: str):
    """Make every new connection of the store run `pragma` (a real SQLite condition)."""

    def on_connect(con, _rec):  # noqa: ANN001
        con.execute(pragma)

    event.listen(store.engine, "connect", on_connect)
    store.engine.dispose()
    return lambda: (event.remove(store.engine, "connect", on_connect), store.engine.dispose())


def _fault_then_recover(qtbot, window, monkeypatch, store, pragma, expect):
    view = _open(window, monkeypatch, qtbot)
    wid = view.workbook_id
    editor = view.show_part("part1").editor("part1.overview")
    qtbot.keyClicks(editor.edit, "saved before")
    view.flush()
    page_count = sqlite3.connect(store.db_path).execute("PRAGMA page_count").fetchone()[0]
    lift = _with_pragma(store, pragma.format(pages=page_count))
    big = " ".join(["growing"] * 20_000)  # needs new pages, so a full disk bites
    editor.edit.setPlainText(big)
    qtbot.waitUntil(lambda: window.saved_label.text() == "⚠ Not saved", timeout=10_000)
    assert expect in window.saved_label.toolTip()
    assert editor.edit.toPlainText() == big  # the text stays on screen
    assert store.answer(wid, "part1.overview") == "saved before"  # last saved state intact
    assert view.autosaver.flush() is False  # still failing, still pending
    lift()
    qtbot.waitUntil(lambda: window.saved_label.text() == "✓ All changes saved", timeout=10_000)
    assert store.answer(wid, "part1.overview") == big


def test_disk_full_keeps_text_and_saves_when_space_returns(qtbot, window, monkeypatch, store):
    _fault_then_recover(
        qtbot, window, monkeypatch, store, "PRAGMA max_page_count={pages}", "disk is full"
    )


def test_read_only_database(qtbot, window, monkeypatch, store):
    _fault_then_recover(qtbot, window, monkeypatch, store, "PRAGMA query_only=ON", "read-only")


def test_database_locked_by_another_process(qtbot, window, monkeypatch, store):
    import tli_workbook.store.database as database

    view = _open(window, monkeypatch, qtbot)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    store.engine.dispose()
    other = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1]);"
            "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True);"
            "sys.stdin.readline()",
            str(store.db_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert other.stdout.readline().strip() == "locked"
    editor = view.show_part("part3").editor("part3.reflection")
    qtbot.keyClicks(editor.edit, "while locked")
    qtbot.waitUntil(lambda: window.saved_label.text() == "⚠ Not saved", timeout=10_000)
    assert "busy in another program" in window.saved_label.toolTip()
    other.stdin.write("\n")
    other.stdin.flush()
    other.wait()
    qtbot.waitUntil(lambda: window.saved_label.text() == "✓ All changes saved", timeout=10_000)
    assert store.answer(view.workbook_id, "part3.reflection") == "while locked"


def test_quit_with_unsaved_changes_asks_to_keep_open(qtbot, window, monkeypatch, store):
    view = _open(window, monkeypatch, qtbot)
    editor = view.show_part("part1").editor("part1.overview")
    lift = _with_pragma(store, "PRAGMA query_only=ON")
    qtbot.keyClicks(editor.edit, "precious")
    asked = []
    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: asked.append(a) or True)
    window.close()
    assert asked and window.isVisible()  # kept open: the text is still there to save
    lift()
    window.close()
    assert store.answer(view.workbook_id, "part1.overview") == "precious"


def test_enospc_while_storing_a_file_leaves_nothing_half_written(store, tmp_path, monkeypatch):
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(3 * 1024 * 1024))

    def full(fd: int) -> None:
        # Delayed allocation makes a full disk show up at fsync as often as at write.
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StoreError, match="disk is full"):
        store.add_file(src)
    monkeypatch.undo()
    assert not [p for p in store.files_dir.rglob("*") if p.is_file()]
    with store.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM files").scalar() == 0


def test_enospc_in_the_middle_of_the_copy_leaves_nothing_half_written(store, tmp_path, monkeypatch):
    import shutil

    from tli_workbook.store import repository

    src = tmp_path / "photo.jpg"
    src.write_bytes(os.urandom(3 * 1024 * 1024))
    real_copy = shutil.copyfile

    def fills_up(source, dest):  # type: ignore[no-untyped-def]
        # The operating system's copy wrote part of the file, then the disk was full.
        with open(source, "rb") as fh, open(dest, "wb") as out:
            out.write(fh.read(1024 * 1024))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(repository.shutil, "copyfile", fills_up)
    with pytest.raises(StoreError, match="disk is full"):
        store.copy_file_in(src)
    assert not [p for p in store.files_dir.rglob("*") if p.is_file()]
    monkeypatch.setattr(repository.shutil, "copyfile", real_copy)
    sha, size = store.copy_file_in(src)  # space again: stored whole, named by its bytes
    assert store.file_path(sha).read_bytes() == src.read_bytes() and size == 3 * 1024 * 1024


def test_second_instance_is_told_and_stale_lock_recovers(tmp_path):
    from tli_workbook.store.lock import AlreadyRunningError, InstanceLock

    data = tmp_path / "d"
    env = dict(os.environ, TLI_WORKBOOK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    with InstanceLock(data):
        r = subprocess.run(
            [sys.executable, "-m", "tli_workbook", "--smoke"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        )
        assert r.returncode == 5 and "already running" in r.stderr
        with pytest.raises(AlreadyRunningError):
            InstanceLock(data).acquire()
    # A lock file left by a killed process (no OS lock held) does not block the next start.
    (data / ".lock").write_text('{"pid": 999999, "host": "gone"}')
    r = subprocess.run(
        [sys.executable, "-m", "tli_workbook", "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr


def test_killed_instance_releases_its_lock(tmp_path):
    data = tmp_path / "d"
    code = (
        "import sys,time; from tli_workbook.store.lock import InstanceLock;"
        "InstanceLock(sys.argv[1]).acquire(); print('held', flush=True); time.sleep(60)"
    )
    p = subprocess.Popen(
        [sys.executable, "-c", code, str(data)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert p.stdout.readline().strip() == "held"
    p.kill()
    p.wait()
    from tli_workbook.store.lock import InstanceLock

    InstanceLock(data).acquire().release()


def _sha(p: Path) -> bytes:
    import hashlib

    return hashlib.sha256(p.read_bytes()).digest()


def test_corrupt_database_is_set_aside_and_backup_offered(data_dir):
    from tli_workbook.ui.application import Recovery

    s = Store(data_dir)
    wid = s.create_workbook("coaching-and-mentoring", "Precious")
    s.set_answer(wid, "part1.overview", "backed up words")
    s.close()
    bk.make_backup(data_dir, "daily")
    db = data_dir / DB_NAME
    db.write_bytes(b"garbage" * 5000)
    garbage = _sha(db)
    with pytest.raises(CorruptDatabaseError) as info:
        from tli_workbook.store.startup import open_checked

        open_checked(data_dir)
    questions = []
    store = Recovery(data_dir, lambda t, m: questions.append(m) or True).run(info.value)
    assert "Nothing was deleted" in questions[0] and "Precious" in questions[0]
    assert store.answer(wid, "part1.overview") == "backed up words"
    aside = list((data_dir / bk.SET_ASIDE_DIR).glob("*unreadable*.sqlite3"))
    assert len(aside) == 1 and _sha(aside[0]) == garbage
    store.close()


def test_corrupt_database_on_the_command_line(data_dir):
    (data_dir / DB_NAME).write_bytes(b"garbage" * 5000)
    env = dict(os.environ, TLI_WORKBOOK_DATA_DIR=str(data_dir))
    r = subprocess.run(
        [sys.executable, "-m", "tli_workbook", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert r.returncode != 0 and "cannot be read" in r.stderr and "backup" in r.stderr


def test_backups_rotate_and_restore_sets_aside(data_dir):
    s = Store(data_dir)
    wid = s.create_workbook("purposeful-collaboration", "First")
    s.close()
    for _ in range(4):
        bk.make_backup(data_dir, "close", keep=3)
    listed = bk.list_backups(data_dir)
    assert len(listed) == 3 and listed[0].summary() == [("First", "purposeful-collaboration")]
    assert all(b.is_good() for b in listed)
    s = Store(data_dir)
    s.rename_workbook(wid, "Changed later")
    s.close()
    aside = bk.restore(data_dir, listed[0].path)
    s = Store(data_dir)
    assert s.workbook(wid).title == "First"
    s.close()
    con = sqlite3.connect(aside)
    assert con.execute("SELECT title FROM workbooks").fetchone()[0] == "Changed later"
    con.close()


def test_restore_from_backup_menu(qtbot, window, monkeypatch, store, data_dir):
    from tli_workbook.ui.restore_dialog import RestoreDialog

    wid = store.create_workbook("coaching-and-mentoring", "Before")
    window.backup("manual")
    store.rename_workbook(wid, "After")
    monkeypatch.setattr(
        RestoreDialog, "get", classmethod(lambda cls, backups, cat, parent=None: (backups[0], True))
    )
    infos = []
    monkeypatch.setattr(window.dialogs, "info", lambda t, m: infos.append(m))
    window.restore_backup()
    assert window.store.workbook(wid).title == "Before"
    assert window.start.table.item(0, 0).text() == "Before"
    assert "kept at" in infos[0]
    window.store.close()


def test_unhandled_exception_is_logged_shown_and_work_saved(
    qtbot, window, monkeypatch, store, data_dir
):
    from PySide6.QtCore import QTimer

    from tli_workbook.logs import setup_logging
    from tli_workbook.ui.crash import CrashHandler

    log_path = setup_logging(data_dir)
    view = _open(window, monkeypatch, qtbot)
    editor = view.show_part("part1").editor("part1.overview")
    qtbot.keyClicks(editor.edit, "typed just before the bug")
    shown, quits = [], []
    handler = CrashHandler(
        log_path, window.save_all, lambda t, m, d: shown.append((m, d)), lambda: quits.append(1)
    )
    handler.install()
    try:

        def bug() -> None:
            raise ZeroDivisionError("a bug in a slot")

        QTimer.singleShot(0, bug)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    finally:
        handler.uninstall()
    message, details = shown[0]
    assert "ZeroDivisionError" in message and str(log_path) in message
    assert "Your work has been saved" in message
    assert store.answer(view.workbook_id, "part1.overview") == "typed just before the bug"
    assert "a bug in a slot" in log_path.read_text() and "Traceback" in log_path.read_text()
    assert not quits
    for _ in range(5):
        handler(RuntimeError, RuntimeError("again"), None)
    assert quits  # a burst of errors: saved, then a clean quit


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_background_thread_failure_reaches_the_log(qtbot, store, data_dir, monkeypatch):
    """The spell checker loads on the task runner's worker thread; if loading fails, the
    traceback must land in the log file, not only on a stderr nobody sees."""
    import threading

    from tli_workbook.logs import setup_logging
    from tli_workbook.ui import spelling_service
    from tli_workbook.ui.crash import CrashHandler
    from tli_workbook.ui.tasks import runner

    log_path = setup_logging(data_dir)
    assert log_path is not None

    def broken_dictionary(words: list[str], language: str = "en") -> None:
        raise OSError("the dictionary file is damaged")

    monkeypatch.setattr(spelling_service, "_make_checker", broken_dictionary)
    handler = CrashHandler(log_path, lambda: True, lambda t, m, d: None, lambda: None)
    handler.install()
    try:
        service = spelling_service.SpellingService(store)
        assert service.checker() is None  # loading started in the background
        qtbot.waitUntil(runner().is_idle, timeout=30_000)
    finally:
        handler.uninstall()
    assert threading.excepthook is handler.threads.previous
    text = log_path.read_text(encoding="utf-8")
    assert "Background job failed: loading the spelling dictionary" in text
    assert "OSError: the dictionary file is damaged" in text and "Traceback" in text
