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
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.artifacts.metadata import document_metadata, image_metadata, is_document
from tli_workbook.artifacts.ocr import Box, OcrDoc
from tli_workbook.definitions.keys import privacy_key
from tli_workbook.definitions.model import Credential, Field, Part
from tli_workbook.fields.registry import kind_of
from tli_workbook.review.people import PEOPLE_KEY, TERMS_KEY, load_people, people_terms
from tli_workbook.review.readiness import form_fields
from tli_workbook.text.privacy import KIND_LABELS, Finding, scan_metadata, scan_text

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from tli_workbook.store.snapshot import Snapshot

FINE_KEY = privacy_key("fine")
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
PictureRead = Callable[[str, Path], OcrDoc | None]  # (sha, stored file) -> text read, or None


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
        label = KIND_LABELS.get(self.kind)
        return QCoreApplication.translate("PrivacyFinding", label) if label else self.kind


@dataclass(frozen=True)
class _Source:
    part_id: str
    target: str
    loc: str  # stable location id, part of the finding key
    where: str
    text: str = ""
    mode: str = "text"  # "text", "link" (an attached link: not reported as a link), "name"
    sha: str = ""  # for "file": the stored file whose metadata is read


def terms_of(snap: Snapshot) -> list[str]:
    value = (snap.get("answers") or {}).get(TERMS_KEY)
    if not isinstance(value, list):
        return []
    # A one-letter term would match everywhere: the teacher meant an initial, not a name.
    return [t.strip() for t in value if isinstance(t, str) and len(t.strip()) >= 2]


def all_terms(snap: Snapshot) -> tuple[str, ...]:
    """Everything to look for: each entry of the people list in all its forms (full name in
    either order, each name alone, nicknames, a school's short forms) and the older terms."""
    return people_terms(load_people(snap))


def fine_keys_of(snap: Snapshot) -> set[str]:
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
    readers = (document_metadata,) if is_document(path) else (document_metadata, image_metadata)
    for reader in readers:
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


def _form_sources(part: Part, snap: Snapshot) -> Iterator[_Source]:
    answers = snap.get("answers") or {}
    # Private notes never reach the packet, so no reviewer reads them.
    fields = [(f, k) for f, k in form_fields(part, snap) if f.stores_value and not f.private]
    textual = [f for f, _k in fields if kind_of(f).prose]
    for f, key in fields:
        own = "" if len(fields) == 1 or (len(textual) == 1 and f in textual) else f.label
        yield from _field_sources(part, f, key, answers.get(key), _where(part, own), key)


def _field_sources(
    part: Part, f: Field, key: str, value: Any, where: str, loc: str
) -> Iterator[_Source]:
    """The text a reviewer reads in one answer, as its field type gives it."""
    for piece in kind_of(f).texts(f, value, where, loc):
        yield _Source(part.id, key, piece.loc, piece.where, piece.text, piece.mode, piece.sha)


def _map_sources(part: Part, snap: Snapshot) -> Iterator[_Source]:
    for e in snap.get("circle_map", {}).get("entries", []):
        ring = str(e.get("ring", ""))
        spec = part.rings.get(ring)
        where = _where(part, spec.label if spec else ring)
        for attr in ("text", "note"):
            text = str(e.get(attr) or "")
            if text.strip():
                label = (
                    QCoreApplication.translate("PrivacyScan", "{where} (note)").format(where=where)
                    if attr == "note"
                    else where
                )
                yield _Source(part.id, f"map:{ring}", f"map:{e.get('id')}:{attr}", label, text)


def _artifact_sources(part: Part, snap: Snapshot) -> Iterator[_Source]:
    arts = [a for a in snap.get("artifacts", []) if a.get("part") == part.id]
    for i, a in enumerate(arts, 1):
        target = f"artifact:{a.get('id')}"
        where = _where(part, QCoreApplication.translate("PrivacyScan", "artifact {i}").format(i=i))
        fields = a.get("fields") or {}
        texts: list[tuple[Any, str, str, str]] = [
            (a.get("title"), QCoreApplication.translate("PrivacyScan", "title"), "title", "text"),
            (
                a.get("filename"),
                QCoreApplication.translate("PrivacyScan", "file name"),
                "filename",
                "name",
            ),
            (a.get("url"), QCoreApplication.translate("PrivacyScan", "link"), "url", "link"),
            (
                a.get("description"),
                QCoreApplication.translate("PrivacyScan", "annotation"),
                "description",
                "text",
            ),
        ]
        texts += [
            (fields.get(el.id), el.label, f"field.{el.id}", "text")
            for el in part.annotation_elements
        ]
        texts += [
            (
                m.get("text"),
                QCoreApplication.translate("PrivacyScan", "callout {j}").format(j=j),
                f"markup.{j}",
                "text",
            )
            for j, m in enumerate(a.get("markup") or [], 1)
            if isinstance(m, dict)
        ]
        for text, what, sub, mode in texts:
            if isinstance(text, str) and text.strip():
                place = QCoreApplication.translate("PrivacyScan", "{where}: {what}").format(
                    where=where, what=what
                )
                yield _Source(part.id, target, f"{target}:{sub}", place, text, mode)
        sha = a.get("file")
        if isinstance(sha, str):
            place = QCoreApplication.translate("PrivacyScan", "{where}: file details").format(
                where=where
            )
            yield _Source(part.id, target, f"{target}:meta", place, "", "file", sha)


