"""PDF pages as pictures, in-process with pypdfium2 (no poppler binary).

The DOCX shows PDF evidence as page images, and a page with markup burned in travels as a
picture in both writers. Helper "durable" is adding one shared renderer
(tli_workbook/artifacts/pdf_render.py); until it lands this small local one is used, and only
render_page / page_count need to switch.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

# A page claiming to be larger than this (in points, about 2.8 m) is rendered at a lower scale
# so that a crafted page size cannot ask for gigapixels.
_MAX_SIDE_PX = 4000


class RenderError(Exception):
    """A page could not be rendered; the message is for the teacher."""


def page_count(path: Path) -> int:
    """How many pages the PDF has (pypdf first, as the stamping does; pdfium as a fallback).
    Raises RenderError when neither can read it."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        if reader.is_encrypted:
            reader.decrypt("")
        return len(reader.pages)
    except Exception:  # damaged or locked for pypdf: pdfium is more forgiving
        log.info("pypdf could not count the pages of %s", path.name, exc_info=True)
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        try:
            return len(doc)
        finally:
            doc.close()
    except Exception as exc:
        raise RenderError(
            QCoreApplication.translate("Packet", "The PDF {name} could not be read.").format(
                name=path.name
            )
        ) from exc


def render_page(path: Path, index: int, dpi: int = 150) -> Image.Image:
    """Page `index` (0-based) of a PDF as an RGB picture. Raises RenderError."""
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:  # a broken install: the caller names the file instead
        raise RenderError(
            QCoreApplication.translate(
                "Packet", "The PDF page renderer (pypdfium2) is not installed."
            )
        ) from exc
    try:
        doc = pdfium.PdfDocument(str(path))
    except Exception as exc:
        raise RenderError(
            QCoreApplication.translate("Packet", "The PDF {name} could not be read.").format(
                name=path.name
            )
        ) from exc
    try:
        page = doc[index]
        try:
            w, h = page.get_size()
            scale = dpi / 72
            long_side = max(w, h) * scale
            if long_side > _MAX_SIDE_PX:
                scale *= _MAX_SIDE_PX / long_side
            bitmap = page.render(scale=scale, may_draw_forms=True)
            im = bitmap.to_pil().convert("RGB")
            bitmap.close()
            return im
        finally:
            page.close()
    except Exception as exc:
        raise RenderError(
            QCoreApplication.translate(
                "Packet", "Page {index} of {name} could not be drawn."
            ).format(index=index + 1, name=path.name)
        ) from exc
    finally:
        doc.close()
