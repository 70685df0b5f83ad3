"""Builds the neutral packet document from a workbook snapshot and its credential.

Every decision about what the packet says, in which order and with which emphasis is made
here, once; the writers only translate. Parts come in definition order, the chosen variant of
a form is used, and nothing identifying is added (no workbook title, no teacher name unless
asked for).
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.keys import answer_key, variant_key
from tli_workbook.definitions.model import Credential, Field, Part
from tli_workbook.fields.base import NO_ANSWER, prompt_blocks
from tli_workbook.fields.conditions import BRANCH_TYPES, visible
from tli_workbook.fields.links import LINK_BROKEN  # noqa: F401 (re-exported)
from tli_workbook.fields.registry import kind_of
from tli_workbook.packet.document import (
    Block,
    BulletList,
    Cell,
    CircleMapFigure,
    Cover,
    Document,
    Heading,
    Image,
    Paragraph,
    Run,
    Section,
    Table,
)
from tli_workbook.packet.errors import ExportError, ImageError
from tli_workbook.packet.evidence.kinds import evidence_kind
from tli_workbook.packet.images import PRINT_MAX_PX, PreparedImage, is_image, prepare_image
from tli_workbook.packet.progress import Progress
from tli_workbook.packet.prose import format_number, text_blocks  # noqa: F401 (re-exported)
from tli_workbook.review.rubric import level_of, rubric_key, ticked_indices
from tli_workbook.text.dates import MONTHS, format_date  # noqa: F401 (re-exported)
from tli_workbook.text.display_names import display_name

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from tli_workbook.store.snapshot import Answers, FileMeta, Snapshot

FilePath = Callable[[str], Path | None]

TICK, NO_TICK = "\u2611", "\u2610"  # ballot box with check / empty ballot box


@dataclass
class PacketOptions:
    author_name: str | None = None  # printed on the cover only when given
    include_rubric: bool = False  # rubric self-assessment appendix
    date: date | None = None  # cover date; today when None (tests pin it)
    toc: bool = True
    max_image_px: int = PRINT_MAX_PX


# ------------------------------------------------------------------------------------- builder

# Decoding a photo and encoding it again happen in Pillow's C code, which lets go of the GIL:
# on a pool, the pictures of the artifacts are prepared while the builder lays out the rest
# (and two at a time on two cores). 12 MP photos cost about 60 ms each, nearly all of it there.
_IMAGE_WORKERS = max(1, min(2, os.cpu_count() or 1))


def _markup_key(markup: Sequence[Any]) -> str | None:
    try:
        return json.dumps(list(markup), sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        return None  # not plain JSON: prepared when it is needed, as before


class _ImagesAhead:
    """prepare_image for pictures the builder will ask for, started ahead on worker threads.
    Each result (or the ImageError) is the one prepare_image returns for the same arguments:
    `take` hands it over, or None for a picture that was not started. Only a few run ahead
    of the builder, so at most that many prepared pictures wait in memory."""

    AHEAD = 2 * _IMAGE_WORKERS

    def __init__(self, jobs: Iterable[tuple[Path, Sequence[Any]]], max_px: int) -> None:
        self._max_px = max_px
        self._jobs: list[tuple[tuple[str, str], Path, list[Any]]] = []
        self._order: dict[tuple[str, str], int] = {}
        for path, markup in jobs:
            key = self._key(path, markup)
            if key is not None and key not in self._order:
                self._order[key] = len(self._jobs)
                self._jobs.append((key, path, list(markup)))
        self._futures: dict[tuple[str, str], Future[PreparedImage]] = {}
        self._started = 0
        self._pool: ThreadPoolExecutor | None = None
        if self._jobs:
            self._pool = ThreadPoolExecutor(_IMAGE_WORKERS, thread_name_prefix="packet-image")
            self._start_until(self.AHEAD)

    @staticmethod
    def _key(path: Path, markup: Sequence[Any]) -> tuple[str, str] | None:
        mk = _markup_key(markup)
        return None if mk is None else (str(path), mk)

    def _start_until(self, end: int) -> None:
        while self._pool is not None and self._started < min(end, len(self._jobs)):
            key, path, markup = self._jobs[self._started]
            self._futures[key] = self._pool.submit(prepare_image, path, markup, self._max_px)
            self._started += 1

    def take(self, path: Path, markup: Sequence[Any], max_px: int) -> PreparedImage | None:
        key = self._key(path, markup) if max_px == self._max_px else None
        at = self._order.get(key) if key is not None else None
        if key is None or at is None:
            return None
        self._start_until(at + 1 + self.AHEAD)
        future = self._futures.pop(key, None)
        return None if future is None else future.result()  # re-raises its ImageError

    def close(self) -> None:
        if self._pool is not None:
            # A cancelled export does not wait for photos nobody will use.
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._futures.clear()


class _Builder:
    def __init__(
        self,
        snapshot: Snapshot,
        credential: Credential,
        file_path: FilePath,
        work_dir: Path,
        options: PacketOptions,
        progress: Progress,
    ) -> None:
        self.snap = snapshot
        self.cred = credential
        self.file_path = file_path
        self.work_dir = work_dir
        self.options = options
        self.progress = progress
        self.answers: Answers = snapshot.get("answers") or {}
        self.files: Mapping[str, FileMeta] = snapshot.get("files") or {}
        cmap = snapshot.get("circle_map") or {}
        self.map_data: dict[str, Any] = {
            "entries": list(cmap.get("entries") or []),
            "strokes": list(cmap.get("strokes") or []),
        }
        self.entries = {e.get("id"): e for e in self.map_data["entries"] if isinstance(e, dict)}
        self.fellow = bool((snapshot.get("workbook") or {}).get("fellow", False))
        self._anchor = 0
        self._image = 0
        self.section: Section = Section()
        self.warnings: list[str] = []
        self._part_label = ""  # "Artifact 4", for the captions of evidence pages
        self._kit_files = 0
        self._ahead: _ImagesAhead | None = None

    # -- helpers

    def heading(
        self, text: str, level: int, *, page_break: bool = False, toc: bool = True
    ) -> Heading:
        self._anchor += 1
        return Heading(text, level, f"_Toc{self._anchor:06d}", toc, page_break)

    def image_block(
        self, path: Path, markup: Sequence[Any], caption: str, what: str, **size: float
    ) -> Image:
        max_px = self.options.max_image_px
        try:
            ready = self._ahead.take(path, markup, max_px) if self._ahead is not None else None
            prepared = ready if ready is not None else prepare_image(path, markup, max_px)
        except ImageError as exc:
            raise ImageError(f"{what}: {exc}") from None
        self._image += 1
        out = self.work_dir / f"image{self._image:03d}{prepared.extension}"
        out.write_bytes(prepared.data)
        # A thin frame on every attached picture: screenshots and pages are white on white.
        return Image(out, prepared.width, prepared.height, caption, border=True, **size)

    def resolve(self, sha: Any) -> Path | None:
        if not isinstance(sha, str) or not sha:
            return None
        try:
            p = self.file_path(sha)
        except Exception:  # a store lookup for a missing blob; reported below as missing
            log.exception("The stored file %r cannot be found", sha)
            return None
        return Path(p) if p is not None and Path(p).is_file() else None

    def file_blocks(
        self,
        sha: Any,
        name: str,
        markup: Sequence[Any],
        caption: str,
        what: str,
        *,
        label: str = "",
        kit_stem: str = "",
    ) -> list[Block]:
        """An attached file as the packet shows it (see packet/evidence/place.py): a picture,
        every page of a PDF, a Word/OpenDocument/PowerPoint file laid out, or a page naming a
        file that travels in the upload kit as itself."""
        from tli_workbook.packet.evidence.place import place_file

        name = name or QCoreApplication.translate("Packet", "attached file")
        path = self.resolve(sha)
        if path is None:
            warning = QCoreApplication.translate(
                "Packet", "{what}: the file {name} is missing from the workbook."
            )
            self.warnings.append(warning.format(what=what, name=name))
            note = QCoreApplication.translate(
                "Packet", "(The file {name} is missing from the workbook.)"
            )
            return [Paragraph.of(note.format(name=name), "note")]
        media = str((self.files.get(str(sha)) or {}).get("media_type", ""))
        if not media or media == "application/octet-stream":
            media = _sniffed(path) or media
        if not label:
            label = f"{self._part_label} \u00b7 {what}"
        if not kit_stem:
            self._kit_files += 1
            stem = self.section.upload_name or "Attachment"  # notr: a file name in the kit
            kit_stem = f"{stem}_file{self._kit_files}"
        if media.startswith("image/") and not is_image(path):
            warning = QCoreApplication.translate(
                "Packet", "{what}: the image {name} is in a format the packet cannot show."
            )
            self.warnings.append(warning.format(what=what, name=name))
        return place_file(self, path, media, name, markup, caption, what, label, kit_stem)

    # -- the document

    def build(self) -> Document:
        cred = self.cred
        parts = [p for p in cred.parts if p.packet and p.kind != "learn"]
        sections: list[Section] = []
        n = len(parts) + (1 if self.options.include_rubric else 0)
        self._ahead = _ImagesAhead(self._pictures_ahead(parts), self.options.max_image_px)
        try:
            for i, part in enumerate(parts):
                laying = QCoreApplication.translate("Packet", "Laying out {part}").format(
                    part=part.short_title or part.title
                )
                self.progress(i / max(1, n), laying)
                sections.append(self.part_section(part, self.progress.sub(i / n, (i + 1) / n)))
        finally:
            self._ahead.close()
        if self.options.include_rubric:
            sections.append(self.rubric_section())
        appendix = self.tool_appendix()
        if appendix is not None:
            sections.append(appendix)
        self.progress(1.0, QCoreApplication.translate("Packet", "Layout done"))
        title = (
            QCoreApplication.translate("Packet", "{title}: guidebook tools")
            if not cred.parts
            else QCoreApplication.translate("Packet", "{title}: micro-credential submission")
        )
        return Document(
            title=title.format(title=cred.title),
            header_text=cred.title,
            cover=self.cover(),
            toc=self.options.toc,
            sections=sections,
            subject=cred.competency,
            keywords=f"{cred.issuer}; micro-credential",
        )

    def _pictures_ahead(self, parts: Sequence[Part]) -> list[tuple[Path, Sequence[Any]]]:
        """(file, markup) of the artifacts' pictures, as artifact_blocks will place them. A
        guess that turns out wrong only costs the work: image_block matches exact arguments."""
        ids = {p.id for p in parts if p.kind == "artifacts"}
        out: list[tuple[Path, Sequence[Any]]] = []
        for art in self.snap.get("artifacts") or []:
            sha = art.get("file") if art.get("part") in ids else None
            if not isinstance(sha, str) or not sha:
                continue
            try:
                found = self.file_path(sha)
            except Exception:  # reported as missing when the artifact is laid out
                continue
            path = Path(found) if found is not None else None
            if path is None or not path.is_file():
                continue
            media = str((self.files.get(sha) or {}).get("media_type", ""))
            if not media or media == "application/octet-stream":
                continue  # sniffed when laid out; not worth guessing here
            name = str(art.get("filename") or "")
            raw_markup = art.get("markup")
            if evidence_kind(media, name) == "image":
                out.append((path, raw_markup if isinstance(raw_markup, list) else []))
        return out

    def cover(self) -> Cover:
        cred = self.cred
        when = self.options.date or date.today()
        lines = [(QCoreApplication.translate("Packet", "Issuer"), cred.issuer)]
        if cred.strand:
            lines.append((QCoreApplication.translate("Packet", "Strand"), cred.strand))
        lines.append((QCoreApplication.translate("Packet", "Date"), format_date(when.isoformat())))
        if self.options.author_name and self.options.author_name.strip():
            lines.append(
                (
                    QCoreApplication.translate("Packet", "Submitted by"),
                    self.options.author_name.strip(),
                )
            )
        return Cover(
            title=cred.title,
            subtitle=QCoreApplication.translate("Packet", "Guidebook tools")
            if not cred.parts
            else QCoreApplication.translate("Packet", "Micro-credential submission"),
            lines=lines,
            statement=cred.competency,
        )

    def part_section(self, part: Part, progress: Progress) -> Section:
        self.section = Section(upload_name=part.upload_name or _safe_name(part.short_title))
        self._part_label = part.title.split(":")[0].strip()
        self._kit_files = 0
        self.section.blocks.append(self.heading(part.title, 1, page_break=True))
        if part.kind == "form":
            self.form_part(part)
        elif part.kind == "circle_map":
            self.circle_map_part(part)
        elif part.kind == "artifacts":
            self.artifacts_part(part, progress)
        elif part.kind == "feedback":
            self.feedback_part(part)
        return self.section

    # -- forms

    def form_part(self, part: Part) -> None:
        fields = part.fields
        variant = None
        if part.variants:
            chosen = part.variant(self.answers.get(variant_key(part)))
            chosen = chosen or part.default_variant(self.fellow)
            if chosen is not None:
                fields = chosen.fields
                variant = chosen
                self.section.blocks.append(
                    Paragraph(
                        [
                            Run(QCoreApplication.translate("Packet", "Template: "), bold=True),
                            Run(chosen.label),
                        ],
                        "meta",
                    )
                )
        self.section.blocks.extend(
            self.fields_blocks(fields, lambda f: self.answers.get(answer_key(part, f, variant)), 2)
        )

    def fields_blocks(
        self, fields: Sequence[Field], value_of: Callable[[Field], Any], level: int
    ) -> list[Block]:
        out: list[Block] = []
        # A private note is the teacher's own: it never reaches the assessor.
        shown = [f for f in fields if f.stores_value and not f.private]
        # A Yes/No branch not taken is not printed (fields.conditions).
        siblings = {f.id: value_of(f) for f in shown if f.type in BRANCH_TYPES}
        shown = [f for f in shown if visible(f, siblings)]
        # A part with one long answer needs no second heading repeating the part's title.
        single = len(shown) == 1 and kind_of(shown[0]).multiline
        compact: list[tuple[str, str]] = []

        def flush_compact() -> None:
            if compact:
                out.append(_details_table(compact))
                compact.clear()

        for f in shown:
            kind = kind_of(f)
            value = kind.normalise(f, value_of(f))
            if not f.required and not kind.filled(f, value):
                continue  # an optional question left blank is left out, as on paper
            if kind.compact and "\n" not in str(value or ""):
                compact.append((f.packet_label, kind.compact_text(f, value)))
                continue
            flush_compact()
            out.extend(self.field_blocks(f, value, level, single))
        flush_compact()
        return out

    def compact_value(self, f: Field, value: Any) -> str:
        return kind_of(f).compact_text(f, value)

    def entry_text(self, entry_id: Any) -> str:
        """A Circle Map entry's text ("" when it is gone), for need links."""
        entry = self.entries.get(entry_id)
        return str(entry.get("text", "")).strip() if entry else ""

    def field_blocks(self, f: Field, value: Any, level: int, single: bool = False) -> list[Block]:
        out: list[Block] = []
        kind = kind_of(f)
        if not single:
            if level <= 3:
                out.append(self.heading(f.packet_label, level, toc=level <= 2))
            else:
                out.append(Paragraph.of(f.packet_label, "label", bold=True))
        if kind.prose or kind.compact:
            out.extend(prompt_blocks(f))
        out.extend(kind.blocks(f, kind.normalise(f, value), self, level))
        return out

    # -- circle map

    def circle_map_part(self, part: Part) -> None:
        ring_labels = {ring_id: ring.label for ring_id, ring in part.rings.items()}
        blocks = self.section.blocks
        blocks.append(
            CircleMapFigure(
                self.map_data,
                ring_labels,
                caption=QCoreApplication.translate(
                    "Packet", "{part}: Teacher Leadership Circle Map"
                ).format(part=part.title.split(":")[0]),
            )
        )
        blocks.append(self.heading(QCoreApplication.translate("Packet", "Circle Map entries"), 2))
        blocks.extend(self.map_listing(part, ring_labels))

    def map_listing(self, part: Part, ring_labels: dict[str, str]) -> list[Block]:
        listing = _circlemap_text_listing(self.map_data, ring_labels)
        if listing is not None:
            return _listing_blocks(listing, self)
        out: list[Block] = []
        for ring_id in ("center", "context", "needs"):
            if ring_id not in ring_labels and ring_id not in part.rings:
                continue
            out.append(self.heading(ring_labels.get(ring_id, ring_id.title()), 3, toc=False))
            entries = [e for e in self.map_data["entries"] if e.get("ring") == ring_id]
            if not entries:
                out.append(
                    Paragraph.of(QCoreApplication.translate("Packet", "(None recorded.)"), "note")
                )
                continue
            items = []
            for e in entries:
                runs = [
                    Run(
                        str(e.get("text", "")).strip()
                        or QCoreApplication.translate("Packet", "(empty)")
                    )
                ]
                note = str(e.get("note", "")).strip()
                if note:
                    runs.append(Run(f" \u2014 {note}", italic=True))
                items.append(runs)
            out.append(BulletList(items))
        return out

    # -- artifacts

    def artifacts_part(self, part: Part, progress: Progress) -> None:
        arts = [a for a in self.snap.get("artifacts") or [] if a.get("part") == part.id]
        part_section = self.section
        if not arts:
            part_section.blocks.append(
                Paragraph.of(
                    QCoreApplication.translate("Packet", "(No artifacts added yet.)"), "note"
                )
            )
            return
        base = part.upload_name or _safe_name(part.short_title)
        for i, art in enumerate(arts, 1):
            preparing = QCoreApplication.translate(
                "Packet", "Preparing evidence {i} of {n}"
            ).format(i=i, n=len(arts))
            progress((i - 1) / len(arts), preparing)
            # In the upload kit each artifact is its own file: restate the part's title there.
            child = Section(upload_name=f"{base}{i}", kit_heading=part.title)
            self.section = child
            self.artifact_blocks(part, art, i)
            part_section.children.append(child)
        self.section = part_section
        progress(1.0, QCoreApplication.translate("Packet", "Evidence ready"))

    def artifact_blocks(self, part: Part, art: Mapping[str, Any], i: int) -> None:
        """One artifact: its heading, the annotation exactly as the counter counts it, then the
        evidence itself. The structured elements (date, participants, purpose, equity) help the
        teacher write the annotation; readiness checks it mentions them, the packet does not
        print them beside it (the assessor would read more than the word limit)."""
        title = str(art.get("title", "")).strip()
        heading = (
            QCoreApplication.translate("Packet", "Evidence {i}: {title}").format(i=i, title=title)
            if title
            else QCoreApplication.translate("Packet", "Evidence {i}").format(i=i)
        )
        blocks = self.section.blocks
        blocks.append(self.heading(heading, 2, page_break=i > 1))
        raw_fields = art.get("fields")
        fields = raw_fields if isinstance(raw_fields, dict) else {}
        description = str(art.get("description", "")).strip()
        blocks.append(
            Paragraph.of(QCoreApplication.translate("Packet", "Annotation"), "label", bold=True)
        )
        no_answer = Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")
        blocks.extend(text_blocks(description) if description else [no_answer])
        meta: list[Run] = []
        kind_of = str(fields.get("artifact_type") or "").strip()
        if kind_of:
            meta += [
                Run(QCoreApplication.translate("Packet", "Type of artifact: "), bold=True),
                Run(kind_of),
            ]
        url = str(art.get("url", "")).strip()
        if url:
            link = Run(QCoreApplication.translate("Packet", "Link: "), bold=True)
            meta += [Run("  \u00b7  " if meta else ""), link, Run(url)]
        if meta:
            blocks.append(Paragraph([r for r in meta if r.text], "meta"))
        sha = art.get("file")
        # A name from outside: no control character may reorder or break the packet's text.
        name = display_name(art.get("filename", ""), None) if art.get("filename") else ""
        what = QCoreApplication.translate("Packet", "Evidence {i} ({title})").format(
            i=i, title=title or name or QCoreApplication.translate("Packet", "untitled")
        )
        if sha:
            caption = QCoreApplication.translate("Packet", "Evidence {i}. {title}").format(
                i=i,
                title=QCoreApplication.translate("Packet", "Screenshot of the linked page")
                if url
                else (title or name),
            )
            raw_markup = art.get("markup")
            markup = raw_markup if isinstance(raw_markup, list) else []
            blocks.extend(
                self.file_blocks(
                    sha,
                    name,
                    markup,
                    caption,
                    what,
                    label=QCoreApplication.translate("Packet", "{part} \u00b7 Evidence {i}").format(
                        part=self._part_label, i=i
                    ),
                    kit_stem=self.section.upload_name or f"Evidence{i}",  # notr: a file name
                )
            )
        elif not url:
            blocks.append(
                Paragraph.of(
                    QCoreApplication.translate("Packet", "(No file or link attached.)"), "note"
                )
            )

    # -- feedback

    def feedback_part(self, part: Part) -> None:
        people = [r for r in self.snap.get("respondents") or [] if r.get("part") == part.id]
        blocks = self.section.blocks
        if not people:
            blocks.append(
                Paragraph.of(
                    QCoreApplication.translate("Packet", "(No feedback recorded yet.)"), "note"
                )
            )
            return
        unknown = QCoreApplication.translate("Packet", "not recorded")
        methods = Counter(str(r.get("method") or unknown).strip() for r in people)
        how = ", ".join(f"{m[:1].upper()}{m[1:]} ({n})" for m, n in methods.items())
        collected = Run(QCoreApplication.translate("Packet", "How collected: "), bold=True)
        blocks.append(Paragraph([collected, Run(how + ".")], "meta"))
        for i, person in enumerate(people, 1):
            role = str(person.get("role", "")).strip()
            heading = (
                QCoreApplication.translate("Packet", "Respondent {i}: {role}").format(
                    i=i, role=role
                )
                if role
                else QCoreApplication.translate("Packet", "Respondent {i}").format(i=i)
            )
            blocks.append(self.heading(heading, 2))
            raw = person.get("answers")
            answers = raw if isinstance(raw, dict) else {}
            for prompt in part.prompts:
                blocks.append(self.heading(prompt.label, 3, toc=False))
                answer = str(answers.get(prompt.id) or "").strip()
                no_answer = Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")
                blocks.extend(text_blocks(answer) if answer else [no_answer])

    # -- guidebook tools appendix

    def tool_appendix(self) -> Section | None:
        """The tool copies the teacher chose for the packet (a team binder, which has no
        credential parts, prints all of them)."""
        from tli_workbook.packet.tool_appendix import appendix_section, tool_copies

        copies = tool_copies(self.snap)
        if self.cred.parts:
            copies = [c for c in copies if c.get("in_packet")]
        return appendix_section(self, copies) if copies else None

    # -- rubric appendix

    def rubric_section(self) -> Section:
        rubric = self.cred.rubric
        section = Section()
        title = QCoreApplication.translate("Packet", "Appendix: Rubric self-assessment")
        section.blocks.append(self.heading(title, 1, page_break=True))
        scale = {o.id: o.label for o in rubric.scale}
        for row in rubric.rows:
            section.blocks.append(self.heading(row.title, 2))
            got = self.answers.get(rubric_key(row))
            level = level_of(got)
            if level is None or level not in row.criteria:
                section.blocks.append(
                    Paragraph.of(
                        QCoreApplication.translate("Packet", "Not self-assessed yet."), "note"
                    )
                )
                continue
            ticked = set(ticked_indices(got, level))
            section.blocks.append(
                Paragraph(
                    [
                        Run(
                            QCoreApplication.translate("Packet", "Self-assessed level: "), bold=True
                        ),
                        Run(scale.get(level, level)),
                    ]
                )
            )
            criteria = row.criteria[level]
            section.blocks.append(
                BulletList(
                    [[Run(c)] for c in criteria], [k in ticked for k in range(len(criteria))]
                )
            )
        return section


