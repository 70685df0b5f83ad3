"""At 1024x768 the Design page and the artifacts page need no sideways scrolling: long
rubric criteria and needs wrap, and an artifact card fits beside the navigator."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tli_workbook.ui.forms.wrap_check import WrapCheckBox
from tli_workbook.ui.tasks import runner

LONG = (
    "Description is not clear and/or the activity does not directly relate to professional "
    "goals, needs, desired results, and coaching and mentoring"
)


def test_design_and_artifact_pages_have_no_sideways_scroll_at_1024(qtbot, window) -> None:
    window.resize(1024, 768)
    window.open_sample()
    view = window.view
    for part_id in ("artifact3", "artifact4"):
        page = view.show_part(part_id)
        qtbot.waitUntil(runner().is_idle, timeout=60_000)
        qtbot.wait(50)  # the cards are shown on the next turns of the event loop
        page.widget().layout().activate()
        assert page.horizontalScrollBar().maximum() == 0, part_id
        assert page.widget().minimumSizeHint().width() <= page.viewport().width(), part_id
        # Nothing inside reaches past the right edge of what is shown.
        right = page.viewport().width()
        for w in page.widget().findChildren(WrapCheckBox):
            if w.isVisible():
                assert w.mapTo(page.widget(), QPoint(w.width(), 0)).x() <= right, w.text()


def test_wrapping_check_box_grows_down_and_toggles_on_any_line(qtbot) -> None:
    box = WrapCheckBox(LONG)
    qtbot.addWidget(box)
    box.resize(300, box.heightForWidth(300))
    box.show()
    assert box.minimumSizeHint().width() < 300
    assert box.height() >= 3 * box.fontMetrics().height()  # three lines or more at 300 px
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(200, box.height() - 4))
    assert box.isChecked()  # the last line is part of the box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert box.text() == LONG