def _feedback_sources(part: Part, snap: Snapshot) -> Iterator[_Source]:
    resp = [r for r in snap.get("respondents", []) if r.get("part") == part.id]
    for i, r in enumerate(resp, 1):
        target, loc = f"respondent:{r.get('id')}", f"respondent:{r.get('id')}"
        where = _where(
            part, QCoreApplication.translate("PrivacyScan", "stakeholder {i}").format(i=i)
        )
        place = QCoreApplication.translate("PrivacyScan", "{where}: role").format(where=where)
        yield _Source(part.id, target, f"{loc}:role", place, str(r.get("role") or ""))
        answers = r.get("answers") or {}
        for n, p in enumerate(part.prompts, 1):
            text = answers.get(p.id)
            if isinstance(text, str):
                place = QCoreApplication.translate("PrivacyScan", "{where}: answer {n}").format(
                    where=where, n=n
                )
                yield _Source(part.id, target, f"{loc}:{p.id}", place, text)


def sources(snap: Snapshot, cred: Credential) -> Iterator[_Source]:
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
    yield from _tool_sources(snap, cred)


def _tool_sources(snap: Snapshot, cred: Credential) -> Iterator[_Source]:
    """Filled guidebook tools the packet prints: those chosen as an appendix (in a team binder,
    which has no parts, all of them). Each is scanned as the form it is shown as."""
    from tli_workbook.definitions.keys import tool_part_id
    from tli_workbook.definitions.tools import default_tool

    for c in snap.get("tools") or []:
        if not isinstance(c, dict) or (cred.parts and not c.get("in_packet")):
            continue
        tool = default_tool(str(c.get("tool") or ""))
        if tool is None:
            continue
        title = str(c.get("title") or tool.short_title)
        part = replace(tool.part, id=tool_part_id(str(c.get("id"))), short_title=title)
        yield from _form_sources(part, snap)


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
    snap: Snapshot,
    cred: Credential,
    file_path: FilePath | None = None,
    terms: Iterable[str] | None = None,
    pictures: PictureRead | None = None,
) -> list[ScanFinding]:
    """All findings in the workbook, in definition order. `file_path(sha)` gives a stored file
    (None when missing); without it, file metadata is not read. With `pictures` (see
    tli_workbook.artifacts.ocr.PictureReader) the text read in pictures is scanned too."""
    words = tuple(all_terms(snap) if terms is None else terms)
    # One finding per key: "Ms. Rivera" three times in one answer is one thing to decide.
    found: dict[str, ScanFinding] = {}
    background = threading.current_thread() is not threading.main_thread()
    for s in sources(snap, cred):
        if background:
            # Lets the GUI thread take the interpreter between two sources: without it, each
            # Python call the window makes while painting waits up to the switch interval
            # (5 ms), and a page painted during a scan stalled for a hundred milliseconds.
            time.sleep(0)
        for f in _scan_source(s, words, file_path):
            key = _key(s.loc, f.kind, f.text)
            if key in found:
                found[key] = replace(found[key], count=found[key].count + 1)
            else:
                found[key] = ScanFinding(
                    f.kind, f.text, f.context, s.where, s.part_id, s.target, key
                )
    if pictures is not None and file_path is not None:
        found.update(picture_findings(snap, cred, file_path, pictures, words))
    return list(found.values())


def open_findings(
    snap: Snapshot,
    cred: Credential,
    file_path: FilePath | None,
    fine_keys: Iterable[str] | None = None,
    ignored: Iterable[str] = (),
    pictures: PictureRead | None = None,
) -> list[ScanFinding]:
    """The findings still to look at: not marked fine (default: the workbook's own list) and
    not ignored for this session."""
    skip = set(fine_keys_of(snap) if fine_keys is None else fine_keys) | set(ignored)
    found = scan_workbook(snap, cred, file_path, pictures=pictures)
    return [f for f in found if f.key not in skip]


# ----- text read in pictures ----------------------------------------------------------------


