"""A check box whose text wraps to the width it is given.

Qt's QCheckBox keeps its text on one line, so one long rubric criterion or Circle Map need
made the whole page wider than a 1024-pixel window (a sideways scroll bar). This one takes
any width above a small minimum and grows downwards instead; text(), clicks, keys and
accessibility are a QCheckBox's own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

MIN_TEXT_PX = 120  # below this a criterion would wrap a word per line
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
# A style sheet takes effect when the box is polished: what was measured before is dropped.
_RESTYLED = (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.Polish)


class WrapCheckBox(QCheckBox):
    _metric_cache: tuple[int, int] | None = None

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._height_cache: dict[tuple[int, str], int] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return opt

    def _metrics(self) -> tuple[int, int]:
        """(text left, line height). Style calls are costly under the app's style sheet and
        a page's layout asks for them a thousand times: kept until the style or font changes."""
        if self._metric_cache is None:
            opt = self._option()
            style = self.style()
            indicator = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, self)
            spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, opt, self)
            left = indicator.right() + 1 + max(spacing, 4)
            line = max(self.fontMetrics().height(), indicator.height()) + 2
            self._metric_cache = (left, line)
        return self._metric_cache

    def event(self, event: QEvent) -> bool:
        if event.type() in _RESTYLED:  # Polish never reaches changeEvent
            self._metric_cache = None
            self._height_cache = {}
        return super().event(event)

    def _text_left(self) -> int:
        return self._metrics()[0]

    def _line_height(self) -> int:
        return self._metrics()[1]

    def _text_rect(self, width: int) -> QRect:
        left = self._text_left()
        room = QRect(0, 0, max(MIN_TEXT_PX, width - left), 100_000)
        return self.fontMetrics().boundingRect(room, int(WRAP), self.text())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        key = (width, self.text())
        height = self._height_cache.get(key)
        if height is None:
            if len(self._height_cache) > 64:  # widths seen while a window is resized
                self._height_cache.clear()
            text = self._text_rect(width)
            offset = (self._line_height() - self.fontMetrics().height()) // 2
            height = max(self._line_height(), text.height() + 2 * offset)
            self._height_cache[key] = height
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        one_line = self._text_left() + self.fontMetrics().horizontalAdvance(self.text()) + 4
        width = min(one_line, 560)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self._text_left() + MIN_TEXT_PX, self._line_height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)  # every line of the text toggles, not only the first

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QStylePainter(self)
        opt = self._option()
        opt.text = ""
        opt.state &= ~QStyle.StateFlag.State_HasFocus  # the ring goes round the text below
        line = self._line_height()
        opt.rect = QRect(0, 0, self.width(), line)
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, opt)
        left = self._text_left()
        offset = (line - self.fontMetrics().height()) // 2
        area = QRect(left, offset, self.width() - left, self.height() - offset)
        role = QPalette.ColorRole.WindowText
        painter.setPen(self.palette().color(role))
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.drawText(area, int(WRAP), self.text())
        if self.hasFocus():
            ring = QStyleOptionFocusRect()
            ring.initFrom(self)
            ring.rect = (
                self.fontMetrics().boundingRect(area, int(WRAP), self.text()).adjusted(-2, -1, 2, 1)
            )
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, ring)
