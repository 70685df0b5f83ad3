"""The one circle map renderer.

`build_display_list` turns a map into a list of simple drawing operations in map units
(circles, rectangles, text lines, paths). Two backends paint that list: `paint_qt` (screen
items, printing, PNG, SVG, PDF through Qt) and `to_reportlab_drawing` (the packet's vector
drawing). The editor's scene items paint their own slice of the same operations with
`paint_ops_qt`, so the canvas and the printout cannot drift apart.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.circlemap.fonts import qt_family, register_reportlab_fonts
from tli_workbook.circlemap.layout import (
    LINE_HEIGHT,
    MapLayout,
    Rect,
    RingLabel,
    TextBox,
    layout_map,
)
from tli_workbook.circlemap.model import (
    DEFAULT_TEXT_COLOR,
    HIGHLIGHTER_ALPHA,
    RADIUS,
    RINGS,
    CircleMap,
    Stroke,
)
from tli_workbook.circlemap.textmetrics import text_width, wrap

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter
    from reportlab.graphics.shapes import Drawing

RING_FILL = {"center": "#dce9f7", "context": "#edf3fa", "needs": "#f9fbfd"}
RING_LINE = "#5b7fa6"
RING_LINE_WIDTH = 2.5
LABEL_COLOR = "#2b4c7e"
FRAME_LINE = "#8a9bb0"
TITLE_FONT = 26.0
MARGIN = 14.0  # around the outer circle, so its line is never clipped


# ----- operations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CircleOp:
    cx: float
    cy: float
    r: float
    fill: str | None
    line: str | None
    width: float = 1.0


@dataclass(frozen=True)
class RectOp:
    x: float
    y: float
    w: float
    h: float
    fill: str | None
    line: str | None
    width: float = 1.0
    radius: float = 0.0
    alpha: float = 1.0


@dataclass(frozen=True)
class TextOp:
    """One line of text; (x, y) is the left end of its baseline."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False
    color: str = DEFAULT_TEXT_COLOR


@dataclass(frozen=True)
class PathOp:
    points: tuple[tuple[float, float], ...]
    color: str
    width: float
    alpha: float = 1.0
    fill: bool = False  # a closed, filled polygon (arrow heads)


Op = CircleOp | RectOp | TextOp | PathOp


# ----- building --------------------------------------------------------------------------------


def ring_ops(labels: Mapping[str, RingLabel]) -> list[Op]:
    """The concentric circles, outermost first, and the ring labels."""
    ops: list[Op] = [
        CircleOp(0.0, 0.0, RADIUS[ring], RING_FILL[ring], RING_LINE, RING_LINE_WIDTH)
        for ring in reversed(RINGS)
    ]
    for label in labels.values():
        r = label.rect
        ops.append(_centered_line(label.text, label.cx, r.y, r.h, label.size, True, LABEL_COLOR))
    return ops


def _centered_line(
    text: str, cx: float, top: float, height: float, size: float, bold: bool, color: str
) -> TextOp:
    # Baseline placed so the line's ink is centred in its line box (DejaVu: ascent .76, descent
    # .24 of the size, within a 1.25 line height).
    baseline = top + (height - size) / 2 + 0.80 * size
    return TextOp(text, cx - text_width(text, size, bold) / 2, baseline, size, bold, color)


def entry_ops(box: TextBox, color: str = "", local: bool = False) -> list[Op]:
    """An entry's wrapped lines; local=True centres it on (0, 0) for a scene item."""
    cx, cy = (0.0, 0.0) if local else (box.cx, box.cy)
    ops: list[Op] = []
    lh = box.line_height
    top = cy - len(box.lines) * lh / 2
    ink = color or DEFAULT_TEXT_COLOR
    for i, line in enumerate(box.lines):
        if line:
            ops.append(_centered_line(line, cx, top + i * lh, lh, box.size, box.bold, ink))
    return ops


