"""PDF evidence pages as pictures, for the DOCX (which cannot carry PDF pages)."""

from __future__ import annotations

import logging

from tli_workbook.packet.document import EvidencePage
from tli_workbook.packet.evidence.render import RenderError, render_page
from tli_workbook.png_write import rgb_png

log = logging.getLogger(__name__)

DOCX_DPI = 150  # sharp on paper, and a 20-page plan stays a few MB


def page_picture(block: EvidencePage, dpi: int = DOCX_DPI) -> tuple[bytes, int, int] | None:
    """PNG bytes and pixel size of the page, or None when it cannot be drawn (logged)."""
    if block.image is not None:
        from PIL import Image

        with Image.open(block.image) as picture:
            return block.image.read_bytes(), picture.width, picture.height
    try:
        im = render_page(block.path, block.index, dpi)
    except RenderError:
        log.warning("could not render page %d of %s", block.index + 1, block.path.name)
        return None
    # A fresh image: pixels only, nothing carried over from the PDF.
    return rgb_png(im.tobytes(), im.width, im.height), im.width, im.height
