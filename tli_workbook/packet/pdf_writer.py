"""Writes the neutral document as PDF with reportlab Platypus (imported lazily by the caller).

Fonts are embedded DejaVu; headings become PDF bookmarks (outline) and table-of-contents
entries; every page after the cover carries the credential name and "Page N of M".
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    LayoutError,
    NextPageTemplate,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import TableOfContents

from tli_workbook.packet import fonts, theme
from tli_workbook.packet.document import (
    Block,
    BulletList,
    Cell,
    CircleMapFigure,
    Document,
    EvidencePage,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Run,
    Spacer,
    Table,
    clean_text,
)
from tli_workbook.packet.errors import ExportError
from tli_workbook.packet.progress import Progress

TICK, NO_TICK = "\u2611", "\u2610"
PRODUCER = "TLI Workbook"
# Table cells default to Helvetica (never embedded) even when they hold Paragraphs.
_TABLE_FONT = ("FONT", (0, 0), (-1, -1), fonts.BODY, theme.TABLE_SIZE)


def _c(hex_: str) -> colors.Color:
    return colors.HexColor("#" + hex_)


def _markup(runs: list[Run]) -> str:
    """Runs as Platypus paragraph markup; user text is always escaped."""
    out = []
    for r in runs:
        text = escape(clean_text(r.text)).replace("\n", "<br/>")
        if r.bold:
            text = f"<b>{text}</b>"
        if r.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=fonts.BODY,
        fontSize=theme.BODY_SIZE,
        leading=theme.BODY_LEADING,
        textColor=_c(theme.TEXT),
        spaceAfter=theme.PARA_AFTER,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=kw.pop("parent", body), **kw)

    s = {"body": body}
    s["h1"] = derive(
        "h1",
        fontName=fonts.BOLD,
        fontSize=theme.H1_SIZE,
        leading=theme.H1_SIZE * 1.2,
        textColor=_c(theme.ACCENT),
        spaceAfter=2,
        keepWithNext=1,
    )
    s["h2"] = derive(
        "h2",
        fontName=fonts.BOLD,
        fontSize=theme.H2_SIZE,
        leading=theme.H2_SIZE * 1.25,
        textColor=_c(theme.ACCENT),
        spaceBefore=theme.H2_BEFORE,
        spaceAfter=theme.H2_AFTER,
        keepWithNext=1,
    )
    s["h3"] = derive(
        "h3",
        fontName=fonts.BOLD,
        fontSize=theme.H3_SIZE,
        leading=theme.H3_SIZE * 1.3,
        textColor=_c(theme.ACCENT_2),
        spaceBefore=theme.H3_BEFORE,
        spaceAfter=theme.H3_AFTER,
        keepWithNext=1,
    )
    s["title"] = derive(
        "title",
        fontName=fonts.BOLD,
        fontSize=theme.TITLE_SIZE,
        leading=theme.TITLE_SIZE * 1.15,
        textColor=_c(theme.ACCENT),
        spaceAfter=6,
    )
    s["subtitle"] = derive(
        "subtitle",
        fontSize=theme.SUBTITLE_SIZE,
        leading=theme.SUBTITLE_SIZE * 1.3,
        textColor=_c(theme.MUTED),
        spaceAfter=8,
    )
    s["cover_line"] = derive("cover_line", fontSize=theme.BODY_SIZE + 0.5, spaceAfter=4)
    s["toc_heading"] = derive("toc_heading", parent=s["h1"], spaceAfter=12)
    s["caption"] = derive(
        "caption",
        fontName=fonts.ITALIC,
        fontSize=theme.SMALL_SIZE,
        leading=theme.SMALL_SIZE * 1.35,
        textColor=_c(theme.MUTED),
        alignment=TA_CENTER,
        spaceBefore=4,
        spaceAfter=12,
    )
    s["lead"] = derive("lead", fontName=fonts.BOLD, spaceAfter=4, keepWithNext=1)
    s["label"] = derive(
        "label",
        fontName=fonts.BOLD,
        textColor=_c(theme.ACCENT),
        spaceBefore=6,
        spaceAfter=3,
        keepWithNext=1,
    )
    s["prompt"] = derive(
        "prompt",
        spaceAfter=0,
        fontName=fonts.ITALIC,
        fontSize=theme.BODY_SIZE - 0.5,
        textColor=_c(theme.MUTED),
        keepWithNext=1,
    )
    s["note"] = derive("note", fontName=fonts.ITALIC, textColor=_c(theme.MUTED))
    s["meta"] = derive(
        "meta", fontSize=theme.BODY_SIZE - 0.5, textColor=_c(theme.MUTED), spaceAfter=8
    )
    s["quote"] = derive(
        "quote",
        fontName=fonts.ITALIC,
        fontSize=theme.BODY_SIZE + 0.5,
        leading=theme.BODY_LEADING + 1,
        spaceAfter=0,
    )
    s["bullet"] = derive(
        "bullet", leftIndent=18, bulletIndent=5, spaceAfter=3, bulletFontName=fonts.BODY
    )
    s["bullet2"] = derive("bullet2", parent=s["bullet"], leftIndent=36, bulletIndent=23)
    s["prompt_bullet"] = derive(
        "prompt_bullet",
        parent=s["prompt"],
        leftIndent=18,
        bulletIndent=5,
        spaceAfter=2,
        bulletFontName=fonts.BODY,
    )
    s["check"] = derive(
        "check",
        leftIndent=21,
        bulletIndent=3,
        spaceAfter=3,
        bulletFontName=fonts.BODY,
        bulletFontSize=theme.BODY_SIZE + 1,
    )
    s["cell"] = derive(
        "cell", fontSize=theme.TABLE_SIZE, leading=theme.TABLE_SIZE * 1.3, spaceAfter=0
    )
    s["cell_center"] = derive("cell_center", parent=s["cell"], alignment=TA_CENTER)
    s["toc1"] = derive("toc1", fontName=fonts.BOLD, spaceBefore=4, spaceAfter=2, leading=15)
    s["toc2"] = derive("toc2", leftIndent=18, spaceAfter=1, leading=14)
    s["note_center"] = derive("note_center", parent=s["note"], alignment=TA_CENTER)
    return s


def _numbered_canvas(header_text: str, page: theme.PageSize, extra: int) -> type[Canvas]:
    """A canvas that holds pages back until the end, to print "Page N of M" (M counting
    `extra` pages that will be appended to the file afterwards)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.tli_decorate = True

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
            # Pages reach the document only in save(), so reportlab would point every
            # bookmark (and every contents link) at page 1: name the page being drawn.
            doc = self._doc
            saved, doc.pageCounter = doc.pageCounter, self._pageNumber
            try:
                return super().bookmarkPage(key, *args, **kwargs)
            finally:
                doc.pageCounter = saved

        def save(self) -> None:
            total = len(self._pages) + extra
            for state in self._pages:
                self.__dict__.update(state)
                if self.tli_decorate:
                    self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            w = page.width_in * inch
            m = theme.MARGIN_IN * inch
            top = page.height_in * inch - 0.6 * inch
            self.saveState()
            self.setFont(fonts.BODY, theme.HEADER_SIZE)
            self.setFillColor(_c(theme.MUTED))
            self.drawRightString(w - m, top, clean_text(header_text))
            self.setStrokeColor(_c(theme.RULE))
            self.setLineWidth(0.5)
            self.line(m, top - 4, w - m, top - 4)
            self.drawCentredString(w / 2, 0.55 * inch, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return NumberedCanvas


class _EmbeddedFontDrawing(Flowable):
    """Draws a reportlab graphics Drawing without touching Helvetica: the graphics renderer
    selects its default font (Helvetica, never embedded) before drawing anything, which leaves
    an unembedded font in the PDF even when every String uses DejaVu."""

    def __init__(self, drawing: Any) -> None:
        super().__init__()
        self.drawing = drawing
        self.hAlign = "CENTER"

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.drawing.wrap(avail_w, avail_h)

    def draw(self) -> None:
        from reportlab.graphics.shapes import STATE_DEFAULTS

        saved = STATE_DEFAULTS.get("fontName")
        STATE_DEFAULTS["fontName"] = fonts.BODY
        try:
            self.drawing.drawOn(self.canv, 0, 0)
        finally:
            STATE_DEFAULTS["fontName"] = saved


class _Template(BaseDocTemplate):
    def __init__(
        self, target: Any, doc: Document, page: theme.PageSize, progress: Progress, n_flowables: int
    ) -> None:
        m = theme.MARGIN_IN * inch
        super().__init__(
            target,
            pagesize=(page.width_in * inch, page.height_in * inch),
            leftMargin=m,
            rightMargin=m,
            topMargin=m,
            bottomMargin=m,
            title=clean_text(doc.title),
            author="",
            subject=clean_text(doc.subject),
            keywords=clean_text(doc.keywords),
            creator="TLI Workbook",
            producer=PRODUCER,
            # reportlab starts every page in Helvetica, which is never embedded
            initialFontName=fonts.BODY,
            initialFontSize=theme.BODY_SIZE,
            initialLeading=theme.BODY_LEADING,
        )
        frame = Frame(
            m,
            m,
            page.text_width_in * inch,
            page.text_height_in * inch,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover = PageTemplate("cover", [frame], onPage=self._plain)
        body = PageTemplate("body", [frame], onPage=self._decorated)
        self.addPageTemplates([cover, body] if doc.cover else [body, cover])
        self.progress = progress
        self.n = max(1, n_flowables)
        self.count = 0
        self.pass_no = 0
        self.outline_level = -1

    @staticmethod
    def _plain(canvas: Any, _doc: Any) -> None:
        canvas.tli_decorate = False

    @staticmethod
    def _decorated(canvas: Any, _doc: Any) -> None:
        canvas.tli_decorate = True

    def beforeDocument(self) -> None:  # noqa: N802
        self.pass_no += 1
        self.count = 0
        self.outline_level = -1
        # The Platypus outline needs each entry at most one level below the one before it.
        self.canv.showOutline()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        self.count += 1
        if self.count % 15 == 0:
            f = min(0.97, (self.pass_no - 1 + min(1.0, self.count / self.n)) / 3)
            self.progress(f, "Writing the PDF")
        mark = getattr(flowable, "tli_heading", None)
        if mark is None:
            return
        key, level, text, toc = mark
        outline = min(level - 1, self.outline_level + 1)
        self.outline_level = outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(clean_text(text), key, level=outline, closed=outline >= 1)
        if toc:
            self.notify("TOCEntry", (level - 1, escape(clean_text(text)), self.page, key))


class _Flow:
    """Translates blocks into flowables."""

    def __init__(self, doc: Document, page: theme.PageSize) -> None:
        self.doc = doc
        self.page = page
        self.s = _styles()
        self.width = page.text_width_in * inch
        self.out: list[Flowable] = []
        self._indent_styles: dict[int, ParagraphStyle] = {}

    def add(self, f: Flowable) -> None:
        self.out.append(f)

    def cover(self) -> None:
        c = self.doc.cover
        if c is None:
            return
        s = self.s
        self.add(RLSpacer(1, 2.0 * inch))
        self.add(RLParagraph(_markup([Run(c.title)]), s["title"]))
        self.add(RLParagraph(_markup([Run(c.subtitle)]), s["subtitle"]))
        self.add(
            HRFlowable(
                width="100%", thickness=1.5, color=_c(theme.ACCENT_2), spaceBefore=0, spaceAfter=16
            )
        )
        for label, value in c.lines:
            self.add(
                RLParagraph(_markup([Run(f"{label}: ", bold=True), Run(value)]), s["cover_line"])
            )
        if c.statement:
            self.add(RLSpacer(1, 14))
            self.add(RLParagraph(_markup([Run("Competency")]), s["label"]))
            self.add(self._quote(c.statement))
        self.add(NextPageTemplate("body"))
        self.add(RLPageBreak())

    def _quote(self, text: str) -> Flowable:
        t = RLTable([[RLParagraph(_markup([Run(text)]), self.s["quote"])]], colWidths=[self.width])
        t.setStyle(
            TableStyle(
                [
                    _TABLE_FONT,
                    ("LINEBEFORE", (0, 0), (0, 0), 2.25, _c(theme.ACCENT_2)),
                    ("LEFTPADDING", (0, 0), (0, 0), 12),
                    ("TOPPADDING", (0, 0), (0, 0), 2),
                    ("BOTTOMPADDING", (0, 0), (0, 0), 4),
                ]
            )
        )
        return t

    def toc(self) -> None:
        if not self.doc.toc or not any(h.toc and h.level <= 2 for h in self.doc.headings()):
            return
        self.add(RLParagraph("Contents", self.s["toc_heading"]))
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [self.s["toc1"], self.s["toc2"]]
        toc.tableStyle = TableStyle(
            [
                _TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        self.add(toc)

    def heading(self, h: Heading) -> None:
        level = min(3, max(1, h.level))
        if h.page_break_before and self.out:
            self.add(RLPageBreak())
        p = RLParagraph(_markup([Run(h.text)]), self.s[f"h{level}"])
        # Only levels 1-2 go into the contents (as in the DOCX TOC field's \o "1-2").
        p.tli_heading = (h.anchor or f"h{id(h)}", level, h.text, h.toc and level <= 2)
        self.add(p)
        if level == 1:
            rule = HRFlowable(
                width="100%",
                thickness=1,
                color=_c(theme.RULE),
                spaceBefore=4,
                spaceAfter=theme.H1_AFTER,
            )
            rule.keepWithNext = 1
            self.add(rule)

    def paragraph(self, block: Paragraph) -> None:
        if block.style == "prompt":
            self._callout([RLParagraph(_markup(block.runs), self.s["prompt"])])
            return
        self.add(RLParagraph(_markup(block.runs), self.s.get(block.style, self.s["body"])))

    def _callout(self, paras: list[Flowable]) -> None:
        """The credential's questions in a tinted box, so they never read as the answer."""
        t = RLTable([[paras]], colWidths=[self.width])
        t.setStyle(
            TableStyle(
                [
                    _TABLE_FONT,
                    ("BACKGROUND", (0, 0), (-1, -1), _c(theme.ROW_FILL)),
                    ("LINEBEFORE", (0, 0), (0, 0), 2.25, _c(theme.ACCENT_2)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        t.spaceAfter = 8
        t.keepWithNext = 1  # the questions stay with the start of the answer
        self.add(t)

    def bullets(self, block: BulletList) -> None:
        if block.checked is not None:
            for item, ticked in zip(block.items, block.checked, strict=False):
                self.add(
                    RLParagraph(
                        _markup(item), self.s["check"], bulletText=TICK if ticked else NO_TICK
                    )
                )
            return
        if block.style == "prompt":
            style = self.s["prompt_bullet"]
            self._callout(
                [RLParagraph(_markup(item), style, bulletText="\u2022") for item in block.items]
            )
            return
        style = self.s["bullet2" if block.level else "bullet"]
        for item in block.items:
            self.add(RLParagraph(_markup(item), style, bulletText="\u2022"))

    def _cell_style(self, cell: Cell) -> ParagraphStyle:
        if cell.align == "center":
            return self.s["cell_center"]
        if not cell.indent:
            return self.s["cell"]
        if cell.indent not in self._indent_styles:
            self._indent_styles[cell.indent] = ParagraphStyle(
                f"cell{cell.indent}", parent=self.s["cell"], leftIndent=12 * cell.indent
            )
        return self._indent_styles[cell.indent]

    def table(self, block: Table) -> None:
        ncols = len(block.widths or block.header or (block.rows[0] if block.rows else []))
        if ncols == 0:
            return
        rel = block.widths or [1.0] * ncols
        total = sum(rel) or 1.0
        widths = [self.width * w / total for w in rel]
        data: list[list[Any]] = []
        if block.header:
            data.append(
                [RLParagraph(_markup([Run(t, bold=True)]), self.s["cell"]) for t in block.header]
            )
        for row in block.rows:
            cells = [row[i] if i < len(row) else Cell("") for i in range(ncols)]
            data.append(
                [
                    RLParagraph(_markup([Run(c.text, bold=c.bold)]), self._cell_style(c))
                    for c in cells
                ]
            )
        if not data:
            return
        first = 1 if block.header else 0
        style: list[tuple] = [
            _TABLE_FONT,
            ("GRID", (0, 0), (-1, -1), 0.5, _c(theme.BORDER)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        if block.header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), _c(theme.HEADER_FILL)))
        else:
            style.append(("BACKGROUND", (0, 0), (0, -1), _c(theme.ROW_FILL)))
        for r in sorted(block.shaded_rows):
            style.append(("BACKGROUND", (0, r + first), (-1, r + first), _c(theme.ROW_FILL)))
        t = RLTable(data, colWidths=widths, repeatRows=first, hAlign="LEFT", splitInRow=1)
        t.setStyle(TableStyle(style))
        self.add(t)
        if block.caption:
            self.add(RLParagraph(_markup([Run(block.caption)]), self.s["caption"]))
        else:
            self.add(RLSpacer(1, 8))

    def _figure(self, flowable: Flowable, caption: str) -> None:
        parts = [RLSpacer(1, 4), flowable]
        if caption:
            parts.append(RLParagraph(_markup([Run(caption)]), self.s["caption"]))
        self.add(KeepTogether(parts))

    def image(self, block: Image) -> None:
        max_w = min(block.max_width_in, self.page.text_width_in)
        max_h = min(block.max_height_in, self.page.text_height_in - 1.0)
        w, h = theme.fit_image(block.width_px, block.height_px, max_w, max_h)
        img: Flowable = RLImage(str(block.path), width=w * inch, height=h * inch)
        if block.border:
            img = RLTable([[img]], colWidths=[w * inch], rowHeights=[h * inch])
            img.setStyle(
                TableStyle(
                    [
                        _TABLE_FONT,
                        ("BOX", (0, 0), (-1, -1), 0.75, _c(theme.BORDER)),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
        img.hAlign = "CENTER"
        self._figure(img, block.caption)

    def circle_map(self, block: CircleMapFigure) -> None:
        w = min(block.width_in, self.page.text_width_in) * inch
        h = min(block.height_in, self.page.text_height_in - 1.5) * inch
        try:
            from tli_workbook.circlemap.export import packet_flowable
        except ImportError:
            self.add(
                RLParagraph(
                    "(The Circle Map drawing is not available in this version; "
                    "its entries are listed below.)",
                    self.s["note"],
                )
            )
            return
        flow = _EmbeddedFontDrawing(packet_flowable(block.map_data, block.ring_labels, w, h))
        self._figure(flow, block.caption)

    def block(self, b: Block) -> None:
        if isinstance(b, Heading):
            self.heading(b)
        elif isinstance(b, Paragraph):
            self.paragraph(b)
        elif isinstance(b, BulletList):
            self.bullets(b)
        elif isinstance(b, Table):
            self.table(b)
        elif isinstance(b, Image):
            self.image(b)
        elif isinstance(b, CircleMapFigure):
            self.circle_map(b)
        elif isinstance(b, EvidencePage):
            from tli_workbook.packet.evidence.pdf_pages import evidence_flowable

            self.add(evidence_flowable(b, self.page.text_height_in * inch, fonts.BODY, fonts.BOLD))
        elif isinstance(b, PageBreak):
            if self.out:
                self.add(RLPageBreak())
        elif isinstance(b, Spacer):
            self.add(RLSpacer(1, b.height_pt))


def write_pdf(
    doc: Document,
    target: Path | IO[bytes],
    page: str = "letter",
    progress: Progress | None = None,
    extra_pages: int = 0,
) -> None:
    """Write doc as a PDF to a path or binary stream. extra_pages: pages the caller appends
    afterwards (the upload kit's original PDFs), so the footer's total is right."""
    fonts.register_pdf_fonts()
    size = theme.page_size(page)
    progress = progress or Progress(None)
    flow = _Flow(doc, size)
    flow.cover()
    flow.toc()
    for block in doc.blocks():
        flow.block(block)
    if not flow.out:
        flow.add(RLSpacer(1, 1))
    target_arg: Any = str(target) if isinstance(target, Path) else target
    has_evidence = any(isinstance(b, EvidencePage) for b in doc.blocks())
    if has_evidence:
        # Built in memory first: the original pages are stamped in afterwards.
        buffer = io.BytesIO()
        target_arg = buffer
    template = _Template(target_arg, doc, size, progress, len(flow.out))
    laid_out = list(flow.out)  # build() consumes its list
    canvasmaker = _numbered_canvas(doc.header_text, size, extra_pages)
    from reportlab import rl_config

    # ASCII85 text-encoding of streams is pure Python here and made 30 photos cost ~10 s for
    # nothing: a binary PDF is standard and 20% smaller. Restored after, for other callers.
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        if doc.toc and any(isinstance(f, TableOfContents) for f in flow.out):
            template.multiBuild(flow.out, canvasmaker=canvasmaker, maxPasses=6)
        else:
            template.build(flow.out, canvasmaker=canvasmaker)
    except LayoutError as exc:
        raise ExportError(
            "A part of the packet is too large to fit on a page (a very long table row or a "
            f"huge picture). Details: {str(exc)[:200]}"
        ) from None
    finally:
        rl_config.useA85 = saved_a85
    if has_evidence:
        from tli_workbook.packet.evidence.pdf_pages import placements, stamp_evidence

        progress(0.98, "Adding the evidence pages")
        if isinstance(target, Path):
            with open(target, "wb") as fh:
                stamp_evidence(buffer.getvalue(), placements(laid_out), fh)
        else:
            stamp_evidence(buffer.getvalue(), placements(laid_out), target)
    progress(1.0, "PDF written")


__all__ = ["write_pdf"]
