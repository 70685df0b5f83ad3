"""The database's journal (the -wal file) removed under the running app.

SQLite keeps writing into the removed file through the handle it holds, so every save still
"succeeds" while nothing reaches a file another connection, a backup or the next start can
see. The store notices that the -wal file it opened is gone (or was replaced), saves a fresh
copy of everything through its own connection (which still sees all of it), sets the old file
aside and goes on with the copy.
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tli_workbook.store.backups import set_aside
from tli_workbook.store.database import DB_NAME, integrity_check
from tli_workbook.store.errors import StoreError

log = logging.getLogger(__name__)

FileId = tuple[int, int]


def wal_path(db: Path) -> Path:
    return db.with_name(db.name + "-wal")


def wal_identity(db: Path) -> FileId | None:
    """(device, inode) of the -wal file, None when there is none."""
    try:
        st = os.stat(wal_path(db))
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class JournalLostError(StoreError):
    """The -wal file was removed while the app had the database open; a fresh copy was saved
    (self.aside is where the old file went). The write that noticed it is in the copy."""

    def __init__(self, aside: Path | None) -> None:
        self.aside = aside
        super().__init__(
            QCoreApplication.translate(
                "StoreErrors",
                "A file beside your workbooks (workbooks.sqlite3-wal) was removed by another "
                "program while TLI Workbook was open. Nothing was lost: everything typed so "
                "far was saved to a fresh copy of the workbooks file, and the app goes on with "
                "it. The old file was kept in {folder}.",
            ).format(folder=aside.parent if aside else "-")
        )


def save_fresh_copy(con: sqlite3.Connection, data_dir: Path) -> Path | None:
    """Copy everything con sees into a fresh database file and put it in place of the
    database; the old one (and what is left of its journal) is set aside. The caller has
    closed every other connection but con's engine must be disposed right after. Returns
    where the old database went."""
    db = Path(data_dir) / DB_NAME
    fresh = Path(data_dir) / f".{DB_NAME}.fresh-{secrets.token_hex(4)}"
    try:
        dst = sqlite3.connect(fresh)
        try:
            con.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        result = integrity_check(fresh)
        if result != "ok":
            raise StoreError(
                QCoreApplication.translate(
                    "StoreErrors",
                    "A file beside your workbooks was removed by another program and a fresh "
                    "copy could not be made. Keep the app open and copy your text elsewhere, "
                    "then restart.",
                )
            )
        aside = set_aside(Path(data_dir), "journal-removed")
        os.replace(fresh, db)
        log.warning("The -wal file was removed under the app; fresh copy saved, old at %s", aside)
        return aside
    except (OSError, sqlite3.Error) as exc:
        log.exception("Could not save a fresh copy after the journal was removed")
        raise StoreError(
            (
                "A file beside your workbooks was removed by another program and a fresh copy "
                "could not be saved ({}). Keep the app open, free space or fix the folder, "
                "and it is tried again."
            ).format(getattr(exc, "strerror", None) or exc)
        ) from exc
    finally:
        try:
            fresh.unlink()
        except OSError:
            pass


_FINGERPRINT = (
    "SELECT (SELECT count(*) || '/' || ifnull(max(modified_at), '') FROM workbooks),"
    " (SELECT count(*) || '/' || total(length(value)) FROM answers),"
    " (SELECT count(*) FROM map_entries), (SELECT count(*) FROM artifacts),"
    " (SELECT count(*) || '/' || total(length(value)) FROM settings)"
)


def others_see_what_we_wrote(con: sqlite3.Connection, db: Path) -> bool:
    """A -wal file with a new identity is harmless when the last connection closed and a new
    one made it; it is a removed journal when a fresh connection does not see what con sees."""
    try:
        ours = con.execute(_FINGERPRINT).fetchone()
        other = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            theirs = other.execute(_FINGERPRINT).fetchone()
        finally:
            other.close()
    except sqlite3.Error:
        log.warning("A fresh connection could not read the database", exc_info=True)
        return False
    return bool(ours == theirs)
