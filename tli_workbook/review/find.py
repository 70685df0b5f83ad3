"""Find in the whole workbook (no Qt widgets): every text the teacher wrote, with its place.

The searchable texts come from sources: functions from a workbook snapshot and its credential
to `SearchText`s. Form answers (every part, with tables, outlines, groups and "Other" boxes),
Circle Map entries and the core belief, artifacts (titles, annotations, captions, callouts) and
feedback responses are built in; a feature with texts of its own (e.g. guidebook tools) adds
a source with `register_source`.

A hit names its part, a jump target (the vocabulary readiness and privacy findings use: an
answer key, "map:entry:<id>", "map:center", "artifact:<id>", "respondent:<id>"), the field
path inside it, the offset of the match in the text, a snippet, and a place label a teacher
reads ("A3 Design › Objectives › Task 1.2 › Lead").
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Credential, Field, Part
from tli_workbook.fields.base import text_of
from tli_workbook.fields.group import Group as GroupKind
from tli_workbook.fields.outline import Outline as OutlineKind
from tli_workbook.fields.registry import KINDS, kind_of
from tli_workbook.fields.table import Table as TableKind
from tli_workbook.review.readiness import form_fields

if TYPE_CHECKING:
    from tli_workbook.store.snapshot import Snapshot

log = logging.getLogger(__name__)

SEP = " › "
SNIPPET_CHARS = 36  # of context each side of a hit
MAX_HITS = 500  # a one-letter search in a long workbook must stay quick to list
LABEL_CHARS = 40  # a long field label is cut in a place label

PathBit = str | int


@dataclass(frozen=True)
class SearchText:
    """One text the teacher wrote, where it is, and where to go to see it."""

    part_id: str
    target: str  # where to jump (answer key, "map:entry:<id>", "artifact:<id>", ...)
    path: tuple[PathBit, ...]  # inside the target, e.g. (2, "lead") for row 3's Lead
    place: str  # e.g. "A3 Design › Objectives › Task 1.2 › Lead"
    text: str


@dataclass(frozen=True)
class Place:
    """Where to go, and what to select there: a find hit, a privacy finding or a readiness
    item. With `text` and `offset` the exact characters are selected; with only `needle` the
    first occurrence of those words in the target's box."""

    part_id: str
    target: str = ""
    text: str = ""  # the whole text the hit is in (finds its box among several)
    offset: int = -1
    length: int = 0
    needle: str = ""
    occurrence: int = 0  # how many earlier texts of the same target are this same text


@dataclass(frozen=True)
class Hit:
    source: SearchText
    offset: int
    length: int
    snippet: str
    occurrence: int = 0

    @property
    def place(self) -> Place:
        s = self.source
        match = s.text[self.offset : self.offset + self.length]
        return Place(s.part_id, s.target, s.text, self.offset, self.length, match, self.occurrence)


SourceFn = Callable[["Snapshot", Credential], Iterable[SearchText]]
_SOURCES: list[SourceFn] = []


def register_source(fn: SourceFn) -> SourceFn:
    """Add a source of searchable texts (a decorator). Sources run in registration order."""
    _SOURCES.append(fn)
    return fn


@dataclass
class _Occurrences:
    seen: dict[tuple[str, str], int] = field(default_factory=dict)

    def next(self, s: SearchText) -> int:
        key = (s.target, s.text)
        n = self.seen.get(key, 0)
        self.seen[key] = n + 1
        return n


def search_texts(snap: Snapshot, cred: Credential) -> list[SearchText]:
    out: list[SearchText] = []
    for source in _SOURCES:
        try:
            out.extend(t for t in source(snap, cred) if t.text)
        except Exception:  # one broken source must not hide the hits of the others
            log.exception("find: the text provider %s failed", getattr(source, "__name__", source))
    return out


def find(snap: Snapshot, cred: Credential, query: str, limit: int = MAX_HITS) -> list[Hit]:
    """Every occurrence of `query` (any case, spaces as typed) in the workbook, in page
    order; at most `limit`."""
    needle = query.strip().casefold()
    if not needle:
        return []
    hits: list[Hit] = []
    occ = _Occurrences()
    for s in search_texts(snap, cred):
        n = occ.next(s)
        folded = s.text.casefold()
        if len(folded) != len(s.text):  # casefold changed the length (ß -> ss): plain lower
            folded = s.text.lower()
        at = folded.find(needle)
        while at >= 0:
            hits.append(Hit(s, at, len(needle), snippet(s.text, at, len(needle)), n))
            if len(hits) >= limit:
                return hits
            at = folded.find(needle, at + max(1, len(needle)))
    return hits