def stroke_ops(stroke: Stroke) -> list[Op]:
    pts = stroke.points
    if not pts:
        return []
    alpha = HIGHLIGHTER_ALPHA if stroke.kind == "highlighter" else 1.0
    if stroke.kind != "arrow" or len(pts) < 2:
        return [PathOp(pts, stroke.color, stroke.width, alpha)]
    head = arrow_head(pts, stroke.width)
    if head is None:
        return [PathOp(pts, stroke.color, stroke.width, alpha)]
    shaft_end, polygon = head
    return [
        PathOp((*pts[:-1], shaft_end), stroke.color, stroke.width, alpha),
        PathOp(polygon, stroke.color, 0.0, alpha, fill=True),
    ]


def arrow_head(
    pts: Sequence[tuple[float, float]], width: float
) -> tuple[tuple[float, float], tuple[tuple[float, float], ...]] | None:
    """Where the shaft stops, and the head's triangle, for an arrow ending at pts[-1]."""
    tip = pts[-1]
    base = next((p for p in reversed(pts[:-1]) if math.dist(p, tip) > 1e-6), None)
    if base is None:
        return None
    length = max(14.0, 4.5 * width)
    d = math.dist(base, tip)
    ux, uy = (tip[0] - base[0]) / d, (tip[1] - base[1]) / d
    bx, by = tip[0] - ux * length, tip[1] - uy * length
    half = 0.42 * length
    left = (bx - uy * half, by + ux * half)
    right = (bx + uy * half, by - ux * half)
    shaft_end = (tip[0] - ux * length * 0.6, tip[1] - uy * length * 0.6)
    return shaft_end, (tip, left, right)


def _union(rects: Iterable[Rect]) -> Rect:
    rs = list(rects)
    x0 = min(r.x for r in rs)
    y0 = min(r.y for r in rs)
    x1 = max(r.x + r.w for r in rs)
    y1 = max(r.y + r.h for r in rs)
    return Rect(x0, y0, x1 - x0, y1 - y0)


def _stroke_rect(s: Stroke) -> Rect:
    xs = [p[0] for p in s.points]
    ys = [p[1] for p in s.points]
    pad = s.width + 16.0
    return Rect(
        min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
    )


@dataclass
class DisplayList:
    ops: list[Op] = field(default_factory=list)
    bounds: Rect = field(default_factory=lambda: Rect(-1, -1, 2, 2))

    # ----- placing the map in a target --------------------------------------------------------

    def fit(
        self, x: float, y: float, w: float, h: float, valign: str = "center"
    ) -> tuple[float, float, float]:
        """Scale and offset that fit the bounds into (x, y, w, h) keeping proportions."""
        b = self.bounds
        s = min(w / b.w, h / b.h)
        ox = x + (w - s * b.w) / 2 - s * b.x
        free_h = h - s * b.h
        oy = y + (0.0 if valign == "top" else free_h / 2) - s * b.y
        return s, ox, oy

    # ----- Qt backend -------------------------------------------------------------------------

    def paint_qt(self, painter: QPainter, target_rect: QRectF, valign: str = "center") -> None:
        """Paint the whole map into target_rect (painter coordinates), keeping proportions."""
        s, ox, oy = self.fit(
            target_rect.x(), target_rect.y(), target_rect.width(), target_rect.height(), valign
        )
        painter.save()
        painter.translate(ox, oy)
        painter.scale(s, s)
        paint_ops_qt(painter, self.ops)
        painter.restore()

    # ----- reportlab backend ------------------------------------------------------------------

    def to_reportlab_drawing(
        self, width_pt: float, height_pt: float, valign: str = "center"
    ) -> Drawing:
        """A vector reportlab Drawing (a Flowable) of the given size with the map fitted in."""
        from reportlab.graphics.shapes import Drawing

        s, ox, oy = self.fit(0.0, 0.0, width_pt, height_pt, valign)
        drawing = Drawing(width_pt, height_pt)
        for op in self.ops:
            for shape in _rl_shapes(op, s, ox, oy, height_pt):
                drawing.add(shape)
        return drawing


