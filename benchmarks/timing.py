"""Shared by the benchmark scripts: best-of-N timing against a budget, and an exit code.

The budgets are the speed claims the tests used to assert, for a quiet 2-core machine. Run a
script on an idle machine; on a busy one the numbers say little (the tests guard growth and
counted work instead, which load does not change)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable


class Bench:
    def __init__(self) -> None:
        self.over: list[str] = []

    def check(self, name: str, fn: Callable[[], object], budget_s: float, repeat: int = 3) -> float:
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - started)
        verdict = "ok" if best <= budget_s else "OVER BUDGET"
        print(f"{name:<58} {best * 1000:9.1f} ms  (budget {budget_s * 1000:.0f} ms)  {verdict}")
        if best > budget_s:
            self.over.append(name)
        return best

    def done(self) -> int:
        if self.over:
            print(f"{len(self.over)} over budget: {', '.join(self.over)}", file=sys.stderr)
            return 1
        return 0
