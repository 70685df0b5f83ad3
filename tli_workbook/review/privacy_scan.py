"""Identifiable-information scan over a whole workbook snapshot (no Qt).

Every place a reviewer could read is scanned with tli_workbook.text.privacy: text answers of the
submitted fields, Circle Map entries, artifact titles, annotations and callouts, respondents'
roles and answers, the names of attached files, and identifying metadata inside attached images
and documents. Every text is also checked against the teacher's "People I must not name" list
(review.people: students, colleagues, school, district, town, with nicknames; stored under
PEOPLE_KEY, the older plain terms under TERMS_KEY); findings judged harmless under FINE_KEY.

A finding's key is built from a stable location id (answer key, entry or artifact id), its kind
and its text, so marking it fine survives edits elsewhere and reordering of artifacts.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from tli_workbook.artifacts.metadata import document_metadata, image_metadata
from tli_workbook.definitions.model import Credential, Field, Part
from tli_workbook.review.people import PEOPLE_KEY, TERMS_KEY, load_people, people_terms
from tli_workbook.review.readiness import form_fields
from tli_workbook.text.privacy import KIND_LABELS, Finding, scan_metadata, scan_text

log = logging.getLogger(__name__)

FINE_KEY = "privacy.fine"
__all__ = [
    "FINE_KEY",
    "PEOPLE_KEY",
    "TERMS_KEY",
    "ScanFinding",
    "all_terms",
    "open_findings",
    "scan_file_name",
    "scan_workbook",
    "terms_of",
]
FilePath = Callable[[str], Path | None]


@dataclass(frozen=True)
class ScanFinding:
    kind: str  # see tli_workbook.text.privacy.KINDS
    text: str  # what was found
    context: str  # the words around it
    where: str  # human label, e.g. "A4 Evidence, artifact 2: file name"
    part_id: str
    target: str  # where to jump (same vocabulary as readiness items)
    key: str  # stable id for "mark as fine"
    count: int = 1  # how many times the same text was found in the same place

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class _Source:
    part_id: str
    target: str
    loc: str  # stable location id, part of the finding key
    where: str
    text: str = ""
    mode: str = "text"  # "text", "link" (an attached link: not reported as a link), "name"
    sha: str = ""  # for "file": the stored file whose metadata is read


def terms_of(snap: dict[str, Any]) -> list[str]:
    value = (snap.get("answers") or {}).get(TERMS_KEY)
    if not isinstance(value, list):
        return []
    # A one-letter term would match everywhere: the teacher meant an initial, not a name.
    return [t.strip() for t in value if isinstance(t, str) and len(t.strip()) >= 2]


def all_terms(snap: dict[str, Any]) -> tuple[str, ...]:
    """Everything to look for: each entry of the people list in all its forms (full name in
    either order, each name alone, nicknames, a school's short forms) and the older terms."""
    return people_terms(load_people(snap))


def fine_keys_of(snap: dict[str, Any]) -> set[str]:
    value = (snap.get("answers") or {}).get(FINE_KEY)
    return {k for k in value if isinstance(k, str)} if isinstance(value, list) else set()


def _key(loc: str, kind: str, text: str) -> str:
    folded = " ".join(text.lower().split())
    digest = hashlib.sha1(f"{loc}\x1f{kind}\x1f{folded}".encode()).hexdigest()[:16]
    return f"{kind}:{digest}"


_NAME_SEPARATORS = re.compile(r"[_.+\-~]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def scan_file_name(name: str, terms: Iterable[str] = (), where: str = "") -> list[Finding]:
    """Look for names in a file name ("maria_lopez_lesson.pdf").

    File names are lower-case and glued with separators, which the prose rules (built on
    capitalised words) would miss; so the stem is split into words and capitalised first.
    """
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    words = _NAME_SEPARATORS.sub(" ", _CAMEL.sub(" ", stem)).split()
    human = " ".join(w[:1].upper() + w[1:].lower() if w.isalpha() else w for w in words)
    found = scan_text(human, terms=tuple(terms), where=where)
    return [
        Finding(f.kind, f.text, f.start, f.end, name, where)
        for f in found
        if f.kind not in ("url", "address")  # a file name is never a link or street address
    ]


@lru_cache(maxsize=256)
def _file_metadata(path: str, size: int, mtime: float) -> tuple[tuple[str, str], ...]:
    # Stored files are content-addressed, so (path, size, mtime) is a safe cache key. Both
    # readers sniff the content and return nothing for files they do not understand.
    meta: dict[str, str] = {}
    for reader in (document_metadata, image_metadata):
        try:
            meta = reader(path)
        except Exception:  # noqa: BLE001 - an unreadable file has no metadata to report
            log.exception("Could not read the metadata of %s", path)
            meta = {}
        if meta:
            break
    return tuple(sorted(meta.items()))


def _where(part: Part, *bits: str) -> str:
    return ", ".join([part.short_title, *[b for b in bits if b]])


def _form_sources(part: Part, snap: dict[str, Any]) -> Iterator[_Source]:
    answers = snap.get("answers") or {}
    fields = [(f, k) for f, k in form_fields(part, snap) if f.stores_value]
    textual = [f for f, _k in fields if f.type in ("long_text", "short_text")]
    for f, key in fields:
        own = "" if len(fields) == 1 or (len(textual) == 1 and f in textual) else f.label
        yield from _field_sources(part, f, key, answers.get(key), _where(part, own), key)


def _field_sources(
    part: Part, f: Field, key: str, value: Any, where: str, loc: str
) -> Iterator[_Source]:
    def src(text: Any, label: str, sub: str) -> _Source:
        return _Source(part.id, key, f"{loc}{sub}", f"{where}{label}", str(text))

    if f.type in ("long_text", "short_text") and isinstance(value, str) and value.strip():
        yield _Source(part.id, key, loc, where, value)
    elif f.type == "checklist" and isinstance(value, dict) and value.get("other"):
        yield src(value["other"], " (other)", "#other")
    elif f.type == "group" and isinstance(value, list):
        for i, entry in enumerate(value, 1):
            if not isinstance(entry, dict):
                continue
            for sub in f.fields:
                label = f"{where}, {f.item_label} {i}: {sub.label}"
                yield from _field_sources(
                    part, sub, key, entry.get(sub.id), label, f"{loc}#{i}.{sub.id}"
                )
    elif f.type == "table" and isinstance(value, list):
        for i, row in enumerate(value, 1):
            for col in f.columns if isinstance(row, dict) else ():
                cell = row.get(col.id)
                if isinstance(cell, str) and cell.strip():
                    yield src(cell, f", row {i}: {col.label}", f"#{i}.{col.id}")
    elif f.type == "outline" and isinstance(value, list):
        yield from _outline_sources(part, f, key, value, where, loc)
    elif f.type == "file" and isinstance(value, list):
        for i, ref in enumerate(value, 1):
            if not isinstance(ref, dict):
                continue
            name, sha = str(ref.get("name") or ""), ref.get("file")
            label = f", file {i}" if len(value) > 1 else ""
            if name:
                yield _Source(
                    part.id, key, f"{loc}#{i}.name", f"{where}{label}: file name", name, "name"
                )
            if isinstance(sha, str):
                meta_where = f"{where}{label}: file details"
                yield _Source(part.id, key, f"{loc}#{i}.meta", meta_where, "", "file", sha)


def _outline_sources(
    part: Part, f: Field, key: str, nodes: list[Any], where: str, loc: str
) -> Iterator[_Source]:
    levels = {lv.id: lv.label for lv in f.levels}
    stack = [(n, str(i)) for i, n in reversed(list(enumerate(nodes, 1)))]
    while stack:
        node, number = stack.pop()
        if not isinstance(node, dict):
            continue
        label = f"{levels.get(str(node.get('level')), 'item')} {number}"
        texts = [("", node.get("text"))]
        texts += [(f" ({c.label})", (node.get("cells") or {}).get(c.id)) for c in f.columns]
        for suffix, text in texts:
            if isinstance(text, str) and text.strip():
                yield _Source(
                    part.id, key, f"{loc}#{number}{suffix}", f"{where}: {label}{suffix}", text
                )
        children = node.get("children") or []
        stack.extend((c, f"{number}.{j}") for j, c in reversed(list(enumerate(children, 1))))


def _map_sources(part: Part, snap: dict[str, Any]) -> Iterator[_Source]:
    for e in snap.get("circle_map", {}).get("entries", []):
        ring = str(e.get("ring", ""))
        spec = part.rings.get(ring)
        where = _where(part, spec.label if spec else ring)
        for attr in ("text", "note"):
            text = str(e.get(attr) or "")
            if text.strip():
                label = where + (" (note)" if attr == "note" else "")
                yield _Source(part.id, f"map:{ring}", f"map:{e.get('id')}:{attr}", label, text)


def _artifact_sources(part: Part, snap: dict[str, Any]) -> Iterator[_Source]:
    arts = [a for a in snap.get("artifacts", []) if a.get("part") == part.id]
    for i, a in enumerate(arts, 1):
        target = f"artifact:{a.get('id')}"
        where = _where(part, f"artifact {i}")
        fields = a.get("fields") or {}
        texts: list[tuple[Any, str, str, str]] = [
            (a.get("title"), "title", "title", "text"),
            (a.get("filename"), "file name", "filename", "name"),
            (a.get("url"), "link", "url", "link"),
            (a.get("description"), "annotation", "description", "text"),
        ]
        texts += [
            (fields.get(el.id), el.label, f"field.{el.id}", "text")
            for el in part.annotation_elements
        ]
        texts += [
            (m.get("text"), f"callout {j}", f"markup.{j}", "text")
            for j, m in enumerate(a.get("markup") or [], 1)
            if isinstance(m, dict)
        ]
        for text, what, sub, mode in texts:
            if isinstance(text, str) and text.strip():
                yield _Source(part.id, target, f"{target}:{sub}", f"{where}: {what}", text, mode)
        sha = a.get("file")
        if isinstance(sha, str):
            yield _Source(
                part.id, target, f"{target}:meta", f"{where}: file details", "", "file", sha
            )


def _feedback_sources(part: Part, snap: dict[str, Any]) -> Iterator[_Source]:
    resp = [r for r in snap.get("respondents", []) if r.get("part") == part.id]
    for i, r in enumerate(resp, 1):
        target, loc = f"respondent:{r.get('id')}", f"respondent:{r.get('id')}"
        where = _where(part, f"stakeholder {i}")
        yield _Source(part.id, target, f"{loc}:role", f"{where}: role", str(r.get("role") or ""))
        answers = r.get("answers") or {}
        for n, p in enumerate(part.prompts, 1):
            text = answers.get(p.id)
            if isinstance(text, str):
                yield _Source(part.id, target, f"{loc}:{p.id}", f"{where}: answer {n}", text)


def sources(snap: dict[str, Any], cred: Credential) -> Iterator[_Source]:
    """Every place in the submission a reviewer could read, in definition order."""
    for part in cred.parts:
        if part.kind == "form" and part.packet:
            yield from _form_sources(part, snap)
        elif part.kind == "circle_map":
            yield from _map_sources(part, snap)
        elif part.kind == "artifacts":
            yield from _artifact_sources(part, snap)
        elif part.kind == "feedback":
            yield from _feedback_sources(part, snap)


def _scan_source(s: _Source, terms: tuple[str, ...], file_path: FilePath | None) -> list[Finding]:
    if s.mode == "file":
        path = file_path(s.sha) if file_path else None
        if path is None or not path.exists():
            return []
        st = path.stat()
        meta = dict(_file_metadata(str(path), st.st_size, st.st_mtime))
        found = scan_metadata(meta, s.where)
        flagged = " ".join(f.text for f in found)
        # Fields the generic list does not flag (a title, a camera model) may still hold one of
        # the teacher's terms; a flagged field is reported once, not again as a term.
        for value in meta.values():
            if str(value) not in flagged:
                found += [
                    f for f in scan_text(str(value), terms=terms, where=s.where) if f.kind == "term"
                ]
        return found
    if not s.text.strip():
        return []
    if s.mode == "name":
        return scan_file_name(s.text, terms, s.where)
    found = scan_text(s.text, terms=terms, where=s.where)
    if s.mode == "link":  # the teacher attached this link on purpose; report what is inside it
        found = [f for f in found if f.kind != "url"]
    return found


def scan_workbook(
    snap: dict[str, Any],
    cred: Credential,
    file_path: FilePath | None = None,
    terms: Iterable[str] | None = None,
) -> list[ScanFinding]:
    """All findings in the workbook, in definition order. `file_path(sha)` gives a stored file
    (None when missing); without it, file metadata is not read."""
    words = tuple(all_terms(snap) if terms is None else terms)
    # One finding per key: "Ms. Rivera" three times in one answer is one thing to decide.
    found: dict[str, ScanFinding] = {}
    for s in sources(snap, cred):
        for f in _scan_source(s, words, file_path):
            key = _key(s.loc, f.kind, f.text)
            if key in found:
                found[key] = replace(found[key], count=found[key].count + 1)
            else:
                found[key] = ScanFinding(
                    f.kind, f.text, f.context, s.where, s.part_id, s.target, key
                )
    return list(found.values())


def open_findings(
    snap: dict[str, Any],
    cred: Credential,
    file_path: FilePath | None,
    fine_keys: Iterable[str] | None = None,
    ignored: Iterable[str] = (),
) -> list[ScanFinding]:
    """The findings still to look at: not marked fine (default: the workbook's own list) and
    not ignored for this session."""
    skip = set(fine_keys_of(snap) if fine_keys is None else fine_keys) | set(ignored)
    return [f for f in scan_workbook(snap, cred, file_path) if f.key not in skip]
