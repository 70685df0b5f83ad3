"""Errors the store raises. Each message says what happened and what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


class StoreError(Exception):
    """Base class; str() is a message fit for the user."""


class NewerSchemaError(StoreError):
    def __init__(self, path: Path, version: str) -> None:
        self.path, self.version = path, version
        super().__init__(
            QCoreApplication.translate(
                "StoreErrors",
                "The database {path} was written by a newer version of TLI Workbook (schema "
                "{version}). It has not been changed. Install the newer version to open it, or "
                "start this version with another data folder (--data-dir).",
            ).format(path=path, version=version)
        )


class CorruptDatabaseError(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(
            QCoreApplication.translate(
                "StoreErrors",
                "The database {path} cannot be read ({detail}). It has not been changed or "
                "deleted. Start the app to set it aside and restore the newest good backup "
                "(kept in {backups}), or use another data folder (--data-dir).",
            ).format(path=path, detail=detail, backups=path.parent / "backups")
        )


class ArchiveError(StoreError):
    """A workbook archive (.tliwb) is malformed, hostile or unsupported. Nothing was written."""


class NotFoundError(StoreError):
    pass


class FileTooLargeError(StoreError):
    pass
