"""The canvas view: zoom (Ctrl+wheel, Ctrl +/-), fit, and panning (middle drag, Space+drag)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from tli_workbook.circlemap.model import RADIUS
from tli_workbook.circlemap.render import MARGIN
from tli_workbook.ui import theme
from tli_workbook.ui.circlemap.scene import CircleMapScene

MIN_ZOOM, MAX_ZOOM = 0.05, 12.0
ZOOM_STEP = 1.2


class MapView(QGraphicsView):
    zoomChanged = Signal(float)

    def __init__(self, scene: CircleMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        # The map is drawn as it prints, with inks for white paper, in either scheme.
        self.setBackgroundBrush(theme.qcolor("paper"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Circle map canvas"))
        self.setAccessibleDescription(
            self.tr(
                "Double-click inside a ring to add an entry; drag an entry to move it or into "
                "another ring. The entry list beside the canvas has every entry for the keyboard."
            )
        )
        self._fit_mode = True  # keep fitting on resize until the teacher zooms
        self._space = False
        self._pan_from: QPoint | None = None
        scene.toolChanged.connect(self._tool_changed)
        self._tool_changed(scene.tool)

    # ----- zoom ----------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._fit_mode = False
        self.setTransform(self.transform().fromScale(factor, factor))
        self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit(self) -> None:
        r = RADIUS["needs"] + MARGIN + 6
        rect = QRectF(-r, -r, 2 * r, 2 * r).united(self.scene().itemsBoundingRect())
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_mode = True
        self.zoomChanged.emit(self.zoom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_mode:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # ----- panning -------------------------------------------------------------------------

    def _tool_changed(self, tool: str) -> None:
        self.setDragMode(
            QGraphicsView.DragMode.RubberBandDrag
            if tool == "select"
            else QGraphicsView.DragMode.NoDrag
        )
        cursor = {
            "select": Qt.CursorShape.ArrowCursor,
            "eraser": Qt.CursorShape.PointingHandCursor,
        }.get(tool, Qt.CursorShape.CrossCursor)
        self.viewport().setCursor(cursor)

    def _typing(self) -> bool:
        return self.map_scene.editor is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not self._typing():
            if not event.isAutoRepeat():
                self._space = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and not self._typing()
            and self.map_scene.delete_selected()
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self._tool_changed(self.map_scene.tool)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self._tool_changed(self.map_scene.tool)
            event.accept()
            return
        super().mouseReleaseEvent(event)
