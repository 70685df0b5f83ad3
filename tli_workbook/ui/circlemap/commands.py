"""Undo commands: every change to the map is one of these, pushed on the page's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from tli_workbook.circlemap.model import Entry, Stroke
from tli_workbook.ui.circlemap.document import MapDocument


def _short(text: str, n: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# Undo texts (Edit > Undo ...) for drawings, one whole phrase per kind of stroke.
STROKE_TEXTS = {
    "draw": {
        "pen": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Draw pen")),
        "highlighter": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Draw highlighter")),
        "line": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Draw line")),
        "arrow": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Draw arrow")),
    },
    "erase": {
        "pen": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Erase pen")),
        "highlighter": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Erase highlighter")),
        "line": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Erase line")),
        "arrow": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Erase arrow")),
        "": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Erase drawing")),
    },
    "move": {
        "pen": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Move pen")),
        "highlighter": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Move highlighter")),
        "line": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Move line")),
        "arrow": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Move arrow")),
    },
    "colour": {
        "pen": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Colour pen")),
        "highlighter": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Colour highlighter")),
        "line": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Colour line")),
        "arrow": str(QT_TRANSLATE_NOOP("CircleMapCommand", "Colour arrow")),
    },
}


def _stroke_text(action: str, kind: str) -> str:
    texts = STROKE_TEXTS[action]
    return QCoreApplication.translate("CircleMapCommand", texts.get(kind) or texts["pen"])


class AddEntryCommand(QUndoCommand):
    """Adds an entry where it was put or, when it has no place yet, in free space of its ring
    (chosen once, here, so undo and redo bring it back to the same spot)."""

    def __init__(self, doc: MapDocument, entry: Entry, index: int | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CircleMapCommand", "Add “{text}”").format(
                text=_short(entry.text)
            )
        )
        if not entry.placed:
            entry = doc.placed_new(entry)
        self.doc, self.entry, self.index = doc, entry, index

    def redo(self) -> None:
        self.doc.insert_entry(self.entry, self.index)

    def undo(self) -> None:
        self.doc.remove_entry(self.entry.id)


class DeleteEntryCommand(QUndoCommand):
    def __init__(self, doc: MapDocument, entry_id: str) -> None:
        entry = doc.entry(entry_id)
        super().__init__(
            QCoreApplication.translate("CircleMapCommand", "Delete “{text}”").format(
                text=_short(entry.text if entry else "")
            )
        )
        self.doc, self.entry_id = doc, entry_id
        self.entry: Entry | None = None
        self.index = 0

    def redo(self) -> None:
        self.entry, self.index = self.doc.remove_entry(self.entry_id)

    def undo(self) -> None:
        assert self.entry is not None
        self.doc.insert_entry(self.entry, self.index)


class _ReplaceEntry(QUndoCommand):
    """Swap an entry between two complete states (text, note, ring, colour, position)."""

    def __init__(self, doc: MapDocument, before: Entry, after: Entry, text: str) -> None:
        super().__init__(text)
        self.doc, self.before, self.after = doc, before, after

    def redo(self) -> None:
        self.doc.update_entry(self.after)

    def undo(self) -> None:
        self.doc.update_entry(self.before)


class EditEntryCommand(_ReplaceEntry):
    def __init__(self, doc: MapDocument, before: Entry, after: Entry) -> None:
        super().__init__(
            doc,
            before,
            after,
            QCoreApplication.translate("CircleMapCommand", "Edit “{text}”").format(
                text=_short(after.text)
            ),
        )


class MoveEntryCommand(_ReplaceEntry):
    def __init__(self, doc: MapDocument, before: Entry, after: Entry) -> None:
        if before.ring == after.ring:
            text = QCoreApplication.translate("CircleMapCommand", "Move “{text}”").format(
                text=_short(after.text)
            )
        else:
            text = QCoreApplication.translate("CircleMapCommand", "Move to {ring} “{text}”").format(
                ring=doc.labels[after.ring], text=_short(after.text)
            )
        super().__init__(doc, before, after, text)


class RecolorEntryCommand(_ReplaceEntry):
    def __init__(self, doc: MapDocument, before: Entry, after: Entry) -> None:
        super().__init__(
            doc,
            before,
            after,
            QCoreApplication.translate("CircleMapCommand", "Colour “{text}”").format(
                text=_short(after.text)
            ),
        )


class TidyCommand(QUndoCommand):
    """Re-place every entry with the automatic layout: one step, undone as one."""

    def __init__(self, doc: MapDocument) -> None:
        super().__init__(QCoreApplication.translate("CircleMapCommand", "Tidy the map"))
        self.doc = doc
        self.before = list(doc.map.entries)
        self.after = doc.tidied()

    def redo(self) -> None:
        self.doc.replace_entries(self.after)

    def undo(self) -> None:
        self.doc.replace_entries(self.before)


class AddStrokeCommand(QUndoCommand):
    def __init__(self, doc: MapDocument, stroke: Stroke) -> None:
        super().__init__(_stroke_text("draw", stroke.kind))
        self.doc, self.stroke = doc, stroke

    def redo(self) -> None:
        self.doc.insert_stroke(self.stroke)

    def undo(self) -> None:
        self.doc.remove_stroke(self.stroke.id)


class DeleteStrokeCommand(QUndoCommand):
    def __init__(self, doc: MapDocument, stroke_id: str) -> None:
        stroke = doc.stroke(stroke_id)
        super().__init__(_stroke_text("erase", stroke.kind if stroke else ""))
        self.doc, self.stroke_id = doc, stroke_id
        self.stroke: Stroke | None = None
        self.index = 0

    def redo(self) -> None:
        self.stroke, self.index = self.doc.remove_stroke(self.stroke_id)

    def undo(self) -> None:
        assert self.stroke is not None
        self.doc.insert_stroke(self.stroke, self.index)


class _ReplaceStroke(QUndoCommand):
    def __init__(self, doc: MapDocument, before: Stroke, after: Stroke, text: str) -> None:
        super().__init__(text)
        self.doc, self.before, self.after = doc, before, after

    def redo(self) -> None:
        self.doc.update_stroke(self.after)

    def undo(self) -> None:
        self.doc.update_stroke(self.before)


class MoveStrokeCommand(_ReplaceStroke):
    def __init__(self, doc: MapDocument, before: Stroke, after: Stroke) -> None:
        super().__init__(doc, before, after, _stroke_text("move", after.kind))


class RecolorStrokeCommand(_ReplaceStroke):
    def __init__(self, doc: MapDocument, before: Stroke, after: Stroke) -> None:
        super().__init__(doc, before, after, _stroke_text("colour", after.kind))
