"""A QGuiApplication for commands that paint (maps, packets) on machines with no display."""

from __future__ import annotations

import os


def ensure_gui_app() -> object:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["tli-workbook"])
    return app
