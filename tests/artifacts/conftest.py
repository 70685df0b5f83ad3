"""Fixtures for the artifacts tests (helpers live in helpers.py, shared with tests/feedback)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from artifacts.helpers import dialog_log, register_pages, samples  # noqa: E402

__all__ = ["dialog_log", "register_pages", "samples"]
