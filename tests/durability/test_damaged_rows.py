"""300 random bytes written into an answer's text inside the database file (damage SQLite's
quick check does not see): the workbook opens, the damaged answer shows a marker and what
survived, the other answers open intact, and nothing raises."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from tli_workbook.store import Store
from tli_workbook.store.database import DAMAGED_MARKER, DB_NAME, quick_check

PART1 = "part1.overview"
OTHER = "part3.reflection"


def _damage(db: Path, needle: bytes, n: int = 300, seed: int = 16) -> None:
    raw = bytearray(db.read_bytes())
    at = raw.find(needle)
    assert at > 0, "the text is stored in the main file"
    rng = random.Random(seed)
    while at >= 0:  # every copy (the live row, and any stale one on a free page)
        start = at + len(needle) // 3
        raw[start : start + n] = bytes(rng.randrange(256) for _ in range(n))
        at = raw.find(needle, start + n)
    db.write_bytes(bytes(raw))


def _make(data: Path) -> tuple[int, str, str]:
    s = Store(data)
    wid = s.create_workbook("coaching-and-mentoring", "Damaged")
    part1 = "Our school's teachers meet every Tuesday to plan. " * 40
    other = "I learned to listen before I suggest."
    s.set_answers(wid, {PART1: part1, OTHER: other})
    s.close()
    con = sqlite3.connect(data / DB_NAME)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return wid, part1, other


def test_random_bytes_in_an_answer_are_survived_in_the_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    wid, part1, other = _make(data)
    _damage(data / DB_NAME, part1.encode()[:400])
    assert quick_check(data / DB_NAME) == "ok"  # the damage SQLite's quick check misses
    s = Store(data)
    try:
        answers = s.answers(wid)
        assert answers[OTHER] == other
        damaged = answers[PART1]
        assert isinstance(damaged, str) and damaged.startswith(DAMAGED_MARKER)
        assert "teachers meet every Tuesday" in damaged  # what survived is kept
        assert s.snapshot(wid)["answers"][OTHER] == other
    finally:
        s.close()


def test_random_bytes_in_an_answer_open_in_the_window(qtbot, tmp_path: Path) -> None:
    from tli_workbook.definitions import default_catalog
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    data = tmp_path / "data"
    wid, part1, other = _make(data)
    _damage(data / DB_NAME, part1.encode()[:400])
    make_app()
    s = Store(data)
    try:
        w = MainWindow(s, default_catalog())
        qtbot.addWidget(w)
        w.show()
        view = w.open_workbook(wid)
        assert view is not None
        page = view.show_part("part1")
        text = page.editor(PART1).edit.toPlainText()
        assert text.startswith(DAMAGED_MARKER)
        page3 = view.show_part("part3")
        assert page3.editor(OTHER).edit.toPlainText() == other
        # The teacher can replace the damaged text, and it saves.
        page.editor(PART1).edit.setPlainText("Rewritten overview.")
        assert view.flush()
        assert s.answer(wid, PART1) == "Rewritten overview."
        w.close()
    finally:
        s.close()