@dataclass(frozen=True)
class PictureFinding(ScanFinding):
    """A finding in the text read in a picture, with where it is on the picture."""

    sha: str = ""
    page: int = 0  # 0-based; PDFs have more than one
    size: tuple[int, int] = (0, 0)  # the page's pixels, which the boxes are given in
    boxes: tuple[Box, ...] = ()
    artifact_id: str = ""  # the artifact whose markup can hide it ("" for a form's file)

    @property
    def redactable(self) -> bool:
        """A redaction mark can hide it: artifact pictures, and a PDF's first page (the one
        the packet shows; the full PDF then stays out of the upload kit)."""
        return bool(self.artifact_id) and self.page == 0

    def fractions(self) -> list[tuple[float, float, float, float]]:
        """The boxes as fractions of the page, the numbers markup is stored in."""
        w, h = self.size
        if w <= 0 or h <= 0:
            return []
        return [(x / w, y / h, bw / w, bh / h) for x, y, bw, bh in self.boxes]


@dataclass(frozen=True)
class _Picture:
    part_id: str
    target: str
    loc: str
    where: str
    sha: str
    artifact_id: str
    markup: tuple[dict[str, Any], ...]


def picture_sources(snap: Snapshot, cred: Credential) -> list[_Picture]:
    """Every stored file a reviewer would see (artifacts, files attached to answers): the
    ones that turn out to be pictures or PDFs are read."""
    arts = {str(a.get("id")): a for a in snap.get("artifacts", []) if isinstance(a, dict)}
    out = []
    for s in sources(snap, cred):
        if s.mode != "file" or not s.sha:
            continue
        art_id = s.target.split(":", 1)[1] if s.target.startswith("artifact:") else ""
        marks = (arts.get(art_id) or {}).get("markup") or [] if art_id else []
        # The picture's place without the ": file details" its file source carries.
        for suffix in (
            QCoreApplication.translate("PrivacyScan", "{where}: file details").format(where=""),
            QCoreApplication.translate("Fields", "{where}: file details").format(where=""),
        ):
            where = s.where.removesuffix(suffix)
            if where != s.where:
                break
        markup = tuple(m for m in marks if isinstance(m, dict))
        out.append(_Picture(s.part_id, s.target, f"{s.loc}:ocr", where, s.sha, art_id, markup))
    return out


def _inside(box: tuple[float, float, float, float], mark: dict[str, Any]) -> bool:
    try:
        mx, my = float(mark.get("x", 0.0)), float(mark.get("y", 0.0))
        mx2, my2 = mx + float(mark.get("w", 0.0)), my + float(mark.get("h", 0.0))
    except (TypeError, ValueError):
        return False
    x0, x1 = sorted((mx, mx2))
    y0, y1 = sorted((my, my2))
    x, y, w, h = box
    tol = 0.002  # rounding of stored fractions
    return x >= x0 - tol and y >= y0 - tol and x + w <= x1 + tol and y + h <= y1 + tol


def already_redacted(f: PictureFinding, markup: Iterable[dict[str, Any]]) -> bool:
    """Every box of the finding lies under one of the picture's redaction marks."""
    redactions = [m for m in markup if m.get("kind") == "redact"]
    boxes = f.fractions()
    return bool(boxes) and all(any(_inside(b, m) for m in redactions) for b in boxes)


def picture_findings(
    snap: Snapshot,
    cred: Credential,
    file_path: FilePath,
    pictures: PictureRead,
    terms: Iterable[str] = (),
) -> dict[str, PictureFinding]:
    """Findings in the text read in every picture and PDF page, by key. Text already under a
    redaction mark is not a finding: the packet shows black pixels there."""
    words = tuple(terms)
    found: dict[str, PictureFinding] = {}
    for pic in picture_sources(snap, cred):
        path = file_path(pic.sha)
        doc = pictures(pic.sha, path) if path is not None else None
        if doc is None or not doc.read:
            continue
        for page in doc.pages:
            where = QCoreApplication.translate(
                "PrivacyScan", "{where}: text in the picture"
            ).format(where=pic.where)
            if doc.kind == "pdf":
                where = QCoreApplication.translate(
                    "PrivacyScan", "{where}: text on page {n}"
                ).format(where=pic.where, n=page.index + 1)
            for f in scan_text(page.text, terms=words, where=where):
                boxes = tuple(page.boxes(f.start, f.end))
                key = _key(f"{pic.loc}:{page.index}", f.kind, f.text)
                if key in found:
                    old = found[key]
                    found[key] = replace(old, count=old.count + 1, boxes=old.boxes + boxes)
                    continue
                finding = PictureFinding(
                    f.kind,
                    f.text,
                    f.context,
                    where,
                    pic.part_id,
                    pic.target,
                    key,
                    1,
                    pic.sha,
                    page.index,
                    (page.width, page.height),
                    boxes,
                    pic.artifact_id,
                )
                if not (finding.redactable and already_redacted(finding, pic.markup)):
                    found[key] = finding
    return found


