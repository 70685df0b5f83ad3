"""PDF evidence read in-process with pypdfium2 (no poppler binary): the size of each page,
for the layout, and pages as pictures. The DOCX shows PDF evidence as page images, and a page
with markup burned in travels as a picture in both writers. The export waits for these, so
they run on its own thread, not on the app's one pdfium worker (artifacts/pdf_render.py);
both hold PDFIUM_LOCK.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QCoreApplication

from tli_workbook.pdfium_lock import PDFIUM_LOCK

log = logging.getLogger(__name__)

# A page claiming to be larger than this (in points, about 2.8 m) is rendered at a lower scale
# so that a crafted page size cannot ask for gigapixels.
_MAX_SIDE_PX = 4000


class RenderError(Exception):
    """A page could not be rendered; the message is for the teacher."""


def _open(pdfium: Any, path: Path) -> Any:
    try:
        return pdfium.PdfDocument(str(path))
    except Exception as exc:
        raise RenderError(
            QCoreApplication.translate("Packet", "The PDF {name} could not be read.").format(
                name=path.name
            )
        ) from exc


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points as shown: its crop box (within the media box), turned by
    its /Rotate. Raises RenderError when pdfium cannot read the file."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        doc = _open(pdfium, path)
        try:
            sizes = []
            for i in range(len(doc)):
                page = doc[i]
                try:
                    sizes.append(page.get_size())
                finally:
                    page.close()
            return sizes
        finally:
            doc.close()


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
    with PDFIUM_LOCK:
        doc = _open(pdfium, path)
        try:
            return _render(doc, index, dpi)
        except Exception as exc:
            raise RenderError(
                QCoreApplication.translate(
                    "Packet", "Page {index} of {name} could not be drawn."
                ).format(index=index + 1, name=path.name)
            ) from exc
        finally:
            doc.close()


def _render(doc: Any, index: int, dpi: int) -> Image.Image:
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
