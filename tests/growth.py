"""Complexity guards that hold on a busy machine: compare the time of the same work at size n
and at 4n instead of asserting seconds. Linear work grows about 4x, quadratic about 16x; load
from other processes slows both sizes alike, and the best of interleaved repeats drops the
spikes. Absolute speed claims live in benchmarks/."""

from __future__ import annotations

import time
from collections.abc import Callable

LINEAR_LIMIT = 10.0  # between linear (4x) and quadratic (16x), with room for noise


def growth_ratio(run: Callable[[int], object], n: int, repeat: int = 3) -> float:
    """Best time of run(4 * n) over best time of run(n); sizes are interleaved."""
    best = {n: float("inf"), 4 * n: float("inf")}
    for _ in range(repeat):
        for size in best:
            started = time.perf_counter()
            run(size)
            best[size] = min(best[size], time.perf_counter() - started)
    return best[4 * n] / max(best[n], 1e-9)
