"""Automatic Circle Map layout of a crowded map (300 entries).
Run: python benchmarks/circlemap_layout.py"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timing import Bench  # noqa: E402

from tli_workbook.circlemap.layout import layout_map  # noqa: E402
from tli_workbook.circlemap.model import CircleMap, Entry  # noqa: E402


def main() -> int:
    bench = Bench()
    entries = [
        Entry(f"e{i}", "context" if i % 2 else "needs", f"Entry number {i} with several words")
        for i in range(300)
    ]
    bench.check("layout of 300 entries", lambda: layout_map(CircleMap(entries)), 2.0)
    return bench.done()


if __name__ == "__main__":
    raise SystemExit(main())
