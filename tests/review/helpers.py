"""Helpers for the review tests: building the sample workbook, planted identifiers."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]

BUILD_SAMPLE = REPO / "scripts" / "build_sample.py"


def _build_module() -> Any:
    spec = importlib.util.spec_from_file_location("build_sample", BUILD_SAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_sample(store: Any) -> int:
    """The sample workbook, exactly as scripts/build_sample.py builds it."""
    return int(_build_module().build(store))


def file_path_of(store: Any):  # type: ignore[no-untyped-def]
    def file_path(sha: str) -> Path | None:
        p = store.file_path(sha)
        return p if p.exists() else None

    return file_path


PLANTED = (
    "I teach at Lincoln Elementary, where Ms. Rivera mentors new staff. Write to me at "
    "jordan.smith@example.org or call 555-123-4567. Our town, Riverton, is small."
)
