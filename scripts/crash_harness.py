#!/usr/bin/env python3
"""Crash durability harness: start a child that edits through the app's autosave path, kill it
with SIGKILL at a random moment, restart, and check the database each time:

- PRAGMA integrity_check is "ok";
- every edit made more than 1 s before the kill is in the database;
- nothing is duplicated (one workbook, one answer row, each word once and in order).

    python scripts/crash_harness.py [--cycles 50] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = ROOT / "tests" / "durability" / "crash_child.py"
GRACE_S = 1.0


@dataclass
class Result:
    cycles: int = 0
    failures: list[str] = field(default_factory=list)
    words_saved: int = 0
    worst_lag_s: float = 0.0  # age of the newest edit missing at a kill (must stay < 1 s)


def check(db: Path, edit_log: Path, killed_at: float, res: Result) -> None:
    con = sqlite3.connect(db)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            res.failures.append(f"cycle {res.cycles}: integrity_check: {integrity}")
        books = con.execute("SELECT count(*) FROM workbooks").fetchone()[0]
        rows = con.execute("SELECT value FROM answers WHERE key='part1.overview'").fetchall()
    finally:
        con.close()
    if books != 1 or len(rows) > 1:
        res.failures.append(f"cycle {res.cycles}: {books} workbooks, {len(rows)} answer rows")
    import json

    text = json.loads(rows[0][0]) if rows else ""
    words = text.split()
    expected = [f"w{i}" for i in range(1, len(words) + 1)]
    if words != expected:
        res.failures.append(f"cycle {res.cycles}: words duplicated or out of order")
    saved = len(words)
    times = {}
    commits: list[tuple[float, float]] = []
    for line in edit_log.read_text().splitlines():
        parts = line.split()
        if parts[0] == "F":
            commits.append((float(parts[1]), float(parts[2])))
        else:
            times[int(parts[0])] = float(parts[1])
    missing = [k for k, t in times.items() if k > saved]
    if missing:
        newest_missing_age = killed_at - min(times[k] for k in missing)
        res.worst_lag_s = max(res.worst_lag_s, newest_missing_age)
        if newest_missing_age > GRACE_S:
            recent = [f"{a - killed_at:+.2f}..{b - killed_at:+.2f}" for a, b in commits[-4:]]
            res.failures.append(
                f"cycle {res.cycles}: edit w{min(missing)} made {newest_missing_age:.2f} s "
                f"before the kill was lost (last commits, s from kill: {', '.join(recent)})"
            )
    res.words_saved = saved


def run(cycles: int, seed: int, data: Path) -> Result:
    rng = random.Random(seed)
    res = Result()
    edit_log = data / "edits.log"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _ in range(cycles):
        res.cycles += 1
        # One log per child: edits lost (within the grace period) by an earlier child are typed
        # again by the next one, and must be judged by the new child's times.
        edit_log.write_text("")
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(data / "d"), str(edit_log)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        if child.stdout.readline().strip() != b"ready":
            res.failures.append(
                f"cycle {res.cycles}: child did not start: "
                f"{child.stderr.read().decode()[-500:] if child.stderr else ''}"
            )
            child.kill()
            break
        time.sleep(rng.uniform(0.05, 2.5))
        child.send_signal(signal.SIGKILL)
        killed_at = time.time()
        child.wait()
        check(data / "d" / "workbooks.sqlite3", edit_log, killed_at, res)
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cycles", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        res = run(args.cycles, args.seed, Path(tmp))
    print(
        f"kill cycles: {res.cycles}, words saved at the end: {res.words_saved}, "
        f"oldest unsaved edit at a kill: {res.worst_lag_s:.2f} s (limit {GRACE_S} s), "
        f"failures: {len(res.failures)}, wall time {time.perf_counter() - t0:.0f} s"
    )
    for f in res.failures:
        print("FAIL", f)
    return 1 if res.failures else 0


if __name__ == "__main__":
    sys.exit(main())
