"""Writes the neutral document as DOCX with python-docx (imported lazily by the caller)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from docx import Document as new_document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.phys_pkg import _ZipPkgWriter
from docx.opc.pkgwriter import PackageWriter
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from docx.styles import BabelFish
from docx.styles.style import StyleFactory
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook.packet import theme
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
from tli_workbook.packet.docx_pictures import (
    DocxPictures,
    circle_map_width_in,
    figure_size_in,
)
from tli_workbook.packet.progress import Progress
from tli_workbook.packet.writer import CIRCLE_MAP_MISSING, NO_TICK, TICK, Target, Writer

# Neutral extended properties: python-docx's template claims "Microsoft Macintosh Word" and
# carries empty Company/Manager elements; ours names only the app.
APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Template></Template><TotalTime>0</TotalTime><Application>TLI Workbook</Application>"
    b"<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    b"<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    b"</Properties>"
)


def _rgb(hex_: str) -> RGBColor:
    return RGBColor.from_string(hex_)


def _set_fonts(rpr_owner: Any, name: str) -> None:
    """Set all four font slots and drop theme references (which would otherwise win)."""
    rpr = rpr_owner.get_or_add_rPr()
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), name)
    rpr.insert(0, fonts)


def _border(el: Any, tag: str, sides: dict[str, tuple[str, int, int]]) -> None:
    """Add w:pBdr / w:tblBorders / w:tcBorders children: side -> (color, size 1/8 pt, space)."""
    box = el.find(qn(tag))
    if box is None:
        box = OxmlElement(tag)
        el.append(box)
    for side, (color, size, space) in sides.items():
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single" if size else "nil")
        b.set(qn("w:sz"), str(size))
        b.set(qn("w:space"), str(space))
        b.set(qn("w:color"), color)
        box.append(b)


def _shade(tc: Any, fill: str) -> None:
    tcpr = tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _cell_margins(top: int, left: int, bottom: int, right: int) -> Any:
    """w:tblCellMar in twentieths of a point."""
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), str(twips))
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    return margins


def _field(paragraph: Any, instr: str, placeholder: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _fld_char(kind: str) -> Any:
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), kind)
    r.append(fc)
    return r


class DocxWriter(Writer):
    activity = str(QT_TRANSLATE_NOOP("Packet", "Writing the Word document"))

    def __init__(
        self,
        doc: Document,
        page: str = "letter",
        progress: Progress | None = None,
        pictures: DocxPictures | None = None,
    ):
        super().__init__(doc, page, progress)
        # Without pictures drawn ahead, each is drawn when its block comes (no worker).
        self.pictures = pictures or DocxPictures(doc, self.page, ahead=False)
        self.d = new_document()
        self._bookmark = 0
        self._style_ids: dict[str, str | None] = {}
        # Looked up once, not once a style name: the default does not change.
        default = self.d.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self._default_style_id = default.style_id if default is not None else None
        # python-docx finds a style by name (or id) with an XPath search over every style, a
        # millisecond a lookup; indexed once here, and kept up to date by _style.
        self._by_name: dict[str, Any] = {}
        self._by_id: dict[str, Any] = {}
        for el in self.d.styles.element.style_lst:
            self._index_style(el)

    def start(self) -> None:
        self._setup_page()
        self._setup_styles()
        self._setup_properties()

    # -- document setup

    def _setup_page(self) -> None:
        s = self.d.sections[0]
        s.page_width = Inches(self.page.width_in)
        s.page_height = Inches(self.page.height_in)
        margin = self.doc.margin_in or theme.MARGIN_IN
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(s, side, Inches(margin))
        s.header_distance = Inches(0.45)
        s.footer_distance = Inches(0.45)
        s.start_type = WD_SECTION.NEW_PAGE
        s.different_first_page_header_footer = self.doc.cover is not None
        header = s.header.paragraphs[0]
        self._set_style(header, "Header")
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        header.add_run(clean_text(self.doc.header_text))
        _border(header._p.get_or_add_pPr(), "w:pBdr", {"bottom": (theme.RULE, 4, 4)})
        footer = s.footer.paragraphs[0]
        self._set_style(footer, "Footer")
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        # "Page {page} of {total}" in the packet's language, the numbers as Word fields.
        words = QCoreApplication.translate("Packet", "Page {page} of {total}")
        for piece in re.split(r"(\{page\}|\{total\})", words):
            if piece == "{page}":
                _field(footer, "PAGE", "1")
            elif piece == "{total}":
                _field(footer, "NUMPAGES", "1")
            elif piece:
                footer.add_run(piece)

    def _index_style(self, el: Any) -> None:
        # setdefault: the first of two styles of one name is the one python-docx finds.
        if el.name_val is not None:
            self._by_name.setdefault(el.name_val, el)
        if el.styleId is not None:
            self._by_id.setdefault(el.styleId, el)

    def _named(self, name: str) -> Any:
        """What `self.d.styles[name]` gives (a style by its name, else by its id), from the
        index; KeyError when there is none."""
        el = self._by_name.get(BabelFish.ui2internal(name))
        if el is None:
            el = self._by_id.get(name)
        if el is None:
            raise KeyError(f"no style with name '{name}'")
        return StyleFactory(el)

    def _style(self, name: str, base: str = "Normal", kind: Any = WD_STYLE_TYPE.PARAGRAPH) -> Any:
        try:
            return self._named(name)
        except KeyError:
            st = self.d.styles.add_style(name, kind)
            self._index_style(st.element)
            st.base_style = self._named(base)
            st.quick_style = True
            return st

    def _word_style(self, key: str) -> Any:
        """The Word style for one entry of the style table (created on first use)."""
        spec = theme.STYLES[key]
        base = "Normal" if spec.base == "body" else theme.STYLES[spec.base].word
        st = self._style(spec.word, base)
        _set_fonts(st.element, theme.DOCX_FONT)
        f = st.font
        f.size = Pt(spec.size)
        if spec.bold is not None:
            f.bold = spec.bold
        if spec.italic is not None:
            f.italic = spec.italic
        if spec.color is not None:
            f.color.rgb = _rgb(spec.color)
        pf = st.paragraph_format
        if spec.before is not None:
            pf.space_before = Pt(spec.before)
        if spec.after is not None:
            pf.space_after = Pt(spec.after)
        if spec.keep_next is not None:
            pf.keep_with_next = spec.keep_next
        if spec.line is not None:
            pf.line_spacing = spec.line
        if spec.indent_in is not None:
            pf.left_indent = Inches(spec.indent_in)
        if spec.align == "center":
            pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return st

    def _setup_styles(self) -> None:
        d = self.d
        # Document defaults: the template points at theme fonts; pin one real font instead.
        defaults = d.styles.element.find(qn("w:docDefaults"))
        rpr_default = defaults.find(qn("w:rPrDefault"))
        rpr = rpr_default.find(qn("w:rPr"))
        for old in rpr.findall(qn("w:rFonts")):
            rpr.remove(old)
        fonts = OxmlElement("w:rFonts")
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), theme.DOCX_FONT)
        rpr.insert(0, fonts)
        # Word keeps widows and orphans off by default in this template: no single line of a
        # paragraph stranded at the top or bottom of a page.
        ppr_default = defaults.find(qn("w:pPrDefault"))
        if ppr_default is not None:
            ppr = ppr_default.find(qn("w:pPr"))
            if ppr is not None and ppr.find(qn("w:widowControl")) is None:
                ppr.append(OxmlElement("w:widowControl"))

        # Creation order matters for styles.xml (the golden test compares it).
        for key in ("body", "h1", "h2", "h3"):
            self._word_style(key)
        _border(
            self._named("Heading 1").element.get_or_add_pPr(),
            "w:pBdr",
            {"bottom": (theme.RULE, 8, 4)},
        )
        for name in ("Heading 1", "Heading 2", "Heading 3"):
            self._named(name).font.italic = False
        self._word_style("title")
        title = self._named("Title").element.get_or_add_pPr()
        for old in title.findall(qn("w:pBdr")):
            title.remove(old)
        sub = self._word_style("subtitle")
        for old in sub.element.get_or_add_pPr().findall(qn("w:pBdr")):
            sub.element.get_or_add_pPr().remove(old)
        _border(sub.element.get_or_add_pPr(), "w:pBdr", {"bottom": (theme.ACCENT_2, 12, 8)})
        for key in ("toc_heading", "caption", "lead", "label", "prompt", "prompt_bullet"):
            self._word_style(key)
        for key in ("note", "meta", "bullet", "bullet2", "check"):
            self._word_style(key)
        check = self._named("Checklist")
        check.paragraph_format.left_indent = Inches(0.3)
        check.paragraph_format.first_line_indent = Inches(-0.25)
        check.paragraph_format.tab_stops.add_tab_stop(Inches(0.3))
        quote = self._word_style("quote")
        _border(quote.element.get_or_add_pPr(), "w:pBdr", {"left": (theme.ACCENT_2, 18, 8)})
        for key in ("cover_line", "cell", "gap", "figure", "header", "footer", "toc1", "toc2"):
            self._word_style(key)
        self._word_style("banner")

    def _setup_properties(self) -> None:
        cp = self.d.core_properties
        # Anonymous by construction: nothing about who or which computer made the file.
        cp.author = ""
        cp.last_modified_by = ""
        cp.comments = ""
        cp.category = ""
        cp.content_status = ""
        cp.identifier = ""
        cp.language = ""
        cp.version = ""
        cp.title = clean_text(self.doc.title)
        cp.subject = clean_text(self.doc.subject)[:255]
        cp.keywords = clean_text(self.doc.keywords)
        cp.revision = 1
        # The template's 2013 dates would look odd in a reviewer's file properties.
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        cp.created = now
        cp.modified = now
        pkg = self.d.part.package
        for rid, rel in list(pkg.rels.items()):
            if rel.reltype == RT.EXTENDED_PROPERTIES:
                rel.target_part._blob = APP_XML
            elif rel.reltype == RT.THUMBNAIL:  # a picture of python-docx's sample page
                pkg.rels.pop(rid)

    # -- blocks

    def _set_style(self, p: Any, name: str) -> None:
        """What `p.style = styles[name]` does, with the style's id looked up once per name:
        python-docx searches every style for the default on each assignment (a third of the
        writer's time on the sample)."""
        if name not in self._style_ids:
            style = self._named(name)
            # The default paragraph style is written as no style at all, as python-docx does.
            is_default = self._default_style_id is not None and (
                style.style_id == self._default_style_id
            )
            self._style_ids[name] = None if is_default else style.style_id
        p._p.style = self._style_ids[name]

    def _paragraph(self, style: str, runs: list[Run] | None = None) -> Any:
        p = self.d.add_paragraph()
        self._set_style(p, style)
        for r in runs or []:
            _add_run(p, r)
        self.started = True
        return p

    def cover(self, c: Cover) -> None:
        p = self._paragraph("Title", [Run(c.title)])
        p.paragraph_format.space_before = Inches(2.0)
        self._paragraph("Subtitle", [Run(c.subtitle)])
        for label, value in c.lines:
            style = "Cover Line"  # notr: a Word style name
            self._paragraph(style, [Run(f"{label}: ", bold=True), Run(value)])
        if c.statement:
            p = self._paragraph("Label", [Run(QCoreApplication.translate("Packet", "Competency"))])
            p.paragraph_format.space_before = Pt(18)
            self._paragraph("Quote", [Run(c.statement)])

    def toc(self, entries: list[Heading]) -> None:
        contents = QCoreApplication.translate("Packet", "Contents")
        p = self._paragraph("TOC Heading", [Run(contents)])  # notr: a Word style name
        p.paragraph_format.page_break_before = self.doc.cover is not None
        # A real TOC field (Word refreshes page numbers with F9) whose stored result is the
        # list of headings as links, so the page reads right even before any update.
        for i, h in enumerate(entries):
            p = self._paragraph(f"toc {h.level}")
            if i == 0:
                p._p.append(_fld_char("begin"))
                r = OxmlElement("w:r")
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = ' TOC \\o "1-2" \\h \\z \\u '
                r.append(instr)
                p._p.append(r)
                p._p.append(_fld_char("separate"))
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), h.anchor)
            link.set(qn("w:history"), "1")
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = clean_text(h.text)
            r.append(t)
            link.append(r)
            p._p.append(link)
            if i == len(entries) - 1:
                p._p.append(_fld_char("end"))

    def heading(self, h: Heading) -> None:
        level = self.heading_level(h)
        p = self.d.add_paragraph()
        self._set_style(p, f"Heading {level}")
        if h.page_break_before and self.started:
            p.paragraph_format.page_break_before = True
        self.started = True
        if h.anchor:
            self._bookmark += 1
            start = OxmlElement("w:bookmarkStart")
            start.set(qn("w:id"), str(self._bookmark))
            start.set(qn("w:name"), h.anchor)
            p._p.append(start)
        p.add_run(clean_text(h.text))
        if h.anchor:
            end = OxmlElement("w:bookmarkEnd")
            end.set(qn("w:id"), str(self._bookmark))
            p._p.append(end)

    def paragraph(self, block: Paragraph) -> None:
        if block.style == "prompt":
            self._callout([("Prompt", block.runs)])
            return
        self._paragraph(theme.style(block.style).word, block.runs)

    def _callout(self, items: list[tuple[str, list[Run]]]) -> None:
        """The credential's questions in a tinted box, so they never read as the answer."""
        t = self.d.add_table(rows=1, cols=1)
        t.autofit = False
        tblpr = t._tbl.tblPr
        none = (theme.ROW_FILL, 0, 0)
        _border(
            tblpr,
            "w:tblBorders",
            {"top": none, "left": (theme.ACCENT_2, 18, 0), "bottom": none, "right": none},
        )
        tblpr.append(_cell_margins(70, 150, 90, 120))
        width = Inches(self.page.text_width_in)
        t.columns[0].width = width
        cell = t.rows[0].cells[0]
        cell.width = width
        _shade(cell._tc, theme.ROW_FILL)
        for i, (style, runs) in enumerate(items):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            self._set_style(p, style)
            p.paragraph_format.keep_with_next = True
            for r in runs:
                run = _add_run(p, r)
                # Explicit "not bold/italic" keeps the box's runs plain whatever the style.
                run.bold = r.bold or None
                run.italic = r.italic or None
        self._paragraph("Table Gap")  # notr: a Word style name

    def bullets(self, block: BulletList) -> None:
        if block.checked is not None:
            for item, ticked in zip(block.items, block.checked, strict=False):
                self._paragraph("Checklist", [Run(f"{TICK if ticked else NO_TICK}\t"), *item])
            return
        if block.style == "prompt":
            style = "Prompt Bullet"  # notr: a Word style name
            self._callout([(style, item) for item in block.items])
            return
        style = "List Bullet 2" if block.level else "List Bullet"  # notr: a Word style name
        for item in block.items:
            self._paragraph(style, item)

    def table(self, block: Table) -> None:
        ncols = len(block.widths or block.header or (block.rows[0] if block.rows else []))
        if ncols == 0:
            return
        t = self.d.add_table(rows=0, cols=ncols)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        tblpr = t._tbl.tblPr
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        tblpr.append(layout)
        edge = (theme.BORDER, 4, 0)
        _border(
            tblpr,
            "w:tblBorders",
            {s: edge for s in ("top", "left", "bottom", "right", "insideH", "insideV")},
        )
        tblpr.append(_cell_margins(50, 90, 50, 90))
        widths = [Inches(w) for w in self._column_widths_in(block)]
        for col, w in zip(t.columns, widths, strict=False):
            col.width = w
        label_column = not block.header
        if block.header:
            row = t.add_row()
            trpr = row._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")  # header repeats on every page
            trpr.append(repeat)
            for i, text in enumerate(block.header):
                self._cell(row.cells[i], Cell(text, bold=True), widths[i], theme.HEADER_FILL)
        for r_index, cells in enumerate(block.rows):
            row = t.add_row()
            cant = OxmlElement("w:cantSplit")
            row._tr.get_or_add_trPr().append(cant)
            fill = theme.ROW_FILL if r_index in block.shaded_rows else None
            for i in range(ncols):
                cell = cells[i] if i < len(cells) else Cell("")
                cfill = theme.ROW_FILL if label_column and i == 0 else fill
                self._cell(row.cells[i], cell, widths[i], cfill)
        if block.caption:
            self._paragraph("Caption", [Run(block.caption)])
        else:
            self._paragraph("Table Gap")  # notr: a Word style name
        self.started = True

    def _column_widths_in(self, block: Table) -> list[float]:
        """The PDF's column widths (measured with the PDF fonts, which run wider than Calibri),
        so a long word is not broken inside a narrow Word cell either."""
        from tli_workbook.packet.pdf_writer import table_column_widths

        return [w / 72 for w in table_column_widths(block, self.page.text_width_in * 72)[0]]

    def _cell(self, cell: Any, data: Cell, width: Any, fill: str | None) -> None:
        cell.width = width
        p = cell.paragraphs[0]
        self._set_style(p, "Table Text")  # notr: a Word style name
        if data.indent:
            p.paragraph_format.left_indent = Inches(0.2 * data.indent)
        if data.align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in data.all_runs():
            _add_run(p, r)
        if fill:
            _shade(cell._tc, fill)

    def _picture(
        self, source: Any, w_in: float, h_in: float, caption: str, border: bool = False
    ) -> None:
        p = self._paragraph("Figure")
        shape = p.add_run().add_picture(source, width=Inches(w_in), height=Inches(h_in))
        if caption:  # alternative text for screen readers
            shape._inline.docPr.set("descr", clean_text(caption))
        if border:
            sppr = shape._inline.graphic.graphicData.pic.spPr
            line = OxmlElement("a:ln")
            line.set("w", "9525")  # 0.75 pt in EMU
            fill = OxmlElement("a:solidFill")
            color = OxmlElement("a:srgbClr")
            color.set("val", theme.BORDER)
            fill.append(color)
            line.append(fill)
            sppr.append(line)
        if caption:
            self._paragraph("Caption", [Run(caption)])

    def image(self, block: Image) -> None:
        max_w = min(block.max_width_in, self.page.text_width_in)
        max_h = min(block.max_height_in, self.page.text_height_in - 1.0)
        w, h = theme.fit_image(block.width_px, block.height_px, max_w, max_h)
        self._picture(str(block.path), w, h, block.caption, block.border)

    def circle_map(self, block: CircleMapFigure) -> None:
        width_in = circle_map_width_in(block, self.page)
        picture = self.pictures.get(block)
        if picture is None:
            self._paragraph(
                "Note",
                [Run(QCoreApplication.translate("Packet", CIRCLE_MAP_MISSING))],
            )
            return
        png, wpx, hpx = picture
        w, h = theme.fit_image(wpx, hpx, width_in, min(block.height_in, 7.0), min_dpi=72)
        self._picture(io.BytesIO(png), w, h, block.caption)

    def vector_figure(self, block: VectorFigure) -> None:
        w, h = figure_size_in(block, self.page)
        picture = self.pictures.get(block)
        if picture is None:  # not drawn: its words at least
            self.unknown(block)
            return
        self._picture(io.BytesIO(picture[0]), w, h, block.caption)

    def evidence_page(self, block: EvidencePage) -> None:
        """A PDF evidence page as a picture on a page of its own, captioned above."""
        if self.started:
            self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self._paragraph("Label", [Run(block.caption)])
        picture = self.pictures.get(block)
        if picture is None:
            missing = QCoreApplication.translate(
                "Packet", "(This page could not be drawn; see the PDF packet.)"
            )
            self._paragraph("Note", [Run(missing)])
            return
        data, wpx, hpx = picture
        w, h = theme.fit_image(
            wpx, hpx, self.page.text_width_in, self.page.text_height_in - 0.8, min_dpi=72
        )
        self._picture(io.BytesIO(data), w, h, "", border=True)

    def page_break(self, block: PageBreak) -> None:
        if self.started:
            self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def spacer(self, block: Spacer) -> None:
        p = self._paragraph("Table Gap")  # notr: a Word style name
        p.paragraph_format.space_after = Pt(block.height_pt)

    def finish(self, target: Target) -> None:
        self.progress(1.0, QCoreApplication.translate("Packet", "Saving the Word document"))
        # What Document.save does, through a zip writer that stores photos as they are: a
        # JPEG or PNG is compressed already, and deflating it again only costs time.
        pkg = self.d.part.package
        for part in pkg.parts:
            part.before_marshal()
        writer = _MediaStoringZip(str(target) if isinstance(target, Path) else target)
        try:
            PackageWriter._write_content_types_stream(writer, pkg.parts)
            PackageWriter._write_pkg_rels(writer, pkg.rels)
            PackageWriter._write_parts(writer, pkg.parts)
        finally:
            writer.close()


