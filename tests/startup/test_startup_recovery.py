"""The Store opens after the first paint with all its checks: a database whose list can be read
but which fails SQLite's quick check still gets the recovery dialog, now over the painted
window, and the list then shows what the restored backup holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tli_workbook.definitions.titles import credential_titles
from tli_workbook.store import Store, backups
from tli_workbook.store.database import DB_NAME, quick_check
from tli_workbook.store.listing import read_listing
from tli_workbook.ui.application import Startup, make_app

CM = "coaching-and-mentoring"


def _damage_answers(db: Path) -> None:
    """Overwrite the answers table's first page: the workbooks table still reads."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='answers'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    raw = bytearray(db.read_bytes())
    raw[(root - 1) * size : root * size] = b"\xff" * size
    db.write_bytes(bytes(raw))


def test_a_damaged_database_gets_the_recovery_dialog_over_the_painted_list(qtbot, data_dir) -> None:
    store = Store(data_dir)
    kept = store.create_workbook(CM, "Backed up")
    store.set_answer(kept, "part1.overview", "Words in the backup.")
    store.close()
    backups.make_backup(data_dir, "daily")
    store = Store(data_dir)
    store.create_workbook(CM, "Not in the backup")
    store.set_answer(kept, "part1.overview", "x" * 5000)
    store.close()
    db = data_dir / DB_NAME
    _damage_answers(db)
    assert quick_check(db) != "ok"
    listing, titles = read_listing(data_dir), credential_titles()
    assert listing is not None and titles is not None  # the list itself still reads

    app = make_app()
    start = Startup(app, data_dir)
    questions: list[tuple[str, bool, object]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            questions.append((box.text(), start.first_paint.done, box.parentWidget()))
            box.button(QMessageBox.StandardButton.Ok).click()  # restore the backup
        elif not start.opened:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    window = start.paint_first(listing, titles, None)
    qtbot.addWidget(window)
    try:
        painted_list = {window.start.table.item(r, 0).text() for r in range(2)}
        assert painted_list == {"Not in the backup", "Backed up"}
        qtbot.waitUntil(lambda: start.opened, timeout=20_000)
        [(text, painted, parent)] = questions
        assert painted and parent is window  # asked after the first paint, over the window
        assert "Restore it now?" in text and "Backed up" in text
        assert window.ready
        table = window.start.table
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Backed up"]
        assert window.store.answer(kept, "part1.overview") == "Words in the backup."
        assert list((data_dir / backups.SET_ASIDE_DIR).glob("*unreadable*"))
    finally:
        window.close()
        start.finish(0)


def test_the_store_opens_off_the_gui_thread_after_the_first_paint(
    qtbot, data_dir, monkeypatch
) -> None:
    import tli_workbook.store.startup as store_startup
    from tli_workbook.ui.main_window import MainWindow

    store = Store(data_dir)
    store.create_workbook(CM, "Listed")
    store.close()
    listing, titles = read_listing(data_dir), credential_titles()
    assert listing is not None and titles is not None
    app = make_app()
    start = Startup(app, data_dir)
    on_gui_thread: list[bool] = []
    real_open = store_startup.open_checked

    def open_checked(folder, clean=False):  # type: ignore[no-untyped-def]
        on_gui_thread.append(QThread.currentThread() is app.thread())
        return real_open(folder, clean)

    monkeypatch.setattr(store_startup, "open_checked", open_checked)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(1))
    start.first_paint.painted.connect(timer.start)
    ticks_at_wiring: list[int] = []
    real_attach = MainWindow.attach

    def attach(self, store, catalog):  # type: ignore[no-untyped-def]
        ticks_at_wiring.append(len(ticks))
        real_attach(self, store, catalog)

    monkeypatch.setattr(MainWindow, "attach", attach)
    window = start.paint_first(listing, titles, None)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: start.opened, timeout=20_000)
        assert on_gui_thread == [False]  # the Store was opened on a worker thread
        assert ticks_at_wiring[0] > 0  # the event loop turned between the paint and the wiring
        assert window.ready and window.start.table.item(0, 0).text() == "Listed"
    finally:
        timer.stop()
        window.close()
        start.finish(0)
