#!/usr/bin/env python3
"""Start-up: the first paint of `tli-workbook --smoke` next to a bare PySide6 QMainWindow's, in
the same run, for an empty data folder, one holding the sample workbook, and one holding 50.

Two clocks: wall time from the process start to the first paint (TLI_WORKBOOK_PAINT_STAMP,
as benchmarks/run_all.py measures it) and to the exit (--smoke exits once the Store opened
after the paint), and the process's CPU time at the first paint, which other work on the
machine disturbs much less. Cold processes, interleaved so each sees the same machine.

    python benchmarks/startup_bench.py [--runs 5] [--tree DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800); w.setWindowTitle("bare")
class F(QObject):
    done = False
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
            print(f"cpu-at-paint {time.process_time():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); sys.exit(app.exec())
"""

# The app's own start-up; the CPU time is read in the paint event the app itself waits for.
# Where the Store opens after the first paint, the longest GUI stall from that paint until the
# window is wired to the Store (benchmarks/stall.py) is printed too.
APP = """
import sys, time
sys.path.insert(0, BENCH)
from PySide6.QtCore import QEvent
from stall import StallMeter
from tli_workbook.ui import application
first_paint = application._FirstPaint.eventFilter
meter = []
def look(self, obj, event):
    seen = getattr(self, "done", getattr(self, "painted", False))  # (older trees' name)
    if not seen and event.type() == QEvent.Type.Paint:
        print(f"cpu-at-paint {time.process_time():.6f}", file=sys.stderr, flush=True)
        if hasattr(application, "Startup"):
            meter.append(StallMeter())
            meter[0].start()
    return first_paint(self, obj, event)
application._FirstPaint.eventFilter = look
if hasattr(application, "Startup"):
    opened = application.Startup._opened
    def wired(self, window):
        opened(self, window)
        if meter:
            meter[0].stop()
            m = meter[0]
            print(f"stall-after-paint {m.longest_ms:.3f} {m.longest_cpu_ms:.3f}", file=sys.stderr)
    application.Startup._opened = wired
from tli_workbook.app import main
sys.exit(main(["--smoke"]))
""".replace("BENCH", repr(str(Path(__file__).resolve().parent)))

PREPARE = """
import sys
from pathlib import Path
from tli_workbook.store import Store
from tli_workbook.store.archive import import_archive
sample, out = Path(sys.argv[1]), Path(sys.argv[2])
for name in ("empty", "one", "fifty"):
    store = Store(out / name)
    if name != "empty":
        wid = import_archive(store, sample)
    if name == "fifty":
        for i in range(49):
            store.duplicate_workbook(wid, f"Workbook {i + 2}")
    store.close()
"""


def timed(code: str, env: dict[str, str]) -> tuple[float, float, float, float, float]:
    """(wall ms to the first paint, wall ms to the exit, CPU ms at the first paint, the
    longest GUI stall after the paint until the Store was open: wall ms and GUI CPU ms)."""
    env = dict(env, TLI_WORKBOOK_PAINT_STAMP="1")
    t0 = time.time()
    r = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd="/", timeout=120
    )
    end = time.time()
    if r.returncode != 0:
        raise RuntimeError(r.stderr[-3000:])

    def stamp(key: str, i: int = 1) -> float:
        lines = [x.split() for x in r.stderr.splitlines() if x.startswith(key + " ")]
        return float(lines[0][i]) if lines else float("nan")

    return (
        (stamp("first-paint") - t0) * 1000,
        (end - t0) * 1000,
        stamp("cpu-at-paint") * 1000,
        stamp("stall-after-paint"),
        stamp("stall-after-paint", 2),
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tree", type=Path, default=ROOT, help="the checkout to measure")
    args = ap.parse_args()
    tree = args.tree.resolve()
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # As installed: from compiled bytecode (a checkout may have none).
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(tree / "tli_workbook")],
        check=False,
        capture_output=True,
    )
    load0 = os.getloadavg()
    with tempfile.TemporaryDirectory() as work:
        sample = next((tree / "resources" / "samples").glob("*.tliwb"))
        subprocess.run(
            [sys.executable, "-c", PREPARE, str(sample), work], env=env, check=True, timeout=600
        )
        runs: dict[str, list[tuple[float, float, float, float, float]]] = {}
        kinds = {"bare": (BARE, None), **{n: (APP, n) for n in ("empty", "one", "fifty")}}

        def once(name: str) -> tuple[float, float, float, float, float]:
            code, folder = kinds[name]
            e = env if folder is None else dict(env, TLI_WORKBOOK_DATA_DIR=f"{work}/{folder}")
            return timed(code, e)

        for name in kinds:  # the first runs warm the disk cache (and count the summaries)
            once(name)
        for _ in range(args.runs):
            for name in kinds:
                runs.setdefault(name, []).append(once(name))
    med = {k: [statistics.median(x[i] for x in v) for i in range(5)] for k, v in runs.items()}
    bare = med["bare"]
    print(f"tree {tree}, runs={args.runs}, QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}")
    print(f"load average before {load0}, after {os.getloadavg()}")
    print(
        "| data folder | first paint (wall) | x bare | CPU at first paint | x bare | exit "
        "| longest stall after the paint, wall / GUI CPU |"
    )
    print("|---|---|---|---|---|---|---|")
    labels = {"bare": "bare QMainWindow", "empty": "empty", "one": "sample", "fifty": "50"}
    for name, (paint, end, cpu, stall, stall_cpu) in med.items():
        after = "-" if stall != stall else f"{stall:.0f} / {stall_cpu:.0f} ms"
        print(
            f"| {labels[name]} | {paint:.0f} ms | {paint / bare[0]:.2f}x | {cpu:.0f} ms "
            f"| {cpu / bare[2]:.2f}x | {end:.0f} ms | {after} |"
        )
    print(f"50 workbooks vs 1: first paint {med['fifty'][0] / med['one'][0]:.2f}x (wall), ", end="")
    print(f"{med['fifty'][2] / med['one'][2]:.2f}x (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
