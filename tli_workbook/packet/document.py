"""The neutral document model: what the packet says and in which order.

The builder decides content, order and emphasis once; the writers (packet.writer and its
subclasses: DOCX, PDF, Markdown, the Qt print layout) only translate these blocks into their
format. Nothing here imports docx, reportlab or Qt.

A new block kind is a dataclass here, added to `Block`, plus one method per writer named in
`packet.writer.BLOCK_METHODS`; a writer that has no method for it prints its `plain_text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

# Paragraph roles. Writers map each role to one style, so spacing stays consistent.
ParaStyle = Literal["body", "lead", "prompt", "note", "caption", "label", "quote", "meta", "banner"]
# Status colours for a run (theme.TONES), e.g. the readiness report's marks.
Tone = Literal["", "ok", "warn", "bad", "muted"]


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    tone: Tone = ""


@dataclass
class Heading:
    text: str
    level: int  # 1..3; the writers map these to Heading 1/2/3 and outline levels 0/1/2
    anchor: str = ""  # bookmark name, unique in the document (set by the builder)
    toc: bool = True  # shown in the table of contents
    page_break_before: bool = False


@dataclass
class Paragraph:
    runs: list[Run]
    style: ParaStyle = "body"

    @classmethod
    def of(cls, text: str, style: ParaStyle = "body", **run: Any) -> Paragraph:
        return cls([Run(text, **run)], style)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class BulletList:
    items: list[list[Run]]
    # For checklists: one flag per item (ticked or not); None = an ordinary bullet list.
    checked: list[bool] | None = None
    level: int = 0
    style: ParaStyle = "body"


@dataclass
class Cell:
    text: str
    indent: int = 0  # outline depth, for indented first columns
    bold: bool = False
    align: Literal["left", "center"] = "left"
    runs: list[Run] | None = None  # mixed emphasis or colour; `text` stays the plain text
    small: bool = False  # a smaller type size (dense report tables)

    def all_runs(self) -> list[Run]:
        return self.runs if self.runs is not None else [Run(self.text, bold=self.bold)]


@dataclass
class Table:
    header: list[str]
    rows: list[list[Cell]]
    # Relative column widths (any positive numbers); None = equal.
    widths: list[float] | None = None
    # Rows to tint (e.g. top-level outline rows), by index into rows.
    shaded_rows: set[int] = field(default_factory=set)
    caption: str = ""


@dataclass
class Image:
    path: Path  # a prepared, metadata-free image at print size (see images.prepare_image)
    width_px: int
    height_px: int
    caption: str = ""
    max_width_in: float = 6.5  # writers also clamp to the text width of the page
    max_height_in: float = 5.5
    border: bool = False  # a thin frame, for page images


@dataclass
class CircleMapFigure:
    """The Circle Map drawing. Each writer asks tli_workbook.circlemap for its own form of the
    same picture (vector flowable for the PDF, a 300 dpi PNG for the DOCX)."""

    map_data: dict[str, Any]
    ring_labels: dict[str, str]
    caption: str = ""
    width_in: float = 6.0
    height_in: float = 6.0


@dataclass
class VectorFigure:
    """A diagram drawn from a display list (tli_workbook.circlemap.render.DisplayList, kept as
    Any so this module imports no renderer): a vector drawing in the PDF, a 300 dpi picture
    in the DOCX. A field type that draws one also lists its text, so it reads without it."""

    display: Any
    caption: str = ""
    width_in: float = 9.0
    height_in: float = 6.0

    def fit_in(self, max_w_in: float, max_h_in: float) -> tuple[float, float]:
        """The drawing's size in inches within the limits, keeping its proportions."""
        b = self.display.bounds
        w = min(self.width_in, max_w_in)
        h = w * b.h / b.w
        limit = min(self.height_in, max_h_in)
        if h > limit:
            h = limit
            w = h * b.w / b.h
        return w, h


@dataclass
class EvidencePage:
    """One page of an attached PDF, placed whole on a packet page of its own under a caption
    ("Artifact 4 · Evidence 2 · page 3 of 5"). The PDF writer stamps the original page into
    the packet as vector content (text stays selectable); the DOCX writer shows a picture of
    it. `image` is set when the page must travel as a picture in both (markup burned in)."""

    path: Path  # the original PDF
    index: int  # 0-based page number in it
    caption: str
    width_pt: float = 0.0  # the page's size as shown (after its /Rotate), for the fit
    height_pt: float = 0.0
    image: Path | None = None
    image_px: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class KitOriginal:
    """A file that cannot be laid out (audio, video, unknown), copied into the upload kit."""

    path: Path
    kit_name: str  # e.g. "Artifact4_Evidence3.wav"; from the definition, never a typed name
    media_type: str = ""


@dataclass
class PageBreak:
    pass


@dataclass
class Spacer:
    height_pt: float = 12.0


Block = (
    Heading
    | Paragraph
    | BulletList
    | Table
    | Image
    | CircleMapFigure
    | VectorFigure
    | EvidencePage
    | PageBreak
    | Spacer
)


@dataclass
class Section:
    """A unit of the packet: a part, or one artifact inside an artifacts part.

    `upload_name` marks the sections that become one PDF each in the upload kit; `originals`
    are files copied into the kit as they are, next to that PDF (audio, video, files that
    cannot be laid out; the packet carries a page naming each)."""

    blocks: list[Block] = field(default_factory=list)
    upload_name: str = ""
    children: list[Section] = field(default_factory=list)
    originals: list[KitOriginal] = field(default_factory=list)
    kit_heading: str = ""  # a level-1 heading the upload kit puts first (artifact files)

    def all_blocks(self) -> list[Block]:
        out = list(self.blocks)
        for child in self.children:
            out.extend(child.all_blocks())
        return out

    def all_originals(self) -> list[KitOriginal]:
        out = list(self.originals)
        for child in self.children:
            out.extend(child.all_originals())
        return out


@dataclass
class Cover:
    title: str
    subtitle: str
    lines: list[tuple[str, str]]  # (label, value) pairs, e.g. ("Issuer", "NEA ...")
    statement: str = ""  # the competency, set apart


@dataclass
class Document:
    title: str  # document metadata title and the running header
    header_text: str
    cover: Cover | None
    toc: bool
    sections: list[Section]
    subject: str = ""
    keywords: str = ""
    # A single sheet (the readiness report): the PDF shrinks the content to one page.
    one_page: bool = False
    margin_in: float | None = None  # None: theme.MARGIN_IN

    def blocks(self) -> list[Block]:
        out: list[Block] = []
        for s in self.sections:
            out.extend(s.all_blocks())
        return out

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks() if isinstance(b, Heading)]


def plain_text(block: Block) -> list[str]:
    """The readable text of a block, in reading order (used by tests and the TOC)."""
    if isinstance(block, Heading):
        return [block.text]
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, BulletList):
        return ["".join(r.text for r in item) for item in block.items]
    if isinstance(block, Table):
        out = list(block.header)
        for row in block.rows:
            out.extend(c.text for c in row)
        if block.caption:
            out.append(block.caption)
        return out
    if isinstance(block, Image | CircleMapFigure | VectorFigure | EvidencePage):
        return [block.caption] if block.caption else []
    return []


_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def clean_text(text: str) -> str:
    """Drop control characters that XML (DOCX) and PDF text cannot carry."""
    return str(text).translate(_CONTROL)
