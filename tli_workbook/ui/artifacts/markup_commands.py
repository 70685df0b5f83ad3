"""Undoable edits of the markup scene. Items outlive their removal (the stack holds them), so
undoing a delete puts back the very same mark."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QGraphicsScene

from tli_workbook.ui.artifacts.markup_items import Geometry, MarkItem

# Undo texts (Edit > Undo ...), one whole phrase per kind of mark.
ADD_TEXTS = {
    "highlight": str(QT_TRANSLATE_NOOP("MarkupCommand", "Add highlight")),
    "arrow": str(QT_TRANSLATE_NOOP("MarkupCommand", "Add arrow")),
    "text": str(QT_TRANSLATE_NOOP("MarkupCommand", "Add text callout")),
    "redact": str(QT_TRANSLATE_NOOP("MarkupCommand", "Add redaction")),
}
MOVE_TEXTS = {
    "highlight": str(QT_TRANSLATE_NOOP("MarkupCommand", "Move or resize highlight")),
    "arrow": str(QT_TRANSLATE_NOOP("MarkupCommand", "Move or resize arrow")),
    "text": str(QT_TRANSLATE_NOOP("MarkupCommand", "Move or resize text callout")),
    "redact": str(QT_TRANSLATE_NOOP("MarkupCommand", "Move or resize redaction")),
}


class AddMark(QUndoCommand):
    def __init__(
        self, scene: QGraphicsScene, item: MarkItem, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("MarkupCommand", ADD_TEXTS[item.kind]), parent)
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
        n = len(items)  # a plain name: lupdate skips translate() whose count is a call
        super().__init__(QCoreApplication.translate("MarkupCommand", "Delete %n mark(s)", "", n))
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
        super().__init__(QCoreApplication.translate("MarkupCommand", MOVE_TEXTS[item.kind]))
        self.item, self.old, self.new = item, old, new

    def redo(self) -> None:
        self.item.set_geometry(self.new)

    def undo(self) -> None:
        self.item.set_geometry(self.old)


class SetText(QUndoCommand):
    def __init__(self, item: MarkItem, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("MarkupCommand", "Edit callout text"))
        self.item, self.old, self.new = item, old, new

    def redo(self) -> None:
        self.item.text = self.new
        self.item.update()

    def undo(self) -> None:
        self.item.text = self.old
        self.item.update()
