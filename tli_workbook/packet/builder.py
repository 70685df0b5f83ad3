"""Builds the neutral packet document from a workbook snapshot and its credential.

Every decision about what the packet says, in which order and with which emphasis is made
here, once; the writers only translate. Parts come in definition order, the chosen variant of
a form is used, and nothing identifying is added (no workbook title, no teacher name unless
asked for).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tli_workbook.definitions.model import Credential, Field, Part
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
from tli_workbook.packet.images import PRINT_MAX_PX, is_image, prepare_image
from tli_workbook.packet.progress import Progress
from tli_workbook.packet.prose import format_number, text_blocks  # noqa: F401 (re-exported)
from tli_workbook.text.dates import MONTHS, format_date  # noqa: F401 (re-exported)

log = logging.getLogger(__name__)

FilePath = Callable[[str], Path | None]

NO_ANSWER = "(No answer.)"
LINK_BROKEN = "(link broken)"
TICK, NO_TICK = "\u2611", "\u2610"  # ballot box with check / empty ballot box
_COMPACT = {"short_text", "date", "datetime", "number", "choice", "rating"}


@dataclass
class PacketOptions:
    author_name: str | None = None  # printed on the cover only when given
    include_rubric: bool = False  # rubric self-assessment appendix
    date: date | None = None  # cover date; today when None (tests pin it)
    toc: bool = True
    max_image_px: int = PRINT_MAX_PX


# ---------------------------------------------------------------------------------- formatting


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | dict | tuple):
        return len(value) == 0
    return False


def _option_label(options: Sequence[Any], value: Any) -> str:
    for o in options:
        if o.id == value:
            return o.label
    return str(value)


# ------------------------------------------------------------------------------------- builder


class _Builder:
    def __init__(
        self,
        snapshot: Mapping[str, Any],
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
        self.answers: Mapping[str, Any] = snapshot.get("answers") or {}
        self.files: Mapping[str, Any] = snapshot.get("files") or {}
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

    # -- helpers

    def heading(
        self, text: str, level: int, *, page_break: bool = False, toc: bool = True
    ) -> Heading:
        self._anchor += 1
        return Heading(text, level, f"_Toc{self._anchor:06d}", toc, page_break)

    def image_block(
        self, path: Path, markup: Sequence[Any], caption: str, what: str, **size: float
    ) -> Image:
        try:
            prepared = prepare_image(path, markup, self.options.max_image_px)
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

        name = name or "attached file"
        path = self.resolve(sha)
        if path is None:
            self.warnings.append(f"{what}: the file {name} is missing from the workbook.")
            return [Paragraph.of(f"(The file {name} is missing from the workbook.)", "note")]
        media = str((self.files.get(str(sha)) or {}).get("media_type", ""))
        if not media or media == "application/octet-stream":
            media = _sniffed(path) or media
        if not label:
            label = f"{self._part_label} \u00b7 {what}"
        if not kit_stem:
            self._kit_files += 1
            kit_stem = f"{self.section.upload_name or 'Attachment'}_file{self._kit_files}"
        if media.startswith("image/") and not is_image(path):
            self.warnings.append(f"{what}: the image {name} is in a format the packet cannot show.")
        return place_file(self, path, media, name, markup, caption, what, label, kit_stem)

    # -- the document

    def build(self) -> Document:
        cred = self.cred
        parts = [p for p in cred.parts if p.packet and p.kind != "learn"]
        sections: list[Section] = []
        n = len(parts) + (1 if self.options.include_rubric else 0)
        for i, part in enumerate(parts):
            self.progress(i / max(1, n), f"Laying out {part.short_title or part.title}")
            sections.append(self.part_section(part, self.progress.sub(i / n, (i + 1) / n)))
        if self.options.include_rubric:
            sections.append(self.rubric_section())
        self.progress(1.0, "Layout done")
        return Document(
            title=f"{cred.title}: micro-credential submission",
            header_text=cred.title,
            cover=self.cover(),
            toc=self.options.toc,
            sections=sections,
            subject=cred.competency,
            keywords=f"{cred.issuer}; micro-credential",
        )

    def cover(self) -> Cover:
        cred = self.cred
        when = self.options.date or date.today()
        lines = [("Issuer", cred.issuer)]
        if cred.strand:
            lines.append(("Strand", cred.strand))
        lines.append(("Date", format_date(when.isoformat())))
        if self.options.author_name and self.options.author_name.strip():
            lines.append(("Submitted by", self.options.author_name.strip()))
        return Cover(
            title=cred.title,
            subtitle="Micro-credential submission",
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
        prefix = part.id
        if part.variants:
            chosen = part.variant(self.answers.get(f"{part.id}.variant"))
            chosen = chosen or part.default_variant(self.fellow)
            if chosen is not None:
                fields = chosen.fields
                prefix = f"{part.id}.{chosen.id}"
                self.section.blocks.append(
                    Paragraph([Run("Template: ", bold=True), Run(chosen.label)], "meta")
                )
        self.section.blocks.extend(
            self.fields_blocks(fields, lambda f: self.answers.get(f"{prefix}.{f.id}"), 2)
        )

    def fields_blocks(
        self, fields: Sequence[Field], value_of: Callable[[Field], Any], level: int
    ) -> list[Block]:
        out: list[Block] = []
        shown = [f for f in fields if f.stores_value]
        # A part with one long answer needs no second heading repeating the part's title.
        single = len(shown) == 1 and shown[0].type == "long_text"
        compact: list[tuple[str, str]] = []

        def flush_compact() -> None:
            if compact:
                out.append(_details_table(compact))
                compact.clear()

        for f in shown:
            value = value_of(f)
            if not f.required and _is_empty(value):
                continue  # an optional question left blank is left out, as on paper
            if f.type in _COMPACT and "\n" not in str(value or ""):
                compact.append((f.label, self.compact_value(f, value)))
                continue
            flush_compact()
            out.extend(self.field_blocks(f, value, level, single))
        flush_compact()
        return out

    def compact_value(self, f: Field, value: Any) -> str:
        if _is_empty(value):
            return "\u2014"  # an em dash reads as "left blank" in a details table
        if f.type == "date" or f.type == "datetime":
            return format_date(value)
        if f.type == "number":
            return format_number(value)
        if f.type == "choice":
            return _option_label(f.options, value)
        if f.type == "rating":
            return _option_label(f.scale, value)
        return str(value)

    def field_blocks(self, f: Field, value: Any, level: int, single: bool = False) -> list[Block]:
        out: list[Block] = []
        if not single:
            if level <= 3:
                out.append(self.heading(f.label, level, toc=level <= 2))
            else:
                out.append(Paragraph.of(f.label, "label", bold=True))
        if f.type == "long_text" or f.type in _COMPACT:
            if f.prompts:
                if len(f.prompts) == 1:
                    out.append(Paragraph.of(f.prompts[0], "prompt"))
                else:
                    out.append(BulletList([[Run(p)] for p in f.prompts], style="prompt"))
            if _is_empty(value):
                out.append(Paragraph.of(NO_ANSWER, "note"))
            elif f.type == "long_text" or f.type == "short_text":
                out.extend(text_blocks(str(value)))
            else:
                out.append(Paragraph.of(self.compact_value(f, value)))
            return out
        if _is_empty(value):
            out.append(Paragraph.of(NO_ANSWER, "note"))
            return out
        if f.type == "multi_choice":
            items = value if isinstance(value, list) else [value]
            out.append(BulletList([[Run(_option_label(f.options, v))] for v in items]))
        elif f.type == "checklist":
            out.extend(_checklist_blocks(f, value))
        elif f.type == "table":
            out.append(self.table_block(f, value))
        elif f.type == "group":
            items = value if isinstance(value, list) else [value]
            for i, item in enumerate(items, 1):
                item = item if isinstance(item, dict) else {}
                title = f"{f.item_label} {i}"
                if level + 1 <= 3:
                    out.append(self.heading(title, level + 1, toc=False))
                else:
                    out.append(Paragraph.of(title, "label", bold=True))
                out.extend(self.fields_blocks(f.fields, lambda g, it=item: it.get(g.id), level + 2))
        elif f.type == "outline":
            out.extend(self.outline_blocks(f, value))
        elif f.type == "need_link":
            ids = value if isinstance(value, list) else [value]
            items = []
            for uid in ids:
                entry = self.entries.get(uid)
                text = str(entry.get("text", "")).strip() if entry else ""
                items.append([Run(text or LINK_BROKEN, italic=not text)])
            out.append(BulletList(items))
        elif f.type == "file":
            refs = value if isinstance(value, list) else [value]
            for ref in refs:
                ref = ref if isinstance(ref, dict) else {"file": ref}
                name = str(ref.get("name") or ref.get("filename") or "attached file")
                out.extend(self.file_blocks(ref.get("file"), name, [], name, f.label))
        else:
            out.append(Paragraph.of(str(value)))
        return out

    def table_block(self, f: Field, value: Any) -> Table:
        cols = f.columns
        header = [c.label for c in cols]
        rows: list[list[Cell]] = []
        if f.rows:
            header = [""] + header
            for i, row in enumerate(f.rows):
                data = _fixed_row(value, row.id, i)
                rows.append([Cell(row.label, bold=True)] + [self.cell(c, data) for c in cols])
        else:
            for data in value if isinstance(value, list) else []:
                rows.append([self.cell(c, data if isinstance(data, dict) else {}) for c in cols])
        widths = _widths(cols)
        if f.rows:
            widths = [1.2] + widths
        return Table(header, rows, widths)

    def cell(self, column: Field, data: Mapping[str, Any]) -> Cell:
        value = data.get(column.id)
        if _is_empty(value):
            return Cell("")
        return Cell(self.compact_value(column, value) if column.type != "long_text" else str(value))

    def outline_blocks(self, f: Field, value: Any) -> list[Block]:
        labels = {lv.id: lv.label for lv in f.levels}
        header = [" / ".join(lv.label for lv in f.levels)] + [c.label for c in f.columns]
        rows: list[list[Cell]] = []
        shaded: set[int] = set()
        # level id -> [(node label, ticked check ids)], for the self-check tables
        checked: dict[str, list[tuple[str, set[str]]]] = {}

        def walk(nodes: Any, depth: int, number: str) -> None:
            for i, node in enumerate(nodes if isinstance(nodes, list) else [], 1):
                if not isinstance(node, dict):
                    continue
                num = f"{number}.{i}" if number else str(i)
                level_id = node.get("level") or (f.levels[min(depth, len(f.levels) - 1)].id)
                label = f"{labels.get(level_id, level_id)} {num}"
                text = str(node.get("text", "")).strip()
                if depth == 0:
                    shaded.add(len(rows))
                cells = node.get("cells") if isinstance(node.get("cells"), dict) else {}
                rows.append(
                    [Cell(f"{label}: {text}" if text else label, indent=depth, bold=depth == 0)]
                    + [self.cell(c, cells) for c in f.columns]
                )
                if f.checks.get(level_id):
                    ticks = {str(t) for t in node.get("checks") or []}
                    checked.setdefault(level_id, []).append((label, ticks))
                walk(node.get("children"), depth + 1, num)

        walk(value, 0, "")
        out: list[Block] = [Table(header, rows, [3.0] + _widths(f.columns), shaded)]
        for lv in f.levels:
            nodes = checked.get(lv.id)
            if not nodes:
                continue
            # One row per check, one column per objective: long check labels read in full.
            check_rows = [
                [Cell(c.label)]
                + [
                    Cell("\u2713" if c.id in ticks else "", align="center")
                    for _label, ticks in nodes
                ]
                for c in f.checks[lv.id]
            ]
            out.append(
                Table(
                    [f"{lv.label} self-check"] + [label for label, _ticks in nodes],
                    check_rows,
                    [3.6] + [1.0] * len(nodes),
                )
            )
        return out

    # -- circle map

    def circle_map_part(self, part: Part) -> None:
        ring_labels = {ring_id: ring.label for ring_id, ring in part.rings.items()}
        blocks = self.section.blocks
        blocks.append(
            CircleMapFigure(
                self.map_data,
                ring_labels,
                caption=f"{part.title.split(':')[0]}: Teacher Leadership Circle Map",
            )
        )
        blocks.append(self.heading("Circle Map entries", 2))
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
                out.append(Paragraph.of("(None recorded.)", "note"))
                continue
            items = []
            for e in entries:
                runs = [Run(str(e.get("text", "")).strip() or "(empty)")]
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
            part_section.blocks.append(Paragraph.of("(No artifacts added yet.)", "note"))
            return
        base = part.upload_name or _safe_name(part.short_title)
        for i, art in enumerate(arts, 1):
            progress((i - 1) / len(arts), f"Preparing evidence {i} of {len(arts)}")
            # In the upload kit each artifact is its own file: restate the part's title there.
            child = Section(upload_name=f"{base}{i}", kit_heading=part.title)
            self.section = child
            self.artifact_blocks(part, art, i)
            part_section.children.append(child)
        self.section = part_section
        progress(1.0, "Evidence ready")

    def artifact_blocks(self, part: Part, art: Mapping[str, Any], i: int) -> None:
        """One artifact: its heading, the annotation exactly as the counter counts it, then the
        evidence itself. The structured elements (date, participants, purpose, equity) help the
        teacher write the annotation; readiness checks it mentions them, the packet does not
        print them beside it (the assessor would read more than the word limit)."""
        title = str(art.get("title", "")).strip()
        heading = f"Evidence {i}: {title}" if title else f"Evidence {i}"
        blocks = self.section.blocks
        blocks.append(self.heading(heading, 2, page_break=i > 1))
        fields = art.get("fields") if isinstance(art.get("fields"), dict) else {}
        description = str(art.get("description", "")).strip()
        blocks.append(Paragraph.of("Annotation", "label", bold=True))
        blocks.extend(
            text_blocks(description) if description else [Paragraph.of(NO_ANSWER, "note")]
        )
        meta: list[Run] = []
        kind_of = str(fields.get("artifact_type") or "").strip()
        if kind_of:
            meta += [Run("Type of artifact: ", bold=True), Run(kind_of)]
        url = str(art.get("url", "")).strip()
        if url:
            meta += [Run("  \u00b7  " if meta else ""), Run("Link: ", bold=True), Run(url)]
        if meta:
            blocks.append(Paragraph([r for r in meta if r.text], "meta"))
        sha = art.get("file")
        name = str(art.get("filename", "")).strip()
        what = f"Evidence {i} ({title or name or 'untitled'})"
        if sha:
            caption = f"Evidence {i}. " + (
                "Screenshot of the linked page" if url else (title or name)
            )
            markup = art.get("markup") if isinstance(art.get("markup"), list) else []
            blocks.extend(
                self.file_blocks(
                    sha,
                    name,
                    markup,
                    caption,
                    what,
                    label=f"{self._part_label} \u00b7 Evidence {i}",
                    kit_stem=self.section.upload_name or f"Evidence{i}",
                )
            )
        elif not url:
            blocks.append(Paragraph.of("(No file or link attached.)", "note"))

    # -- feedback

    def feedback_part(self, part: Part) -> None:
        people = [r for r in self.snap.get("respondents") or [] if r.get("part") == part.id]
        blocks = self.section.blocks
        if not people:
            blocks.append(Paragraph.of("(No feedback recorded yet.)", "note"))
            return
        methods = Counter(str(r.get("method") or "not recorded").strip() for r in people)
        how = ", ".join(f"{m[:1].upper()}{m[1:]} ({n})" for m, n in methods.items())
        blocks.append(Paragraph([Run("How collected: ", bold=True), Run(how + ".")], "meta"))
        for i, person in enumerate(people, 1):
            role = str(person.get("role", "")).strip()
            blocks.append(self.heading(f"Respondent {i}: {role}" if role else f"Respondent {i}", 2))
            answers = person.get("answers") if isinstance(person.get("answers"), dict) else {}
            for prompt in part.prompts:
                blocks.append(self.heading(prompt.label, 3, toc=False))
                answer = str(answers.get(prompt.id) or "").strip()
                blocks.extend(text_blocks(answer) if answer else [Paragraph.of(NO_ANSWER, "note")])

    # -- rubric appendix

    def rubric_section(self) -> Section:
        rubric = self.cred.rubric
        section = Section()
        section.blocks.append(self.heading("Appendix: Rubric self-assessment", 1, page_break=True))
        scale = {o.id: o.label for o in rubric.scale}
        for row in rubric.rows:
            section.blocks.append(self.heading(row.title, 2))
            got = self.answers.get(f"rubric.{row.id}")
            got = got if isinstance(got, dict) else {}
            level = got.get("level")
            if level not in row.criteria:
                section.blocks.append(Paragraph.of("Not self-assessed yet.", "note"))
                continue
            ticked = {t for t in got.get("ticked") or [] if isinstance(t, int)}
            section.blocks.append(
                Paragraph([Run("Self-assessed level: ", bold=True), Run(scale.get(level, level))])
            )
            criteria = row.criteria[level]
            section.blocks.append(
                BulletList(
                    [[Run(c)] for c in criteria], [k in ticked for k in range(len(criteria))]
                )
            )
        return section


# ------------------------------------------------------------------------------ small helpers


def _widths(columns: Sequence[Field]) -> list[float]:
    """Relative column widths by content: dates need room for "September 30, 2025"."""
    table = {"long_text": 2.0, "date": 1.3, "number": 0.8}
    return [table.get(c.type, 1.0) for c in columns]


def _details_table(pairs: Sequence[tuple[str, str]]) -> Table:
    """Label/value pairs as a two-column table without a header row."""
    return Table([], [[Cell(k, bold=True), Cell(v)] for k, v in pairs], [1.0, 2.4])


def _checklist_blocks(f: Field, value: Any) -> list[Block]:
    if isinstance(value, dict):
        ticked = set(value.get("items") or value.get("checked") or [])
        other = str(value.get("other") or "").strip()
    else:
        ticked = {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()
        other = ""
        for v in value if isinstance(value, list) else []:
            if isinstance(v, dict) and v.get("other"):
                other = str(v["other"]).strip()
    out: list[Block] = []
    groups = f.groups or ()
    if groups:
        for g in groups:
            out.append(Paragraph.of(g.title, "label", bold=True))
            out.append(
                BulletList([[Run(o.label)] for o in g.items], [o.id in ticked for o in g.items])
            )
    else:
        out.append(
            BulletList([[Run(o.label)] for o in f.options], [o.id in ticked for o in f.options])
        )
    if other:
        out.append(BulletList([[Run("Other: ", bold=True), Run(other)]], [True]))
    return out


def _fixed_row(value: Any, row_id: str, index: int) -> Mapping[str, Any]:
    if isinstance(value, dict):
        data = value.get(row_id)
        return data if isinstance(data, dict) else {}
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and (item.get("row") == row_id or item.get("id") == row_id):
                return item
        if index < len(value) and isinstance(value[index], dict):
            return value[index]
    return {}


def _sniffed(path: Path) -> str:
    """The media type from the file's first bytes, for snapshots that do not list one."""
    try:
        from tli_workbook.artifacts.sniff import sniff_file

        return sniff_file(path).media_type
    except OSError:
        return ""


def _safe_name(text: str) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")
    return name or "Part"


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
        out.append(BulletList(items) if items else Paragraph.of("(None recorded.)", "note"))
    return out


def build_document(
    snapshot: Mapping[str, Any],
    credential: Credential,
    file_path: FilePath,
    work_dir: Path,
    options: PacketOptions | None = None,
    progress: Progress | None = None,
) -> tuple[Document, list[str]]:
    """The packet as a neutral document, plus warnings (missing files, unreadable images).

    Prepared images are written into work_dir, which must outlive the writers."""
    if credential.id != (snapshot.get("workbook") or {}).get("credential", credential.id):
        raise ExportError("This workbook belongs to a different credential than the one given.")
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
