"""The canvas scene: ring background, entry and stroke items, tools and mouse editing.

The scene never changes the map directly: every edit is an undo command pushed on the page's
stack; the document then saves it and the scene follows the document's signals.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QPainterPath, QTransform, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from tli_workbook.circlemap.layout import pad
from tli_workbook.circlemap.model import (
    DEFAULT_STROKE_COLOR,
    DEFAULT_STROKE_WIDTH,
    Entry,
    Stroke,
    ring_at,
)
from tli_workbook.store import new_uid
from tli_workbook.ui.circlemap.commands import (
    AddEntryCommand,
    AddStrokeCommand,
    DeleteEntryCommand,
    DeleteStrokeCommand,
    EditEntryCommand,
    MoveEntryCommand,
    MoveStrokeCommand,
    TidyCommand,
)
from tli_workbook.ui.circlemap.document import MapDocument
from tli_workbook.ui.circlemap.items import EntryItem, InlineEditor, RingsItem, StrokeItem

TOOLS = ("select", "pen", "highlighter", "line", "arrow", "eraser")
DRAW_TOOLS = ("pen", "highlighter", "line", "arrow")
HIGHLIGHTER_FACTOR = 5.0  # a highlighter is this many times the pen width
MIN_POINT_STEP = 1.5  # map units between recorded pen points


def _tooltip(e: Entry) -> str:
    return f"{e.text}\n\n{e.note}" if e.note else e.text


class CircleMapScene(QGraphicsScene):
    toolChanged = Signal(str)
    editingStarted = Signal()
    editingEnded = Signal()

    def __init__(
        self, doc: MapDocument, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = undo_stack
        self.tool = "select"
        self.pen_color = DEFAULT_STROKE_COLOR
        self.pen_width = DEFAULT_STROKE_WIDTH
        self.entry_items: dict[str, EntryItem] = {}
        self.stroke_items: dict[str, StrokeItem] = {}
        self.editor: InlineEditor | None = None
        self._draft: StrokeItem | None = None
        self._erased: list[str] = []
        self._press_positions: dict[QGraphicsItem, QPointF] = {}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.rings = RingsItem(doc.layout.labels)
        self.addItem(self.rings)
        self.sync_entries()
        self.sync_strokes()
        doc.entriesChanged.connect(self.sync_entries)
        doc.strokesChanged.connect(self.sync_strokes)

    # ----- following the document ----------------------------------------------------------

    def sync_entries(self, _ids: list[str] | None = None) -> None:
        layout = self.doc.layout
        alive = set()
        for e in self.doc.map.entries:
            alive.add(e.id)
            box = layout.boxes[e.id]
            item = self.entry_items.get(e.id)
            if item is None:
                item = EntryItem(e.id, box, e.color, _tooltip(e))
                self._apply_tool_flags(item)
                self.entry_items[e.id] = item
                self.addItem(item)
            else:
                item.update_box(box, e.color, _tooltip(e))
        for eid in [k for k in self.entry_items if k not in alive]:
            self.removeItem(self.entry_items.pop(eid))

    def sync_strokes(self, _ids: list[str] | None = None) -> None:
        alive = set()
        for s in self.doc.map.strokes:
            alive.add(s.id)
            item = self.stroke_items.get(s.id)
            if item is None:
                item = StrokeItem(s)
                self._apply_tool_flags(item)
                self.stroke_items[s.id] = item
                self.addItem(item)
            elif item.stroke != s or item.pos() != QPointF(0, 0):
                item.set_stroke(s)
            item.setVisible(True)
        for sid in [k for k in self.stroke_items if k not in alive]:
            self.removeItem(self.stroke_items.pop(sid))

    # ----- tools ---------------------------------------------------------------------------

    def set_tool(self, tool: str) -> None:
        if tool not in TOOLS:
            raise ValueError(tool)
        self.commit_editor()
        self.tool = tool
        if tool != "select":
            self.clearSelection()
        for item in (*self.entry_items.values(), *self.stroke_items.values()):
            self._apply_tool_flags(item)
        self.toolChanged.emit(tool)

    def _apply_tool_flags(self, item: QGraphicsItem) -> None:
        on = self.tool == "select"
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, on)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, on)

    def stroke_width_for(self, tool: str) -> float:
        return self.pen_width * (HIGHLIGHTER_FACTOR if tool == "highlighter" else 1.0)

    # ----- selection -----------------------------------------------------------------------

    def selected_entry_ids(self) -> list[str]:
        return [i.entry_id for i in self.selectedItems() if isinstance(i, EntryItem)]

    def selected_stroke_ids(self) -> list[str]:
        return [i.stroke_id for i in self.selectedItems() if isinstance(i, StrokeItem)]

    def select_entries(self, ids: list[str]) -> None:
        wanted = set(ids)
        for eid, item in self.entry_items.items():
            item.setSelected(eid in wanted)
        for stroke in self.stroke_items.values():
            stroke.setSelected(False)

    def delete_selected(self) -> bool:
        entries, strokes = self.selected_entry_ids(), self.selected_stroke_ids()
        if not entries and not strokes:
            return False
        self.undo_stack.beginMacro(self.tr("Delete"))
        for eid in entries:
            self.undo_stack.push(DeleteEntryCommand(self.doc, eid))
        for sid in strokes:
            self.undo_stack.push(DeleteStrokeCommand(self.doc, sid))
        self.undo_stack.endMacro()
        return True

    # ----- typing in place -----------------------------------------------------------------

    def begin_add(self, ring: str, pos: QPointF) -> InlineEditor:
        """Open an editor at pos; committing adds an entry to the ring, centred exactly at pos.
        Every keystroke is saved as a draft of the new entry, so a crash keeps the text."""
        entry_id = new_uid()

        def typed(text: str) -> None:
            if text:
                self.doc.set_draft(Entry(id=entry_id, ring=ring, text=text))
            else:
                self.doc.clear_draft(entry_id)

        def commit(text: str) -> None:
            self._close_editor()
            if text:
                entry = self.doc.placed_at(Entry(entry_id, ring, text), pos.x(), pos.y(), ring)
                self.undo_stack.push(AddEntryCommand(self.doc, entry))
            else:
                self.doc.clear_draft(entry_id)

        def cancel() -> None:
            self._close_editor()
            self.doc.clear_draft(entry_id)

        size = self.doc.layout.ring_font[ring]
        return self._open_editor("", size, ring == "center", pos, commit, cancel, typed, None)

    def begin_edit(self, entry_id: str) -> InlineEditor | None:
        entry = self.doc.entry(entry_id)
        item = self.entry_items.get(entry_id)
        if entry is None or item is None:
            return None

        def typed(text: str) -> None:
            current = self.doc.entry(entry_id)
            if current is not None:
                self.doc.set_draft(current.with_(text=text))

        def commit(text: str) -> None:
            self._close_editor()
            current = self.doc.entry(entry_id)
            if current is None or text == current.text:
                self.doc.clear_draft(entry_id)
                return
            if text:
                self.undo_stack.push(EditEntryCommand(self.doc, current, current.with_(text=text)))
            else:
                self.undo_stack.push(DeleteEntryCommand(self.doc, entry_id))

        def cancel() -> None:
            self._close_editor()
            self.doc.clear_draft(entry_id)

        width = entry.wrap + 2 * pad(entry.size)[0] if entry.placed else None
        return self._open_editor(
            entry.text,
            item.box.size,
            entry.ring == "center",
            item.pos(),
            commit,
            cancel,
            typed,
            width,
        )

    def _open_editor(
        self,
        text: str,
        size: float,
        bold: bool,
        pos: QPointF,
        commit: Callable[[str], None],
        cancel: Callable[[], None],
        typed: Callable[[str], None],
        width: float | None,
    ) -> InlineEditor:
        self.commit_editor()
        editor = InlineEditor(text, size, bold, commit, cancel, typed, width)
        rect = editor.boundingRect()
        editor.setPos(pos.x() - rect.width() / 2, pos.y() - rect.height() / 2)
        self.addItem(editor)
        self.editor = editor
        editor.start()
        self.editingStarted.emit()
        return editor

    def commit_editor(self) -> None:
        if self.editor is not None:
            self.editor.finish(True)

    def _close_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        # Called from the editor's own key or focus handler: hide it now, remove it after the
        # event has returned.
        editor.setVisible(False)
        QTimer.singleShot(0, lambda: self._remove_editor(editor))
        self.editingEnded.emit()

    def _remove_editor(self, editor: InlineEditor) -> None:
        if editor.scene() is self:
            self.removeItem(editor)

    # ----- mouse ---------------------------------------------------------------------------

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        item = self.itemAt(pos, self._view_transform())
        if (
            isinstance(item, EntryItem)
            and self.tool == "select"
            and event.button() == Qt.MouseButton.LeftButton
        ):
            # Handled here rather than by the item: the item only gets the double-click when
            # it grabbed the press before it, and an edit must never depend on that.
            self.begin_edit(item.entry_id)
            event.accept()
            return
        if (
            self.tool == "select"
            and event.button() == Qt.MouseButton.LeftButton
            and (item is None or item is self.rings)
        ):
            ring = ring_at(pos.x(), pos.y())
            if ring is not None:
                center = self.doc.map.in_ring("center")
                if ring == "center" and center:
                    self.begin_edit(center[0].id)
                else:
                    self.begin_add(ring, pos)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def _view_transform(self) -> QTransform:
        views = self.views()
        return views[0].transform() if views else QTransform()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.editor is not None and not self.editor.contains(
            self.editor.mapFromScene(event.scenePos())
        ):
            self.commit_editor()
        if event.button() == Qt.MouseButton.LeftButton and self.tool in DRAW_TOOLS:
            p = event.scenePos()
            stroke = Stroke(
                id=new_uid(),
                kind=self.tool,
                color=self.pen_color,
                width=self.stroke_width_for(self.tool),
                points=((p.x(), p.y()),),
            )
            self._draft = StrokeItem(stroke)
            self.addItem(self._draft)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self.tool == "eraser":
            self._erased = []
            self._erase_at(event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)
        if self.tool == "select":
            self._press_positions = {
                i: i.pos() for i in self.selectedItems() if isinstance(i, (EntryItem, StrokeItem))
            }

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._draft is not None:
            p = event.scenePos()
            s = self._draft.stroke
            pt = (p.x(), p.y())
            if s.kind in ("line", "arrow"):
                self._draft.set_stroke(s.with_(points=(s.points[0], pt)))
            elif math.dist(s.points[-1], pt) >= MIN_POINT_STEP:
                self._draft.set_stroke(s.with_(points=(*s.points, pt)))
            event.accept()
            return
        if self.tool == "eraser" and event.buttons() & Qt.MouseButton.LeftButton:
            self._erase_at(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._draft is not None and event.button() == Qt.MouseButton.LeftButton:
            draft, self._draft = self._draft, None
            self.removeItem(draft)
            stroke = draft.stroke
            pts = stroke.points
            if len(pts) >= 2 and math.dist(pts[0], pts[-1]) + len(pts) > 3.0:
                self.undo_stack.push(AddStrokeCommand(self.doc, stroke))
            event.accept()
            return
        if self.tool == "eraser" and event.button() == Qt.MouseButton.LeftButton:
            erased, self._erased = self._erased, []
            if erased:
                self.undo_stack.beginMacro(self.tr("Erase"))
                for sid in erased:
                    self.undo_stack.push(DeleteStrokeCommand(self.doc, sid))
                self.undo_stack.endMacro()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if self.tool == "select" and event.button() == Qt.MouseButton.LeftButton:
            moved = {i: p for i, p in self._press_positions.items() if i.pos() != p}
            self._press_positions = {}
            if moved:
                self._items_dropped(moved)

    def _erase_at(self, pos: QPointF) -> None:
        views = self.views()
        scale = views[0].transform().m11() if views else 1.0
        r = 6.0 / max(scale, 1e-3)
        area = QPainterPath()
        area.addEllipse(pos, r, r)
        for item in self.items(area):
            if isinstance(item, StrokeItem) and item.isVisible():
                item.setVisible(False)
                self._erased.append(item.stroke_id)

    # ----- drops ---------------------------------------------------------------------------

    def _items_dropped(self, moved: dict[QGraphicsItem, QPointF]) -> None:
        commands = []
        for item, old in moved.items():
            cmd: QUndoCommand | None
            if isinstance(item, EntryItem):
                cmd = self._entry_drop_command(item, old)
            elif isinstance(item, StrokeItem):
                s = item.stroke
                d = item.pos()
                cmd = MoveStrokeCommand(self.doc, s, s.translated(d.x(), d.y()))
            else:
                continue
            if cmd is not None:
                commands.append(cmd)
        if not commands:
            return
        if len(commands) == 1:
            self.undo_stack.push(commands[0])
            return
        self.undo_stack.beginMacro(self.tr("Move %n items", "", len(commands)))
        for cmd in commands:
            self.undo_stack.push(cmd)
        self.undo_stack.endMacro()

    def _entry_drop_command(self, item: EntryItem, old: QPointF) -> MoveEntryCommand | None:
        entry = self.doc.entry(item.entry_id)
        p = item.pos()
        if entry is None or ring_at(p.x(), p.y()) is None:
            item.setPos(old)  # dropped outside the map: nothing changes
            return None
        # Exactly where it was dropped, in the ring it was dropped in; nothing else moves.
        return MoveEntryCommand(self.doc, entry, self.doc.placed_at(entry, p.x(), p.y()))

    def tidy(self) -> None:
        """Re-place every entry with the automatic layout, as one undoable step."""
        self.commit_editor()
        if self.doc.map.entries:
            self.undo_stack.push(TidyCommand(self.doc))
