"""Errors the store raises. Each message says what happened and what to do."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class; str() is a message fit for the user."""


class NewerSchemaError(StoreError):
    def __init__(self, path: Path, version: str) -> None:
        self.path, self.version = path, version
        super().__init__(
            f"The database {path} was written by a newer version of TLI Workbook "
            f"(schema {version}). It has not been changed. Install the newer version to open "
            "it, or start this version with another data folder (--data-dir)."
        )


class CorruptDatabaseError(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(
            f"The database {path} cannot be read ({detail}). It has not been changed or "
            "deleted. Start the app to set it aside and restore the newest good backup (kept "
            f"in {path.parent / 'backups'}), or use another data folder (--data-dir)."
        )


class ArchiveError(StoreError):
    """A workbook archive (.tliwb) is malformed, hostile or unsupported. Nothing was written."""


class NotFoundError(StoreError):
    pass


class FileTooLargeError(StoreError):
    pass