# ------------------------------------------------------------------------------ small helpers


def _details_table(pairs: Sequence[tuple[str, str]]) -> Table:
    """Label/value pairs as a two-column table without a header row."""
    return Table([], [[Cell(k, bold=True), Cell(v)] for k, v in pairs], [1.0, 2.4])


def _sniffed(path: Path) -> str:
    """The media type from the file's first bytes, for snapshots that do not list one."""
    try:
        from tli_workbook.artifacts.sniff import sniff_file

        return sniff_file(path).media_type
    except OSError:
        return ""


def _safe_name(text: str) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")
    return name or "Part"  # notr: a file name in the upload kit


def _circlemap_text_listing(
    map_data: Mapping[str, Any], ring_labels: Mapping[str, str]
) -> list[tuple[str, list[str]]] | None:
    """The circle map module's own listing (the same words the drawing shows). None when that
    module cannot load (it pulls in Qt), and the builder lists the entries itself."""
    try:
        from tli_workbook.circlemap.export import text_listing
    except ImportError:
        return None
    return text_listing(map_data, ring_labels)


def _listing_blocks(listing: Sequence[tuple[str, Sequence[str]]], b: _Builder) -> list[Block]:
    """text_listing's (ring label, entries) pairs: a sub-heading and a bullet list per ring."""
    out: list[Block] = []
    for label, entries in listing:
        out.append(b.heading(str(label), 3, toc=False))
        items = [[Run(str(e))] for e in entries]
        none = Paragraph.of(QCoreApplication.translate("Packet", "(None recorded.)"), "note")
        out.append(BulletList(items) if items else none)
    return out


def build_document(
    snapshot: Snapshot,
    credential: Credential,
    file_path: FilePath,
    work_dir: Path,
    options: PacketOptions | None = None,
    progress: Progress | None = None,
) -> tuple[Document, list[str]]:
    """The packet as a neutral document, plus warnings (missing files, unreadable images).

    Prepared images are written into work_dir, which must outlive the writers."""
    if credential.id != (snapshot.get("workbook") or {}).get("credential", credential.id):
        raise ExportError(
            QCoreApplication.translate(
                "Packet", "This workbook belongs to a different credential than the one given."
            )
        )
    b = _Builder(
        snapshot,
        credential,
        file_path,
        work_dir,
        options or PacketOptions(),
        progress or Progress(None),
    )
    doc = b.build()
    return doc, b.warnings
