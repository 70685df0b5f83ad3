"""Autosave: edits are buffered briefly and written together.

Written within SAVE_DELAY_MS of the last change, and at least every MAX_WAIT_MS while typing
goes on, so a crash loses at most about a second. A failed write keeps the edits pending and
retries; nothing shown as saved is ever lost. QtCore only: the crash harness drives this same
class with no window.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from tli_workbook.store import Store, StoreError

SAVE_DELAY_MS = 300
MAX_WAIT_MS = 500
RETRY_MS = 3000


Writer = Callable[[dict[str, Any]], None]


class Autosaver(QObject):
    """Buffers edits by key and saves them: answers of one workbook by default, or any records
    through `write` (artifacts and respondents use the same timing and retry rules)."""

    stateChanged = Signal(str, str)  # state ("saved", "pending", "error"), message
    saved = Signal()
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        workbook_id: int,
        parent: QObject | None = None,
        write: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workbook_id = workbook_id
        self._write = write or (lambda batch: store.set_answers(workbook_id, batch))
        self._pending: dict[str, Any] = {}
        self._first_pending_at: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.state = "saved"
        self.last_error = ""

    @classmethod
    def for_records(
        cls,
        store: Store,
        workbook_id: int,
        write_record: Callable[[Any], Any],
        parent: QObject | None = None,
    ) -> Autosaver:
        """Keys are record ids; each pending record is written with write_record."""

        def write(batch: dict[str, Any]) -> None:
            for record in batch.values():
                write_record(record)

        return cls(store, workbook_id, parent, write)

    @property
    def pending_keys(self) -> list[str]:
        return list(self._pending)

    def discard(self, key: str) -> None:
        """Forget a pending edit (its record is being deleted)."""
        self._pending.pop(key, None)

    def set(self, key: str, value: Any) -> None:
        """Queue a value, or a zero-argument callable read at save time (so a keystroke in a
        long text costs nothing until the write)."""
        self._pending[key] = value
        now = time.monotonic()
        if self._first_pending_at is None:
            self._first_pending_at = now
        waited_ms = (now - self._first_pending_at) * 1000
        if waited_ms >= MAX_WAIT_MS and self.state != "error":
            # Typing that never pauses, or a busy machine firing timers late: write now, from
            # the keystroke itself, so no edit waits longer than MAX_WAIT_MS.
            self.flush()
            return
        if self.state == "error":
            # Failing (disk full, another program holding the database): keep the retry
            # schedule, so each keystroke does not wait on another failing write.
            if not self._timer.isActive():
                self._timer.start(RETRY_MS)
            return
        delay = max(0, min(SAVE_DELAY_MS, int(MAX_WAIT_MS - waited_ms)))
        self._timer.start(delay)
        self._set_state("pending", self.tr("Saving…"))

    def flush(self) -> bool:
        """Write everything pending now. True when nothing is left unsaved."""
        self._timer.stop()
        if not self._pending:
            if self.state == "pending":
                self._set_state("saved", self.tr("All changes saved"))
            return True
        queued = dict(self._pending)
        batch = {k: (v() if callable(v) else v) for k, v in queued.items()}
        try:
            self._write_once_more_after_journal_loss(batch)
        except StoreError as exc:
            self.last_error = str(exc)
            self._set_state("error", str(exc))
            self.failed.emit(str(exc))
            self._timer.start(RETRY_MS)
            return False
        for key, value in queued.items():
            if self._pending.get(key) is value:
                del self._pending[key]
        self._first_pending_at = None if not self._pending else time.monotonic()
        if self._pending:
            self._timer.start(SAVE_DELAY_MS)
        else:
            self.last_error = ""
            self._set_state("saved", self.tr("All changes saved"))
            self.saved.emit()
        return not self._pending

    def _write_once_more_after_journal_loss(self, batch: dict[str, Any]) -> None:
        from tli_workbook.store.journal import JournalLostError

        try:
            self._write(batch)
        except JournalLostError:
            # The store has just saved a fresh copy and reopened it: write the batch there
            # again rather than show "Not saved" for a write that is safe.
            self._write(batch)

    def _set_state(self, state: str, message: str) -> None:
        self.state = state
        self.stateChanged.emit(state, message)
