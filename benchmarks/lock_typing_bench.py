#!/usr/bin/env python3
"""Typing while another program holds the database lock (issue 16, point 5): keystroke
latency in the real Part 1 editor while a second SQLite connection holds BEGIN EXCLUSIVE,
beside the same typing with no lock, and the time the GUI thread spent inside answer writes
(target: none; the writes and their busy-timeout waits belong on the writer thread).

    python benchmarks/lock_typing_bench.py [--keys 80]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from paste_typing_bench import _pct, _type  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=80)
    args = ap.parse_args()
    from tli_workbook.definitions import default_catalog
    from tli_workbook.store import Store
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    make_app()
    print(f"{args.keys} keys at 12/s into Part 1")
    print(
        f"{'lock':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'stall ms':>9} "
        f"{'GUI writes':>10} {'GUI ms in writes':>17} {'writer writes':>13} {'state':>8}"
    )
    over = False
    with tempfile.TemporaryDirectory(prefix="tli-bench-") as tmp:
        store = Store(Path(tmp))
        window = MainWindow(store, default_catalog())
        window.show()
        view = window.open_workbook(store.create_workbook("coaching-and-mentoring", "Bench"))
        assert view is not None
        editor = view.show_part("part1").editor("part1.overview")
        gui: list[float] = []
        other_threads: list[float] = []
        set_answers = store.set_answers

        def timed(*a, **k):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                return set_answers(*a, **k)
            finally:
                spent = (time.perf_counter() - t0) * 1000
                main = threading.current_thread() is threading.main_thread()
                (gui if main else other_threads).append(spent)

        _type(editor.edit, 12)  # warm up: the spelling dictionary, the first marks
        store.set_answers = timed  # type: ignore[method-assign]
        for locked in (False, True):
            editor.edit.setFocus()
            view.flush()
            gui.clear()
            other_threads.clear()
            other = sqlite3.connect(Path(tmp) / "workbooks.sqlite3")
            if locked:
                other.execute("BEGIN EXCLUSIVE")
            latencies, stall = _type(editor.edit, args.keys)
            state = view.autosaver.state
            other.rollback()
            other.close()
            p99 = _pct(latencies, 99)
            over = over or p99 > 50 or bool(gui)
            print(
                f"{'held' if locked else 'none':>8} {statistics.median(latencies):>8.1f} "
                f"{p99:>8.1f} {max(latencies):>8.1f} {stall:>9.1f} {len(gui):>10} "
                f"{sum(gui):>17.1f} {len(other_threads):>13} {state:>8}",
                flush=True,
            )
        assert view.flush(), "not saved after the lock was released"
        window.close()
        store.close()
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
