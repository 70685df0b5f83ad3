"""WrapCheckBox keeps its style metrics and heights: what it keeps follows text, font and
style changes."""

from __future__ import annotations

from PySide6.QtGui import QFont

from tli_workbook.ui.application import make_app
from tli_workbook.ui.forms.wrap_check import WrapCheckBox

LONG = "Professional goals are measurable, actionable, and relevant to coaching and mentoring"


def test_heights_follow_text_font_and_style(qtbot) -> None:  # type: ignore[no-untyped-def]
    make_app()  # the app's style sheet, as in the app: a box's own takes effect when polished
    cb = WrapCheckBox("Short")
    qtbot.addWidget(cb)
    one_line = cb.heightForWidth(200)
    assert cb.heightForWidth(200) == one_line  # asked again: the kept answer
    cb.setText(LONG)
    wrapped = cb.heightForWidth(200)
    assert wrapped > one_line  # a new text is measured, not the old one's height
    assert cb.heightForWidth(2000) < wrapped
    font = QFont(cb.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    cb.setFont(font)
    assert cb.heightForWidth(200) > wrapped  # a larger font is measured again
    left = cb.minimumSizeHint().width()
    cb.setStyleSheet("QCheckBox { spacing: 40px; }")
    cb.minimumSizeHint()  # measured before the polish that applies the spacing
    cb.ensurePolished()
    assert cb.minimumSizeHint().width() >= left + 30  # the style's spacing is asked again
