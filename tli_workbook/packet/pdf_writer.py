"""Writes the neutral document as PDF with reportlab Platypus (imported lazily by the caller).

Fonts are the shipped DejaVu faces with per-character fallback (packet.fonts), all embedded;
right-to-left paragraphs are reordered per line and shaped with HarfBuzz (packet.shaping).
Headings become PDF bookmarks (outline) and table-of-contents entries; every page after the
cover carries the credential name and "Page N of M". Styles come from theme.STYLES.
"""

from __future__ import annotations

import io
import logging
from ast import literal_eval
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepInFrame,
    KeepTogether,
    LayoutError,
    NextPageTemplate,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import TableOfContents

from tli_workbook.packet import fonts, shaping, theme
from tli_workbook.packet.document import (
    BulletList,
    Cell,
    CircleMapFigure,
    Cover,
    Document,
    EvidencePage,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Run,
    Spacer,
    Table,
    VectorFigure,
    clean_text,
)
from tli_workbook.packet.errors import ExportError
from tli_workbook.packet.fonts import escape
from tli_workbook.packet.pdf_png import png_flowable
from tli_workbook.packet.progress import Progress
from tli_workbook.packet.writer import (
    CIRCLE_MAP_MISSING,
    NO_TICK,
    TICK,
    Target,
    Writer,
    column_widths,
    table_columns,
)

log = logging.getLogger(__name__)
PRODUCER = "TLI Workbook"
# Table cells default to Helvetica (never embedded) even when they hold Paragraphs.
_TABLE_FONT = ("FONT", (0, 0), (-1, -1), fonts.BODY, theme.TABLE_SIZE)


def _c(hex_: str) -> colors.Color:
    return colors.HexColor("#" + hex_)


def _markup(
    runs: list[Run], bold: bool = False, italic: bool = False, split_mixed: bool = False
) -> str:
    """Runs as Platypus markup. User text is always escaped; every run names its face
    explicitly (and fallback fonts for characters the face lacks), so no run is left to
    reportlab's font mapping."""
    out = []
    for r in runs:
        name = fonts.face(bold or r.bold, italic or r.italic)
        text = fonts.markup(clean_text(r.text), bold or r.bold, italic or r.italic, split_mixed)
        if r.tone:
            text = f'<font color="#{theme.TONES[r.tone]}">{text}</font>'
        # A run in the style's own face needs no <font>: a paragraph of one fragment keeps
        # reportlab's full per-line bidi ordering (it is limited for mixed fragments).
        same = name == fonts.face(bold, italic)
        out.append(text if same else f'<font name="{name}">{text}</font>')
    return "".join(out)


def _style_from(key: str, parent: ParagraphStyle | None, **extra: Any) -> ParagraphStyle:
    spec = theme.STYLES[key]
    kw: dict[str, Any] = {
        "fontName": fonts.face(bool(spec.bold), bool(spec.italic)),
        "fontSize": spec.size,
        "leading": spec.leading_pt(),
        "alignment": TA_CENTER if spec.align == "center" else TA_LEFT,
    }
    if spec.color is not None:
        kw["textColor"] = _c(spec.color)
    if spec.before is not None:
        kw["spaceBefore"] = spec.before
    if spec.after is not None:
        kw["spaceAfter"] = spec.after
    if spec.keep_next:
        kw["keepWithNext"] = 1
    if spec.indent_in:
        kw["leftIndent"] = spec.indent_in * 72
    kw.update(extra)
    st = ParagraphStyle(key, parent=parent, **kw)
    # Remembered for _markup: runs inherit the style's weight and slant.
    st.tli_bold = bool(spec.bold)  # type: ignore[attr-defined]
    st.tli_italic = bool(spec.italic)  # type: ignore[attr-defined]
    return st


