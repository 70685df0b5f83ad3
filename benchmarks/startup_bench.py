#!/usr/bin/env python3
"""Start-up time: median wall time of `tli-workbook --smoke` (start, show the main window, exit
after the first paint) next to a bare PySide6 QMainWindow doing the same, in the same run.

    python benchmarks/startup_bench.py [--runs 5]
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
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800); w.setWindowTitle("bare")
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); sys.exit(app.exec())
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=ROOT, timeout=120)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as data:
        env["TLI_WORKBOOK_DATA_DIR"] = data
        app_cmd = [sys.executable, "-m", "tli_workbook", "--smoke"]
        bare_cmd = [sys.executable, "-c", BARE]
        timed(app_cmd, env)  # first run creates the database; warm the disk cache for both
        timed(bare_cmd, env)
        app, bare = [], []
        for _ in range(args.runs):  # interleaved so both see the same machine load
            app.append(timed(app_cmd, env))
            bare.append(timed(bare_cmd, env))
    print(f"platform: QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}, runs={args.runs}")
    print(
        f"tli-workbook --smoke  median {statistics.median(app) * 1000:.0f} ms  "
        f"(min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f})"
    )
    print(
        f"bare QMainWindow      median {statistics.median(bare) * 1000:.0f} ms  "
        f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})"
    )
    print(
        f"difference            {(statistics.median(app) - statistics.median(bare)) * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
