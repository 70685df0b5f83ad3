"""The mark-up window fits the screen it opens on (Done and the hints are never below it),
Done closes keeping the marks, Cancel takes back this window's marks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication

from tests.artifacts.helpers import make_png
from tli_workbook.ui.artifacts.markup_editor import MarkupEditor

EARLIER = [{"kind": "highlight", "x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2}]


def _editor(qtbot, tmp_path: Path) -> tuple[MarkupEditor, list[list[dict]]]:
    image = make_png(tmp_path / "a.png")
    ed = MarkupEditor(image, list(EARLIER), lambda *_a: ("", False), "Sign-up")
    qtbot.addWidget(ed)
    emitted: list[list[dict]] = []
    ed.markupChanged.connect(emitted.append)
    ed.show()
    qtbot.waitExposed(ed)
    return ed, emitted


def _point(ed: MarkupEditor, fx: float, fy: float) -> QPoint:
    b = ed.scene.bounds
    return ed.view.mapFromScene(QPointF(fx * b.width(), fy * b.height()))


def _draw_redaction(qtbot, ed: MarkupEditor) -> None:
    ed.mode_actions["redact"].trigger()
    vp, a, z = ed.view.viewport(), _point(ed, 0.5, 0.5), _point(ed, 0.8, 0.8)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(vp, pos=z)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=z)


def test_window_fits_the_available_screen_and_is_centred(qtbot, tmp_path):
    ed, _ = _editor(qtbot, tmp_path)
    free = QGuiApplication.primaryScreen().availableGeometry()
    assert free.width() < 1000 or free.height() < 760  # the offscreen screen is the small case
    assert free.contains(ed.geometry())
    assert abs(ed.geometry().center().x() - free.center().x()) <= 4
    assert abs(ed.geometry().center().y() - free.center().y()) <= 4
    # Done is inside the window, on screen.
    done = ed.done_button
    corner = done.mapTo(ed, QPoint(done.width(), done.height()))
    assert ed.rect().contains(corner - QPoint(1, 1))


def test_done_closes_and_keeps_the_marks(qtbot, tmp_path):
    ed, emitted = _editor(qtbot, tmp_path)
    _draw_redaction(qtbot, ed)
    assert [m["kind"] for m in emitted[-1]] == ["highlight", "redact"]
    qtbot.mouseClick(ed.done_button, Qt.MouseButton.LeftButton)
    assert not ed.isVisible()
    assert [m["kind"] for m in emitted[-1]] == ["highlight", "redact"]


def test_cancel_takes_back_this_windows_marks_only(qtbot, tmp_path):
    ed, emitted = _editor(qtbot, tmp_path)
    _draw_redaction(qtbot, ed)
    _draw_redaction(qtbot, ed)
    qtbot.mouseClick(ed.cancel_button, Qt.MouseButton.LeftButton)
    assert not ed.isVisible()
    assert emitted[-1] == ed.markup() == [dict(EARLIER[0], color="#FFD400")]  # as before
