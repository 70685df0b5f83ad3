"""A QGuiApplication for commands that paint (maps, packets) on machines with no display."""

from __future__ import annotations

import os
import sys
from typing import Any

_app: Any = None  # kept referenced: a collected QGuiApplication takes Qt's fonts with it


def ensure_gui_app() -> Any:
    global _app
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv else "tli-workbook"])
    return _app