def redaction_marks(f: PictureFinding) -> list[dict[str, Any]]:
    """Markup records (as the markup editor stores them) that hide the finding."""
    return [
        {
            "kind": "redact",
            "x": round(x, 5),
            "y": round(y, 5),
            "w": round(w, 5),
            "h": round(h, 5),
            "color": "#000000",
        }
        for x, y, w, h in f.fractions()
    ]


@dataclass(frozen=True)
class Checked:
    """What a scan looked at, for "12 answers, 3 pictures read, 1 file name"."""

    answers: int = 0
    map_entries: int = 0
    artifacts: int = 0
    feedback: int = 0
    file_names: int = 0
    pictures: int = 0  # image files read
    pdf_pages: int = 0  # PDF pages read
    unread: int = 0  # pictures and PDFs not read yet (the GUI reads them in the background)
    failed: int = 0  # pictures and PDFs that could not be read
    pdf_pages_skipped: int = 0  # pages past the reading limit


def what_was_checked(
    snap: Snapshot,
    cred: Credential,
    file_path: FilePath | None = None,
    pictures: PictureRead | None = None,
) -> Checked:
    """Count the places scan_workbook looks at. `pictures` answers from its cache or reads."""
    answers: set[str] = set()
    entries: set[str] = set()
    artifacts: set[str] = set()
    feedback: set[str] = set()
    names = 0
    kinds = {p.id: p.kind for p in cred.parts}
    for s in sources(snap, cred):
        if not (s.text.strip() or s.mode == "file"):
            continue
        if s.mode == "name":
            names += 1
        elif s.mode == "file":
            continue
        elif kinds.get(s.part_id) == "circle_map":
            entries.add(s.loc.rsplit(":", 1)[0])
        elif kinds.get(s.part_id) == "artifacts":
            artifacts.add(s.target)
        elif kinds.get(s.part_id) == "feedback":
            feedback.add(s.target)
        else:
            answers.add(s.target)
    counts = {"pictures": 0, "pdf_pages": 0, "unread": 0, "failed": 0, "pdf_pages_skipped": 0}
    seen: set[str] = set()
    # Pictures are counted only when they can be read (a file store and a reader).
    if pictures is not None and file_path:
        for pic in picture_sources(snap, cred):
            path = file_path(pic.sha)
            if path is None or pic.sha in seen:
                continue
            seen.add(pic.sha)
            doc = pictures(pic.sha, path)
            if doc is None:
                counts["unread"] += 1
            elif doc.kind and doc.error:
                counts["failed"] += 1
            elif doc.kind == "image":
                counts["pictures"] += 1
            elif doc.kind == "pdf":
                counts["pdf_pages"] += len(doc.pages)
                counts["pdf_pages_skipped"] += max(0, doc.page_count - len(doc.pages))
    return Checked(len(answers), len(entries), len(artifacts), len(feedback), names, **counts)


def checked_text(c: Checked) -> str:
    """'Checked 12 answers, 9 map entries, 3 pictures read, 1 file name.' and what was not."""
    # lupdate reads a plural's count only as a plain name, hence one local per count.
    answers, entries, arts, forms = c.answers, c.map_entries, c.artifacts, c.feedback
    pictures, pages, names = c.pictures, c.pdf_pages, c.file_names
    unread, failed, skipped = c.unread, c.failed, c.pdf_pages_skipped
    bits = [
        (answers, QCoreApplication.translate("PrivacyScan", "%n answer(s)", "", answers)),
        (entries, QCoreApplication.translate("PrivacyScan", "%n map entry(s)", "", entries)),
        (
            arts,
            QCoreApplication.translate("PrivacyScan", "%n artifact description(s)", "", arts),
        ),
        (forms, QCoreApplication.translate("PrivacyScan", "%n feedback form(s)", "", forms)),
        (pictures, QCoreApplication.translate("PrivacyScan", "%n picture(s) read", "", pictures)),
        (pages, QCoreApplication.translate("PrivacyScan", "%n PDF page(s) read", "", pages)),
        (names, QCoreApplication.translate("PrivacyScan", "%n file name(s)", "", names)),
    ]
    shown = [b for n, b in bits if n]
    text = (
        QCoreApplication.translate("PrivacyScan", "Checked {what}.").format(what=", ".join(shown))
        if shown
        else QCoreApplication.translate("PrivacyScan", "There is nothing to check yet.")
    )
    if unread:
        text += " " + QCoreApplication.translate(
            "PrivacyScan", "%n picture(s) still being read.", "", unread
        )
    if failed:
        text += " " + QCoreApplication.translate(
            "PrivacyScan", "%n picture(s) could not be read: look at them yourself.", "", failed
        )
    if skipped:
        text += " " + QCoreApplication.translate(
            "PrivacyScan",
            "%n PDF page(s) not read (long PDFs are read up to 20 pages): check them yourself.",
            "",
            skipped,
        )
    return text
