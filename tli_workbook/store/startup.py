"""Opening the data folder at start: quick integrity check before anything writes."""

from __future__ import annotations

from pathlib import Path

from tli_workbook.store.database import DB_NAME, quick_check
from tli_workbook.store.errors import CorruptDatabaseError
from tli_workbook.store.repository import Store


def open_checked(folder: Path) -> Store:
    """Open the store in folder; raise CorruptDatabaseError (touching nothing) if the database
    fails SQLite's quick check, NewerSchemaError if a newer app wrote it."""
    db = Path(folder) / DB_NAME
    if db.exists() and db.stat().st_size > 0:
        result = quick_check(db)
        if result != "ok":
            raise CorruptDatabaseError(db, result)
    return Store(Path(folder))
