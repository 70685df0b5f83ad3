"""Writes the neutral document as a QTextDocument and paints it page by page on a QPainter
device (a QPrinter): vector text on whatever paper the printer has, cut into pages only between
blocks, so a box (table) never splits across pages and a heading never ends a page.

Uses QtGui only (no widgets). Styles come from theme.STYLES, fonts from the shipped files.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from tli_workbook.packet import fonts, theme
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
from tli_workbook.packet.writer import CIRCLE_MAP_MISSING, NO_TICK, TICK, Target, Writer

log = logging.getLogger(__name__)

KEEP_NEXT = 1  # QTextBlock user state: keep with the next block (headings, labels)
FORCE_BREAK = 2  # a page break before this block


def _family() -> str:
    """Load the shipped DejaVu faces into Qt once; their family name."""
    family = "DejaVu Sans"
    for path in fonts.font_paths().values():
        fid = QFontDatabase.addApplicationFont(str(path))
        names = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
        family = names[0] if names else family
    return family


class QtDocumentWriter(Writer):
    """Builds a QTextDocument at the device's page width; `paint` prints it."""

    activity = str(QT_TRANSLATE_NOOP("Packet", "Preparing the pages"))

    def __init__(self, doc: Document, device: QPagedPaintDevice) -> None:
        super().__init__(doc, "letter")
        self.device = device
        self.qdoc = QTextDocument()
        # Lay out in points (a 72 dpi reference device); paint() scales to the printer.
        self._ref = QImage(8, 8, QImage.Format.Format_ARGB32)
        self._ref.setDotsPerMeterX(round(72 / 0.0254))
        self._ref.setDotsPerMeterY(round(72 / 0.0254))
        self.qdoc.documentLayout().setPaintDevice(self._ref)
        self.cursor = QTextCursor(self.qdoc)
        self.family = _family()
        self.px = 1.0  # layout units per point
        self.scale = device.logicalDpiY() / 72.0  # device pixels per point
        self.text_width = device.width() / self.scale
        self._first = True
        self._break_next = False

    # -- formats from the style table

    def _char(self, key: str, run: Run | None = None) -> QTextCharFormat:
        spec = theme.style(key)
        f = QTextCharFormat()
        font = QFont(self.family)
        font.setPointSizeF(spec.size)
        font.setBold(bool(spec.bold) or bool(run and run.bold))
        font.setItalic(bool(spec.italic) or bool(run and run.italic))
        f.setFont(font)
        colour = theme.TONES.get(run.tone, spec.color) if run and run.tone else spec.color
        f.setForeground(QColor("#" + (colour or theme.TEXT)))
        return f

    def _block_format(self, key: str) -> QTextBlockFormat:
        spec = theme.style(key)
        bf = QTextBlockFormat()
        bf.setTopMargin((spec.before or 0) * self.px)
        bf.setBottomMargin((spec.after if spec.after is not None else theme.PARA_AFTER) * self.px)
        bf.setLineHeight(spec.leading_pt() * self.px, 2)  # 2 = QTextBlockFormat.FixedHeight
        bf.setLeftMargin((spec.indent_in or 0) * 72 * self.px)
        if spec.align == "center":
            bf.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        return bf

    def _new_block(self, key: str) -> None:
        bf = self._block_format(key)
        if self._first:
            self.cursor.setBlockFormat(bf)
            self._first = False
        else:
            self.cursor.insertBlock(bf)
        state = KEEP_NEXT if theme.style(key).keep_next else 0
        if self._break_next:
            state |= FORCE_BREAK
            self._break_next = False
        self.cursor.block().setUserState(state)
        self.started = True

    def _runs(self, runs: list[Run], key: str) -> None:
        for r in runs:
            self.cursor.insertText(clean_text(r.text).replace("\n", "\u2028"), self._char(key, r))

    # -- blocks

    def cover(self, c: Cover) -> None:
        self._new_block("title")
        self._runs([Run(c.title)], "title")
        self._new_block("subtitle")
        self._runs([Run(c.subtitle)], "subtitle")
        for label, value in c.lines:
            self._new_block("cover_line")
            self._runs([Run(f"{label}: ", bold=True), Run(value)], "cover_line")
        if c.statement:
            self._new_block("quote")
            self._runs([Run(c.statement)], "quote")
        self._break_next = True

    def toc(self, entries: list[Heading]) -> None:
        self._new_block("toc_heading")
        self._runs([Run(QCoreApplication.translate("Packet", "Contents"))], "toc_heading")
        for h in entries:
            key = "toc1" if h.level == 1 else "toc2"
            self._new_block(key)
            self._runs([Run(h.text)], key)

    def heading(self, h: Heading) -> None:
        key = f"h{self.heading_level(h)}"
        if h.page_break_before and self.started:
            self._break_next = True
        self._new_block(key)
        self._runs([Run(h.text)], key)

    def paragraph(self, block: Paragraph) -> None:
        key = block.style if block.style in theme.STYLES else "body"
        self._new_block(key)
        self._runs(block.runs, key)

    def bullets(self, block: BulletList) -> None:
        key = "prompt_bullet" if block.style == "prompt" else "bullet"
        for i, item in enumerate(block.items):
            self._new_block(key)
            if block.checked is not None:
                ticked = i < len(block.checked) and block.checked[i]
                self._runs([Run(f"{TICK if ticked else NO_TICK} "), *item], key)
            else:
                if i == 0:
                    lf = QTextListFormat()
                    lf.setStyle(QTextListFormat.Style.ListDisc)
                    lf.setIndent(1 + block.level)
                    self.cursor.createList(lf)
                self._runs(item, key)
        self._after_list = True

    def table(self, block: Table) -> None:
        from tli_workbook.packet.pdf_writer import table_column_widths

        ncols = len(block.widths or block.header or (block.rows[0] if block.rows else []))
        if ncols == 0:
            return
        self._new_block("gap")
        width_pt = self.text_width
        widths, _size = table_column_widths(block, width_pt)
        rows = len(block.rows) + (1 if block.header else 0)
        tf = QTextTableFormat()
        tf.setBorder(1.0)  # whole layout units: Qt rounds a thinner border away
        tf.setBorderBrush(QBrush(QColor("#" + theme.BORDER)))
        tf.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        tf.setCellSpacing(0)
        tf.setCellPadding(4 * self.px)
        tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        tf.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100 * w / sum(widths)) for w in widths]
        )
        if block.header:
            tf.setHeaderRowCount(1)
        table = self.cursor.insertTable(rows, ncols, tf)
        r0 = 0
        if block.header:
            for i, text in enumerate(block.header):
                self._fill(table, 0, i, Cell(text, bold=True), theme.HEADER_FILL)
            r0 = 1
        for r, row in enumerate(block.rows):
            for i in range(ncols):
                cell = row[i] if i < len(row) else Cell("")
                fill = theme.ROW_FILL if (not block.header and i == 0) else None
                self._fill(table, r0 + r, i, cell, fill)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        if block.caption:
            self.paragraph(Paragraph.of(block.caption, "caption"))

    def _fill(self, table: object, row: int, col: int, cell: Cell, fill: str | None) -> None:
        qcell = table.cellAt(row, col)  # type: ignore[attr-defined]
        if fill:
            cf = qcell.format()
            cf.setBackground(QColor("#" + fill))
            qcell.setFormat(cf)
        cur = qcell.firstCursorPosition()
        bf = self._block_format("cell")
        bf.setLeftMargin(12 * cell.indent * self.px)
        if cell.align == "center":
            bf.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        cur.setBlockFormat(bf)
        for r in cell.all_runs():
            cur.insertText(clean_text(r.text).replace("\n", "\u2028"), self._char("cell", r))

    def image(self, block: Image) -> None:
        self._new_block("figure")
        w, h = theme.fit_image(block.width_px, block.height_px, 6.0, 5.0)
        from PySide6.QtGui import QTextImageFormat

        fmt = QTextImageFormat()
        fmt.setName(str(block.path))
        fmt.setWidth(w * 72 * self.px)
        fmt.setHeight(h * 72 * self.px)
        self.cursor.insertImage(fmt)
        if block.caption:
            self.paragraph(Paragraph.of(block.caption, "caption"))

    def circle_map(self, block: CircleMapFigure) -> None:
        missing = QCoreApplication.translate("Packet", CIRCLE_MAP_MISSING)
        self.paragraph(Paragraph.of(missing, "note"))

    def vector_figure(self, block: VectorFigure) -> None:
        from PySide6.QtCore import QUrl

        from tli_workbook.circlemap.export import display_png

        self._new_block("figure")
        w, h = block.fit_in(6.0, 5.0)
        image = QImage.fromData(display_png(block.display, w, dpi=200))
        name = f"figure-{id(block)}.png"
        self.qdoc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        from PySide6.QtGui import QTextImageFormat

        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setWidth(w * 72 * self.px)
        fmt.setHeight(h * 72 * self.px)
        self.cursor.insertImage(fmt)
        if block.caption:
            self.paragraph(Paragraph.of(block.caption, "caption"))

    def evidence_page(self, block: EvidencePage) -> None:
        self.paragraph(Paragraph.of(block.caption, "label"))

    def page_break(self, block: PageBreak) -> None:
        if self.started:
            self._break_next = True

    def spacer(self, block: Spacer) -> None:
        self._new_block("gap")
        bf = self.cursor.blockFormat()
        bf.setBottomMargin(block.height_pt * self.px)
        self.cursor.setBlockFormat(bf)

    def finish(self, target: Target) -> None:
        raise NotImplementedError("QtDocumentWriter paints (see paint), it saves no file")

    # -- pagination and painting

    def build(self) -> None:
        """Fill the QTextDocument from the neutral document."""
        self.qdoc.setDocumentMargin(0)
        self.qdoc.setTextWidth(self.text_width)
        self.start()
        if self.doc.cover is not None:
            self.cover(self.doc.cover)
        entries = self.toc_entries()
        if entries:
            self.toc(entries)
        for block in self.doc.blocks():
            self.block(block)

    def paginate(self, page_height: float, rounds: int = 40) -> int:
        """Let Qt cut the document into pages of page_height, then move to a new page every
        table that would straddle a cut (when it fits on one page) and every keep-with-next
        block (a heading) that would end a page. Returns the page count."""
        self.qdoc.setPageSize(QSizeF(self.text_width, page_height))
        layout = self.qdoc.documentLayout()
        always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        for _ in range(rounds):
            moved = False
            for frame in self.qdoc.rootFrame().childFrames():
                r = layout.frameBoundingRect(frame)
                if r.height() < page_height and _page(r.top(), page_height) != _page(
                    r.bottom() - 1, page_height
                ):
                    fmt = frame.frameFormat()
                    if fmt.pageBreakPolicy() & always:
                        continue
                    fmt.setPageBreakPolicy(always)
                    frame.setFrameFormat(fmt)
                    moved = True
                    break
            if not moved:
                moved = self._keep_headings(page_height)
            if not moved:
                break
        return self.qdoc.pageCount()

    def _keep_headings(self, page_height: float) -> bool:
        layout = self.qdoc.documentLayout()
        always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        block = self.qdoc.firstBlock()
        while block.isValid():
            nxt = block.next()
            if block.userState() > 0 and block.userState() & KEEP_NEXT and nxt.isValid():
                here = _page(layout.blockBoundingRect(block).top(), page_height)
                following = _page(_top_of(layout, nxt), page_height)
                fmt = block.blockFormat()
                if following > here and not fmt.pageBreakPolicy() & always:
                    fmt.setPageBreakPolicy(always)
                    QTextCursor(block).setBlockFormat(fmt)
                    return True
            block = nxt
        return False

    def table_rects(self) -> list[QRectF]:
        layout = self.qdoc.documentLayout()
        return [layout.frameBoundingRect(f) for f in self.qdoc.rootFrame().childFrames()]

    def paint(self, device: QPagedPaintDevice) -> int:
        """Print every page; returns the number of pages."""
        px = device.pageLayout().paintRectPixels(device.logicalDpiX())
        k = self.scale
        rect = QRectF(px.left() / k, px.top() / k, px.width() / k, px.height() / k)
        self.text_width = rect.width()
        self.build()
        header_h = 0.45 * 72
        footer_h = 0.45 * 72
        page_h = rect.height() - header_h - footer_h
        total = self.paginate(page_h)
        painter = QPainter(device)
        try:
            # With full-page off, device coordinates start at the margin.
            painter.scale(k, k)
            painter.translate(-rect.left(), -rect.top())
            for n in range(1, total + 1):
                if n > 1:
                    device.newPage()
                self._decorate(painter, rect, n, total)
                y0 = (n - 1) * page_h
                painter.save()
                painter.translate(rect.left(), rect.top() + header_h - y0)
                clip = QRectF(0, y0, rect.width(), page_h)
                painter.setClipRect(clip)
                self.qdoc.drawContents(painter, clip)
                painter.restore()
        finally:
            painter.end()
        return total

    def _decorate(self, painter: QPainter, rect: object, n: int, total: int) -> None:
        r = QRectF(rect)  # type: ignore[call-overload]
        font = QFont(self.family)
        # The painter is scaled to points; the device resolves point sizes at its own dpi.
        font.setPointSizeF(theme.HEADER_SIZE / self.scale)
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("#" + theme.MUTED))
        head = QRectF(r.left(), r.top(), r.width(), 0.3 * 72 * self.px)
        painter.drawText(
            head,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            clean_text(self.doc.header_text),
        )
        painter.setPen(QPen(QColor("#" + theme.RULE), 0.5 * self.px))
        y = r.top() + 0.3 * 72 * self.px
        painter.drawLine(int(r.left()), int(y), int(r.right()), int(y))
        painter.setPen(QColor("#" + theme.MUTED))
        foot = QRectF(r.left(), r.bottom() - 0.3 * 72 * self.px, r.width(), 0.3 * 72 * self.px)
        painter.drawText(
            foot,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            QCoreApplication.translate("Packet", "Page {page} of {total}").format(
                page=n, total=total
            ),
        )
        painter.restore()


def _page(y: float, page_height: float) -> int:
    return int(max(0.0, y) // page_height)


def _top_of(layout: object, block: object) -> float:
    """Top of a block, or of the table it starts (blocks in cells have cell coordinates)."""
    frame = QTextCursor(block).currentFrame()  # type: ignore[call-overload]
    if frame is not None and frame.parentFrame() is not None:
        return float(layout.frameBoundingRect(frame).top())  # type: ignore[attr-defined]
    return float(layout.blockBoundingRect(block).top())  # type: ignore[attr-defined]


def default_margins(device: QPagedPaintDevice) -> None:
    """One-inch margins, as the PDF (the sheet size stays the printer's)."""
    device.setPageMargins(QMarginsF(72, 72, 72, 72), QPageLayout.Unit.Point)


def print_document(doc: Document, device: QPagedPaintDevice) -> int:
    """Lay doc out for the device's paper and print it; returns the page count."""
    default_margins(device)
    return QtDocumentWriter(doc, device).paint(device)


__all__ = ["QtDocumentWriter", "print_document", "QSizeF"]
