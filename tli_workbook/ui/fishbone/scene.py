"""The fishbone canvas: one item paints the renderer's display list, and one transparent
item per place the layout names (a cause, a why, a rank badge, a "+" handle) takes the
mouse, so what is clicked is always what is drawn there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from tli_workbook.circlemap.render import DisplayList, paint_ops_qt
from tli_workbook.fishbone.layout import FishboneLayout, Hit, layout_fishbone
from tli_workbook.fishbone.model import empty
from tli_workbook.fishbone.render import build_display_list

TEXT_KINDS = ("issue", "cause", "why", "branch")


class DiagramItem(QGraphicsItem):
    """The whole drawing, painted by the one renderer (the same ops as print and PDF)."""

    def __init__(self) -> None:
        super().__init__()
        self.display = DisplayList()

    def set_display(self, display: DisplayList) -> None:
        self.prepareGeometryChange()
        self.display = display
        self.update()

    def boundingRect(self) -> QRectF:
        b = self.display.bounds
        return QRectF(b.x, b.y, b.w, b.h)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_ops_qt(painter, self.display.ops)


class HitItem(QGraphicsRectItem):
    """An invisible target over one part of the drawing."""

    def __init__(self, scene: FishboneScene, hit: Hit, tip: str) -> None:
        r = hit.rect
        super().__init__(QRectF(r.x, r.y, r.w, r.h))
        self.hit = hit
        self._scene = scene
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setAcceptHoverEvents(True)
        self.setToolTip(tip)
        if hit.kind == "rank" or hit.kind.startswith("add_"):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.setCursor(Qt.CursorShape.IBeamCursor)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and (
            self.hit.kind == "rank" or self.hit.kind.startswith("add_")
        ):
            self._scene.clicked.emit(self.hit, event.screenPos())
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.hit.kind in TEXT_KINDS:
            self._scene.edit_requested.emit(self.hit)
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self._scene.menu_requested.emit(self.hit, event.screenPos())
        event.accept()


class FishboneScene(QGraphicsScene):
    clicked = Signal(object, object)  # Hit, global QPoint
    edit_requested = Signal(object)  # Hit
    menu_requested = Signal(object, object)  # Hit, global QPoint

    def __init__(self, words: dict[str, str], tips: dict[str, str]) -> None:
        super().__init__()
        self.words = words
        self.tips = tips
        self.data: dict[str, Any] = empty()
        self.layout: FishboneLayout = layout_fishbone(self.data, editing=True, words=words)
        self.diagram = DiagramItem()
        self.addItem(self.diagram)
        self.hit_items: list[HitItem] = []
        self.rebuild()

    def set_data(self, data: dict[str, Any]) -> None:
        self.data = data
        self.rebuild()

    def rebuild(self) -> None:
        self.layout = layout_fishbone(self.data, editing=True, words=self.words)
        self.diagram.set_display(build_display_list(self.data, editing=True, layout=self.layout))
        for item in self.hit_items:
            self.removeItem(item)
        self.hit_items = []
        for hit in self.layout.hits:
            item = HitItem(self, hit, self.tips.get(hit.kind, ""))
            item.setZValue(1 if hit.kind in ("rank",) or hit.kind.startswith("add_") else 0.5)
            self.addItem(item)
            self.hit_items.append(item)
        b = self.layout.bounds
        self.setSceneRect(QRectF(b.x - 20, b.y - 20, b.w + 40, b.h + 40))

    def item_for(self, kind: str, cause: str = "", why: str = "", branch: str = "") -> HitItem:
        for item in self.hit_items:
            h = item.hit
            if (h.kind, h.cause, h.why, h.branch) == (kind, cause, why, branch):
                return item
        raise KeyError((kind, cause, why, branch))
