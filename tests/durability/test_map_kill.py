"""A real app process typing into a new Circle Map entry (canvas editor) or the core belief
box through key events, killed with SIGKILL: what was typed up to 1 s before the kill is in
the database."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "durability" / "map_typing_child.py"
GRACE_S = 1.0


def _typed_before(edit_log: Path, deadline: float) -> str:
    text = ""
    for line in edit_log.read_text(encoding="utf-8").splitlines():
        stamp, _, typed = line.partition(" ")
        if float(stamp) <= deadline:
            text = typed
    return text


def _kill_cycle(data: Path, tmp: Path, mode: str, cycle: int, rng: random.Random) -> None:
    edit_log = tmp / f"{mode}-{cycle}.log"
    prefix = f"k{cycle}q"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data), str(edit_log), mode, prefix],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "typing", child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(1.3, 3.0))
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    expected = _typed_before(edit_log, killed_at - GRACE_S)
    full = _typed_before(edit_log, killed_at + 10)
    assert expected.startswith(prefix)
    con = sqlite3.connect(data / "workbooks.sqlite3")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ring = "needs" if mode == "canvas" else "center"
        texts = [t for (t,) in con.execute("SELECT text FROM map_entries WHERE ring=?", (ring,))]
    finally:
        con.close()
    mine = [t for t in texts if t.startswith(prefix)]
    assert mine, f"cycle {cycle}: nothing typed into the {mode} was saved ({texts})"
    saved = mine[0]
    assert full.startswith(saved), (saved, full)
    assert len(saved) >= len(expected), (
        f"cycle {cycle} ({mode}): typed {expected!r} a second before the kill, saved {saved!r}"
    )


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["canvas", "core"])
def test_killed_while_typing_a_map_entry_keeps_all_but_the_last_second(
    tmp_path: Path, mode: str
) -> None:
    data = tmp_path / "data"
    rng = random.Random(16)
    for cycle in range(3):
        _kill_cycle(data, tmp_path, mode, cycle, rng)