def _styles() -> dict[str, ParagraphStyle]:
    # No single line of a paragraph stranded at the top (widow) or foot (orphan) of a page.
    body = _style_from("body", None, allowWidows=0, allowOrphans=0)
    s = {"body": body}
    for key in theme.STYLES:
        if key != "body":
            s[key] = _style_from(key, body)
    # PDF-only adjustments: the H1 rule carries the space below it; the quote and the prompt
    # sit in a framed box, which carries their spacing.
    s["h1"].spaceAfter = 2
    s["subtitle"].spaceAfter = 8
    s["quote"].spaceAfter = 0
    s["quote"].spaceBefore = 0
    s["quote"].leftIndent = 0
    s["bullet"].__dict__.update(leftIndent=18, bulletIndent=5, bulletFontName=fonts.BODY)
    s["bullet2"].__dict__.update(leftIndent=36, bulletIndent=23, bulletFontName=fonts.BODY)
    s["prompt_bullet"].__dict__.update(leftIndent=18, bulletIndent=5, bulletFontName=fonts.BODY)
    s["check"].__dict__.update(
        leftIndent=21, bulletIndent=3, bulletFontName=fonts.BODY, bulletFontSize=theme.BODY_SIZE + 1
    )
    s["cell_center"] = ParagraphStyle("cell_center", parent=s["cell"], alignment=TA_CENTER)
    s["note_center"] = ParagraphStyle("note_center", parent=s["note"], alignment=TA_CENTER)
    for name in ("cell_center", "note_center"):
        s[name].tli_bold = False  # type: ignore[attr-defined]
        s[name].tli_italic = name == "note_center"  # type: ignore[attr-defined]
    return s


def _numbered_canvas(
    header_text: str, page: theme.PageSize, extra: int, margin_in: float = theme.MARGIN_IN
) -> type[Canvas]:
    """A canvas that holds pages back until the end, to print "Page N of M" (M counting
    `extra` pages that will be appended to the file afterwards)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.tli_decorate = True
            # Filled while the pages are drawn (the page of each contents heading) and read
            # in save(), when every heading's page is known. Never rebound: each page's saved
            # state refers to these same objects.
            self.tli_heading_pages: dict[str, int] = {}
            self.tli_numbers: list[_TocNumber] = []
            self.tli_complete: Any = lambda: True  # the template's contents_complete

        def tli_defer_number(self, number: _TocNumber) -> None:
            """Draw a contents entry's dots and page number as a form filled in at save()."""
            number.form = f"tliToc{len(self.tli_numbers)}"
            number.page = self.getPageNumber()
            number.matrix = self._currentMatrix  # type: ignore[has-type]  # reportlab's own
            self.tli_numbers.append(number)
            self.doForm(number.form)

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own, not in its stubs

        def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
            # Pages reach the document only in save(), so reportlab would point every
            # bookmark (and every contents link) at page 1: name the page being drawn.
            doc = self._doc  # type: ignore[attr-defined]  # reportlab's own, not in its stubs
            saved, doc.pageCounter = doc.pageCounter, self.getPageNumber()
            try:
                return super().bookmarkPage(key, *args, **kwargs)
            finally:
                doc.pageCounter = saved

        def save(self) -> None:
            if not self.tli_complete():
                # The contents list a heading that never got a page: its link has no
                # destination (reportlab refuses to save) and the writer builds again.
                return
            total = len(self._pages) + extra
            links: dict[int, list[tuple[_TocNumber, tuple[float, float, float, float]]]] = {}
            for n in self.tli_numbers:
                rect = n.draw_form(self, self.tli_heading_pages.get(n.key, 0))
                links.setdefault(n.page, []).append((n, rect))
            count = self._annotationCount  # type: ignore[has-type]  # reportlab's own
            for state in self._pages:
                self.__dict__.update(state)
                # Annotations are named by a running count, which a page's state rewinds.
                self._annotationCount = count
                for n, rect in links.get(self.getPageNumber(), []):
                    here = self._currentMatrix  # type: ignore[has-type]  # reportlab's own
                    self._currentMatrix = n.matrix
                    self.linkRect("", n.key, rect, relative=1)
                    self._currentMatrix = here
                count = self._annotationCount
                if self.tli_decorate:
                    self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            w = page.width_in * inch
            m = margin_in * inch
            # Header and footer sit in the margin, 0.4 in clear of the text (less on a sheet
            # with narrow margins, such as the readiness report).
            gap = max(0.3, margin_in - 0.4) * inch
            top = page.height_in * inch - gap
            self.saveState()
            self.setFont(fonts.BODY, theme.HEADER_SIZE)
            self.setFillColor(_c(theme.MUTED))
            self.drawRightString(w - m, top, clean_text(header_text))
            self.setStrokeColor(_c(theme.RULE))
            self.setLineWidth(0.5)
            self.line(m, top - 4, w - m, top - 4)
            number = self._pageNumber  # type: ignore[attr-defined]  # reportlab's, not in stubs
            words = QCoreApplication.translate("Packet", "Page {page} of {total}")
            self.drawCentredString(w / 2, gap - 0.05 * inch, words.format(page=number, total=total))
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


