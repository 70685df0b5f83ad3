"""The task runner: jobs run off the GUI thread, callbacks come back on it one per turn of the
event loop, failures are logged with their traceback and shown with what to do, cancel and
deleted owners stop the callbacks."""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.tasks import TaskCancelled, progress_dialog, runner


class RecordingDialogs(Dialogs):
    def __init__(self) -> None:
        super().__init__(None)
        self.errors: list[tuple[str, str, str]] = []

    def error(self, title: str, text: str, details: str = "") -> None:
        self.errors.append((title, text, details))


def idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(runner().is_idle, timeout=30_000)


def test_job_runs_off_the_gui_thread_and_reports_back_on_it(qtbot) -> None:
    seen: dict[str, object] = {}
    progress: list[tuple[float, str]] = []

    def job(task):  # type: ignore[no-untyped-def]
        seen["job"] = threading.current_thread()
        for i in range(5):
            task.post(lambda i=i: seen.setdefault("posts", []).append(i))  # type: ignore[union-attr]
        task.progress(0.5, "Half way")
        return 42

    def done(value: int) -> None:
        seen["done"] = (value, threading.current_thread())

    task = runner().run(job, done, label="testing")
    task.progressed.connect(lambda v, m: progress.append((v, m)))
    assert not task.done  # run() returns at once
    idle(qtbot)
    assert seen["job"] is not threading.main_thread()
    assert seen["done"] == (42, threading.main_thread())
    assert seen["posts"] == [0, 1, 2, 3, 4]
    assert progress == [(0.5, "Half way")]
    assert task.done and task.result == 42


def test_callbacks_come_one_per_event_loop_turn(qtbot) -> None:
    ticks = [0]
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    at: list[int] = []

    def job(task):  # type: ignore[no-untyped-def]
        for _ in range(20):
            task.post(lambda: at.append(ticks[0]))

    timer.start()
    runner().run(job, label="posting")
    idle(qtbot)
    timer.stop()
    assert len(at) == 20
    assert all(b > a for a, b in zip(at, at[1:], strict=False)), at


def test_a_timer_due_during_a_long_callback_runs_before_the_next(qtbot) -> None:
    """A zero delay between callbacks is a posted event, which Qt delivers before the timers
    that fell due meanwhile: two long callbacks ran back to back and a timer (autosave, the
    caret) waited for both. A callback that took longer than LONG_CALLBACK_S lets them in."""
    ticks = [0]
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    at: list[int] = []

    def slow() -> None:
        at.append(ticks[0])
        time.sleep(0.01)  # the 1 ms timer falls due while this runs (longer than the limit)

    timer.start()
    for _ in range(8):
        runner().later(slow)
    idle(qtbot)
    timer.stop()
    assert len(at) == 8
    assert all(b > a for a, b in zip(at, at[1:], strict=False)), at


def test_failure_is_logged_with_traceback_and_shown_with_what_to_do(qtbot, caplog) -> None:
    dialogs = RecordingDialogs()
    failed: list[BaseException] = []

    def job(_task):  # type: ignore[no-untyped-def]
        raise RuntimeError("the disk went away")

    with caplog.at_level(logging.ERROR, logger="tli_workbook.ui.tasks"):
        runner().run(
            job,
            label="copying the files",
            dialogs=dialogs,
            failure_title="The files were not copied",
            failure_hint="Check the disk and try again.",
            on_failure=failed.append,
        )
        idle(qtbot)
    (title, text, details) = dialogs.errors[0]
    assert title == "The files were not copied"
    assert "while copying the files: the disk went away" in text
    assert text.endswith("Check the disk and try again.")
    assert "RuntimeError" in details and "Traceback" in details
    assert isinstance(failed[0], RuntimeError)
    record = next(r for r in caplog.records if "copying the files" in r.getMessage())
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError


def test_expected_errors_show_their_own_message(qtbot) -> None:
    dialogs = RecordingDialogs()

    def job(_task):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device", "/tmp/.tliwb-123.part")

    runner().run(job, label="writing", dialogs=dialogs, failure_hint="Free some space.",
                 expected=(OSError,))  # fmt: skip
    idle(qtbot)
    (_t, text, details) = dialogs.errors[0]
    assert text == "The computer reported: No space left on device.\n\nFree some space."
    assert details == "" and ".part" not in text


def test_cancel_stops_the_job_and_calls_on_cancelled(qtbot) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def job(task):  # type: ignore[no-untyped-def]
        started.set()
        while True:
            task.check()
            time.sleep(0.005)

    task = runner().run(
        job,
        lambda _v: outcome.append("ok"),
        label="looping",
        on_cancelled=lambda: outcome.append("cancelled"),
        on_failure=lambda _e: outcome.append("failed"),
    )
    assert started.wait(10)
    task.cancel()
    idle(qtbot)
    assert outcome == ["cancelled"]


def test_a_deleted_owner_cancels_and_drops_callbacks(qtbot) -> None:
    owner = QObject()
    outcome: list[str] = []
    release = threading.Event()

    def job(task):  # type: ignore[no-untyped-def]
        release.wait(10)
        task.post(lambda: outcome.append("post"))
        return task.cancelled

    task = runner().run(job, lambda _v: outcome.append("ok"), label="owned", owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: task.cancelled, timeout=5000)
    release.set()
    idle(qtbot)
    assert outcome == []


def test_progress_dialog_follows_the_task_and_its_cancel_cancels(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    go_on = threading.Event()

    def job(task):  # type: ignore[no-untyped-def]
        task.progress(0.25, "Writing part 1")
        while not task.cancelled:
            time.sleep(0.005)
        go_on.set()
        raise TaskCancelled

    task = runner().run(job, label="writing")
    dlg = progress_dialog(task, parent, "Exporting", "Preparing…", delay_ms=0)
    qtbot.waitUntil(lambda: dlg.value() == 250, timeout=10_000)
    assert dlg.isVisible() and dlg.labelText() == "Writing part 1…"
    dlg.cancel()  # however the dialog goes away, the job is cancelled
    assert go_on.wait(10)
    idle(qtbot)
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()]  # fmt: skip


def test_spelling_dictionary_loads_on_the_runner(qtbot, store, monkeypatch, caplog) -> None:
    from tli_workbook.ui import spelling_service as module

    seen: list[threading.Thread] = []
    real = module._make_checker

    def make(words, language="en"):  # type: ignore[no-untyped-def]
        seen.append(threading.current_thread())
        return real(words, language)

    monkeypatch.setattr(module, "_make_checker", make)
    service = module.SpellingService(store)
    assert service.checker() is None  # loading
    qtbot.waitUntil(lambda: service.loaded, timeout=30_000)
    assert seen and seen[0] is not threading.main_thread()

    # A dictionary that fails to load is logged once; spelling stays off, typing goes on.
    def broken(words, language="en"):  # type: ignore[no-untyped-def]
        raise OSError("dictionary file missing")

    monkeypatch.setattr(module, "_make_checker", broken)
    other = module.SpellingService(store)
    with caplog.at_level(logging.ERROR, logger="tli_workbook.ui.tasks"):
        assert other.checker() is None
        idle(qtbot)
        for _ in range(5):
            assert other.misspelled("Teh cat") == []
        idle(qtbot)
    assert other.load_error == "dictionary file missing"
    assert len([r for r in caplog.records if "spelling" in r.getMessage()]) == 1
