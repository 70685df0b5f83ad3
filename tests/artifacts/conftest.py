"""Fixtures for the artifacts tests (helpers live in helpers.py, shared with tests/feedback)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from artifacts.helpers import dialog_log, register_pages, samples  # noqa: E402

__all__ = ["dialog_log", "register_pages", "samples"]


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _runner_idle_after(qtbot):  # type: ignore[no-untyped-def]
    """No background job of one test may outlive it (and reach the next test's windows)."""
    yield
    from tli_workbook.ui.tasks import runner

    runner().cancel_all()
    qtbot.waitUntil(runner().is_idle, timeout=60_000)
