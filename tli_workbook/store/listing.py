"""The start screen's list of workbooks, read with the standard sqlite3 module.

The window paints this list before SQLAlchemy is imported and before the Store opens (its
quick check, migrations and recovery run right after the first paint). So the list is read
only when it can be read exactly as the Store would read it: a database at the current schema
revision, opened read-only with a short timeout, one query. Anything else (an older or newer
schema, a file SQLite cannot read, a value that does not parse) gives None, and the app
takes its ordinary path: the Store opens first, then the window.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tli_workbook.store.database import DB_NAME, HEAD, decode_text

log = logging.getLogger(__name__)

# Short: a program holding the file (a backup tool) must not hold up the first paint; the
# Store then opens it with its own, longer patience.
TIMEOUT_S = 0.2


@dataclass(frozen=True)
class WorkbookInfo:
    id: int
    uid: str
    title: str
    credential_id: str
    fellow: bool
    created_at: datetime
    modified_at: datetime
    # (parts complete, parts in all) as last counted, None when the workbook changed since.
    summary: tuple[int, int] | None = None


def summary_of(
    done: int | None, total: int | None, at: datetime | None, modified_at: datetime
) -> tuple[int, int] | None:
    """A kept progress count, if it was counted for the workbook as it is now."""
    if done is None or total is None or at is None or at < modified_at:
        return None
    return (done, total)


@dataclass(frozen=True)
class Listing:
    """The workbooks, newest first, and how many tool copies each holds (a team binder's
    progress), as one query read them."""

    workbooks: list[WorkbookInfo]
    tool_counts: dict[int, int] = field(default_factory=dict)


_QUERY = """
SELECT w.id, w.uid, w.title, w.credential_id, w.fellow, w.created_at, w.modified_at,
       w.summary_done, w.summary_total, w.summary_at,
       (SELECT count(*) FROM tool_copies t WHERE t.workbook_id = w.id)
FROM workbooks AS w
ORDER BY w.modified_at DESC
"""


def _stamp(value: object) -> datetime:
    # SQLAlchemy keeps DateTime in SQLite as "YYYY-MM-DD HH:MM:SS.ffffff".
    if not isinstance(value, str):
        raise ValueError(f"not a stored time: {value!r}")
    return datetime.fromisoformat(value)


def connect_current(db: Path, timeout_s: float) -> sqlite3.Connection | None:
    """A read-only sqlite3 connection to db when its schema is the current revision; None
    when it cannot be opened or needs the Store (a migration, a newer schema), logged."""
    try:
        con = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True, timeout=timeout_s)
    except sqlite3.Error:
        log.info("%s could not be opened without the Store", db, exc_info=True)
        return None
    try:
        con.text_factory = decode_text
        version = con.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        log.info("%s could not be read without the Store", db, exc_info=True)
        con.close()
        return None
    if [tuple(r) for r in version] != [(HEAD,)]:
        log.info("Schema %s is not %s: the Store reads %s", version, HEAD, db)
        con.close()
        return None
    return con


def read_listing(folder: Path) -> Listing | None:
    """The list as the Store would give it, or None when it cannot be read that way."""
    db = Path(folder) / DB_NAME
    try:
        if not db.exists() or db.stat().st_size == 0:
            return Listing([])  # a new data folder: the Store creates the database
    except OSError:
        log.info("The workbook list could not be read before start-up", exc_info=True)
        return None
    con = connect_current(db, TIMEOUT_S)
    if con is None:
        return None  # the Store opens first
    try:
        books, tools = [], {}
        for row in con.execute(_QUERY):
            wid, uid, title, cid, fellow, created, modified, done, total, at, copies = row
            modified_at = _stamp(modified)
            books.append(
                WorkbookInfo(
                    wid,
                    uid,
                    title,
                    cid,
                    bool(fellow),
                    _stamp(created),
                    modified_at,
                    summary_of(done, total, None if at is None else _stamp(at), modified_at),
                )
            )
            tools[wid] = copies
        return Listing(books, tools)
    except (sqlite3.Error, ValueError, TypeError):
        # Damage, a schema this code does not expect, a value that does not parse: the
        # Store's own checks (and recovery) decide what the teacher sees.
        log.info("The workbook list could not be read before start-up", exc_info=True)
        return None
    finally:
        con.close()