def build_display_list(
    cmap: CircleMap,
    labels: Mapping[str, str] | None = None,
    *,
    title: str | None = None,
    frame: bool = False,
    frame_caption: str = "",
    layout: MapLayout | None = None,
) -> DisplayList:
    """Everything to draw for the map, in painting order, with the bounds to fit."""
    layout = layout or layout_map(cmap, labels)
    ops: list[Op] = []
    r = RADIUS["needs"] + MARGIN
    rects = [Rect(-r, -r, 2 * r, 2 * r)]
    if frame:
        half = max(r + 20.0, 580.0)
        ops.append(RectOp(-half, -half, 2 * half, 2 * half, None, FRAME_LINE, 2.0))
        size = 15.0
        caption = frame_caption or QCoreApplication.translate("CircleMap", "Frame of reference")
        ops.append(TextOp(caption, -half + 12.0, -half + 12.0 + size, size, True, FRAME_LINE))
        rects.append(Rect(-half - 2, -half - 2, 2 * half + 4, 2 * half + 4))
    ops.extend(ring_ops(layout.labels))
    colors = {e.id: e.color for e in cmap.entries}
    for s in cmap.strokes:
        if s.kind == "highlighter" and s.points:
            ops.extend(stroke_ops(s))
            rects.append(_stroke_rect(s))
    for box in layout.boxes.values():
        ops.extend(entry_ops(box, colors.get(box.entry_id, "")))
        rects.append(box.rect)
    for s in cmap.strokes:
        if s.kind != "highlighter" and s.points:
            ops.extend(stroke_ops(s))
            rects.append(_stroke_rect(s))
    bounds = _union(rects)
    if title:
        lines = wrap(title.strip(), TITLE_FONT, bounds.w, True)
        lh = TITLE_FONT * LINE_HEIGHT
        top = bounds.y - len(lines) * lh - 0.9 * TITLE_FONT
        for i, line in enumerate(lines):
            ops.append(
                _centered_line(
                    line, bounds.cx, top + i * lh, lh, TITLE_FONT, True, DEFAULT_TEXT_COLOR
                )
            )
        bounds = _union([bounds, Rect(bounds.x, top, bounds.w, bounds.y - top)])
    return DisplayList(ops, bounds)


# ----- Qt painting -----------------------------------------------------------------------------

_REF_PX = 100  # fonts are made at this pixel size and scaled, so any size is exact


def _qt_font(bold: bool) -> Any:
    from PySide6.QtGui import QFont

    font = _qt_fonts.get(bold)
    if font is None:
        font = QFont(qt_family(bold))
        font.setPixelSize(_REF_PX)
        font.setBold(bold)
        # reportlab measures without kerning, ligatures or hinting; draw the same advances.
        font.setKerning(False)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        for tag in ("liga", "clig", "dlig", "kern"):
            font.setFeature(QFont.Tag(tag), 0)
        _qt_fonts[bold] = font
    return font


_qt_fonts: dict[bool, Any] = {}


def release_qt_cache() -> None:
    """Forget cached Qt fonts (before the application object is destroyed)."""
    _qt_fonts.clear()


def _qcolor(name: str, alpha: float = 1.0) -> Any:
    from PySide6.QtGui import QColor

    c = QColor(name)
    if not c.isValid():
        c = QColor(DEFAULT_TEXT_COLOR)
    if alpha < 1.0:
        c.setAlphaF(alpha)
    return c