def snippet(text: str, at: int, length: int, context: int = SNIPPET_CHARS) -> str:
    """The words around a hit on one line, with "…" where the text goes on."""
    start, end = max(0, at - context), min(len(text), at + length + context)
    if start > 0:
        space = text.find(" ", start, at)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", at + length, end)
        end = space if space >= 0 else end
    body = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


# ----- form answers ----------------------------------------------------------------------------


def _field_texts(
    part: Part, f: Field, value: Any, target: str, place: str, path: tuple[PathBit, ...]
) -> Iterator[SearchText]:
    """The texts of one answer, walking tables, outlines and groups as their editors show
    them (stored order, so "row 2" is the second row on screen)."""
    kind = kind_of(f)
    if kind.prose:
        text = text_of(value)
        if text.strip():
            yield SearchText(part.id, target, path, place, text)
    elif isinstance(kind, TableKind):
        yield from _table_texts(part, f, value, target, place, path)
    elif isinstance(kind, OutlineKind):
        yield from _outline_texts(part, f, value, target, place, path, 0, "")
    elif isinstance(kind, GroupKind):
        for i, entry in enumerate(value if isinstance(value, list) else []):
            if not isinstance(entry, dict):
                continue
            for sub in f.fields:
                item_place = f"{place}{SEP}{f.item_label} {i + 1}{SEP}{_short(sub.label)}"
                yield from _field_texts(
                    part, sub, entry.get(sub.id), target, item_place, (*path, i, sub.id)
                )
    else:
        # Every other kind says itself which texts it holds (the privacy scan reads the same
        # ones): a choice's "Other" box, a fishbone's causes, a letter's blanks, and so on.
        for piece in kind.texts(f, value, place, ""):
            if piece.mode != "text" or not piece.text.strip():
                continue
            _, _, extra = piece.loc.partition("#")
            where = (
                place + SEP + QCoreApplication.translate("Find", "Other")
                if extra == "other"
                else piece.where or place
            )
            yield SearchText(part.id, target, (*path, extra) if extra else path, where, piece.text)


def _table_texts(
    part: Part, f: Field, value: Any, target: str, place: str, path: tuple[PathBit, ...]
) -> Iterator[SearchText]:
    table = KINDS["table"]
    assert isinstance(table, TableKind)
    if f.rows:
        rows = [
            (r.label, cells) for r, cells in zip(f.rows, table.fixed_rows(f, value), strict=True)
        ]
    else:
        items = [i for i in (value if isinstance(value, list) else []) if isinstance(i, dict)]
        rows = [
            (QCoreApplication.translate("Find", "Row {0}").format(n), cells)
            for n, cells in enumerate(items, 1)
        ]
    for i, (row_label, cells) in enumerate(rows):
        for col in f.columns:
            cell_place = f"{place}{SEP}{_short(row_label)}{SEP}{_short(col.label)}"
            yield from _field_texts(
                part, col, cells.get(col.id), target, cell_place, (*path, i, col.id)
            )


def _outline_texts(
    part: Part,
    f: Field,
    value: Any,
    target: str,
    place: str,
    path: tuple[PathBit, ...],
    depth: int,
    number: str,
) -> Iterator[SearchText]:
    nodes = [n for n in (value if isinstance(value, list) else []) if isinstance(n, dict)]
    level = (
        f.levels[min(depth, len(f.levels) - 1)].label
        if f.levels
        else QCoreApplication.translate("Find", "Item")
    )
    for i, node in enumerate(nodes):
        num = f"{number}.{i + 1}" if number else str(i + 1)
        node_place = f"{place}{SEP}{level} {num}"
        node_path = (*path, i)
        text = text_of(node.get("text"))
        if text.strip():
            yield SearchText(part.id, target, (*node_path, "text"), node_place, text)
        cells = _dict(node.get("cells"))
        for col in f.columns:
            yield from _field_texts(
                part,
                col,
                cells.get(col.id),
                target,
                f"{node_place}{SEP}{_short(col.label)}",
                (*node_path, "cells", col.id),
            )
        yield from _outline_texts(
            part, f, node.get("children"), target, place, (*node_path, "children"), depth + 1, num
        )


