"""One runner for long work: export, archives, attaching files, previews, the privacy scan,
spelling, backups. (The pattern of Anki's `aqt.operations` and `aqt.taskman`.)

A job is a plain function `fn(task) -> result` that runs on a worker thread. It may report
progress (`task.progress`), look at `task.cancelled`, and hand partial results to the GUI thread
(`task.post(callback, ...)`, e.g. one artifact card per finished file). Success, failure and
cancel callbacks run on the GUI thread. A failure is logged with its traceback and, unless the
caller handles it, shown through the dialogs service with what happened and what to do.

Callbacks arrive one per turn of the event loop, so a batch of results never becomes one long
stall: the window paints and takes input between any two of them. A job whose owner widget is
deleted is cancelled and its callbacks are dropped.

Tests wait with `qtbot.waitUntil(runner().is_idle)`; nothing here is made synchronous for them.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from tli_workbook.ui.dialogs import Dialogs

log = logging.getLogger(__name__)

T = TypeVar("T")
WORKERS = 2  # the machines this runs on have few cores; the GUI thread needs one of them
INDETERMINATE = -1.0
# A callback longer than this lets the timers due meanwhile run before the next one: a zero
# delay is a posted event, which Qt delivers before timers that fell due while the last ran,
# so two long callbacks ran back to back and a timer (autosave, caret) waited for both.
LONG_CALLBACK_S = 0.004


class TaskCancelled(Exception):
    """Raised by a job (usually through task.check()) when it stops because of a cancel."""


class Task(QObject, Generic[T]):
    """One job on the runner. Lives on the GUI thread; its signals are emitted there."""

    progressed = Signal(float, str)  # fraction 0..1 (or INDETERMINATE), message
    finished = Signal()  # after the success, failure or cancel callback

    def __init__(self, runner: TaskRunner, label: str, owner: QObject | None) -> None:
        super().__init__()
        self.label = label
        self._runner = runner
        self._cancel = threading.Event()
        self._owner = owner
        self._progress: tuple[float, str] | None = None
        self._progress_pending = False
        self._progress_lock = threading.Lock()
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None

    # ----- called from the worker --------------------------------------------------------------

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here (raise TaskCancelled) if the job was cancelled."""
        if self._cancel.is_set():
            raise TaskCancelled

    def progress(self, fraction: float | None, message: str = "") -> bool:
        """Report progress (None: unknown). Returns False once the job is cancelled, so it
        can be passed straight to code that takes a `progress(fraction, msg) -> bool`.
        Reports made while one is still on its way to the GUI thread replace it."""
        value = INDETERMINATE if fraction is None else max(0.0, min(1.0, float(fraction)))
        with self._progress_lock:
            self._progress = (value, message)
            send = not self._progress_pending
            self._progress_pending = True
        if send:
            self._runner._post(self, self._deliver_progress)
        return not self._cancel.is_set()

    def post(self, callback: Callable[..., Any], *args: Any) -> None:
        """Run callback(*args) on the GUI thread (dropped if the owner is gone)."""
        self._runner._post(self, callback, *args)

    # ----- GUI thread ------------------------------------------------------------------------

    def cancel(self) -> None:
        self._cancel.set()

    def owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _deliver_progress(self) -> None:
        with self._progress_lock:
            value, self._progress = self._progress, None
            self._progress_pending = False
        if value is not None and not self.done:
            self.progressed.emit(*value)


