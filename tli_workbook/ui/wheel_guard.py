"""The mouse wheel never changes a spin box, combo box, date field or slider the teacher has
not clicked into; it scrolls the page instead.

The app's style is wrapped in WheelSafeStyle, whose polish() Qt calls once for every widget
as it is first shown: each such input is given strong focus (so scrolling past never arms
it) and the guard as an event filter of its own. An application-wide Python event filter
did the same, but saw every event of every widget (77,000 in one first visit of 30 cards),
each one wrapped for Python: a quarter of the GUI thread's time building cards.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
    QScrollBar,
    QWidget,
)

log = logging.getLogger(__name__)

# Inputs whose value the mouse wheel changes. QScrollBar is a slider but only scrolls.
_WHEEL_VALUE_INPUTS = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def wheel_changes_value(obj: QObject) -> bool:
    return isinstance(obj, _WHEEL_VALUE_INPUTS) and not isinstance(obj, QScrollBar)


class WheelGuard(QObject):
    """The event filter of each input whose value the wheel changes."""

    seen = 0  # events filtered, for tests

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        self.seen += 1
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, QWidget):
            return False
        focused = QApplication.focusWidget()
        if focused is None or not (focused is obj or obj.isAncestorOf(focused)):
            # Not delivered to the input, and left unaccepted: Qt passes it on to the
            # parent, so the scroll area around it scrolls.
            event.ignore()
            return True
        return False


class WheelSafeStyle(QProxyStyle):
    """The platform's style (or the one named), which also guards every wheel input as Qt
    polishes it: widgets made later, in any page, card, tool or dialog, included."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.guard = WheelGuard(self)
        self.guard.setObjectName("wheelGuard")

    def polish(self, target):  # type: ignore[no-untyped-def, override]  # QWidget, QPalette or QApplication
        result = super().polish(target)
        if isinstance(target, QWidget) and wheel_changes_value(target):
            if target.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                target.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            target.installEventFilter(self.guard)  # Qt keeps one copy of a filter
        return result


_style: WheelSafeStyle | None = None


def base_style_name(app: QApplication) -> str:
    """The name of the style the app draws with (the one inside the guard's wrapper)."""
    if _style is not None and shiboken6.isValid(_style):
        base = _style.baseStyle()
        return base.name() if base is not None else ""
    return app.style().name()


def use_style(app: QApplication, key: str | None = None) -> WheelSafeStyle:
    """Draw with the style named `key` (default: the current one), wrapped in the guard.
    Setting a style re-polishes every widget there is: done before the first window, and
    again only when the style really changes (the dark theme's Fusion)."""
    global _style
    key = key or base_style_name(app) or "Fusion"  # a style sheet's style has no name
    if _style is not None and shiboken6.isValid(_style) and base_style_name(app) == key.lower():
        return _style
    style = WheelSafeStyle(key)
    app.setStyle(style)  # the application owns it from now on
    _style = style
    log.debug("style %s, with the wheel guard", key)
    return style


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Guard the wheel inputs of the application (once; make_app calls this)."""
    return use_style(app).guard
