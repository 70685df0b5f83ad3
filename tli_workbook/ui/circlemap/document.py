"""The open circle map: the in-memory model, its layout, and writes to the store.

Every change goes through here (called by the undo commands), is saved to the store at once,
and is announced with a signal so the canvas and the side list follow.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from tli_workbook.circlemap.layout import MapLayout, layout_map
from tli_workbook.circlemap.model import CircleMap, Entry, Stroke, ring_labels
from tli_workbook.store import Store, StoreError


class MapDocument(QObject):
    entriesChanged = Signal(list)  # ids of added, changed or removed entries
    strokesChanged = Signal(list)  # ids of added, changed or removed strokes
    saved = Signal()
    saveFailed = Signal(str)

    def __init__(
        self,
        store: Store,
        workbook_id: int,
        labels: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workbook_id = workbook_id
        self.labels = ring_labels(labels)
        self.map = CircleMap.from_dict(
            {"entries": store.map_entries(workbook_id), "strokes": store.map_strokes(workbook_id)}
        )
        self._layout: MapLayout | None = None
        self._resync = False  # a save failed: the next save writes the whole map

    # ----- reading -------------------------------------------------------------------------

    @property
    def layout(self) -> MapLayout:
        if self._layout is None:
            self._layout = layout_map(self.map, self.labels)
        return self._layout

    def entry(self, entry_id: str) -> Entry | None:
        return self.map.entry(entry_id)

    def stroke(self, stroke_id: str) -> Stroke | None:
        return self.map.stroke(stroke_id)

    def entry_index(self, entry_id: str) -> int:
        return next(i for i, e in enumerate(self.map.entries) if e.id == entry_id)

    def stroke_index(self, stroke_id: str) -> int:
        return next(i for i, s in enumerate(self.map.strokes) if s.id == stroke_id)

    # ----- entries -------------------------------------------------------------------------

    def insert_entry(self, entry: Entry, index: int | None = None) -> None:
        entries = self.map.entries
        index = len(entries) if index is None else max(0, min(index, len(entries)))
        entries.insert(index, entry)
        at_end = index == len(entries) - 1

        def write() -> None:
            self.store.upsert_map_entry(self.workbook_id, entry.to_dict())
            if not at_end:
                self.store.reorder("entries", self.workbook_id, [e.id for e in entries])

        self._entries_done([entry.id], write)

    def update_entry(self, entry: Entry) -> None:
        i = self.entry_index(entry.id)
        self.map.entries[i] = entry
        self._entries_done(
            [entry.id], lambda: self.store.upsert_map_entry(self.workbook_id, entry.to_dict())
        )

    def remove_entry(self, entry_id: str) -> tuple[Entry, int]:
        i = self.entry_index(entry_id)
        entry = self.map.entries.pop(i)
        self._entries_done(
            [entry_id], lambda: self.store.delete_map_entry(self.workbook_id, entry_id)
        )
        return entry, i

    # ----- strokes -------------------------------------------------------------------------

    def insert_stroke(self, stroke: Stroke, index: int | None = None) -> None:
        strokes = self.map.strokes
        strokes.insert(len(strokes) if index is None else index, stroke)
        self._strokes_done([stroke.id])

    def update_stroke(self, stroke: Stroke) -> None:
        self.map.strokes[self.stroke_index(stroke.id)] = stroke
        self._strokes_done([stroke.id])

    def remove_stroke(self, stroke_id: str) -> tuple[Stroke, int]:
        i = self.stroke_index(stroke_id)
        stroke = self.map.strokes.pop(i)
        self._strokes_done([stroke_id])
        return stroke, i

    # ----- saving --------------------------------------------------------------------------

    def _entries_done(self, ids: list[str], write: Callable[[], object]) -> None:
        self._layout = None
        ok = self._save(write)
        self.entriesChanged.emit(ids)
        if ok:
            self.saved.emit()

    def _strokes_done(self, ids: list[str]) -> None:
        # The store replaces strokes as a list (in order); strokes are few and small.
        ok = self._save(lambda: self.store.save_map(self.workbook_id, strokes=self._stroke_dicts()))
        self.strokesChanged.emit(ids)
        if ok:
            self.saved.emit()

    def _stroke_dicts(self) -> list[dict[str, Any]]:
        return [s.to_dict() for s in self.map.strokes]

    def _save(self, write: Callable[[], object]) -> bool:
        try:
            if self._resync:
                self.store.save_map(
                    self.workbook_id,
                    entries=[e.to_dict() for e in self.map.entries],
                    strokes=self._stroke_dicts(),
                )
                self._resync = False
            else:
                write()
        except StoreError as exc:
            # The change stays on screen; the next change saves the whole map again.
            self._resync = True
            self.saveFailed.emit(str(exc))
            return False
        return True
