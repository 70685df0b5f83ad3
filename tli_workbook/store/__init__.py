"""The store: SQLite through SQLAlchemy, migrations, files, archives."""

from tli_workbook.store.errors import (
    ArchiveError,
    CorruptDatabaseError,
    FileTooLargeError,
    NewerSchemaError,
    NotFoundError,
    StoreError,
)
from tli_workbook.store.repository import Store, WorkbookInfo, new_uid

__all__ = [
    "ArchiveError",
    "CorruptDatabaseError",
    "FileTooLargeError",
    "NewerSchemaError",
    "NotFoundError",
    "Store",
    "StoreError",
    "WorkbookInfo",
    "new_uid",
]
