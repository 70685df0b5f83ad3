"""Graphics items of the canvas. Each paints its slice of the one renderer's operations."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from tli_workbook.circlemap.fonts import qt_family
from tli_workbook.circlemap.layout import FREE_WRAP_WIDTH, RingLabel, TextBox
from tli_workbook.circlemap.model import RADIUS, Stroke
from tli_workbook.circlemap.render import MARGIN, entry_ops, paint_ops_qt, ring_ops, stroke_ops
from tli_workbook.ui import theme

Z_RINGS, Z_HIGHLIGHT, Z_ENTRY, Z_STROKE, Z_EDITOR = -100, -1, 0, 2, 10


class RingsItem(QGraphicsItem):
    """The concentric circles and ring labels, behind everything."""

    def __init__(self, labels: Mapping[str, RingLabel]) -> None:
        super().__init__()
        self._ops = ring_ops(labels)
        self.setZValue(Z_RINGS)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        r = RADIUS["needs"] + MARGIN
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_ops_qt(painter, self._ops)


class EntryItem(QGraphicsItem):
    """An entry's wrapped text; movable with the select tool, double-click edits it."""

    def __init__(self, entry_id: str, box: TextBox, color: str, tooltip: str) -> None:
        super().__init__()
        self.entry_id = entry_id
        self.box = box
        self.color = color
        self._ops: list[Any] = entry_ops(box, color, local=True)
        self._hover = False
        self.setZValue(Z_ENTRY)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(box.cx, box.cy)
        self.setToolTip(tooltip)

    def update_box(self, box: TextBox, color: str, tooltip: str) -> None:
        if box != self.box or color != self.color:
            self.prepareGeometryChange()
            self.box, self.color = box, color
            self._ops = entry_ops(box, color, local=True)
            self.update()
        if self.pos() != QPointF(box.cx, box.cy):
            self.setPos(box.cx, box.cy)
        self.setToolTip(tooltip)

    def text_rect(self) -> QRectF:
        return QRectF(-self.box.width / 2, -self.box.height / 2, self.box.width, self.box.height)

    def boundingRect(self) -> QRectF:
        return self.text_rect().adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_ops_qt(painter, self._ops)
        if self.isSelected() or self._hover:
            color = theme.qcolor("paper.selection" if self.isSelected() else "paper.hover")
            pen = QPen(
                color, 1.5, Qt.PenStyle.DashLine if not self.isSelected() else Qt.PenStyle.SolidLine
            )
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = 0.3 * self.box.size
            painter.drawRoundedRect(self.text_rect().adjusted(-1, -1, 1, 1), r, r)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
            self._hover = True
            self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.update()
        super().hoverLeaveEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if (
            scene is not None
            and hasattr(scene, "begin_edit")
            and event.button() == Qt.MouseButton.LeftButton
        ):
            scene.begin_edit(self.entry_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class StrokeItem(QGraphicsItem):
    """A pen, highlighter, line or arrow stroke. Points are scene coordinates; the item's own
    position is only non-zero while it is being dragged."""

    def __init__(self, stroke: Stroke) -> None:
        super().__init__()
        self.stroke = stroke
        self._ops: list[Any] = []
        self._shape = QPainterPath()
        self._rect = QRectF()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_stroke(stroke)

    @property
    def stroke_id(self) -> str:
        return self.stroke.id

    def set_stroke(self, stroke: Stroke) -> None:
        self.prepareGeometryChange()
        self.stroke = stroke
        self._ops = stroke_ops(stroke)
        path = QPainterPath()
        if stroke.points:
            path.moveTo(*stroke.points[0])
            for x, y in stroke.points[1:]:
                path.lineTo(x, y)
            if len(stroke.points) == 1:
                path.lineTo(stroke.points[0][0] + 0.01, stroke.points[0][1])
        stroker = QPainterPathStroker()
        # Thin strokes get a wider grip, so they can be picked and erased.
        stroker.setWidth(max(stroke.width, 10.0) + (14.0 if stroke.kind == "arrow" else 0.0))
        stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._shape = stroker.createStroke(path)
        self._rect = self._shape.boundingRect().adjusted(-2, -2, 2, 2)
        self.setZValue(Z_HIGHLIGHT if stroke.kind == "highlighter" else Z_STROKE)
        self.setPos(0.0, 0.0)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_ops_qt(painter, self._ops)
        if self.isSelected():
            pen = QPen(theme.qcolor("paper.selection"), 1.2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(2, 2, -2, -2))


class InlineEditor(QGraphicsTextItem):
    """Typing in place on the canvas. Enter commits, Shift+Enter starts a new line, Escape
    cancels; clicking elsewhere commits."""

    def __init__(
        self,
        text: str,
        size: float,
        bold: bool,
        on_commit: Callable[[str], None],
        on_cancel: Callable[[], None],
        on_typed: Callable[[str], None] | None = None,
        width: float | None = None,
    ) -> None:
        super().__init__()
        self._on_commit, self._on_cancel = on_commit, on_cancel
        self._on_typed = on_typed
        self._done = False
        font = QFont(qt_family(bold))
        font.setPixelSize(max(8, round(size)))
        font.setBold(bold)
        self.setFont(font)
        self.setDefaultTextColor(theme.qcolor("paper.ink"))
        self.setPlainText(text)
        self.setTextWidth(max(width or FREE_WRAP_WIDTH, 4 * size))
        self.setZValue(Z_EDITOR)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        # Connected after the initial text: only the teacher's typing is a change.
        self.document().contentsChanged.connect(self._typed)

    def _typed(self) -> None:
        if not self._done and self._on_typed is not None:
            self._on_typed(self.toPlainText().strip())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(theme.qcolor("paper.selection"), 1.5))
        paper = theme.qcolor("paper")
        paper.setAlpha(240)
        painter.setBrush(paper)
        painter.drawRoundedRect(self.boundingRect(), 4, 4)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # None is valid in Qt

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        # The cursor at the end, nothing selected: a stray keystroke adds to the entry rather
        # than replacing it.
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText().strip()
        if commit:
            self._on_commit(text)
        else:
            self._on_cancel()

    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finish(True)
            return
        if key == Qt.Key.Key_Escape:
            self.finish(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.finish(True)