# The forms of the contents' page numbers are drawn in the entry line's own coordinates; a
# bounding box this large never clips them.
_FORM_REACH = 10000


class _TocNumber:
    """A contents entry's dots and page number, drawn as reportlab's TableOfContents draws
    them (tableofcontents.drawPageNumbers) but later: the entry's line refers to a form that
    save() fills in once every heading's page is known, so the packet is laid out once
    instead of twice (the numbers change no line's height)."""

    def __init__(
        self, key: str, style: ParagraphStyle, x: float, y: float, avail_w: float, dot: str
    ) -> None:
        self.key, self.style, self.x, self.y = key, style, x, y
        self.avail_w, self.dot = avail_w, dot
        self.form = ""
        self.page = 0  # the page the entry is on (its link goes there)
        self.matrix: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

    def draw_form(self, canv: Canvas, page: int) -> tuple[float, float, float, float]:
        """Define the form for heading page `page`; return the number's link rectangle in the
        entry's coordinates."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        st = self.style
        text = str(page)
        size = st.fontSize
        width = stringWidth(text, st.fontName, size)
        # As reportlab: a number too wide for what is left of the line shrinks in 10% steps.
        while width > self.avail_w - self.x and size >= 1.0:
            size *= 0.9
            width = stringWidth(text, st.fontName, size)
        if self.dot:
            dot_w = stringWidth(self.dot, st.fontName, size)
            dots = int((self.avail_w - self.x - width) / dot_w)
        else:
            dots, dot_w = 0, 0.0
        page_x = self.avail_w - width
        canv.beginForm(self.form, -_FORM_REACH, -_FORM_REACH, _FORM_REACH, _FORM_REACH)
        tx = canv.beginText(self.avail_w - dots * dot_w - width, self.y)
        tx.setFont(st.fontName, size)
        tx.setFillColor(st.textColor)
        tx.textLine(dots * self.dot + text)
        canv.drawText(tx)
        canv.endForm()
        return page_x, self.y, page_x + width, self.y + st.leading


class _Contents(TableOfContents):
    """reportlab's contents list, laid out from entries known before the build (the packet's
    headings) in a single pass, their page numbers drawn at the end (_TocNumber). With
    `deferred` off it is reportlab's own, for multiBuild: the fallback when the headings laid
    out are not the ones listed."""

    def __init__(self, entries: list[tuple[int, str, int, str]]) -> None:
        super().__init__(dotsMinLevel=0)
        self.addEntries(entries)
        self._lastEntries = list(entries)  # what wrap() lays out in build()
        self.deferred = True

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        size = super().wrap(avail_w, avail_h)
        if self.deferred:
            # Replaces the callback super().wrap() named, which draws the number at once.
            self.canv.setNamedCB("drawTOCEntryEnd", partial(self._defer, avail_w))
        return size

    def _defer(self, avail_w: float, canv: Any, _kind: str, label: str) -> None:
        parts = label.split(",")
        level, key = int(parts[1]), literal_eval(parts[2])
        style = self.getLevelStyle(level)
        dot = " . " if 0 <= self.dotsMinLevel <= level else ""
        at = canv._curr_tx_info  # set by Paragraph while it calls an onDraw callback
        canv.tli_defer_number(_TocNumber(key, style, at["cur_x"], at["cur_y"], avail_w, dot))


class _Template(BaseDocTemplate):
    def __init__(
        self,
        target: Any,
        doc: Document,
        page: theme.PageSize,
        progress: Progress,
        n_flowables: int,
        margin_in: float = theme.MARGIN_IN,
    ) -> None:
        m = margin_in * inch
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
            keywords=[clean_text(doc.keywords)],  # reportlab joins a list with ", "
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
            page.width_in * inch - 2 * m,
            page.height_in * inch - 2 * m,
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
        self.passes_expected = 1
        self.outline_level = -1
        self.toc_seen: list[tuple[int, str, str]] = []
        # The contents entries as laid out before the build; None when reportlab's passes
        # collect them (multiBuild) or there are no contents.
        self.toc_listed: list[tuple[int, str, str]] | None = None

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
        self.toc_seen = []
        self.canv.tli_complete = self.contents_complete  # type: ignore[attr-defined]  # ours
        # The Platypus outline needs each entry at most one level below the one before it.
        self.canv.showOutline()

    def contents_complete(self) -> bool:
        """Did the headings laid out report exactly the entries the contents list?"""
        return self.toc_listed is None or self.toc_seen == self.toc_listed

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        self.count += 1
        if self.count % 15 == 0:
            done = self.pass_no - 1 + min(1.0, self.count / self.n)
            f = min(0.97, done / self.passes_expected)
            self.progress(f, QCoreApplication.translate("Packet", "Writing the PDF"))
        mark = getattr(flowable, "tli_heading", None)
        if mark is None:
            return
        key, level, text, toc = mark
        outline = min(level - 1, self.outline_level + 1)
        self.outline_level = outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(clean_text(text), key, level=outline, closed=outline >= 1)
        if toc:
            self.toc_seen.append((level - 1, escape(clean_text(text)), key))
            self.canv.tli_heading_pages[key] = self.page  # type: ignore[attr-defined]  # ours
            self.notify("TOCEntry", (level - 1, escape(clean_text(text)), self.page, key))


class _Paragraph(RLParagraph):
    """A Paragraph that falls back to unshaped text (still in bidi order) when HarfBuzz
    shaping fails: reportlab 5.1 cannot place a shaped glyph that has no character of its
    own (its `hbAddPrivate` is missing), which a word mixing two fonts can produce."""

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        try:
            return super().wrap(avail_w, avail_h)
        except (AttributeError, KeyError):
            if not getattr(self.style, "shaping", 0):
                raise
            log.info("shaping failed for a paragraph; set unshaped", exc_info=True)
            self.style = ParagraphStyle(self.style.name + "-unshaped", parent=self.style)
            self.style.shaping = 0
            for attr in ("blPara", "_wrapWidths"):
                self.__dict__.pop(attr, None)
            return super().wrap(avail_w, avail_h)

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        try:
            return super().split(avail_w, avail_h)
        except (AttributeError, KeyError):
            if not getattr(self.style, "shaping", 0):
                raise
            self.style = ParagraphStyle(self.style.name + "-unshaped", parent=self.style)
            self.style.shaping = 0
            self.__dict__.pop("blPara", None)
            return super().split(avail_w, avail_h)


class PdfWriter(Writer):
    """Translates blocks into Platypus flowables; `finish` lays them out."""

    activity = str(QT_TRANSLATE_NOOP("Packet", "Writing the PDF"))

    def __init__(
        self,
        doc: Document,
        page: str = "letter",
        progress: Progress | None = None,
        extra_pages: int = 0,
    ) -> None:
        super().__init__(doc, page, progress)
        self.extra_pages = extra_pages
        self.margin = doc.margin_in or theme.MARGIN_IN
        self.width = (self.page.width_in - 2 * self.margin) * inch
        self.out: list[Flowable] = []
        self.passes = 0  # layout passes of the last finish(), for tests and benchmarks
        self._variants: dict[tuple[str, str, bool, float], ParagraphStyle] = {}
        self.toc_listed: list[tuple[int, str, str]] = []

    def start(self) -> None:
        fonts.register_pdf_fonts()
        self.s = _styles()

    def block_progress(self, fraction: float) -> None:
        pass  # the layout passes in finish() report progress (see _Template.afterFlowable)

    def add(self, f: Flowable) -> None:
        self.out.append(f)
        self.started = True

    # -- paragraphs

    def para(
        self,
        runs: list[Run],
        style: ParagraphStyle | str,
        size: float | None = None,
        **kw: Any,
    ) -> RLParagraph:
        """A Paragraph of runs, reordered and shaped when it holds right-to-left or joining
        scripts (Hebrew, Arabic), right-aligned when it starts right-to-left."""
        st = self.s[style] if isinstance(style, str) else style
        text = "".join(r.text for r in runs)
        direction = shaping.direction(text) or ""
        shaped = bool(direction) or shaping.needs_shaping(text)
        markup = _markup(runs, st.tli_bold, st.tli_italic, shaped)  # type: ignore[attr-defined]
        if direction or shaped or size:
            st = self._variant(st, direction, shaped, size or 0.0)
        return _Paragraph(markup, st, **kw)

    def _variant(
        self, st: ParagraphStyle, direction: str, shaped: bool, size: float
    ) -> ParagraphStyle:
        key = (st.name, direction, shaped, size)
        if key not in self._variants:
            extra: dict[str, Any] = {}
            if direction:
                extra["wordWrap"] = direction
                if direction == "RTL" and st.alignment == TA_LEFT:
                    extra["alignment"] = TA_RIGHT
            if shaped:
                extra["shaping"] = 1
            if size:
                extra["fontSize"] = size
                extra["leading"] = size * 1.3
            v = ParagraphStyle(f"{st.name}-{direction}{int(shaped)}{size}", parent=st, **extra)
            v.tli_bold = st.tli_bold  # type: ignore[attr-defined]
            v.tli_italic = st.tli_italic  # type: ignore[attr-defined]
            self._variants[key] = v
        return self._variants[key]

    # -- cover and contents

    def cover(self, c: Cover) -> None:
        s = self.s
        self.add(RLSpacer(1, 2.0 * inch))
        self.add(self.para([Run(c.title)], "title"))
        self.add(self.para([Run(c.subtitle)], "subtitle"))
        self.add(
            HRFlowable(
                width="100%", thickness=1.5, color=_c(theme.ACCENT_2), spaceBefore=0, spaceAfter=16
            )
        )
        for label, value in c.lines:
            self.add(self.para([Run(f"{label}: ", bold=True), Run(value)], "cover_line"))
        if c.statement:
            self.add(RLSpacer(1, 14))
            competency = QCoreApplication.translate("Packet", "Competency")
            self.add(self.para([Run(competency)], s["label"]))
            self.add(self._quote(c.statement))
        self.add(NextPageTemplate("body"))
        self.add(RLPageBreak())

    def _quote(self, text: str) -> Flowable:
        t = RLTable([[self.para([Run(text)], "quote")]], colWidths=[self.width])
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

    def toc(self, entries: list[Heading]) -> None:
        self.add(
            RLParagraph(QCoreApplication.translate("Packet", "Contents"), self.s["toc_heading"])
        )
        # Page 0 until the build: the numbers are drawn when the document is saved.
        seeds = [
            (self.heading_level(h) - 1, escape(clean_text(h.text)), 0, _toc_key(h)) for h in entries
        ]
        self.toc_listed = [(level, text, key) for level, text, _, key in seeds]
        toc = _Contents(seeds)
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

    # -- blocks

    def heading(self, h: Heading) -> None:
        level = self.heading_level(h)
        if h.page_break_before and self.out:
            self.add(RLPageBreak())
        p = self.para([Run(h.text)], f"h{level}")
        # Only levels 1-2 go into the contents (as in the DOCX TOC field's \o "1-2").
        entry = (_toc_key(h), level, h.text, h.toc and level <= 2)
        p.tli_heading = entry  # type: ignore[attr-defined]  # our own mark, read in afterFlowable
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
            self._callout([self.para(block.runs, "prompt")])
            return
        if block.style == "banner":
            self._banner(block)
            return
        self.add(self.para(block.runs, block.style if block.style in self.s else "body"))

    def _banner(self, block: Paragraph) -> None:
        """A framed status line (the readiness report's verdict), in its run's colour."""
        tone = next((r.tone for r in block.runs if r.tone), "")
        colour = _c(theme.TONES.get(tone, theme.ACCENT))
        t = RLTable([[self.para(block.runs, "banner")]], colWidths=[self.width])
        t.setStyle(
            TableStyle(
                [
                    _TABLE_FONT,
                    ("BOX", (0, 0), (-1, -1), 1.2, colour),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        t.spaceAfter = 8
        self.add(t)

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
                self.add(self.para(item, "check", bulletText=TICK if ticked else NO_TICK))
            return
        if block.style == "prompt":
            self._callout(
                [self.para(item, "prompt_bullet", bulletText="\u2022") for item in block.items]
            )
            return
        style = "bullet2" if block.level else "bullet"
        for item in block.items:
            self.add(self.para(item, style, bulletText="\u2022"))

    def _cell_style(self, cell: Cell) -> ParagraphStyle:
        if cell.align == "center":
            return self.s["cell_center"]
        if not cell.indent:
            return self.s["cell"]
        key = f"cell{cell.indent}"
        if key not in self.s:
            st = ParagraphStyle(key, parent=self.s["cell"], leftIndent=12 * cell.indent)
            st.tli_bold = st.tli_italic = False  # type: ignore[attr-defined]
            self.s[key] = st
        return self.s[key]

    def table(self, block: Table) -> None:
        ncols = table_columns(block)
        if ncols == 0:
            return
        widths, size = table_column_widths(block, self.width)
        data: list[list[Any]] = []
        if block.header:
            data.append([self.para([Run(t, bold=True)], "cell", size=size) for t in block.header])
        for row in block.rows:
            cells = [row[i] if i < len(row) else Cell("") for i in range(ncols)]
            data.append(
                [
                    self.para(
                        c.all_runs(),
                        self._cell_style(c),
                        size=(theme.SMALL_SIZE if c.small else size),
                    )
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
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        if block.header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), _c(theme.HEADER_FILL)))
        else:
            style.append(("BACKGROUND", (0, 0), (0, -1), _c(theme.ROW_FILL)))
        for r in sorted(block.shaded_rows):
            style.append(("BACKGROUND", (0, r + first), (-1, r + first), _c(theme.ROW_FILL)))
        # A row splits across pages only when it is taller than a page (splitInRow); whole
        # rows move otherwise, so no cell's last line is stranded on the next page.
        t = RLTable(data, colWidths=widths, repeatRows=first, hAlign="LEFT", splitInRow=1)
        t.setStyle(TableStyle(style))
        box: Flowable = t
        if len(data) <= 3:
            box = KeepTogether([t])  # a small box (the blank form's prompts) never splits
        self.add(box)
        if block.caption:
            self.add(self.para([Run(block.caption)], "caption"))
        else:
            self.add(RLSpacer(1, 8))

    def _figure(self, flowable: Flowable, caption: str) -> None:
        parts = [RLSpacer(1, 4), flowable]
        if caption:
            parts.append(self.para([Run(caption)], "caption"))
        self.add(KeepTogether(parts))

    def image(self, block: Image) -> None:
        max_w = min(block.max_width_in, self.page.text_width_in)
        max_h = min(block.max_height_in, self.page.text_height_in - 1.0)
        w, h = theme.fit_image(block.width_px, block.height_px, max_w, max_h)
        img: Flowable = png_flowable(block.path, w * inch, h * inch)
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
            missing = QCoreApplication.translate("Packet", CIRCLE_MAP_MISSING)
            self.add(self.para([Run(missing)], "note"))
            return
        flow = _EmbeddedFontDrawing(packet_flowable(block.map_data, block.ring_labels, w, h))
        self._figure(flow, block.caption)

    def vector_figure(self, block: VectorFigure) -> None:
        w, h = block.fit_in(self.page.text_width_in, self.page.text_height_in - 1.5)
        drawing = block.display.to_reportlab_drawing(w * inch, h * inch)
        self._figure(_EmbeddedFontDrawing(drawing), block.caption)

    def evidence_page(self, block: EvidencePage) -> None:
        from tli_workbook.packet.evidence.pdf_pages import evidence_flowable

        self.add(evidence_flowable(block, self.page.text_height_in * inch, fonts.BODY, fonts.BOLD))

    def page_break(self, block: PageBreak) -> None:
        if self.out:
            self.add(RLPageBreak())

    def spacer(self, block: Spacer) -> None:
        self.add(RLSpacer(1, block.height_pt))

    # -- layout

    def _build(
        self, target_arg: Any, story: list[Flowable], multi: bool, contents: Any = None
    ) -> _Template:
        doc = self.doc
        template = _Template(target_arg, doc, self.page, self.progress, len(story), self.margin)
        if contents is not None:
            template.toc_listed = self.toc_listed
        canvasmaker = _numbered_canvas(doc.header_text, self.page, self.extra_pages, self.margin)
        from reportlab import rl_config

        # ASCII85 text-encoding of streams is pure Python here and made 30 photos cost ~10 s
        # for nothing: a binary PDF is standard and 20% smaller. Restored after.
        saved_a85 = rl_config.useA85
        rl_config.useA85 = 0
        try:
            if multi:
                template.passes_expected = 3
                template.multiBuild(story, canvasmaker=canvasmaker, maxPasses=6)
            else:
                template.build(story, canvasmaker=canvasmaker)
        except LayoutError as exc:
            raise ExportError(
                "A part of the packet is too large to fit on a page (a very long table row or "
                f"a huge picture). Details: {str(exc)[:200]}"
            ) from None
        finally:
            rl_config.useA85 = saved_a85
            self.passes = template.pass_no
        return template

    def finish(self, target: Target) -> None:
        doc = self.doc
        if not self.out:
            self.add(RLSpacer(1, 1))
        story = self.out
        if doc.one_page:
            frame_h = (self.page.height_in - 2 * self.margin) * inch
            story = [KeepInFrame(self.width, frame_h, self.out, mode="shrink")]
            for f in self.out:
                if isinstance(f, _Contents):
                    f.deferred = False  # inside the frame no heading reports its page
        has_evidence = any(isinstance(b, EvidencePage) for b in doc.blocks())
        contents = next((f for f in story if isinstance(f, _Contents)), None)
        target_arg: Any = str(target) if isinstance(target, Path) else target
        if has_evidence or contents is not None:
            # Built in memory first: the original pages are stamped in afterwards, and a
            # contents list whose headings did not all lay out is built again.
            target_arg = io.BytesIO()
        laid_out = list(story)  # build() consumes its list
        template = self._build(target_arg, story, multi=False, contents=contents)
        if contents is not None and not template.contents_complete():
            # A heading listed but never laid out as one (or the reverse): reportlab's own
            # passes list what was laid out.
            log.info("contents entries differ from the headings laid out; two passes")
            contents.deferred = False
            target_arg = io.BytesIO()
            passes = template.pass_no
            template = self._build(target_arg, list(laid_out), multi=True)
            self.passes = passes + template.pass_no
        if has_evidence:
            from tli_workbook.packet.evidence.pdf_pages import placements, stamp_evidence

            self.progress(0.98, QCoreApplication.translate("Packet", "Adding the evidence pages"))
            built, where = target_arg.getvalue(), placements(laid_out)
            _write_to(target, lambda fh: stamp_evidence(built, where, fh))
        elif contents is not None:
            _write_to(target, lambda fh: fh.write(target_arg.getvalue()))
        missing = fonts.missing_characters()
        if missing:
            sample = " ".join(f"{c} (U+{ord(c):04X})" for c in list(missing)[:5])
            log.warning("characters no font has, printed as \ufffd: %s", sample)
        self.progress(1.0, QCoreApplication.translate("Packet", "PDF written"))


def _write_to(target: Target | str, write: Callable[[IO[bytes]], Any]) -> None:
    """Hand `write` the file at a path (opened for writing) or the stream it was given."""
    if isinstance(target, (str, Path)):
        with open(target, "wb") as fh:
            write(fh)
    else:
        write(target)


def _toc_key(h: Heading) -> str:
    """The bookmark a heading's outline and contents entries point at."""
    return h.anchor or f"h{id(h)}"


CELL_PAD = 5.0
_TABLE_SIZES = (theme.TABLE_SIZE, 8.5, 7.5)


def _longest_word(cell_runs: list[Run], size: float, indent: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    best = 0.0
    for r in cell_runs:
        name = fonts.face(r.bold, r.italic)
        for word in clean_text(r.text).split():
            try:
                w = stringWidth(word, name, size)
            except Exception:  # a character outside the face: estimate
                w = len(word) * size * 0.6
            best = max(best, w)
    return best + indent


def table_column_widths(block: Table, total: float) -> tuple[list[float], float]:
    """Column widths in points and the cell type size: every column at least as wide as its
    longest word (so no word breaks mid-word, "conv ersations"), the type a step smaller
    when the table cannot fit its words otherwise. Both writers ask, for every table: the
    answer is kept on the block (it depends on the block's text, which does not change)."""
    cached: dict[float, tuple[list[float], float]] = block.__dict__.setdefault(_WIDTHS, {})
    if total not in cached:
        cached[total] = _measure_columns(block, total)
    widths, size = cached[total]
    return list(widths), size


_WIDTHS = "_tli_column_widths"


def _measure_columns(block: Table, total: float) -> tuple[list[float], float]:
    fonts.register_pdf_fonts()
    ncols = table_columns(block)
    rows = [[Cell(t, bold=True) for t in block.header]] if block.header else []
    rows += block.rows
    size = _TABLE_SIZES[0]
    for size in _TABLE_SIZES:
        need = [2 * CELL_PAD + 1.0] * ncols
        for row in rows:
            for i, c in enumerate(row[:ncols]):
                cs = theme.SMALL_SIZE if c.small else size
                need[i] = max(
                    need[i], _longest_word(c.all_runs(), cs, 12 * c.indent) + 2 * CELL_PAD + 1
                )
        if sum(need) <= total:
            return column_widths(block, total, need), size
    return column_widths(block, total, need), size


def write_pdf(
    doc: Document,
    target: Path | IO[bytes],
    page: str = "letter",
    progress: Progress | None = None,
    extra_pages: int = 0,
) -> None:
    """Write doc as a PDF to a path or binary stream. extra_pages: pages the caller appends
    afterwards (the upload kit's original PDFs), so the footer's total is right."""
    PdfWriter(doc, page, progress, extra_pages).write(target)


__all__ = ["PdfWriter", "table_column_widths", "write_pdf"]
