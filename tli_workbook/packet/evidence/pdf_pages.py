"""PDF evidence as real pages of the packet PDF.

Platypus lays out one placeholder page per evidence page (the running header, a caption naming
the artifact and a thin frame), so page numbers, the contents and the bookmarks count them like
any other page. After the build, stamp_evidence() draws each original page into its frame
with pdfium, scaled to fit: the page stays vector, its text selectable and searchable.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from tli_workbook.packet.document import EvidencePage, clean_text
from tli_workbook.packet.errors import ExportError
from tli_workbook.pdfium_lock import PDFIUM_LOCK

log = logging.getLogger(__name__)

CAPTION_SIZE = 9.0
CAPTION_GAP = 8.0  # between the caption line and the page frame
SHARE_PAGE = 0.6  # a first page shares its page when this much of the frame is still free
_MUTED = colors.HexColor("#5F6B7A")
_FRAME = colors.HexColor("#B8C0CC")


@dataclass
class Placement:
    page_number: int  # 1-based page of the packet PDF
    x: float
    y: float
    width: float
    height: float


class EvidencePageFlowable(Flowable):
    """Fills a whole frame: a caption line, then the evidence page scaled to fit below it."""

    def __init__(self, block: EvidencePage, frame_height: float, font: str, bold: str) -> None:
        super().__init__()
        self.block = block
        self.frame_height = frame_height
        self.font, self.bold = font, bold
        self.placement: Placement | None = None

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        if self.block.index == 0 and avail_h >= SHARE_PAGE * self.frame_height:
            # The first page may sit under the artifact's heading and annotation when most
            # of the page is still free: the assessor sees what it is and the page together.
            self.height = avail_h - 0.5
        else:
            # Slightly under the full frame: it fits an empty page and never a used one.
            self.height = self.frame_height - 0.5
        return self.width, self.height

    def _fit(self) -> tuple[float, float, float, float]:
        """The page's rectangle inside the flowable (x, y, w, h), centred at the top."""
        avail_w = self.width
        avail_h = self.height - CAPTION_SIZE - CAPTION_GAP
        pw, ph = self._page_size()
        scale = min(avail_w / pw, avail_h / ph)
        w, h = pw * scale, ph * scale
        return (avail_w - w) / 2, avail_h - h, w, h

    def _page_size(self) -> tuple[float, float]:
        b = self.block
        if b.image is not None and b.image_px[0] > 0:
            return float(b.image_px[0]), float(b.image_px[1])
        if b.width_pt > 0 and b.height_pt > 0:
            return b.width_pt, b.height_pt
        return 612.0, 792.0

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFont(self.bold, CAPTION_SIZE)
        canv.setFillColor(_MUTED)
        canv.drawString(0, self.height - CAPTION_SIZE, clean_text(self.block.caption))
        x, y, w, h = self._fit()
        if self.block.image is not None:
            canv.drawImage(str(self.block.image), x, y, w, h)
        else:
            ax, ay = canv.absolutePosition(x, y)
            self.placement = Placement(canv.getPageNumber(), ax, ay, w, h)
        canv.setStrokeColor(_FRAME)
        canv.setLineWidth(0.75)
        canv.rect(x, y, w, h, stroke=1, fill=0)
        canv.restoreState()


def evidence_flowable(block: EvidencePage, frame_height: float, font: str, bold: str) -> Flowable:
    return EvidencePageFlowable(block, frame_height, font, bold)


def placements(flowables: list[Any]) -> list[tuple[Placement, EvidencePage]]:
    """Where the last layout pass put each evidence page (multiBuild draws several times)."""
    return [
        (f.placement, f.block)
        for f in flowables
        if isinstance(f, EvidencePageFlowable) and f.placement is not None
    ]


def stamp_evidence(
    pdf: bytes, placed: list[tuple[Placement, EvidencePage]], out: IO[bytes]
) -> None:
    """Put every placed evidence page into its frame of the packet PDF and write the result
    to out.

    pdfium copies each original page's content and resources into the packet as a form
    XObject (its crop box, turned upright by its /Rotate, is the form's box and clips it),
    and adds one drawing of it to the placeholder page. The teacher's annotations (comments
    with author names, form widgets, scripts) are not part of a page's content, so they stay
    out. Done in C: the same merge written in pure Python (pypdf) cost a tenth of the
    whole export, most of it importing pypdf and parsing and writing every object again.
    """
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        dest = pdfium.PdfDocument(pdf)
        sources: dict[Path, Any] = {}
        try:
            for where, block in placed:
                try:
                    _stamp_one(pdfium, dest, _source(pdfium, block.path, sources), where, block)
                except Exception as exc:  # the builder opened this file; failing is real
                    log.exception("could not stamp page %d of %s", block.index + 1, block.path.name)
                    raise ExportError(
                        f"A page of an attached PDF ({block.caption}) could not be copied into "
                        "the packet. Open the PDF, save it again (or print it to PDF) and "
                        "attach that copy."
                    ) from exc
            dest.save(out)
        finally:
            for src in sources.values():
                src.close()
            dest.close()


def _source(pdfium: Any, path: Path, cache: dict[Path, Any]) -> Any:
    if path not in cache:
        cache[path] = pdfium.PdfDocument(str(path))
    return cache[path]


def _stamp_one(pdfium: Any, dest: Any, src: Any, where: Placement, block: EvidencePage) -> None:
    page = src[block.index]
    try:
        shown_w, shown_h = page.get_size()  # the crop box as shown, after /Rotate
    finally:
        page.close()
    if shown_w <= 0 or shown_h <= 0:
        return
    scale = min(where.width / shown_w, where.height / shown_h)
    dx = where.x + (where.width - shown_w * scale) / 2
    dy = where.y + (where.height - shown_h * scale) / 2
    xobject = src.page_as_xobject(block.index, dest)
    try:
        drawing = xobject.as_pageobject()
    finally:
        xobject.close()
    drawing.transform(pdfium.PdfMatrix().scale(scale, scale).translate(dx, dy))
    target = dest[where.page_number - 1]
    try:
        target.insert_obj(drawing)
        # The page's own content is kept as laid out; the drawing is written in a stream
        # of its own after it.
        target.gen_content()
    finally:
        target.close()
