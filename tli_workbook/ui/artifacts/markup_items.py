"""Markup marks on an image: highlight boxes, arrows, text callouts and redaction boxes.

A mark's geometry is (x, y, w, h) in image pixels of the editor's base image: the item's
position is (x, y) and it spans (w, h) from there. Boxes keep w, h >= 0; an arrow runs from
(x, y) to (x + w, y + h), so its w and h may be negative. Stored markup uses the same
numbers as fractions of the image size (see to_record / from_record).

Items move and resize themselves (not through ItemIsMovable) so that each drag becomes one
undoable geometry change.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from tli_workbook.ui import theme

KINDS = ("highlight", "arrow", "text", "redact")
KIND_LABELS = {
    "highlight": str(QT_TRANSLATE_NOOP("MarkupItems", "Highlight")),
    "arrow": str(QT_TRANSLATE_NOOP("MarkupItems", "Arrow")),
    "text": str(QT_TRANSLATE_NOOP("MarkupItems", "Text callout")),
    "redact": str(QT_TRANSLATE_NOOP("MarkupItems", "Redaction")),
}
# Same defaults as the packet's renderer, so screen and export agree.
DEFAULT_COLORS = {
    "highlight": "#FFD400",
    "arrow": "#D62828",
    "text": "#B00020",
    "redact": "#000000",
}
HIGHLIGHT_ALPHA = 80
HANDLE_PX = 9  # on screen, whatever the zoom
MIN_SIZE_PX = 4  # in image pixels: smaller drags are treated as clicks

Geometry = tuple[float, float, float, float]


def _clamp(v: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, v))


class MarkItem(QGraphicsItem):
    """One mark. `on_edited(item, old_geometry)` is called after a drag that changed it."""

    def __init__(
        self,
        kind: str,
        geometry: Geometry,
        bounds: QRectF,
        color: str = "",
        text: str = "",
    ) -> None:
        super().__init__()
        self.kind = kind if kind in KINDS else "highlight"
        self.color = color or DEFAULT_COLORS[self.kind]
        self.text = text
        self.bounds = QRectF(bounds)
        self._w = 0.0
        self._h = 0.0
        self.on_edited: Callable[[MarkItem, Geometry], None] | None = None
        self._drag: str | None = None  # "move" or a handle name
        self._press_scene = QPointF()
        self._press_geom: Geometry = (0.0, 0.0, 0.0, 0.0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setAcceptHoverEvents(True)
        # Redactions always paint last, as the exporter burns them in last.
        self.setZValue(10 if self.kind == "redact" else 1)
        self.set_geometry(geometry)

    # ----- geometry --------------------------------------------------------------------------

    def geometry(self) -> Geometry:
        return (self.pos().x(), self.pos().y(), self._w, self._h)

    def set_geometry(self, g: Geometry) -> None:
        x, y, w, h = (float(v) for v in g)
        b = self.bounds
        if self.kind == "arrow":
            x, y = _clamp(x, b.left(), b.right()), _clamp(y, b.top(), b.bottom())
            w = _clamp(x + w, b.left(), b.right()) - x
            h = _clamp(y + h, b.top(), b.bottom()) - y
        else:
            if w < 0:
                x, w = x + w, -w
            if h < 0:
                y, h = y + h, -h
            w, h = min(w, b.width()), min(h, b.height())
            x = _clamp(x, b.left(), b.right() - w)
            y = _clamp(y, b.top(), b.bottom() - h)
        self.prepareGeometryChange()
        self._w, self._h = w, h
        self.setPos(x, y)
        self.update()

    def local_rect(self) -> QRectF:
        return QRectF(0, 0, self._w, self._h).normalized()

    def _handle_size(self) -> float:
        # Handles stay HANDLE_PX on screen: divide by the view's scale.
        views = self.scene().views() if self.scene() else []
        scale = views[0].transform().m11() if views else 1.0
        return HANDLE_PX / max(scale, 1e-3)

    def _handles(self) -> dict[str, QPointF]:
        if self.kind == "arrow":
            return {"start": QPointF(0, 0), "end": QPointF(self._w, self._h)}
        r = self.local_rect()
        return {
            "tl": r.topLeft(),
            "tr": r.topRight(),
            "bl": r.bottomLeft(),
            "br": r.bottomRight(),
        }

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        m = self._handle_size() + 6
        return self.local_rect().adjusted(-m, -m, m, m)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        if self.kind == "arrow":
            # A band around the line, so the arrow can be picked without pixel-perfect aim.
            line = QLineF(0, 0, self._w, self._h)
            pad = self._handle_size()
            normal = line.normalVector()
            if normal.length() > 0:
                normal.setLength(pad)
            d = QPointF(normal.dx(), normal.dy())
            path.addPolygon(QPolygonF([line.p1() + d, line.p2() + d, line.p2() - d, line.p1() - d]))
            path.closeSubpath()
        else:
            path.addRect(self.local_rect())
        if self.isSelected():
            s = self._handle_size()
            for p in self._handles().values():
                path.addRect(QRectF(p.x() - s, p.y() - s, 2 * s, 2 * s))
        return path

    # ----- painting --------------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        color = QColor(self.color)
        if not color.isValid():
            color = QColor(DEFAULT_COLORS[self.kind])
        long_side = max(self.bounds.width(), self.bounds.height())
        stroke = max(2.0, round(long_side / 300))
        r = self.local_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.kind == "redact":
            painter.fillRect(r, QColor(0, 0, 0))
        elif self.kind == "highlight":
            fill = QColor(color)
            fill.setAlpha(HIGHLIGHT_ALPHA)
            painter.setPen(QPen(color, stroke))
            painter.setBrush(QBrush(fill))
            painter.drawRect(r)
        elif self.kind == "arrow":
            self._paint_arrow(painter, color, stroke * 2)
        elif self.kind == "text":
            self._paint_text(painter, color, r, long_side)
        if self.isSelected():
            self._paint_selection(painter, r)

    def _paint_arrow(self, painter: QPainter, color: QColor, width: float) -> None:
        line = QLineF(0, 0, self._w, self._h)
        painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(line)
        if line.length() < 1:
            return
        angle = math.atan2(self._h, self._w)
        head = width * 4
        tip = line.p2()
        left = QPointF(
            tip.x() - head * math.cos(angle - 0.45), tip.y() - head * math.sin(angle - 0.45)
        )
        right = QPointF(
            tip.x() - head * math.cos(angle + 0.45), tip.y() - head * math.sin(angle + 0.45)
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(QPolygonF([tip, left, right]))

    def _paint_text(self, painter: QPainter, color: QColor, r: QRectF, long_side: float) -> None:
        # Sized like the exporter: 70% of the box height, or 1/45 of the image's long side.
        px = (
            max(12, round(r.height() * 0.7)) if r.height() >= 12 else max(12, round(long_side / 45))
        )
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(px))
        painter.setFont(font)
        pad = max(3, px // 4)
        text = self.text or "…"
        metrics = painter.fontMetrics()
        box = QRectF(
            r.left(), r.top(), metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + 2 * pad
        )
        painter.setPen(QPen(color, 1))
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRect(box)
        painter.setPen(color)
        painter.drawText(box.adjusted(pad, pad, -pad, -pad), Qt.AlignmentFlag.AlignLeft, text)
        if r.width() > box.width() or r.height() > box.height():
            painter.setPen(
                QPen(QColor(color.red(), color.green(), color.blue(), 90), 1, Qt.PenStyle.DashLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r)

    def _paint_selection(self, painter: QPainter, r: QRectF) -> None:
        s = self._handle_size()
        pen = QPen(theme.qcolor("picture.handle"), s / 4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.kind != "arrow":
            painter.drawRect(r)
        painter.setPen(QPen(theme.qcolor("picture.handle"), s / 5))
        painter.setBrush(theme.qcolor("picture.handle_fill"))
        for p in self._handles().values():
            painter.drawRect(QRectF(p.x() - s / 2, p.y() - s / 2, s, s))

    # ----- dragging --------------------------------------------------------------------------

    def handle_at(self, local: QPointF) -> str | None:
        if not self.isSelected():
            return None
        s = self._handle_size()
        for name, p in self._handles().items():
            if abs(local.x() - p.x()) <= s and abs(local.y() - p.y()) <= s:
                return name
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        handle = self.handle_at(event.pos())
        adding = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not self.isSelected() and not adding and self.scene() is not None:
            self.scene().clearSelection()
        self.setSelected(True)
        self._drag = handle or "move"
        self._press_scene = event.scenePos()
        self._press_geom = self.geometry()
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return
        self.set_geometry(self._dragged(event.scenePos()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return
        self.set_geometry(self._dragged(event.scenePos()))
        self._drag = None
        if self.geometry() != self._press_geom and self.on_edited is not None:
            self.on_edited(self, self._press_geom)

    def _dragged(self, scene_pos: QPointF) -> Geometry:
        x, y, w, h = self._press_geom
        dx = scene_pos.x() - self._press_scene.x()
        dy = scene_pos.y() - self._press_scene.y()
        d = self._drag or ""
        if d == "move":
            if self.kind == "arrow":
                b = self.bounds
                lo_x, hi_x = b.left() - min(0, w), b.right() - max(0, w)
                lo_y, hi_y = b.top() - min(0, h), b.bottom() - max(0, h)
                return (_clamp(x + dx, lo_x, hi_x), _clamp(y + dy, lo_y, hi_y), w, h)
            return (x + dx, y + dy, w, h)
        if d == "start":
            return (x + dx, y + dy, w - dx, h - dy)
        if d == "end":
            return (x, y, w + dx, h + dy)
        left, top, right, bottom = x, y, x + w, y + h
        if "l" in d:
            left += dx
        if "r" in d:
            right += dx
        if "t" in d:
            top += dy
        if "b" in d:
            bottom += dy
        return (left, top, right - left, bottom - top)

    # ----- records ---------------------------------------------------------------------------

    def to_record(self) -> dict[str, Any]:
        bw, bh = self.bounds.width() or 1.0, self.bounds.height() or 1.0
        x, y, w, h = self.geometry()
        rec: dict[str, Any] = {
            "kind": self.kind,
            "x": round(x / bw, 5),
            "y": round(y / bh, 5),
            "w": round(w / bw, 5),
            "h": round(h / bh, 5),
            "color": self.color,
        }
        if self.kind == "text":
            rec["text"] = self.text
        return rec


def from_record(rec: Mapping[str, Any], bounds: QRectF) -> MarkItem | None:
    """A MarkItem from a stored mark, or None if the record is damaged."""
    kind = str(rec.get("kind", ""))
    if kind not in KINDS:
        return None
    try:
        vals = [float(rec.get(k, 0.0)) for k in ("x", "y", "w", "h")]
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in vals):
        return None
    x, y, w, h = vals
    bw, bh = bounds.width(), bounds.height()
    geom = (x * bw, y * bh, w * bw, h * bh)
    return MarkItem(kind, geom, bounds, str(rec.get("color") or ""), str(rec.get("text") or ""))