class _MediaStoringZip(_ZipPkgWriter):
    """python-docx's zip package writer, storing images without deflate."""

    def __new__(cls, pkg_file: str | IO[bytes]) -> _MediaStoringZip:
        # PhysPkgWriter.__new__ always makes its own _ZipPkgWriter.
        return object.__new__(cls)

    def write(self, pack_uri: Any, blob: bytes) -> None:
        name = pack_uri.membername
        stored = name.startswith("word/media/") and name.lower().endswith(_COMPRESSED_MEDIA)
        self._zipf.writestr(
            name, blob, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        )


_COMPRESSED_MEDIA = (".jpeg", ".jpg", ".png")


def _add_run(p: Any, r: Run) -> Any:
    run = p.add_run()
    text = clean_text(r.text)
    if "\t" in text or "\r" in text or "\n" in text:
        run.text = text  # tabs and breaks become their own elements
    elif text:
        # What run.text writes for such text, without its state machine stepping through
        # every character (tens of thousands of calls for a packet).
        run._r.add_t(text)
    if r.bold:
        run.bold = True
    if r.italic:
        run.italic = True
    if r.tone:
        run.font.color.rgb = _rgb(theme.TONES[r.tone])
    return run


def write_docx(
    doc: Document,
    target: Path | IO[bytes],
    page: str = "letter",
    progress: Progress | None = None,
    pictures: DocxPictures | None = None,
) -> None:
    """Write doc as a .docx to a path or binary stream. pictures: the document's pictures,
    already started by the caller (see docx_pictures); else they start here."""
    own = pictures is None
    if pictures is None:
        pictures = DocxPictures(doc, theme.page_size(page))
    try:
        DocxWriter(doc, page, progress, pictures).write(target)
    finally:
        if own:
            pictures.close()
