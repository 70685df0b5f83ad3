"""The wheel guard comes with the app's style: each wheel input is guarded as Qt first polishes
it (in any window, made at any time, in either theme), and no other widget's events reach
Python for it."""

from __future__ import annotations

from durability.test_wheel_guard import _wheel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.ui import theme
from tli_workbook.ui.application import make_app
from tli_workbook.ui.wheel_guard import WheelSafeStyle, base_style_name


def _spin_in_a_scroll_area(qtbot) -> tuple[QScrollArea, QSpinBox, QLineEdit]:  # type: ignore[no-untyped-def]
    area = QScrollArea()
    inner = QWidget()
    col = QVBoxLayout(inner)
    other = QLineEdit()
    spin = QSpinBox()
    spin.setValue(5)
    col.addWidget(other)
    col.addWidget(spin)
    for n in range(40):  # tall enough to scroll
        col.addWidget(QLabel(f"line {n}"))
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, spin, other


def test_inputs_made_late_in_either_theme_are_guarded(qtbot, monkeypatch) -> None:
    app = make_app()
    try:
        for scheme in ("light", "dark"):
            theme.apply(app, scheme)
            assert base_style_name(app).lower() == "fusion" or scheme == "light"
            area, spin, other = _spin_in_a_scroll_area(qtbot)
            assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
            area.activateWindow()
            other.setFocus()
            qtbot.waitUntil(other.hasFocus)
            _wheel(spin, -120)
            assert spin.value() == 5, scheme  # scrolled past, not changed
            area.activateWindow()
            spin.setFocus()
            qtbot.waitUntil(spin.hasFocus)
            _wheel(spin, -120)
            assert spin.value() == 4, scheme  # clicked into, it takes the wheel
            area.close()
    finally:
        theme.apply(app, "light")
    # A dialog's input too, made after everything else.
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = QSpinBox(dialog)
    box.setValue(3)
    dialog.show()
    qtbot.waitExposed(dialog)
    _wheel(box, -120)
    assert box.value() == 3


def test_only_the_inputs_events_reach_the_guard(qtbot) -> None:
    from tli_workbook.ui import wheel_guard

    make_app()
    style = wheel_guard._style
    assert isinstance(style, WheelSafeStyle)
    area, spin, other = _spin_in_a_scroll_area(qtbot)
    area.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    before = style.guard.seen
    # Typing, painting, laying out and scrolling 40 labels: none of it passes the guard.
    qtbot.keyClicks(other, "typed into a line edit")
    for label in area.widget().findChildren(QLabel):
        label.setText(label.text() + " (changed)")
    qtbot.wait(20)
    assert style.guard.seen == before
    _wheel(spin, -120)
    assert style.guard.seen > before and spin.value() == 5
