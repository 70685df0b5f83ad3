"""SIGKILLs at random moments while typing: nothing older than 1 s is ever lost.

Twenty cycles here (each starts a fresh app process, ~2 s of CPU); the harness takes
``--cycles 50`` or more for a longer soak outside the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_twenty_kill_cycles_lose_nothing_older_than_a_second() -> None:
    r = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "crash_harness.py"),
            "--cycles",
            "20",
            "--seed",
            "7",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    print(r.stdout)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "kill cycles: 20" in r.stdout and "failures: 0" in r.stdout