class TaskRunner(QObject):
    """The application's one runner (see `runner()`)."""

    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            WORKERS, thread_name_prefix="tli-task"
        )
        # (task, callback, args, final): `final` is the outcome callback, which always runs so
        # the task leaves the active set even when its owner is gone (it then skips the
        # caller's callbacks).
        self._queue: deque[tuple[Task[Any], Callable[..., Any], tuple[Any, ...], bool]] = deque()
        self._lock = threading.Lock()
        self._scheduled = False
        self._active: set[Task[Any]] = set()
        # Queued: emitted from worker threads, handled on the thread this object lives on.
        self._wake.connect(self._drain_one, Qt.ConnectionType.QueuedConnection)

    # ----- starting work ---------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[Task[T]], T],
        on_success: Callable[[T], Any] | None = None,
        *,
        label: str,
        owner: QObject | None = None,
        on_failure: Callable[[BaseException], Any] | None = None,
        on_cancelled: Callable[[], Any] | None = None,
        dialogs: Dialogs | None = None,
        failure_title: str = "",
        failure_hint: str = "",
        expected: tuple[type[BaseException], ...] = (),
    ) -> Task[T]:
        """Start fn(task) on a worker thread and return the task at once.

        On failure (always logged with its traceback): with `dialogs`, an error titled
        failure_title saying what happened (str(exc) for the `expected` exception types, whose
        messages are written for the teacher) and failure_hint (what to do); then
        on_failure(exc) if given."""
        task: Task[T] = Task(self, label, owner)
        self._active.add(task)
        if owner is not None:
            # Holds the event, not the task: a finished task may be gone before its owner.
            cancel = task._cancel
            owner.destroyed.connect(lambda *_: cancel.set())

        def finish(outcome: str, value: Any) -> None:
            task.done = True
            self._active.discard(task)
            try:
                if outcome == "ok":
                    task.result = value
                    if on_success is not None:
                        on_success(value)
                elif outcome == "cancelled":
                    if on_cancelled is not None:
                        on_cancelled()
                else:
                    task.error = value
                    if dialogs is not None:
                        title, text, details = failure_message(
                            value, label, failure_title, failure_hint, expected
                        )
                        dialogs.error(title, text, details)
                    if on_failure is not None:
                        on_failure(value)
            finally:
                task.finished.emit()

        def work() -> None:
            try:
                task.check()
                value = fn(task)
            except TaskCancelled:
                self._post(task, finish, "cancelled", None, final=True)
            except BaseException as exc:  # noqa: BLE001 (handed to the GUI thread, logged)
                log.error("Background job failed: %s", label, exc_info=exc)
                self._post(task, finish, "failed", exc, final=True)
            else:
                if task.cancelled:
                    self._post(task, finish, "cancelled", None, final=True)
                else:
                    self._post(task, finish, "ok", value, final=True)

        if self._executor is None:  # shut down at a quit; the application may go on
            self._executor = ThreadPoolExecutor(WORKERS, thread_name_prefix="tli-task")
        self._executor.submit(work)
        return task

    def later(self, callback: Callable[..., Any], *args: Any, owner: QObject | None = None) -> None:
        """Run callback(*args) on the GUI thread on a later turn of the event loop, after the
        callbacks already waiting (for splitting GUI work such as building then showing a
        widget). Counts as work for is_idle; dropped if the owner is gone."""
        self._post(Task(self, "later", owner), callback, *args)

    # ----- waiting and cancelling ------------------------------------------------------------

    def is_idle(self) -> bool:
        """No job running and no callback waiting for the GUI thread."""
        with self._lock:
            return not self._active and not self._queue

    def wait_idle(self, timeout_ms: int = 60_000) -> bool:
        """Keep the event loop turning until the runner is idle (tests, shutdown)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while not self.is_idle():
            if time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        return True

    def active(self) -> list[Task[Any]]:
        return list(self._active)

    def cancel_all(self) -> None:
        for task in list(self._active):
            task.cancel()

    def shutdown(self) -> None:
        """At quit: cancel everything and drop jobs not started yet (a running job stops at
        its next check; its callbacks are never run). A later run() starts new workers."""
        self.cancel_all()
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    # ----- delivery to the GUI thread ------------------------------------------------------------

    def _post(
        self, task: Task[Any], callback: Callable[..., Any], *args: Any, final: bool = False
    ) -> None:
        with self._lock:
            self._queue.append((task, callback, args, final))
            wake = not self._scheduled
            self._scheduled = True
        if wake:
            self._wake.emit()

    def _drain_one(self) -> None:
        """Run one queued callback, then come back on the next turn of the event loop, so
        input and painting happen between any two callbacks."""
        with self._lock:
            if not self._queue:
                self._scheduled = False
                return
            task, callback, args, final = self._queue.popleft()
        started = time.perf_counter()
        try:
            if final and not task.owner_alive():
                task.done = True
                self._active.discard(task)
            elif final or (task.owner_alive() and not task.done):
                callback(*args)
        except Exception:  # noqa: BLE001 (a broken callback must not stop the others)
            log.exception("A callback of the background job %r failed", task.label)
        finally:
            with self._lock:
                more = bool(self._queue)
                self._scheduled = more
            if more and time.perf_counter() - started > LONG_CALLBACK_S:
                QTimer.singleShot(1, self._drain_one)
            elif more:
                QTimer.singleShot(0, self._drain_one)


def failure_message(
    exc: BaseException,
    label: str,
    title: str,
    hint: str,
    expected: tuple[type[BaseException], ...] = (),
) -> tuple[str, str, str]:
    """(title, text, details) for an error box about a failed job."""
    title = title or QCoreApplication.translate("Tasks", "Something went wrong")
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if expected and isinstance(exc, expected):
        what = str(exc)
        if isinstance(exc, OSError) and exc.strerror:
            # Not the file name: it is often a temporary file the teacher never chose.
            what = QCoreApplication.translate("Tasks", "The computer reported: {0}.").format(
                exc.strerror
            )
        details = ""
    elif isinstance(exc, MemoryError):
        what = QCoreApplication.translate(
            "Tasks", "The computer ran out of memory while {0}."
        ).format(label)
    else:
        what = QCoreApplication.translate(
            "Tasks", "Something unexpected went wrong while {0}: {1}"
        ).format(label, exc)
    hint = hint or QCoreApplication.translate(
        "Tasks",
        "Nothing you typed is lost. Try again; if it happens again, the details below and the "
        "log help to find out why.",
    )
    return title, f"{what}\n\n{hint}", details


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    """The application's runner (created on first use, owned by the QApplication)."""
    global _runner
    app = QCoreApplication.instance()
    if _runner is None or not shiboken6.isValid(_runner):
        _runner = TaskRunner(app)
        if app is not None:
            app.aboutToQuit.connect(_runner.shutdown)
    return _runner


