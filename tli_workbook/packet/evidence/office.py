"""Word (.docx), OpenDocument text (.odt) and PowerPoint (.pptx) evidence as packet blocks.

Text, headings, lists, tables and pictures are carried over through the document model, so the
packet PDF, the DOCX and the upload kit show the same words. Libraries: python-docx (already
used for the packet) and python-pptx (the maintained reader for .pptx; same authors and object
model). OpenDocument is read straight from its XML with the standard library: the parts needed
(headings, paragraphs, spans, lists, tables, frames) are a few elements, and odfpy would add a
dependency for a thin wrapper over the same tree.

Comments, tracked deletions, headers/footers and speaker notes are left out: they are not what
the teacher shows the assessor and often carry names.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from PySide6.QtCore import QCoreApplication

from tli_workbook.packet.document import (
    Block,
    BulletList,
    Cell,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Run,
    Table,
)

log = logging.getLogger(__name__)

# A document that unpacks to more than this is refused (a "zip bomb" or not a real document).
MAX_UNPACKED_BYTES = 250 * 1024 * 1024
MAX_BLOCKS = 4000  # about 150 pages of packet; a longer document travels as the original
MAX_PICTURES = 200


class ConversionError(Exception):
    """The file could not be laid out; the message is for the teacher."""


@dataclass
class Sink:
    """What the converters need from the builder: headings with unique bookmarks, and pictures
    prepared for print (metadata stripped). picture() returns None when the bytes are not an
    image the packet can show."""

    heading: Callable[[str, int, bool], Heading]
    picture: Callable[[bytes, str, float], Image | None]
    label: str  # "Artifact 4 · Evidence 2", for slide captions


class _Out:
    def __init__(self, name: str) -> None:
        self.blocks: list[Block] = []
        self.pictures = 0
        self.name = name
        self.skipped_pictures = 0

    def add(self, block: Block) -> None:
        if len(self.blocks) >= MAX_BLOCKS:
            raise ConversionError(
                QCoreApplication.translate(
                    "Packet",
                    "{name} is too long to lay out in the packet (more than about 150 pages).",
                ).format(name=self.name)
            )
        self.blocks.append(block)

    def picture(self, sink: Sink, data: bytes, caption: str, max_h: float = 5.0) -> None:
        if self.pictures >= MAX_PICTURES:
            self.skipped_pictures += 1
            return
        self.pictures += 1
        img = sink.picture(data, caption, max_h)
        if img is None:
            self.skipped_pictures += 1
        else:
            self.add(img)


def _check_zip(path: Path, name: str) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            total = sum(max(0, i.file_size) for i in z.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise ConversionError(
            QCoreApplication.translate(
                "Packet", "{name} is damaged and could not be opened."
            ).format(name=name)
        ) from exc
    if total > MAX_UNPACKED_BYTES:
        raise ConversionError(
            QCoreApplication.translate(
                "Packet", "{name} is too large to lay out in the packet."
            ).format(name=name)
        )


def _runs_clean(runs: list[Run]) -> list[Run]:
    """Runs without empty ones, trimmed at both ends; [] for a paragraph of only spaces."""
    out = [r for r in runs if r.text]
    if not "".join(r.text for r in out).strip():
        return []
    while not out[0].text.strip():
        out.pop(0)
    while not out[-1].text.strip():
        out.pop()
    out[0] = Run(out[0].text.lstrip(), out[0].bold, out[0].italic)
    out[-1] = Run(out[-1].text.rstrip(), out[-1].bold, out[-1].italic)
    return out


class _Lists:
    """Collects consecutive list paragraphs into BulletLists (two levels, as the model has)."""

    def __init__(self, out: _Out) -> None:
        self.out = out
        self.items: list[list[Run]] = []
        self.level = 0

    def add(self, runs: list[Run], level: int) -> None:
        level = 1 if level > 0 else 0
        if self.items and level != self.level:
            self.flush()
        self.level = level
        self.items.append(runs)

    def flush(self) -> None:
        if self.items:
            self.out.add(BulletList(self.items, level=self.level))
            self.items = []


# ------------------------------------------------------------------------------------ Word


def word_blocks(path: Path, sink: Sink, name: str) -> list[Block]:
    """A .docx as blocks. Raises ConversionError."""
    _check_zip(path, name)
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.table import Table as DocxTable
        from docx.text.paragraph import Paragraph as DocxParagraph

        d = docx.Document(str(path))
    except Exception as exc:
        log.info("python-docx could not open %s", name, exc_info=True)
        raise ConversionError(
            QCoreApplication.translate(
                "Packet", "{name} could not be read as a Word document."
            ).format(name=name)
        ) from exc
    out = _Out(name)
    lists = _Lists(out)
    formats = _numbering_formats(d)
    counters: dict[tuple[str, int], int] = {}

    def para(p: Any) -> None:
        style = (p.style.name if p.style is not None else "") or ""
        runs = _runs_clean(_word_runs(p))
        pictures = _word_pictures(p, d)
        num = p._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if runs and (num is not None or style.lower().startswith("list")):
            level, num_id = 0, ""
            if num is not None:
                ilvl = num.find(qn("w:ilvl"))
                nid = num.find(qn("w:numId"))
                level = int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else 0
                num_id = nid.get(qn("w:val"), "") if nid is not None else ""
            fmt = formats.get((num_id, level), "number" if "number" in style.lower() else "bullet")
            if fmt != "bullet":
                counters[(num_id, level)] = counters.get((num_id, level), 0) + 1
                runs = [Run(f"{counters[(num_id, level)]}. "), *runs]
            lists.add(runs, level)
        elif runs:
            lists.flush()
            heading = re.match(r"(?:heading\s*(\d)|title)$", style.strip().lower())
            text = "".join(r.text for r in runs)
            if heading and (heading.group(1) in (None, "1")):
                out.add(sink.heading(text, 3, False))
            elif heading:
                out.add(Paragraph([Run(text, bold=True)], "lead"))
            else:
                out.add(Paragraph(runs, "body"))
        for data in pictures:
            lists.flush()
            out.picture(
                sink,
                data,
                QCoreApplication.translate("Packet", "Picture from {name}").format(name=name),
            )

    for item in d.iter_inner_content():
        if isinstance(item, DocxParagraph):
            para(item)
        elif isinstance(item, DocxTable):
            lists.flush()
            table = _word_table(item)
            if table is not None:
                out.add(table)
            for row in item.rows:
                for cell in _unique_cells(row):
                    for p in cell.paragraphs:
                        for data in _word_pictures(p, d):
                            out.picture(
                                sink,
                                data,
                                QCoreApplication.translate("Packet", "Picture from {name}").format(
                                    name=name
                                ),
                            )
    lists.flush()
    return _finish(out, name)


def _numbering_formats(d: Any) -> dict[tuple[str, int], str]:
    """(numId, level) -> "bullet" or another numFmt, from the numbering part."""
    from docx.oxml.ns import qn

    try:
        root = d.part.numbering_part.element
    except Exception:  # no numbering part: lists fall back to their style names
        return {}
    abstract: dict[str, dict[int, str]] = {}
    for an in root.findall(qn("w:abstractNum")):
        levels = {}
        for lvl in an.findall(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                fmt.get(qn("w:val"), "bullet") if fmt is not None else "bullet"
            )
        abstract[an.get(qn("w:abstractNumId"), "")] = levels
    out: dict[tuple[str, int], str] = {}
    for num in root.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        levels = abstract.get(ref.get(qn("w:val"), "") if ref is not None else "", {})
        for level, fmt in levels.items():
            out[(num.get(qn("w:numId"), ""), level)] = fmt
    return out


def _word_runs(p: Any) -> list[Run]:
    from docx.text.hyperlink import Hyperlink

    runs: list[Run] = []
    for item in p.iter_inner_content():
        parts = item.runs if isinstance(item, Hyperlink) else [item]
        for r in parts:
            text = r.text
            if text:
                runs.append(Run(text, bold=bool(r.bold), italic=bool(r.italic)))
    return runs


def _word_pictures(p: Any, d: Any) -> list[bytes]:
    from docx.oxml.ns import qn

    out = []
    blips = p._p.findall(".//" + qn("a:blip"))
    for blip in blips:
        rid = blip.get(qn("r:embed"))
        part = d.part.related_parts.get(rid) if rid else None
        blob = getattr(part, "blob", None)
        if blob:
            out.append(blob)
    return out


def _unique_cells(row: Any) -> list[Any]:
    cells, seen = [], set()
    for c in row.cells:  # a merged cell repeats for every grid column it spans
        if id(c._tc) not in seen:
            seen.add(id(c._tc))
            cells.append(c)
    return cells


def _word_table(t: Any) -> Table | None:
    rows = [[" ".join(c.text.split()) if c.text else "" for c in _unique_cells(r)] for r in t.rows]
    rows = [r for r in rows if any(x.strip() for x in r)]
    if not rows:
        return None
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    return Table(rows[0], [[Cell(x) for x in r] for r in rows[1:]])


def _finish(out: _Out, name: str) -> list[Block]:
    skipped = out.skipped_pictures
    if skipped:
        out.blocks.append(
            Paragraph.of(
                QCoreApplication.translate(
                    "Packet",
                    "(%n picture(s) in {name} in a format the packet cannot show; the original "
                    "file is in the upload kit.)",
                    "",
                    skipped,
                ).format(name=name),
                "note",
            )
        )
    if not out.blocks:
        out.blocks.append(
            Paragraph.of(
                QCoreApplication.translate(
                    "Packet", "({name} contains no text or pictures.)"
                ).format(name=name),
                "note",
            )
        )
    return out.blocks


# ------------------------------------------------------------------------------ OpenDocument

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
}


def _q(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{_NS[prefix]}}}{local}"


def odt_blocks(path: Path, sink: Sink, name: str) -> list[Block]:
    """An .odt as blocks. Raises ConversionError."""
    _check_zip(path, name)
    try:
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("content.xml"))
            pictures = {n: z.read(n) for n in z.namelist() if n.startswith("Pictures/")}
    except (KeyError, ET.ParseError, zipfile.BadZipFile, OSError) as exc:
        raise ConversionError(
            QCoreApplication.translate(
                "Packet", "{name} could not be read as an OpenDocument text."
            ).format(name=name)
        ) from exc
    styles = _odt_styles(root)
    body = root.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise ConversionError(
            QCoreApplication.translate("Packet", "{name} has no text body.").format(name=name)
        )
    out = _Out(name)
    lists = _Lists(out)

    def frames(el: ET.Element) -> None:
        for img in el.iter(_q("draw:image")):
            href = img.get(_q("xlink:href"), "")
            data = pictures.get(href)
            if data:
                out.picture(
                    sink,
                    data,
                    QCoreApplication.translate("Packet", "Picture from {name}").format(name=name),
                )

    def walk(el: ET.Element) -> None:
        for child in el:
            tag = child.tag
            if tag == _q("text:h"):
                lists.flush()
                text = "".join(r.text for r in _odt_runs(child, styles)).strip()
                level = int(child.get(_q("text:outline-level"), "1") or 1)
                if text:
                    out.add(
                        sink.heading(text, 3, False)
                        if level <= 1
                        else Paragraph([Run(text, bold=True)], "lead")
                    )
                frames(child)
            elif tag == _q("text:p"):
                lists.flush()
                runs = _runs_clean(_odt_runs(child, styles))
                if runs:
                    out.add(Paragraph(runs, "body"))
                frames(child)
            elif tag == _q("text:list"):
                odt_list(child, 0)
                lists.flush()
            elif tag == _q("table:table"):
                lists.flush()
                table = _odt_table(child)
                if table is not None:
                    out.add(table)
                frames(child)
            elif tag in (_q("text:section"), _q("text:index-body")):
                walk(child)

    def odt_list(el: ET.Element, level: int) -> None:
        for item in el.findall(_q("text:list-item")):
            for child in item:
                if child.tag in (_q("text:p"), _q("text:h")):
                    runs = _runs_clean(_odt_runs(child, styles))
                    if runs:
                        lists.add(runs, level)
                elif child.tag == _q("text:list"):
                    odt_list(child, level + 1)

    walk(body)
    lists.flush()
    return _finish(out, name)


def _odt_styles(root: ET.Element) -> dict[str, tuple[bool, bool]]:
    """Automatic text styles -> (bold, italic)."""
    out: dict[str, tuple[bool, bool]] = {}
    auto = root.find(_q("office:automatic-styles"))
    for st in auto if auto is not None else []:
        props = st.find(_q("style:text-properties"))
        if props is None:
            continue
        bold = props.get(_q("fo:font-weight"), "") in ("bold", "700", "800", "900")
        italic = props.get(_q("fo:font-style"), "") in ("italic", "oblique")
        out[st.get(_q("style:name"), "")] = (bold, italic)
    return out


def _odt_runs(
    el: ET.Element,
    styles: dict[str, tuple[bool, bool]],
    inherited: tuple[bool, bool] = (False, False),
) -> list[Run]:
    own = styles.get(el.get(_q("text:style-name"), ""), (False, False))
    bold, italic = inherited[0] or own[0], inherited[1] or own[1]
    runs: list[Run] = []
    if el.text:
        runs.append(Run(el.text, bold, italic))
    for child in el:
        tag = child.tag
        if tag == _q("text:s"):
            runs.append(Run(" " * int(child.get(_q("text:c"), "1") or 1), bold, italic))
        elif tag == _q("text:tab"):
            runs.append(Run("\t", bold, italic))
        elif tag == _q("text:line-break"):
            runs.append(Run("\n", bold, italic))
        elif tag in (_q("text:span"), _q("text:a")):
            runs.extend(_odt_runs(child, styles, (bold, italic)))
        # office:annotation (comments), text:note (footnotes) and frames are not body text
        if child.tail:
            runs.append(Run(child.tail, bold, italic))
    return runs


def _odt_table(el: ET.Element) -> Table | None:
    rows: list[list[str]] = []
    for row in el.iter(_q("table:table-row")):
        cells = []
        for cell in row:
            if cell.tag not in (_q("table:table-cell"), _q("table:covered-table-cell")):
                continue
            if cell.tag == _q("table:covered-table-cell"):
                continue  # part of a merged cell shown once
            text = " ".join(
                "".join(r.text for r in _odt_runs(p, {})).strip() for p in cell.iter(_q("text:p"))
            )
            repeat = min(int(cell.get(_q("table:number-columns-repeated"), "1") or 1), 50)
            cells.extend([text] * repeat)
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            rows.append(cells)
    if not rows:
        return None
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    return Table(rows[0], [[Cell(x) for x in r] for r in rows[1:]])


# ------------------------------------------------------------------------------ PowerPoint


def slide_blocks(path: Path, sink: Sink, name: str) -> list[Block]:
    """A .pptx as blocks: each slide starts a page with its number and title, then its text,
    tables and pictures in reading order (top to bottom, left to right)."""
    _check_zip(path, name)
    try:
        from pptx import Presentation

        prs = Presentation(str(path))
        slides = list(prs.slides)
    except Exception as exc:
        log.info("python-pptx could not open %s", name, exc_info=True)
        raise ConversionError(
            QCoreApplication.translate(
                "Packet", "{name} could not be read as a PowerPoint presentation."
            ).format(name=name)
        ) from exc
    out = _Out(name)
    n = len(slides)
    for i, slide in enumerate(slides, 1):
        title_shape = slide.shapes.title
        title = " ".join((title_shape.text_frame.text if title_shape is not None else "").split())
        head = (
            QCoreApplication.translate("Packet", "Slide {i} of {n}: {title}").format(
                i=i, n=n, title=title
            )
            if title
            else QCoreApplication.translate("Packet", "Slide {i} of {n}").format(i=i, n=n)
        )
        if i > 1 or out.blocks:
            out.add(PageBreak())
        where = QCoreApplication.translate("Packet", "{label} \u00b7 slide {i} of {n}").format(
            label=sink.label, i=i, n=n
        )
        out.add(Paragraph.of(where, "meta"))
        out.add(sink.heading(head, 3, False))
        lists = _Lists(out)
        for shape in _reading_order(slide.shapes):
            if title_shape is not None and shape.shape_id == title_shape.shape_id:
                continue
            _slide_shape(shape, out, lists, sink, name)
        lists.flush()
    if not slides:
        out.add(
            Paragraph.of(
                QCoreApplication.translate("Packet", "({name} has no slides.)").format(name=name),
                "note",
            )
        )
    return _finish(out, name)


def _reading_order(shapes: Any) -> Iterator[Any]:
    def key(s: Any) -> tuple[int, int]:
        return (int(s.top or 0) // 50000, int(s.left or 0))

    yield from sorted(shapes, key=key)


def _slide_shape(shape: Any, out: _Out, lists: _Lists, sink: Sink, name: str) -> None:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    kind = shape.shape_type
    if kind == MSO_SHAPE_TYPE.GROUP:
        for sub in _reading_order(shape.shapes):
            _slide_shape(sub, out, lists, sink, name)
        return
    if getattr(shape, "has_table", False) and shape.has_table:
        lists.flush()
        rows = [[" ".join(c.text.split()) for c in r.cells] for r in shape.table.rows]
        rows = [r for r in rows if any(r)]
        if rows:
            out.add(Table(rows[0], [[Cell(x) for x in r] for r in rows[1:]]))
        return
    if kind == MSO_SHAPE_TYPE.PICTURE or hasattr(shape, "image"):
        try:
            blob = shape.image.blob
        except Exception:  # a linked or empty picture placeholder
            blob = b""
        if blob:
            lists.flush()
            out.picture(
                sink,
                blob,
                QCoreApplication.translate("Packet", "Picture from {name}").format(name=name),
                3.6,
            )
        return
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        # Body placeholders are bulleted by default; free text boxes are plain paragraphs.
        bulleted = bool(getattr(shape, "is_placeholder", False))
        for p in shape.text_frame.paragraphs:
            runs = _runs_clean(
                [Run(r.text, bool(r.font.bold), bool(r.font.italic)) for r in p.runs]
            )
            if not runs:
                continue
            if bulleted:
                lists.add(runs, p.level)
            else:
                lists.flush()
                out.add(Paragraph(runs, "body"))
