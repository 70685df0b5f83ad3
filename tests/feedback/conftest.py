"""Fixtures for the feedback tests (shared with tests/artifacts)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from artifacts.helpers import dialog_log, register_pages  # noqa: E402

__all__ = ["dialog_log", "register_pages"]
