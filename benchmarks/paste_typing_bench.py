#!/usr/bin/env python3
"""Typing after a large paste: per-keystroke time and the longest event-loop stall while
typing, in the app's answer editor (counter, spelling, autosave) next to a bare QPlainTextEdit
holding the same text, in the same run (offscreen).

    python benchmarks/paste_typing_bench.py [--sizes 100000,1000000,1900000] [--keys 40]

A keystroke's cost is the time for the key event and the events it posts; the stall is the
longest gap between two turns of a 0-interval timer while typing (debounced recounts and
autosave writes fire then, not in the key handler). The target is < 50 ms for both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = "the teachers plan together every week and share what works for students "


def _type(widget, keys: int) -> tuple[list[float], float]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtTest import QTest

    ticks: list[float] = []
    beat = QTimer()
    beat.setInterval(0)
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    beat.start()
    costs = []
    for i in range(keys):
        t0 = time.perf_counter()
        QTest.keyClicks(widget, "abcdefghij "[i % 11])
        QCoreApplication.processEvents()
        costs.append((time.perf_counter() - t0) * 1000)
        QTest.qWait(60)  # typing speed: timers (recount, autosave) fire in between
    QTest.qWait(1200)  # the last autosave
    beat.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return costs, max(gaps, default=0.0) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100000,1000000,1900000")
    ap.add_argument("--keys", type=int, default=40)
    ap.add_argument(
        "--paragraph",
        type=int,
        default=600,
        help="characters per paragraph of the pasted text (0: one single line)",
    )
    args = ap.parse_args()
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QPlainTextEdit

    from tli_workbook.definitions import default_catalog
    from tli_workbook.store import Store
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    make_app()
    print(f"paragraphs of {args.paragraph or 'unlimited'} characters")
    print(
        f"{'chars':>9} {'editor':>6} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'stall ms':>9}"
    )
    with tempfile.TemporaryDirectory(prefix="tli-bench-") as tmp:
        store = Store(Path(tmp))
        window = MainWindow(store, default_catalog())
        window.show()
        view = window.open_workbook(store.create_workbook("coaching-and-mentoring", "Bench"))
        assert view is not None
        editor = view.show_part("part1").editor("part1.overview")
        bare = QPlainTextEdit()
        bare.resize(800, 600)
        bare.show()
        for size in (int(s) for s in args.sizes.split(",")):
            text = (WORDS * (size // len(WORDS) + 1))[:size]
            if args.paragraph:
                step = args.paragraph
                text = "\n".join(text[i : i + step] for i in range(0, len(text), step))[:size]
            for name, edit in (("bare", bare), ("app", editor.edit)):
                edit.setFocus()
                edit.setPlainText("")
                edit.insertPlainText(text)  # the paste path (insertFromMimeData) ends here
                view.flush()
                edit.moveCursor(QTextCursor.MoveOperation.End)
                costs, stall = _type(edit, args.keys)
                costs.sort()
                p95 = costs[int(len(costs) * 0.95) - 1]
                print(
                    f"{size:>9} {name:>6} {statistics.median(costs):>10.1f} {p95:>8.1f} "
                    f"{costs[-1]:>8.1f} {stall:>9.1f}",
                    flush=True,
                )
        view.flush()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
