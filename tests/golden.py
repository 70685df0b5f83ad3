"""Golden files: a test compares what the app makes now with a file checked into tests/.

A missing or different golden file fails the test. To accept a deliberate change, regenerate
the files and review the diff before committing:

    UPDATE_GOLDEN=1 python -m pytest tests/packet -k golden

Nothing else ever writes a golden file."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

UPDATE_ENV = "UPDATE_GOLDEN"


def check_golden(golden: Path, got: str) -> None:
    """Fail unless got equals the golden file's text (or write it when UPDATE_GOLDEN=1)."""
    if os.environ.get(UPDATE_ENV) == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    if not golden.exists():
        pytest.fail(
            f"The golden file {golden} is missing. Create it with {UPDATE_ENV}=1, check its "
            "content, and commit it."
        )
    want = golden.read_text(encoding="utf-8")
    if got != want:
        diff = difflib.unified_diff(
            want.splitlines(), got.splitlines(), "golden", "now", lineterm=""
        )
        pytest.fail(
            f"{golden.name} differs from {golden} ({UPDATE_ENV}=1 to accept):\n"
            + "\n".join(list(diff)[:60])
        )
