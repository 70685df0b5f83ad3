"""The open circle map: the in-memory model, its layout, and writes to the store.

Every change goes through here (called by the undo commands), is written through the one
autosave path (`Autosaver`: same timing, retry and "Not saved" state as every other editor),
and is announced with a signal so the canvas and the side list follow. Text being typed (on the
canvas, in the list or in the core belief box) is a *draft*: not yet an undo step, but saved
like any keystroke, so a crash mid-entry keeps it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from tli_workbook.circlemap.layout import (
    MapLayout,
    find_spot,
    layout_map,
    place_unplaced,
    tidy_entries,
    wrap_at,
)
from tli_workbook.circlemap.model import CircleMap, Entry, Stroke, ring_at, ring_labels
from tli_workbook.store import Store
from tli_workbook.ui.autosave import Autosaver


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
        self._drafts: dict[str, Entry] = {}  # text being typed, saved before it is committed
        self.saver = Autosaver(store, workbook_id, self, write=self._write_batch)
        self.saver.failed.connect(self.saveFailed)
        self._place_once()

    def _place_once(self) -> None:
        """A map from an older version has entries without a stored place: lay them out once
        and store that, so from now on every entry stays where it is."""
        placed = place_unplaced(self.map, self.labels)
        changed = [new for old, new in zip(self.map.entries, placed, strict=True) if new != old]
        if not changed:
            return
        self.map.entries = placed
        for e in changed:
            self.saver.set(_entry_key(e.id), self._entry_state(e.id))
        self.saver.flush()

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

    # ----- placing -------------------------------------------------------------------------

    def placed_new(self, entry: Entry) -> Entry:
        """The entry put into free space of its ring; the others stay where they are."""
        x, y, size, wrap = find_spot(self.layout, entry.ring, entry.text, skip=entry.id)
        return entry.with_(x=x, y=y, size=size, wrap=wrap, free=True)

    def placed_at(self, entry: Entry, x: float, y: float, ring: str | None = None) -> Entry:
        """The entry centred exactly at (x, y), in the ring there (or the ring given). It keeps
        its size and width within its own ring when they fit; in another ring it takes that
        ring's size."""
        ring = ring or ring_at(x, y) or entry.ring
        keep = ring == entry.ring and entry.placed
        size = entry.size if keep else self.layout.ring_font[ring]
        wrap = wrap_at(
            self.layout,
            ring,
            entry.text,
            x,
            y,
            size,
            skip=entry.id,
            prefer=entry.wrap if keep else None,
        )
        return entry.with_(ring=ring, x=x, y=y, size=size, wrap=wrap, free=True)

    def tidied(self) -> list[Entry]:
        """Every entry re-placed by the automatic layout (what Tidy applies)."""
        return tidy_entries(self.map, self.labels)

    # ----- entries -------------------------------------------------------------------------

    def replace_entries(self, entries: list[Entry]) -> None:
        """All entries at once (Tidy and its undo): one save, one announcement."""
        old = {e.id: e for e in self.map.entries}
        self.map.entries = list(entries)
        changed = [e.id for e in entries if old.get(e.id) != e]
        self._entries_done(changed)

    def insert_entry(self, entry: Entry, index: int | None = None) -> None:
        entries = self.map.entries
        index = len(entries) if index is None else max(0, min(index, len(entries)))
        entries.insert(index, entry)
        self._entries_done([entry.id], reorder=index != len(entries) - 1)

    def update_entry(self, entry: Entry) -> None:
        i = self.entry_index(entry.id)
        self.map.entries[i] = entry
        self._entries_done([entry.id])

    def remove_entry(self, entry_id: str) -> tuple[Entry, int]:
        i = self.entry_index(entry_id)
        entry = self.map.entries.pop(i)
        self._entries_done([entry_id])
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

    # ----- drafts --------------------------------------------------------------------------

    def set_draft(self, entry: Entry) -> None:
        """Text being typed into an entry (new or existing): saved within the autosave delay,
        not yet an undo step. Committing the edit, or `clear_draft`, ends it."""
        self._drafts[entry.id] = entry
        self.saver.set(_entry_key(entry.id), self._entry_state(entry.id))

    def clear_draft(self, entry_id: str) -> None:
        """The typing was cancelled: the store goes back to the committed entry (or none)."""
        if self._drafts.pop(entry_id, None) is not None:
            self.saver.set(_entry_key(entry_id), self._entry_state(entry_id))

    def draft(self, entry_id: str) -> Entry | None:
        return self._drafts.get(entry_id)

    def set_answer(self, key: str, value: Any) -> None:
        """A workbook answer edited on the map page (the rubric checklist)."""
        self.saver.set(ANSWER_PREFIX + key, value)

    # ----- saving --------------------------------------------------------------------------

    def flush(self) -> bool:
        """Write everything pending now; True only when nothing is left unsaved."""
        return self.saver.flush()

    def _entry_state(self, entry_id: str) -> Callable[[], dict[str, Any] | None]:
        # Read at write time, so a retry writes what the map holds then, not what it held at
        # the failed attempt.
        def state() -> dict[str, Any] | None:
            e = self._drafts.get(entry_id) or self.map.entry(entry_id)
            return None if e is None else e.to_dict()

        return state

    def _entries_done(self, ids: list[str], reorder: bool = False) -> None:
        self._layout = None
        for eid in ids:
            self._drafts.pop(eid, None)
            self.saver.set(_entry_key(eid), self._entry_state(eid))
        if reorder:
            self.saver.set(ORDER_KEY, lambda: [e.id for e in self.map.entries])
        ok = self.saver.flush()
        self.entriesChanged.emit(ids)
        if ok:
            self.saved.emit()

    def _strokes_done(self, ids: list[str]) -> None:
        # The store replaces strokes as a list (in order); strokes are few and small.
        self.saver.set(STROKES_KEY, self._stroke_dicts)
        ok = self.saver.flush()
        self.strokesChanged.emit(ids)
        if ok:
            self.saved.emit()

    def _stroke_dicts(self) -> list[dict[str, Any]]:
        return [s.to_dict() for s in self.map.strokes]

    def _write_batch(self, batch: dict[str, Any]) -> None:
        """Entries first (upserts and deletes), then their order, then strokes. Every write is
        idempotent, so a batch that failed half way is simply written again."""
        for key, value in batch.items():
            if not key.startswith(ENTRY_PREFIX):
                continue
            if value is None:
                self.store.delete_map_entry(self.workbook_id, key[len(ENTRY_PREFIX) :])
            else:
                self.store.upsert_map_entry(self.workbook_id, value)
        answers = {
            k[len(ANSWER_PREFIX) :]: v for k, v in batch.items() if k.startswith(ANSWER_PREFIX)
        }
        if answers:
            self.store.set_answers(self.workbook_id, answers)
        order = batch.get(ORDER_KEY)
        if order is not None:
            drafts = [i for i in self._drafts if i not in set(order)]
            self.store.reorder("entries", self.workbook_id, [*order, *drafts])
        strokes = batch.get(STROKES_KEY)
        if strokes is not None:
            self.store.save_map(self.workbook_id, strokes=strokes)


ENTRY_PREFIX = "entry:"
ANSWER_PREFIX = "answer:"
ORDER_KEY = "order"
STROKES_KEY = "strokes"


def _entry_key(entry_id: str) -> str:
    return ENTRY_PREFIX + entry_id
