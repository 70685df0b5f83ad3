"""Shared by the GUI benchmarks: how long the event loop was blocked.

A zero-interval QTimer ticks whenever the GUI thread is free; the longest gap between two
ticks is the longest stall a teacher would feel (no repaint, no input) while it ran."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


class StallMeter:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.gaps: list[float] = []
        self.cpu_gaps: list[float] = []  # GUI-thread CPU time in each gap: the stall minus load
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append(now - self.last)
        self.cpu_gaps.append(cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu

    def start(self) -> None:
        self.gaps.clear()
        self.cpu_gaps.clear()
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self._tick()
        self.timer.stop()

    @property
    def longest_ms(self) -> float:
        return max(self.gaps, default=0.0) * 1000

    @property
    def longest_cpu_ms(self) -> float:
        return max(self.cpu_gaps, default=0.0) * 1000

    def over(self, ms: float) -> int:
        return sum(g * 1000 > ms for g in self.gaps)


def spin_until(app: Any, done: Callable[[], bool], timeout_s: float = 900) -> None:
    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the work did not finish")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def spin_for(app: Any, seconds: float) -> None:
    end = time.monotonic() + seconds
    spin_until(app, lambda: time.monotonic() > end)


def measure(app: Any, action: Callable[[], object], settle_s: float = 1.0) -> tuple[float, float]:
    """Run `action` from inside the event loop and return the longest stall (ms) from then
    until `settle_s` seconds after it returned: results it posted back from the task runner
    in that time count too. Long background work (OCR, spelling) is not waited for.
    Returns (wall ms, GUI-thread CPU ms of the longest-CPU gap): on a loaded machine the wall
    figure grows with the load, the CPU one much less."""
    from PySide6.QtCore import QTimer

    meter = StallMeter()
    meter.start()
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: (action(), fired.append(True)))
    spin_until(app, lambda: bool(fired))
    spin_for(app, settle_s)
    meter.stop()
    return meter.longest_ms, meter.longest_cpu_ms
