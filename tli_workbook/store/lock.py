"""One app instance per data folder.

The lock is an OS file lock (flock/msvcrt) on data/.lock, so the kernel releases it when the
process dies, however it dies: a stale lock file left by a crash never blocks the next start.
The file also holds the owner's pid and host, to tell the user who has it.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import IO

from PySide6.QtCore import QCoreApplication

from tli_workbook.store.errors import StoreError

LOCK_NAME = ".lock"


class AlreadyRunningError(StoreError):
    def __init__(self, folder: Path, owner: dict) -> None:
        self.owner = owner
        pid = owner.get("pid", "?")
        super().__init__(
            QCoreApplication.translate(
                "StoreErrors",
                "TLI Workbook is already running with the data folder {folder} (process {pid}). "
                "Switch to that window, or close it and start again. Two copies writing the "
                "same workbooks at once could lose work, so this one will not open it.",
            ).format(folder=folder, pid=pid)
        )


def _try_lock(fh: IO[str]) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _host() -> str:
    if hasattr(os, "uname"):
        return os.uname().nodename
    import platform  # Windows (not imported at every start elsewhere: a few ms)

    return platform.node()


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self._fh: IO[str] | None = None

    def acquire(self) -> InstanceLock:
        self.folder.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held for the app's life)
        if not _try_lock(fh):
            fh.seek(0)
            try:
                owner = json.loads(fh.read() or "{}")
            except ValueError:
                owner = {}
            fh.close()
            raise AlreadyRunningError(self.folder, owner)
        fh.seek(0)
        fh.truncate()
        info = {"pid": os.getpid(), "host": _host(), "started": time.time()}
        fh.write(json.dumps(info))
        fh.flush()
        self._fh = fh
        return self

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing the descriptor releases the OS lock
            self._fh = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
