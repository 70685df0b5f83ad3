"""The image markup editor: a QGraphicsView over the image with highlight boxes, arrows, text
callouts and redaction boxes, each movable, resizable and deletable, with undo/redo.

The editor never touches the stored file. It edits the artifact's `markup` list (fractions of
the image size) and reports every change through markupChanged; the page saves it. "Show as
exported" swaps in the packet's own rendering (prepare_image), which burns redactions into the
pixels, so what the teacher checks here is what the packet contains.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QPointF,
    QRect,
    QRectF,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.ui import theme
from tli_workbook.ui.artifacts.markup_commands import AddMark, RemoveMarks, SetGeometry, SetText
from tli_workbook.ui.artifacts.markup_items import (
    KIND_LABELS,
    MIN_SIZE_PX,
    MarkItem,
    from_record,
)

EDIT_MAX_PX = 2000  # the packet's print size: the editor shows the pixels the packet uses
AskText = Callable[[str, str, str], tuple[str, bool]]
HINTS = {
    "select": str(
        QT_TRANSLATE_NOOP(
            "MarkupEditor",
            "Click a mark to select it; drag to move it, drag a corner to resize it. "
            "Delete removes the selected mark.",
        )
    ),
    "highlight": str(
        QT_TRANSLATE_NOOP("MarkupEditor", "Drag over the part of the image to highlight.")
    ),
    "arrow": str(
        QT_TRANSLATE_NOOP("MarkupEditor", "Drag from where the arrow starts to what it points at.")
    ),
    "text": str(
        QT_TRANSLATE_NOOP("MarkupEditor", "Drag a box where the callout goes, then type its text.")
    ),
    "redact": str(
        QT_TRANSLATE_NOOP(
            "MarkupEditor",
            "Drag over names, faces or anything identifying. Redactions become solid black "
            "pixels in the exported image; the original file is never changed.",
        )
    ),
}


def prepared_pixmap(path: Path, markup: list[dict[str, Any]], max_px: int = EDIT_MAX_PX) -> QPixmap:
    """The image as the packet renders it (oriented, scaled, markup burned in). Raises
    tli_workbook.artifacts.thumbs.PreviewError."""
    from tli_workbook.artifacts.thumbs import image_preview

    im = image_preview(path, markup, max_px)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return QPixmap.fromImage(QImage.fromData(buf.getvalue()))


class MarkupScene(QGraphicsScene):
    def __init__(self, pixmap: QPixmap, stack: QUndoStack, ask_text: AskText) -> None:
        super().__init__()
        self.stack = stack
        self.ask_text = ask_text
        self.base = QGraphicsPixmapItem(pixmap)
        self.base.setZValue(-10)
        self.base.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.addItem(self.base)
        self.bounds = QRectF(0, 0, pixmap.width(), pixmap.height())
        self.setSceneRect(self.bounds)
        self.mode = "select"
        self._drawing: MarkItem | None = None
        self._start = QPointF()

    def marks(self) -> list[MarkItem]:
        return [i for i in self.items(Qt.SortOrder.AscendingOrder) if isinstance(i, MarkItem)]

    def load(self, records: list[dict[str, Any]]) -> None:
        for rec in records:
            item = from_record(rec, self.bounds) if isinstance(rec, dict) else None
            if item is not None:
                item.on_edited = self._edited
                self.addItem(item)

    def _clamped(self, p: QPointF) -> QPointF:
        b = self.bounds
        return QPointF(min(max(p.x(), b.left()), b.right()), min(max(p.y(), b.top()), b.bottom()))

    def _edited(self, item: MarkItem, old: tuple[float, float, float, float]) -> None:
        self.stack.push(SetGeometry(item, old, item.geometry()))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.mode == "select" or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.clearSelection()
        self._start = self._clamped(event.scenePos())
        self._drawing = MarkItem(self.mode, (self._start.x(), self._start.y(), 0, 0), self.bounds)
        self.addItem(self._drawing)
        event.accept()

    def _drag_geometry(self, pos: QPointF) -> tuple[float, float, float, float]:
        p = self._clamped(pos)
        return (self._start.x(), self._start.y(), p.x() - self._start.x(), p.y() - self._start.y())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._drawing is None:
            super().mouseMoveEvent(event)
            return
        self._drawing.set_geometry(self._drag_geometry(event.scenePos()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        item = self._drawing
        if item is None:
            super().mouseReleaseEvent(event)
            return
        self._drawing = None
        x, y, w, h = self._drag_geometry(event.scenePos())
        if abs(w) < MIN_SIZE_PX and abs(h) < MIN_SIZE_PX:
            # A click: a mark of a sensible default size where the teacher clicked.
            bw, bh = self.bounds.width(), self.bounds.height()
            w, h = (0.15 * bw, 0.1 * bh) if item.kind == "arrow" else (0.2 * bw, 0.08 * bh)
        item.set_geometry((x, y, w, h))
        self.removeItem(item)  # AddMark puts it back, so undo/redo own its presence
        if item.kind == "text":
            text, ok = self.ask_text(self.tr("Text callout"), self.tr("Callout text:"), "")
            if not ok or not text.strip():
                return
            item.text = text.strip()[:300]
        item.on_edited = self._edited
        self.stack.push(AddMark(self, item))

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        item = next((i for i in self.items(event.scenePos()) if isinstance(i, MarkItem)), None)
        if item is not None and item.kind == "text":
            self.edit_text(item)
            return
        super().mouseDoubleClickEvent(event)

    def edit_text(self, item: MarkItem) -> None:
        text, ok = self.ask_text(self.tr("Text callout"), self.tr("Callout text:"), item.text)
        if ok and text.strip() and text.strip() != item.text:
            self.stack.push(SetText(item, item.text, text.strip()[:300]))

    def delete_selected(self) -> int:
        chosen = [i for i in self.selectedItems() if isinstance(i, MarkItem)]
        if chosen:
            self.stack.push(RemoveMarks(self, chosen))
        return len(chosen)


class MarkupView(QGraphicsView):
    def __init__(self, scene: MarkupScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setBackgroundBrush(theme.qcolor("picture.surround"))
        self.setAccessibleName(self.tr("Image being marked up"))

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()


class _Relay(QObject):
    def __init__(self, fn: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._fn = fn

    @Slot(int)
    def relay(self, _index: int) -> None:
        self._fn()


class MarkupEditor(QWidget):
    """A window for marking up one image. Emits markupChanged(list) after every edit."""

    markupChanged = Signal(list)

    def __init__(
        self,
        image_path: Path,
        markup: list[dict[str, Any]],
        ask_text: AskText,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.image_path = Path(image_path)
        self.setWindowTitle(
            self.tr("Mark up image — {title}").format(title=title)
            if title
            else self.tr("Mark up image")
        )
        self.setObjectName("markupEditor")
        # QUndoStack emits indexChanged from its destructor, which runs while the editor is
        # half destroyed. The relay is deleted before the stack (children go in creation
        # order), so Qt drops that connection instead of calling into a dying editor.
        self._relay = _Relay(self._changed, self)
        self.stack = QUndoStack(self)
        self.scene = MarkupScene(prepared_pixmap(self.image_path, []), self.stack, ask_text)
        self.scene.load(list(markup or []))
        self.view = MarkupView(self.scene)
        self._exported: QGraphicsPixmapItem | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.toolbar = QToolBar(self.tr("Markup tools"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 10, 6)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setContentsMargins(10, 6, 10, 0)
        self.hint.setObjectName("markupHint")
        bottom.addWidget(self.hint, 1)
        # Every edit is saved as it is made: Done only closes; Cancel takes back this
        # window's edits first (the undo stack holds exactly those).
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close and take back the changes made here"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Close; your marks are saved"))
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.close)
        bottom.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignBottom)
        lay.addLayout(bottom)
        self._build_actions()
        self.stack.indexChanged.connect(self._relay.relay)
        self.set_mode("select")
        self.fit_to_screen(parent)

    def fit_to_screen(self, near: QWidget | None = None) -> None:
        """1000x760 where the screen has room, else 90% of the free area; centred on the
        screen the app is on, so the bottom (Done, the hints) is never below the screen."""
        screen = near.screen() if near is not None else None
        screen = screen or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1000, 760)
            return
        free = screen.availableGeometry()
        w = min(1000, int(free.width() * 0.9))
        h = min(760, int(free.height() * 0.9))
        self.resize(w, h)
        frame = QRect(0, 0, w, h)
        frame.moveCenter(free.center())
        self.move(frame.topLeft())

    def cancel(self) -> None:
        """Undo what was done in this window (the page saves the result), then close."""
        if self.act_exported.isChecked():
            self.act_exported.setChecked(False)
        self.stack.setIndex(0)
        self.close()

    def _build_actions(self) -> None:
        tb = self.toolbar
        group = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        keys = {"select": "V", "highlight": "H", "arrow": "A", "text": "T", "redact": "R"}
        for mode in ("select", *KIND_LABELS):
            label = (
                self.tr("Select")
                if mode == "select"
                else QCoreApplication.translate("MarkupItems", KIND_LABELS[mode])
            )
            act = QAction(label, self, checkable=True)
            act.setShortcut(QKeySequence(keys[mode]))
            act.setToolTip(f"{label} ({keys[mode]})")
            act.triggered.connect(lambda _c=False, m=mode: self.set_mode(m))
            group.addAction(act)
            tb.addAction(act)
            self.mode_actions[mode] = act
        tb.addSeparator()
        self.act_delete = QAction(self.tr("Delete"), self)
        self.act_delete.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")]
        )
        self.act_delete.triggered.connect(self.scene.delete_selected)
        tb.addAction(self.act_delete)
        self.act_undo = self.stack.createUndoAction(self, self.tr("Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.stack.createRedoAction(self, self.tr("Redo"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        tb.addAction(self.act_undo)
        tb.addAction(self.act_redo)
        tb.addSeparator()
        self.act_exported = QAction(self.tr("Show as exported"), self, checkable=True)
        self.act_exported.setToolTip(
            self.tr("Show the image exactly as the packet will contain it (redactions burned in)")
        )
        self.act_exported.toggled.connect(self.show_exported)
        tb.addAction(self.act_exported)
        for act in (self.act_delete, self.act_undo, self.act_redo):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def set_mode(self, mode: str) -> None:
        if self.act_exported.isChecked() and mode != "select":
            self.act_exported.setChecked(False)
        self.scene.mode = mode
        self.mode_actions[mode].setChecked(True)
        self.view.setCursor(
            Qt.CursorShape.ArrowCursor if mode == "select" else Qt.CursorShape.CrossCursor
        )
        self.hint.setText(self.tr(HINTS[mode]))

    def markup(self) -> list[dict[str, Any]]:
        return [m.to_record() for m in self.scene.marks()]

    def _changed(self) -> None:
        if self.act_exported.isChecked():
            self.show_exported(True)
        self.markupChanged.emit(self.markup())

    def show_exported(self, on: bool) -> None:
        """Overlay the packet's rendering of the current markup (or remove it)."""
        if self._exported is not None:
            self.scene.removeItem(self._exported)
            self._exported = None
        for m in self.scene.marks():
            m.setVisible(not on)
        if on:
            self.set_mode("select")
            pix = prepared_pixmap(self.image_path, self.markup())
            self._exported = QGraphicsPixmapItem(pix)
            self._exported.setZValue(100)
            self.scene.addItem(self._exported)
            self.hint.setText(
                self.tr(
                    "This is the image as the packet will contain it: redactions are solid black "
                    "pixels and the picture carries no hidden data (location, camera, author)."
                )
            )

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self.view.fit()
