"""Temporary copies for "Open with the system application".

The system application gets a copy, never the stored file: an editor that saves in place (or
a viewer that rewrites metadata) cannot change the bytes the workbook and its packet rely on.
Copies are read-only, named like the original so the right application opens them, and
cleared a day later (an application may still hold a copy open when the workbook closes).
They live in the data folder ("open"), never in the system's temp folder: the teacher's files
stay where the teacher keeps them.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
import time
from pathlib import Path

from tli_workbook.artifacts.sniff import extension_for

STALE_AFTER_S = 24 * 3600
_UNSAFE = re.compile(r"[^\w.\- ()]+", re.UNICODE)


def open_copies_root(data_dir: Path) -> Path:
    return Path(data_dir) / "open"


def safe_filename(name: str, media_type: str = "", fallback: str = "attachment") -> str:
    """A file name any file system accepts, whose extension matches the content (so a JPEG
    named .png opens in an application that reads JPEG)."""
    base = Path(name or "").name
    base = _UNSAFE.sub("_", base).strip(" .") or fallback
    stem, ext = os.path.splitext(base)
    want = extension_for(media_type)
    jpeg = {".jpg", ".jpeg", ".jpe"}
    if want and ext.lower() != want and not (want == ".jpg" and ext.lower() in jpeg):
        ext = want
    return (stem[:120] or fallback) + ext


def make_open_copy(source: Path, filename: str, media_type: str, root: Path) -> Path:
    """Copy a stored file to a fresh read-only file under root and return its path."""
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = root / f"open-{secrets.token_hex(6)}"
    folder.mkdir(mode=0o700)
    dest = folder / safe_filename(filename, media_type)
    shutil.copyfile(source, dest)
    os.chmod(dest, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return dest


def purge_open_copies(root: Path, older_than_s: float = STALE_AFTER_S) -> int:
    """Remove copies made more than older_than_s ago. Returns how many folders were removed."""
    if not root.is_dir():
        return 0
    cutoff = time.time() - older_than_s
    removed = 0
    for folder in root.glob("open-*"):
        try:
            if folder.stat().st_mtime < cutoff:
                for f in folder.iterdir():
                    os.chmod(f, stat.S_IRUSR | stat.S_IWUSR)
                shutil.rmtree(folder)
                removed += 1
        except OSError:
            continue  # still in use on some systems; try again next time
    return removed
