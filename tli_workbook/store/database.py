"""Open the SQLite database: pragmas, schema version check, migrations.

Start-up pays for Alembic only when the schema is not current: the version is read with plain
sqlite3 first, and a database written by a newer app is refused before anything touches it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from tli_workbook.store.errors import CorruptDatabaseError, NewerSchemaError, StoreError

# Every revision this app knows, oldest first. tests/store/test_migrations.py checks this list
# against the Alembic scripts, so adding a migration without listing it fails the tests.
KNOWN_REVISIONS: tuple[str, ...] = ("0001",)
HEAD = KNOWN_REVISIONS[-1]
DB_NAME = "workbooks.sqlite3"
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another program holding the database
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


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


def _on_connect(dbapi_con: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit that returned has reached the disk, so "Saved" survives power loss.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
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
            f"The data folder {path.parent} cannot be created: {exc.strerror}."
        ) from exc
    engine = make_engine(path)
    if version != HEAD:
        try:
            upgrade(engine)
        except Exception:
            engine.dispose()
            raise
    return engine
