"""Rotating backups with SQLite's online backup API, next to the database.

A backup is a complete, consistent copy taken while the app runs (the backup API copies pages
under a read transaction), written to a temporary name and renamed, so a half-written backup
never looks like a good one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tli_workbook.atomic_write import atomic_path, copy_atomic
from tli_workbook.store.database import DB_NAME, integrity_check, quick_check
from tli_workbook.store.errors import StoreError

BACKUP_DIR = "backups"
SET_ASIDE_DIR = "set-aside"
DEFAULT_KEEP = 10
PREFIX = "workbooks-"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str

    def summary(self) -> list[tuple[str, str]]:
        """(title, credential id) of each workbook in the backup; [] if unreadable."""
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            try:
                rows = con.execute(
                    "SELECT title, credential_id FROM workbooks ORDER BY modified_at DESC"
                ).fetchall()
            finally:
                con.close()
        except sqlite3.Error:
            return []
        return [(str(t), str(c)) for t, c in rows]

    def is_good(self) -> bool:
        return quick_check(self.path) == "ok"


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def make_backup(data_dir: Path, reason: str = "manual", keep: int = DEFAULT_KEEP) -> Path | None:
    """Copy the database to backups/; keep the newest `keep`. None if there is nothing yet.
    Raises StoreError when the copy cannot be made or fails its own integrity check."""
    db = Path(data_dir) / DB_NAME
    if not db.exists():
        return None
    folder = backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    name = f"{PREFIX}{now.strftime(_STAMP)}-{now.microsecond // 1000:03d}-{reason}.sqlite3"
    final = folder / name
    try:
        _copy_checked(db, final)
    except sqlite3.Error as exc:
        raise StoreError(
            QCoreApplication.translate(
                "StoreErrors",
                "The backup could not be made: the database could not be read ({exc}). Your "
                "older backups were kept.",
            ).format(exc=exc)
        ) from exc
    rotate(data_dir, keep)
    return final


def _copy_checked(db: Path, final: Path) -> None:
    src = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        with atomic_path(final) as tmp:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
            # A backup that fails its own full check is never kept as "good": keeping it
            # would rotate a good older one away.
            result = integrity_check(tmp)
            if result != "ok":
                raise StoreError(
                    QCoreApplication.translate(
                        "StoreErrors",
                        "The backup could not be made: the copy failed SQLite's integrity check "
                        "({result}). Your older backups were kept.",
                    ).format(result=result[:200])
                )
    finally:
        src.close()


def list_backups(data_dir: Path) -> list[Backup]:
    """Newest first."""
    out = []
    for p in backup_dir(data_dir).glob(f"{PREFIX}*.sqlite3"):
        stem = p.stem[len(PREFIX) :]
        try:
            taken = datetime.strptime(stem[:15], _STAMP)
        except ValueError:
            continue
        reason = stem.split("-", 3)[3] if stem.count("-") >= 3 else ""
        out.append(Backup(p, taken, reason))
    return sorted(out, key=lambda b: (b.taken, b.path.name), reverse=True)


def rotate(data_dir: Path, keep: int) -> None:
    for old in list_backups(data_dir)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def due_daily(data_dir: Path) -> bool:
    backups = list_backups(data_dir)
    return not backups or datetime.now() - backups[0].taken > timedelta(days=1)


def set_aside(data_dir: Path, label: str) -> Path | None:
    """Move the database (and its WAL/SHM files) to set-aside/, never deleting anything."""
    db = Path(data_dir) / DB_NAME
    if not db.exists():
        return None
    folder = Path(data_dir) / SET_ASIDE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime(_STAMP)
    target = folder / f"workbooks-{stamp}-{label}.sqlite3"
    n = 1
    while target.exists():
        target = folder / f"workbooks-{stamp}-{label}-{n}.sqlite3"
        n += 1
    for suffix in ("-wal", "-shm"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    os.replace(db, target)
    return target


def restore(data_dir: Path, backup: Path) -> Path | None:
    """Put a backup in place of the database. The current database is set aside first (the
    caller must have closed it). Returns where the old database went."""
    if quick_check(backup) != "ok":
        raise ValueError(f"The backup {backup.name} is damaged and was not restored.")
    aside = set_aside(data_dir, "before-restore")
    db = Path(data_dir) / DB_NAME
    copy_atomic(backup, db)
    return aside
