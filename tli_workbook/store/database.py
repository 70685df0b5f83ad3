"""Open the SQLite database: pragmas, schema version check, migrations.

Start-up pays for Alembic only when the schema is not current: the version is read with plain
sqlite3 first, and a database written by a newer app is refused before anything touches it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.store.errors import CorruptDatabaseError, NewerSchemaError, StoreError

# Every revision this app knows, oldest first. tests/store/test_migrations.py checks this list
# against the Alembic scripts, so adding a migration without listing it fails the tests.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
HEAD = KNOWN_REVISIONS[-1]
DB_NAME = "workbooks.sqlite3"
# How long a write waits for another program holding the database. Short: the write runs on
# the GUI thread, and a failed write stays pending and is retried (ui/autosave.py), so typing
# stays smooth while another program holds the file.
BUSY_TIMEOUT_MS = 250
DAMAGED_MARKER = "⚠ [damaged in the database file; what could be read follows] "
MIGRATIONS = Path(__file__).resolve().parent / "migrations"

if TYPE_CHECKING:
    # The start screen reads its list through this module before SQLAlchemy is imported
    # (store/listing.py); only opening an engine needs it.
    from sqlalchemy import Engine


def read_schema_version(path: Path) -> str | None:
    """The Alembic revision stored in the file, None for a new or empty database."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    try:
        rows = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchall()
        if not rows:
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise CorruptDatabaseError(path, "it holds tables but no schema version")
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    finally:
        con.close()


def integrity_check(path: Path) -> str:
    """'ok' or the first problem SQLite's full integrity_check reports (slow on a large
    database: run it off the GUI thread)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            row = con.execute("PRAGMA integrity_check(1)").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return str(row[0]) if row else "no answer from integrity_check"


def quick_check(path: Path) -> str:
    """'ok' or the first problem SQLite's quick_check reports."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            row = con.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return str(row[0]) if row else "no answer from quick_check"


log = logging.getLogger(__name__)


def decode_text(raw: bytes) -> str:
    """Every TEXT read: bytes that are not UTF-8 (a damaged page) become U+FFFD, never an
    exception that stops the app."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        log.warning("Undecodable bytes in a database text value (%d bytes)", len(raw))
        return raw.decode("utf-8", errors="replace")


def _readable(text: str) -> str:
    return "".join(c for c in text if c.isprintable() or c in "\n\t").replace("\ufffd", "")


def tolerant_json(text: str) -> Any:
    """JSON column values; a damaged one is shown as text behind DAMAGED_MARKER (so the editor
    shows what survived and the teacher can fix it) instead of failing every read."""
    try:
        return json.loads(text, strict=False)
    except ValueError:
        log.warning("A damaged JSON value was read from the database (%d chars)", len(text))
        salvage = _readable(text).strip().strip('"')
        return DAMAGED_MARKER + salvage


def _on_connect(dbapi_con: sqlite3.Connection, _record: object) -> None:
    dbapi_con.text_factory = decode_text
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit that returned has reached the disk, so "Saved" survives power loss.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True, json_deserializer=tolerant_json)
    event.listen(engine, "connect", _on_connect)
    return engine


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as con:
        cfg.attributes["connection"] = con
        command.upgrade(cfg, "head")


def open_database(path: Path) -> Engine:
    """Open (creating or migrating as needed) the database at path."""
    version = read_schema_version(path)
    if version is not None and version not in KNOWN_REVISIONS:
        raise NewerSchemaError(path, version)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            QCoreApplication.translate(
                "StoreErrors", "The data folder {parent} cannot be created: {strerror}."
            ).format(parent=path.parent, strerror=exc.strerror)
        ) from exc
    engine = make_engine(path)
    if version != HEAD:
        try:
            upgrade(engine)
        except Exception:
            engine.dispose()
            raise
    return engine
