"""The Store opens after the first paint with all its checks: a database whose list can be read
but which fails SQLite's quick check still gets the recovery dialog, now over the painted
window, and the list then shows what the restored backup holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
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
