"""Debounced saving of artifact and respondent records.

Edits are queued per record (a callable read at save time, so a keystroke costs nothing until
the write) and written within SAVE_DELAY_MS of the last change, and at most MAX_WAIT_MS after
the first, so every change is on disk within a second. A failed write keeps the edits queued
and retries; flush() reports whether anything is still unsaved.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from tli_workbook.store import StoreError

SAVE_DELAY_MS = 400
MAX_WAIT_MS = 900
RETRY_MS = 3000

Writer = Callable[[dict[str, Any]], Any]


class RecordSaver(QObject):
    saved = Signal()
    failed = Signal(str)

    def __init__(self, write: Writer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._write = write
        self._pending: dict[str, Callable[[], dict[str, Any]]] = {}
        self._first_at: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.last_error = ""

    @property
    def pending(self) -> list[str]:
        return list(self._pending)

    def queue(self, uid: str, record: Callable[[], dict[str, Any]]) -> None:
        """Queue a save of record() (which must include "id") for uid."""
        self._pending[uid] = record
        now = time.monotonic()
        if self._first_at is None:
            self._first_at = now
        waited = (now - self._first_at) * 1000
        self._timer.start(max(0, min(SAVE_DELAY_MS, int(MAX_WAIT_MS - waited))))

    def discard(self, uid: str) -> None:
        """Forget a queued save (the record is being deleted)."""
        self._pending.pop(uid, None)

    def flush(self) -> bool:
        self._timer.stop()
        if not self._pending:
            return True
        for uid, record in list(self._pending.items()):
            try:
                self._write(record())
            except StoreError as exc:
                self.last_error = str(exc)
                self.failed.emit(str(exc))
                self._timer.start(RETRY_MS)
                return False
            if self._pending.get(uid) is record:
                del self._pending[uid]
        self._first_at = None
        self.last_error = ""
        self.saved.emit()
        return True