@register_source
def form_answers(snap: Snapshot, cred: Credential) -> Iterator[SearchText]:
    answers = snap.get("answers") or {}
    for part in cred.parts:
        if part.kind not in ("form", "learn"):
            continue
        fields = [(f, k) for f, k in form_fields(part, snap) if f.stores_value]
        for f, key in fields:
            place = (
                part.short_title
                if len(fields) == 1
                else f"{part.short_title}{SEP}{_short(f.label)}"
            )
            yield from _field_texts(part, f, answers.get(key), key, place, ())


# ----- the Circle Map, artifacts and feedback ---------------------------------------------------


@register_source
def circle_map(snap: Snapshot, cred: Credential) -> Iterator[SearchText]:
    entries = (snap.get("circle_map") or {}).get("entries") or []
    for part in cred.parts_of_kind("circle_map"):
        for ring_id in ("center", *[r for r in part.rings if r != "center"]):
            spec = part.rings.get(ring_id)
            label = spec.label if spec else ring_id
            for e in entries:
                if not isinstance(e, dict) or e.get("ring") != ring_id:
                    continue
                target = "map:center" if ring_id == "center" else f"map:entry:{e.get('id')}"
                for attr, what in (
                    ("text", ""),
                    ("note", QCoreApplication.translate("Find", "note")),
                ):
                    text = str(e.get(attr) or "")
                    place = f"{part.short_title}{SEP}{label}" + (f"{SEP}{what}" if what else "")
                    if text.strip():
                        yield SearchText(part.id, target, (attr,), place, text)


@register_source
def artifacts(snap: Snapshot, cred: Credential) -> Iterator[SearchText]:
    records = [a for a in snap.get("artifacts") or [] if isinstance(a, dict)]
    for part in cred.parts_of_kind("artifacts"):
        mine = [a for a in records if a.get("part") == part.id]
        for n, a in enumerate(mine, 1):
            target = f"artifact:{a.get('id')}"
            artifact = QCoreApplication.translate("Find", "Artifact {0}").format(n)
            head = f"{part.short_title}{SEP}{artifact}"
            fields = _dict(a.get("fields"))
            texts: list[tuple[Any, str, tuple[PathBit, ...]]] = [
                (a.get("title"), QCoreApplication.translate("Find", "Title"), ("title",)),
                (a.get("url"), QCoreApplication.translate("Find", "Link"), ("url",)),
                (
                    a.get("description"),
                    QCoreApplication.translate("Find", "Annotation"),
                    ("description",),
                ),
            ]
            texts += [
                (fields.get(el.id), _short(el.label), ("fields", el.id))
                for el in part.annotation_elements
            ]
            markup = _list(a.get("markup"))
            texts += [
                (
                    m.get("text"),
                    QCoreApplication.translate("Find", "Callout {0}").format(j),
                    ("markup", j - 1),
                )
                for j, m in enumerate(markup, 1)
                if isinstance(m, dict)
            ]
            for text, what, path in texts:
                if isinstance(text, str) and text.strip():
                    yield SearchText(part.id, target, path, f"{head}{SEP}{what}", text)


@register_source
def feedback(snap: Snapshot, cred: Credential) -> Iterator[SearchText]:
    people = [r for r in snap.get("respondents") or [] if isinstance(r, dict)]
    for part in cred.parts_of_kind("feedback"):
        mine = [r for r in people if r.get("part") == part.id]
        for n, r in enumerate(mine, 1):
            target = f"respondent:{r.get('id')}"
            stakeholder = QCoreApplication.translate("Find", "Stakeholder {0}").format(n)
            head = f"{part.short_title}{SEP}{stakeholder}"
            role = str(r.get("role") or "")
            if role.strip():
                yield SearchText(
                    part.id,
                    target,
                    ("role",),
                    head + SEP + QCoreApplication.translate("Find", "Role"),
                    role,
                )
            answers = _dict(r.get("answers"))
            for j, p in enumerate(part.prompts, 1):
                text = answers.get(p.id)
                if isinstance(text, str) and text.strip():
                    yield SearchText(
                        part.id,
                        target,
                        ("answers", p.id),
                        head + SEP + QCoreApplication.translate("Find", "Answer {0}").format(j),
                        text,
                    )
