"""The store: SQLite through SQLAlchemy, migrations, files, archives.

The names below load on first use: the errors are light, but `Store` imports SQLAlchemy
(a few hundred milliseconds), and the start screen is painted before that (store/listing.py
reads its list with the standard sqlite3 module). Importing the package, or one of its light
modules (errors, lock, listing, database), must not import the repository.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tli_workbook.lazy_names import lazy_names

if TYPE_CHECKING:
    from tli_workbook.store.errors import (
        ArchiveError,
        CorruptDatabaseError,
        FileTooLargeError,
        NewerSchemaError,
        NotFoundError,
        StoreError,
    )
    from tli_workbook.store.listing import WorkbookInfo
    from tli_workbook.store.repository import NewArtifactFile, Store, new_uid

_LAZY = {
    "ArchiveError": "tli_workbook.store.errors",
    "CorruptDatabaseError": "tli_workbook.store.errors",
    "FileTooLargeError": "tli_workbook.store.errors",
    "NewerSchemaError": "tli_workbook.store.errors",
    "NotFoundError": "tli_workbook.store.errors",
    "StoreError": "tli_workbook.store.errors",
    "WorkbookInfo": "tli_workbook.store.listing",
    "NewArtifactFile": "tli_workbook.store.repository",
    "Store": "tli_workbook.store.repository",
    "new_uid": "tli_workbook.store.repository",
}

__all__ = [
    "ArchiveError",
    "CorruptDatabaseError",
    "FileTooLargeError",
    "NewerSchemaError",
    "NewArtifactFile",
    "NotFoundError",
    "Store",
    "StoreError",
    "WorkbookInfo",
    "new_uid",
]


__getattr__ = lazy_names(__name__, _LAZY)
