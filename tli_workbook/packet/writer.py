"""The one writer base: walks a neutral Document and calls one method per block kind.

Every output format (DOCX, PDF, Markdown, the Qt print layout of the blank form) is a subclass
that implements the block methods and `start`/`finish`; the order of the document (cover,
contents, blocks), progress reporting and the dispatch on block kinds live here once, as in
novelWriter's Tokenizer and its ToDocX/ToOdt/ToMarkdown subclasses. Styles come from the one
style table in `theme.STYLES`.

Adding a block kind: a dataclass in `document.py`, an entry in BLOCK_METHODS (or a call to
`register_block`), and a method in the writers that can do better than the plain-text
fallback (`Writer.unknown`).
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from pathlib import Path
from typing import IO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook.packet import theme
from tli_workbook.packet.document import (
    Block,
    BulletList,
    CircleMapFigure,
    Cover,
    Document,
    EvidencePage,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    VectorFigure,
    plain_text,
)
from tli_workbook.packet.progress import Progress

log = logging.getLogger(__name__)

Target = Path | IO[bytes]

# Block class -> name of the Writer method that writes it.
BLOCK_METHODS: dict[type, str] = {
    Heading: "heading",
    Paragraph: "paragraph",
    BulletList: "bullets",
    Table: "table",
    Image: "image",
    CircleMapFigure: "circle_map",
    VectorFigure: "vector_figure",
    EvidencePage: "evidence_page",
    PageBreak: "page_break",
    Spacer: "spacer",
}


def register_block(kind: type, method: str) -> None:
    """Make `Writer.block` call `writer.<method>(block)` for blocks of `kind`; writers
    without that method fall back to `unknown` (the block's plain text)."""
    BLOCK_METHODS[kind] = method


TICK, NO_TICK = "\u2611", "\u2610"
CIRCLE_MAP_MISSING = str(
    QT_TRANSLATE_NOOP(
        "Packet",
        "(The Circle Map drawing is not available in this version; its entries are listed below.)",
    )
)  # translated where shown


class Writer(ABC):
    """Base of every writer. Subclasses implement the abstract block methods."""

    #: what the progress bar says, e.g. "Writing the PDF"
    activity = str(QT_TRANSLATE_NOOP("Packet", "Writing the document"))  # translated where shown

    def __init__(
        self, doc: Document, page: str = "letter", progress: Progress | None = None
    ) -> None:
        self.doc = doc
        self.page = theme.page_size(page)
        self.progress = progress or Progress(None)
        self.started = False  # something is on the page (a page break would not be blank)

    # -- the walk

    def write(self, target: Target) -> None:
        self.start()
        if self.doc.cover is not None:
            self.cover(self.doc.cover)
        entries = self.toc_entries()
        if entries:
            self.toc(entries)
        blocks = self.doc.blocks()
        n = max(1, len(blocks))
        for i, block in enumerate(blocks):
            if i % 10 == 0:
                self.block_progress(i / n)
            self.block(block)
        self.finish(target)

    def block_progress(self, fraction: float) -> None:
        self.progress(fraction, QCoreApplication.translate("Packet", self.activity))

    def block(self, block: Block) -> None:
        name = BLOCK_METHODS.get(type(block))
        method = getattr(self, name, None) if name else None
        if method is None:
            self.unknown(block)
        else:
            method(block)

    def toc_entries(self) -> list[Heading]:
        """Headings for the contents (levels 1-2), or none when the document has no TOC."""
        if not self.doc.toc:
            return []
        return [h for h in self.doc.headings() if h.toc and h.level <= 2]

    def unknown(self, block: Block) -> None:
        """A block kind this writer has no method for: its readable text, never nothing."""
        log.debug("%s has no method for %s; writing its text", type(self).__name__, block)
        for text in plain_text(block):
            self.paragraph(Paragraph.of(text))

    @staticmethod
    def heading_level(h: Heading) -> int:
        return min(3, max(1, h.level))

    # -- what subclasses provide

    def start(self) -> None:  # noqa: B027 (optional hook)
        """Set up the output (page, styles, metadata)."""

    @abstractmethod
    def finish(self, target: Target) -> None:
        """Save the output to target."""

    @abstractmethod
    def cover(self, cover: Cover) -> None: ...

    @abstractmethod
    def toc(self, entries: list[Heading]) -> None: ...

    @abstractmethod
    def heading(self, block: Heading) -> None: ...

    @abstractmethod
    def paragraph(self, block: Paragraph) -> None: ...

    @abstractmethod
    def bullets(self, block: BulletList) -> None: ...

    @abstractmethod
    def table(self, block: Table) -> None: ...

    @abstractmethod
    def image(self, block: Image) -> None: ...

    @abstractmethod
    def circle_map(self, block: CircleMapFigure) -> None: ...

    @abstractmethod
    def page_break(self, block: PageBreak) -> None: ...

    @abstractmethod
    def spacer(self, block: Spacer) -> None: ...


def column_widths(
    table: Table,
    total: float,
    min_widths: list[float] | None = None,
) -> list[float]:
    """Column widths (same unit as total) from the table's relative widths, widened where a
    column is narrower than the longest word it holds (min_widths), taking the room from the
    columns that have some to spare. When even that cannot fit, widths stay proportional to
    what each column needs and the writer shrinks the type (see pdf_writer)."""
    ncols = table_columns(table)
    rel = list(table.widths or [1.0] * ncols)[:ncols]
    rel += [1.0] * (ncols - len(rel))
    s = sum(rel) or 1.0
    widths = [total * w / s for w in rel]
    if not min_widths:
        return widths
    need = list(min_widths)
    if sum(need) >= total:
        s = sum(need) or 1.0
        return [total * n / s for n in need]
    for _ in range(ncols):
        short = [i for i in range(ncols) if widths[i] < need[i] - 1e-6]
        if not short:
            break
        deficit = sum(need[i] - widths[i] for i in short)
        for i in short:
            widths[i] = need[i]
        spare = {i: widths[i] - need[i] for i in range(ncols) if i not in short}
        room = sum(spare.values())
        if room <= 0:
            break
        take = min(deficit, room)
        for i, sp in spare.items():
            widths[i] -= take * sp / room
    return widths


def table_columns(table: Table) -> int:
    return len(table.widths or table.header or (table.rows[0] if table.rows else []))
