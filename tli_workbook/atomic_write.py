"""Replace a file whole or not at all: bytes go to a temporary file in the destination's folder
(same file system, so the rename is atomic), are flushed to disk, and only then renamed onto
the destination. The temporary file gets ordinary permissions (0666 minus the umask), so an
exported document is not left readable only by its owner, as tempfile.mkstemp would make it.

Every writer in the app goes through here; the packet's multi-file Staging builds on
`temp_beside` and `fsync_path`."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

_MODE = 0o666  # the umask applies, as for any file the user's programs create


def create_temp(folder: Path, stem: str, suffix: str = "") -> tuple[int, Path]:
    """Create a new, empty hidden file in folder; return its open descriptor and path."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        path = Path(folder) / f".{stem}.tmp-{secrets.token_hex(4)}{suffix}"
        try:
            return os.open(path, flags, _MODE), path
        except FileExistsError:
            continue
    raise FileExistsError(f"No free temporary name in {folder}")


def temp_beside(dest: Path) -> Path:
    """A new, empty temporary file next to dest (keeping its suffix, which some writers read)."""
    dest = Path(dest)
    fd, path = create_temp(dest.parent, dest.stem, dest.suffix)
    os.close(fd)
    return path


def fsync_path(path: Path) -> None:
    """Flush a written file's bytes to disk (some writers only take a path)."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def replace(tmp: Path, dest: Path) -> None:
    """Rename tmp onto dest, then flush the folder entry where the platform allows it."""
    os.replace(tmp, dest)
    if os.name == "posix":
        try:
            fd = os.open(Path(dest).parent, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass  # some file systems refuse fsync on folders; the rename itself is done
        finally:
            os.close(fd)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


@contextlib.contextmanager
def atomic_path(dest: Path) -> Iterator[Path]:
    """Yield a temporary path beside dest for a writer that takes a file name; when the block
    succeeds it is flushed and renamed onto dest, otherwise removed."""
    dest = Path(dest)
    tmp = temp_beside(dest)
    try:
        yield tmp
        fsync_path(tmp)
        replace(tmp, dest)
    finally:
        _unlink_quietly(tmp)


def write_atomic(dest: Path, writer: Callable[[IO[bytes]], None]) -> None:
    """Run writer on a binary file object, then put the result in place of dest."""
    dest = Path(dest)
    fd, tmp = create_temp(dest.parent, dest.stem, dest.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            writer(fh)
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, dest)
    finally:
        _unlink_quietly(tmp)


def write_bytes_atomic(dest: Path, data: bytes) -> None:
    def write(fh: IO[bytes]) -> None:
        fh.write(data)

    write_atomic(dest, write)


def copy_atomic(src: Path, dest: Path) -> None:
    """Copy src onto dest (which may be on another file system) whole or not at all."""
    write_atomic(dest, lambda fh: _copy_into(src, fh))


def _copy_into(src: Path, fh: IO[bytes]) -> None:
    with open(src, "rb") as source:
        shutil.copyfileobj(source, fh, 1024 * 1024)
