"""Complexity guards that hold on a busy machine: compare the time of the same work at size n
and at 4n instead of asserting seconds. Linear work grows about 4x, quadratic about 16x.

The time is this thread's CPU time, not the wall clock: on a loaded machine a short run can
fit in one time slice while a longer one is preempted again and again, which made wall-clock
ratios of 40x out of linear work at load 10. The best of interleaved repeats drops what noise
is left. Absolute speed claims live in benchmarks/."""

from __future__ import annotations

import time
from collections.abc import Callable

LINEAR_LIMIT = 10.0  # between linear (4x) and quadratic (16x), with room for noise


def growth_ratio(run: Callable[[int], object], n: int, repeat: int = 3) -> float:
    """Best CPU time of run(4 * n) over that of run(n); sizes are interleaved. Choose n so
    that run(n) takes some milliseconds: the CPU clock is fine-grained, but a tiny n measures
    mostly call overhead (which only makes the ratio smaller)."""
    best = {n: float("inf"), 4 * n: float("inf")}
    for _ in range(repeat):
        for size in best:
            started = time.thread_time()
            run(size)
            best[size] = min(best[size], time.thread_time() - started)
    return best[4 * n] / max(best[n], 1e-9)
