"""Opening the data folder at start: quick integrity check before anything writes."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from tli_workbook.store.database import DB_NAME, quick_check
from tli_workbook.store.errors import CorruptDatabaseError
from tli_workbook.store.repository import Store

log = logging.getLogger(__name__)

# Left behind by an import or a file copy that was killed part way (the instance lock is
# held, so nothing else is using them).
_LEFTOVERS = (("tmp", "tliwb-import-*"), ("files", ".incoming-*"), ("thumbs", ".thumb-*"))


def clean_leftovers(folder: Path) -> int:
    """Remove staging folders and temporary files of interrupted imports and copies inside
    the data folder. Returns how many were removed."""
    removed = 0
    for sub, pattern in _LEFTOVERS:
        base = Path(folder) / sub
        if not base.is_dir():
            continue
        for p in base.glob(pattern):
            try:
                if p.is_dir() and not p.is_symlink():
                    shutil.rmtree(p)
                else:
                    p.unlink()
                removed += 1
            except OSError:
                log.warning("Could not remove the leftover %s", p, exc_info=True)
    if removed:
        log.info("Removed %d leftovers of interrupted imports", removed)
    return removed


def open_checked(folder: Path, clean: bool = False) -> Store:
    """Open the store in folder; raise CorruptDatabaseError (touching nothing) if the database
    fails SQLite's quick check, NewerSchemaError if a newer app wrote it."""
    db = Path(folder) / DB_NAME
    if clean:  # only by the holder of the instance lock: nobody else is importing then
        clean_leftovers(Path(folder))
    if db.exists() and db.stat().st_size > 0:
        result = quick_check(db)
        if result != "ok":
            raise CorruptDatabaseError(db, result)
    return Store(Path(folder))
