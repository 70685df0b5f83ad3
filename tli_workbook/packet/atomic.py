"""Staged writes: everything goes to hidden temporary files next to its destination and is
renamed into place only when the whole export has succeeded, so a cancelled or failed export
leaves no half-written file behind."""

from __future__ import annotations

import logging
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import IO

from tli_workbook.atomic_write import create_temp, replace
from tli_workbook.packet.errors import ExportError, os_error_message

log = logging.getLogger(__name__)


class Staging:
    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []  # (temporary, final)
        self._made_dirs: list[Path] = []
        self._folders: list[tuple[Path, Path]] = []  # (hidden work folder, final folder)
        self._folders_done: list[tuple[Path, Path]] = []

    def stage_dir(self, final: Path) -> Path:
        """A hidden folder beside final to build a whole folder in (the upload kit); commit()
        renames it into place, so a killed export leaves no empty visible folder, only a
        hidden one that the next start or export removes."""
        self.ensure_dir(final.parent)
        hidden = final.parent / f"{KIT_PREFIX}{secrets.token_hex(4)}"
        try:
            hidden.mkdir()
        except OSError as exc:
            raise ExportError(os_error_message(exc, final)) from None
        self._folders.append((hidden, final))
        return hidden

    def ensure_dir(self, folder: Path) -> None:
        """Create folder (and remember it, to remove it again if the export fails)."""
        missing = []
        p = folder
        while not p.exists():
            missing.append(p)
            if p.parent == p:
                break
            p = p.parent
        try:
            for d in reversed(missing):
                d.mkdir()
                self._made_dirs.append(d)
        except OSError as exc:
            raise ExportError(os_error_message(exc, folder)) from None

    def check_writable(self, folder: Path) -> None:
        """Fail fast, before minutes of work, if the folder cannot take a file."""
        if folder.exists() and not folder.is_dir():
            raise ExportError(f"{folder} is a file, not a folder. Choose another place to save.")
        probe = folder / f".tli-probe-{secrets.token_hex(4)}"
        try:
            with open(probe, "wb"):
                pass
        except OSError as exc:
            raise ExportError(os_error_message(exc, folder)) from None
        finally:
            try:
                probe.unlink()
            except OSError:
                pass

    def write(self, final: Path, writer: Callable[[IO[bytes]], object]) -> Path:
        """Run writer on a temporary file beside final; the rename waits for commit()."""
        try:
            fd, tmp = create_temp(final.parent, final.stem, final.suffix)
            self._staged.append((tmp, final))
            with os.fdopen(fd, "wb") as fh:
                writer(fh)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise ExportError(os_error_message(exc, final)) from None
        return tmp

    def commit(self) -> list[Path]:
        done = []
        try:
            for tmp, final in self._staged:
                replace(tmp, final)
                done.append(final)
        except OSError as exc:
            raise ExportError(os_error_message(exc, final)) from None
        finally:
            self._staged = [(t, f) for t, f in self._staged if f not in done]
        try:
            for hidden, final in self._folders:
                self._commit_folder(hidden, final)
        except OSError as exc:
            raise ExportError(os_error_message(exc, exc.filename or "the upload kit")) from None
        self._folders.clear()
        self._made_dirs.clear()
        return [self._final_path(p) for p in done]

    def _final_path(self, p: Path) -> Path:
        for hidden, final in self._folders_done:
            if p.parent == hidden:
                return final / p.name
        return p

    def _commit_folder(self, hidden: Path, final: Path) -> None:
        if not final.exists():
            os.replace(hidden, final)
        else:  # exporting again into an existing kit folder: replace file by file
            for child in hidden.iterdir():
                replace(child, final / child.name)
            hidden.rmdir()
        self._folders_done.append((hidden, final))

    def rollback(self) -> None:
        for tmp, _final in self._staged:
            try:
                tmp.unlink()
            except OSError:
                pass
        self._staged.clear()
        for hidden, _final in self._folders:
            shutil.rmtree(hidden, ignore_errors=True)
        self._folders.clear()
        for d in reversed(self._made_dirs):
            try:
                d.rmdir()  # only if still empty: never remove anything the teacher put there
            except OSError:
                pass
        self._made_dirs.clear()


WORK_PREFIX = ".tli-packet-work-"
KIT_PREFIX = ".tli-kit-work-"


def clean_export_leftovers(folder: Path | None) -> int:
    """Remove what a killed export left in folder: its hidden work folder and hidden
    temporary files (.<name>.tmp-*). Nothing else is touched. Returns how many."""
    if folder is None or not Path(folder).is_dir():
        return 0
    removed = 0
    for p in Path(folder).iterdir():
        name = p.name
        try:
            if name.startswith((WORK_PREFIX, KIT_PREFIX)) and p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            elif p.is_file() and (name.startswith(".tli-probe-") or _is_temp_name(name)):
                p.unlink()
            else:
                continue
            removed += 1
        except OSError:
            log.warning("Could not remove the export leftover %s", p, exc_info=True)
    return removed


def _is_temp_name(name: str) -> bool:
    return name.startswith(".") and ".tmp-" in name  # Staging's .<final name>.tmp-<hex>
