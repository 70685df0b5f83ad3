"""Each Alembic migration upgrades a database made with the previous schema and holding data.

Every revision in KNOWN_REVISIONS gets a case: the database is built at the revision before it
(or empty, for the first), filled through plain SQL written for that older schema, upgraded to
head with the app's own start-up path, and read back through the store.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from tli_workbook.store import Store
from tli_workbook.store.database import DB_NAME, KNOWN_REVISIONS, MIGRATIONS, make_engine

# SQL that fills a database at a given revision with data the next revision must keep.
FILL: dict[str | None, list[str]] = {
    None: [],  # an empty database (a new install) has nothing to keep
    "0001": [
        "INSERT INTO workbooks (id, uid, title, credential_id, fellow, created_at, modified_at)"
        " VALUES (1, 'u1', 'Old', 'coaching-and-mentoring', 0, '2025-01-01', '2025-01-02')",
        "INSERT INTO answers (workbook_id, key, value, modified_at)"
        " VALUES (1, 'part1.overview', '\"old words\"', '2025-01-02')",
        "INSERT INTO map_entries (workbook_id, uid, ring, text, note, color, x, y, free,"
        " position) VALUES (1, 'n1', 'needs', 'A need', '', '', 1.5, 2.5, 0, 0)",
    ],
    "0002": [
        "INSERT INTO workbooks (id, uid, title, credential_id, fellow, created_at, modified_at)"
        " VALUES (1, 'u1', 'Old', 'coaching-and-mentoring', 0, '2025-01-01', '2025-01-02')",
        "INSERT INTO answers (workbook_id, key, value, modified_at)"
        " VALUES (1, 'part1.overview', '\"old words\"', '2025-01-02')",
        "INSERT INTO map_entries (workbook_id, uid, ring, text, note, color, x, y, free,"
        " position, size, wrap) VALUES (1, 'n1', 'needs', 'A need', '', '', 1.5, 2.5, 1, 0,"
        " 16.0, 180.0)",
    ],
}
# 0003 adds tool copies; a database at 0003 holds the same data plus a copy.
FILL["0003"] = [
    *FILL["0002"],
    "INSERT INTO tool_copies (workbook_id, uid, tool_id, title, position, in_packet,"
    " created_at, updated_at) VALUES (1, 't1', 'goals-and-objectives', 'Goals', 0, 0,"
    " '2025-01-01', '2025-01-02')",
]
# 0004 keeps each workbook's progress summary for the start screen.
FILL["0004"] = [
    "INSERT INTO workbooks (id, uid, title, credential_id, fellow, created_at, modified_at,"
    " summary_done, summary_total, summary_at) VALUES (1, 'u1', 'Old',"
    " 'coaching-and-mentoring', 0, '2025-01-01', '2025-01-02', 2, 8, '2025-01-02')",
    "INSERT INTO answers (workbook_id, key, value, modified_at)"
    " VALUES (1, 'part1.overview', '\"old words\"', '2025-01-02')",
]


def _at(path: Path, revision: str | None) -> None:
    engine = make_engine(path)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if revision is not None:
        with engine.begin() as con:
            cfg.attributes["connection"] = con
            command.upgrade(cfg, revision)
    engine.dispose()


@pytest.mark.parametrize("index", range(len(KNOWN_REVISIONS)))
def test_upgrade_from_previous_revision_keeps_data(tmp_path: Path, index: int) -> None:
    previous = KNOWN_REVISIONS[index - 1] if index else None
    db = tmp_path / DB_NAME
    _at(db, previous)
    con = sqlite3.connect(db)
    for sql in FILL[previous]:
        con.execute(sql)
    con.commit()
    con.close()
    store = Store(tmp_path)  # the app's own start-up path runs the upgrade
    version = sqlite3.connect(db).execute("SELECT version_num FROM alembic_version").fetchone()
    assert version[0] == KNOWN_REVISIONS[-1]
    if previous == "0001":
        assert store.answer(1, "part1.overview") == "old words"
        entry = store.map_entries(1)[0]
        assert entry["text"] == "A need"
        # Not placed yet: the map editor lays it out once and stores the place.
        assert (entry["size"], entry["wrap"], entry["free"]) == (0.0, 0.0, False)
        assert store.workbook(1).summary is None  # not counted yet: the start screen will
    store.close()


def test_every_revision_has_fill_data() -> None:
    # A new migration must come with data written for the schema before it.
    assert set(KNOWN_REVISIONS[:-1]) <= set(FILL)


def test_latest_schema_with_data_reopens(tmp_path: Path) -> None:
    _at(tmp_path / DB_NAME, KNOWN_REVISIONS[-1])
    con = sqlite3.connect(tmp_path / DB_NAME)
    for sql in FILL[KNOWN_REVISIONS[-1]]:
        con.execute(sql)
    con.commit()
    con.close()
    s = Store(tmp_path)
    assert s.answer(1, "part1.overview") == "old words"
    s.close()
