"""Autosave: edits are buffered briefly and written together.

Written within SAVE_DELAY_MS of the last change, and at least every MAX_WAIT_MS while typing
goes on, so a crash loses at most about a second. A failed write keeps the edits pending and
retries; nothing shown as saved is ever lost. QtCore only: the crash harness drives this same
class with no window.

The writes autosave starts by itself (the timers, and typing that never pauses) run on one
writer thread, never on the GUI thread: committing a pasted megabyte takes ~100 ms, and a
database another program holds is waited on for the busy timeout. Only the values are read on
the GUI thread (a text box's text cannot be read from another thread). `flush()`, which the
window calls before it needs the data on disk (quit, export, switching workbook), still writes
at once and says whether it worked, after waiting for a write already under way.
"""

from __future__ import annotations

import copy
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal

from tli_workbook.store import Store, StoreError

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 300
MAX_WAIT_MS = 500
AFTER_KEY_MS = 16  # a frame: the keystroke is drawn before a write it is due to start
RETRY_MS = 3000


Writer = Callable[[dict[str, Any]], None]

_writer: ThreadPoolExecutor | None = None
_writer_lock = threading.Lock()


def _writer_thread() -> ThreadPoolExecutor:
    """The one thread every background autosave write runs on, in the order they were started
    (one writer, as SQLite wants; a write never overtakes an older one)."""
    global _writer
    with _writer_lock:
        if _writer is None:
            _writer = ThreadPoolExecutor(1, thread_name_prefix="tli-autosave")
        return _writer


def _tr(text: str) -> str:
    return QCoreApplication.translate("Autosave", text)


_SAVED = str(QT_TRANSLATE_NOOP("Autosave", "All changes saved"))
_SAVING = str(QT_TRANSLATE_NOOP("Autosave", "Saving…"))


def _not_saved(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return str(exc)
    return QCoreApplication.translate(
        "Autosave",
        "Your last change could not be saved ({error}). It is still on screen and will be "
        "saved again in a moment.",
    ).format(error=exc)


class Autosaver(QObject):
    """Buffers edits by key and saves them: answers of one workbook by default, or any records
    through `write` (artifacts and respondents use the same timing and retry rules)."""

    stateChanged = Signal(str, str)  # state ("saved", "pending", "error"), message
    saved = Signal()
    failed = Signal(str)
    _written = Signal(object)  # from the writer thread: the Future of a background write

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
        self._timer.timeout.connect(self.save_in_background)
        self.state = "saved"
        self.last_error = ""
        # The background write under way: its Future and the pending values it took.
        self._inflight: Future[None] | None = None
        self._inflight_queued: dict[str, Any] = {}
        self.gui_thread_writes = 0  # writes run on the calling thread (flush), for tests
        self._written.connect(self._on_written, Qt.ConnectionType.QueuedConnection)

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
            # Typing that never pauses, or a busy machine firing timers late: the write starts
            # one frame after this keystroke, whatever the keys after it do, so no edit waits
            # much longer than MAX_WAIT_MS. Not from the keystroke itself: the writer thread
            # would take the interpreter from the GUI thread while it draws the letter.
            if not self._timer.isActive() or self._timer.remainingTime() > AFTER_KEY_MS:
                self._timer.start(AFTER_KEY_MS)
            return
        if self.state == "error":
            # Failing (disk full, another program holding the database): keep the retry
            # schedule, so each keystroke does not wait on another failing write.
            if not self._timer.isActive():
                self._timer.start(RETRY_MS)
            return
        delay = max(0, min(SAVE_DELAY_MS, int(MAX_WAIT_MS - waited_ms)))
        self._timer.start(delay)
        if self.state != "pending":  # said once: not again at every keystroke
            self._set_state("pending", _tr(_SAVING))

    @property
    def writing(self) -> bool:
        """A background write is under way."""
        return self._inflight is not None

    def save_in_background(self) -> None:
        """Start writing what is pending on the writer thread (the timers call this). One write
        at a time per saver: edits made meanwhile go with the next one."""
        self._timer.stop()
        if self._inflight is not None:
            return  # _on_written starts the next write
        if not self._pending:
            if self.state == "pending":
                self._set_state("saved", _tr(_SAVED))
            return
        queued = dict(self._pending)
        # A copy: the writer thread must not see a list or dict the GUI goes on changing
        # (strings, the big values, are not copied).
        batch = copy.deepcopy({k: (v() if callable(v) else v) for k, v in queued.items()})
        future = _writer_thread().submit(self._write_once_more_after_journal_loss, batch)
        self._inflight, self._inflight_queued = future, queued
        future.add_done_callback(self._deliver)

    def _deliver(self, future: Future[None]) -> None:
        # On the writer thread: hand the outcome to the GUI thread (the queued signal).
        if shiboken6.isValid(self):
            try:
                self._written.emit(future)
            except RuntimeError:  # deleted meanwhile (its window closed)
                log.debug("An autosaver was deleted while its write ran")

    def _on_written(self, future: Future[None]) -> None:
        if future is not self._inflight:
            return  # flush() has already taken this outcome
        self._take_outcome()
        if self._pending and self.state != "error" and not self._timer.isActive():
            self._timer.start(0 if self._waited_ms() >= MAX_WAIT_MS else SAVE_DELAY_MS)

    def _waited_ms(self) -> float:
        if self._first_pending_at is None:
            return 0.0
        return (time.monotonic() - self._first_pending_at) * 1000

    def _take_outcome(self) -> bool:
        """Apply the finished background write (waiting for it if it still runs)."""
        future, queued = self._inflight, self._inflight_queued
        self._inflight, self._inflight_queued = None, {}
        assert future is not None
        exc = future.exception()  # waits: only flush() can get here before the write is done
        return self._settle(queued, exc)

    def flush(self) -> bool:
        """Write everything pending now, on this thread, after a background write already
        under way. True when nothing is left unsaved."""
        self._timer.stop()
        if self._inflight is not None:
            self._take_outcome()
            self._timer.stop()
        if not self._pending:
            if self.state == "pending":
                self._set_state("saved", _tr(_SAVED))
            return True
        queued = dict(self._pending)
        batch = {k: (v() if callable(v) else v) for k, v in queued.items()}
        self.gui_thread_writes += 1
        try:
            self._write_once_more_after_journal_loss(batch)
        except StoreError as exc:
            return self._settle(queued, exc)
        return self._settle(queued, None)

    def _settle(self, queued: dict[str, Any], exc: BaseException | None) -> bool:
        """After a write of `queued`: drop what it saved, or go to the error state and retry."""
        if exc is not None:
            if not isinstance(exc, StoreError):
                log.error("An autosave write failed", exc_info=exc)
            message = _not_saved(exc)
            self.last_error = message
            self._set_state("error", message)
            self.failed.emit(message)
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
            self._set_state("saved", _tr(_SAVED))
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