# ----- progress windows ------------------------------------------------------------------------


class TaskProgressDialog(QProgressDialog):
    """A progress dialog bound to a task: however it goes away before the task is done
    (Cancel, Esc, closing it, cancel()), the task is cancelled."""

    def __init__(self, task: Task[Any], text: str, parent: QWidget | None) -> None:
        super().__init__(text, QCoreApplication.translate("Tasks", "Cancel"), 0, 1000, parent)
        self.task = task
        self.cancellable = True

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        if self.cancellable and not self.task.done:
            self.task.cancel()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not self.cancellable and event.key() == Qt.Key.Key_Escape:
            return  # no Cancel button: Esc must not hide the only sign of the work
        super().keyPressEvent(event)


def progress_dialog(
    task: Task[Any],
    parent: QWidget | None,
    title: str,
    text: str,
    cancellable: bool = True,
    delay_ms: int = 400,
) -> QProgressDialog:
    """A window-modal progress dialog that follows `task` and closes when it finishes; shown
    only if the job takes longer than delay_ms (at once for 0). Cancel cancels the task."""
    dlg = TaskProgressDialog(task, text, parent)
    dlg.cancellable = cancellable
    dlg.setWindowTitle(title)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    dlg.setMinimumDuration(delay_ms)
    if not cancellable:
        dlg.setCancelButton(None)  # type: ignore[arg-type]
        dlg.setRange(0, 0)  # these jobs report no steps: a busy bar
    dlg.setValue(0)

    def on_progress(value: float, message: str) -> None:
        if task.cancelled:
            return
        if value < 0:
            dlg.setRange(0, 0)
        else:
            dlg.setRange(0, 1000)
            dlg.setValue(int(value * 1000))
        if message:
            dlg.setLabelText(message + "…")

    def on_finished() -> None:
        dlg.reset()
        dlg.hide()
        dlg.deleteLater()

    task.progressed.connect(on_progress)
    task.finished.connect(on_finished)
    dlg.canceled.connect(task.cancel)
    if task.done:
        on_finished()
    elif delay_ms <= 0:
        dlg.show()
    return dlg


def wait_for(task: Task[Any]) -> None:
    """Turn a nested event loop until the task finishes: for flows whose caller needs the
    outcome (export, the sample). The window keeps painting; a window-modal progress dialog
    keeps the teacher from starting conflicting work meanwhile."""
    if task.done:
        return
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    if not task.done:
        loop.exec()