def paint_ops_qt(painter: QPainter, ops: Iterable[Op]) -> None:
    """Paint operations in the painter's current (map unit) coordinates."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QPainterPath, QPen, QPolygonF

    painter.setRenderHint(painter.RenderHint.Antialiasing, True)
    painter.setRenderHint(painter.RenderHint.TextAntialiasing, True)
    for op in ops:
        if isinstance(op, TextOp):
            painter.save()
            painter.setFont(_qt_font(op.bold))
            painter.setPen(_qcolor(op.color))
            painter.translate(op.x, op.y)
            k = op.size / _REF_PX
            painter.scale(k, k)
            painter.drawText(QPointF(0.0, 0.0), op.text)
            painter.restore()
        elif isinstance(op, CircleOp):
            painter.setPen(QPen(_qcolor(op.line), op.width) if op.line else Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(_qcolor(op.fill)) if op.fill else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(op.cx, op.cy), op.r, op.r)
        elif isinstance(op, RectOp):
            painter.setPen(QPen(_qcolor(op.line), op.width) if op.line else Qt.PenStyle.NoPen)
            fill = QBrush(_qcolor(op.fill, op.alpha)) if op.fill else Qt.BrushStyle.NoBrush
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(op.x, op.y, op.w, op.h), op.radius, op.radius)
        elif isinstance(op, PathOp):
            color = _qcolor(op.color, op.alpha)
            if op.fill:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(color))
                painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in op.points]))
                continue
            pen = QPen(
                color,
                op.width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if len(op.points) == 1:
                painter.drawPoint(QPointF(*op.points[0]))
                continue
            path = QPainterPath(QPointF(*op.points[0]))
            for x, y in op.points[1:]:
                path.lineTo(x, y)
            painter.drawPath(path)


# ----- reportlab shapes ------------------------------------------------------------------------


def _rl_color(name: str | None) -> Any:
    from reportlab.lib import colors

    if not name:
        return None
    try:
        return colors.HexColor(name)
    except (ValueError, TypeError):
        return colors.HexColor(DEFAULT_TEXT_COLOR)


def _rl_shapes(op: Op, s: float, ox: float, oy: float, page_h: float) -> list[Any]:
    from reportlab.graphics.shapes import Circle, Polygon, PolyLine, Rect, String

    def X(x: float) -> float:
        return ox + s * x

    def Y(y: float) -> float:
        # reportlab's y axis points up.
        return page_h - (oy + s * y)

    if isinstance(op, TextOp):
        regular, bold = register_reportlab_fonts()
        return [
            String(
                X(op.x),
                Y(op.y),
                op.text,
                fontName=bold if op.bold else regular,
                fontSize=op.size * s,
                fillColor=_rl_color(op.color),
            )
        ]
    if isinstance(op, CircleOp):
        return [
            Circle(
                X(op.cx),
                Y(op.cy),
                op.r * s,
                fillColor=_rl_color(op.fill),
                strokeColor=_rl_color(op.line),
                strokeWidth=op.width * s,
            )
        ]
    if isinstance(op, RectOp):
        # types-reportlab types **kw as one _SolidShapeKwArgs instead of Unpack[...]
        shape = Rect(
            X(op.x),
            Y(op.y + op.h),
            op.w * s,
            op.h * s,
            rx=op.radius * s,
            ry=op.radius * s,
            fillColor=_rl_color(op.fill),
            strokeColor=_rl_color(op.line),
            strokeWidth=op.width * s,  # type: ignore[arg-type]
        )
        if op.alpha < 1.0:
            shape.fillOpacity = op.alpha
        return [shape]
    pts = [c for x, y in op.points for c in (X(x), Y(y))]
    if op.fill:
        polygon = Polygon(pts, fillColor=_rl_color(op.color), strokeColor=None)
        polygon.fillOpacity = op.alpha
        return [polygon]
    if len(op.points) == 1:
        pts = pts + pts
    line = PolyLine(
        pts,
        strokeColor=_rl_color(op.color),
        strokeWidth=op.width * s,
        strokeLineCap=1,
        strokeLineJoin=1,
    )
    line.strokeOpacity = op.alpha
    return [line]
