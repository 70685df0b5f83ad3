"""Undoable edits of the markup scene. Items outlive their removal (the stack holds them), so
undoing a delete puts back the very same mark."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QGraphicsScene

from tli_workbook.ui.artifacts.markup_items import KIND_LABELS, Geometry, MarkItem


class AddMark(QUndoCommand):
    def __init__(
        self, scene: QGraphicsScene, item: MarkItem, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(f"Add {KIND_LABELS[item.kind].lower()}", parent)
        self.scene = scene
        self.item = item

    def redo(self) -> None:
        if self.item.scene() is None:
            self.scene.addItem(self.item)
        self.scene.clearSelection()
        self.item.setSelected(True)

    def undo(self) -> None:
        if self.item.scene() is not None:
            self.scene.removeItem(self.item)


class RemoveMarks(QUndoCommand):
    def __init__(self, scene: QGraphicsScene, items: list[MarkItem]) -> None:
        super().__init__("Delete mark" if len(items) == 1 else f"Delete {len(items)} marks")
        self.scene = scene
        self.items = list(items)

    def redo(self) -> None:
        for item in self.items:
            if item.scene() is not None:
                self.scene.removeItem(item)

    def undo(self) -> None:
        self.scene.clearSelection()
        for item in self.items:
            if item.scene() is None:
                self.scene.addItem(item)
            item.setSelected(True)


class SetGeometry(QUndoCommand):
    """A move or resize. The drag already applied `new`; redo applies it again harmlessly."""

    def __init__(self, item: MarkItem, old: Geometry, new: Geometry) -> None:
        super().__init__(f"Move or resize {KIND_LABELS[item.kind].lower()}")
        self.item, self.old, self.new = item, old, new

    def redo(self) -> None:
        self.item.set_geometry(self.new)

    def undo(self) -> None:
        self.item.set_geometry(self.old)


class SetText(QUndoCommand):
    def __init__(self, item: MarkItem, old: str, new: str) -> None:
        super().__init__("Edit callout text")
        self.item, self.old, self.new = item, old, new

    def redo(self) -> None:
        self.item.text = self.new
        self.item.update()

    def undo(self) -> None:
        self.item.text = self.old
        self.item.update()
