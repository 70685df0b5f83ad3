"""PDF pages as images, in process (pdfium through pypdfium2; no poppler binary needed).

Every rendering is bounded before it starts: the page's size is read first and the scale is
chosen so the bitmap's long side is at most `max_px` and its area at most MAX_PIXELS, whatever
size the PDF claims (a 14,400 pt page is drawn as small as a letter page). Rendering runs on
one worker thread (pdfium is not thread-safe, so calls are serialised), and the caller waits
at most `timeout` seconds: a hostile PDF can cost a "no preview", never a hang.

API (used by thumbnails, the viewer, printing and the packet):

    page_count(path) -> int
    page_size(path, page_index) -> (width_pt, height_pt)
    check_page_size(width_pt, height_pt)  # RenderError above MAX_PAGE_PT
    render_page(path, page_index, max_px, timeout=RENDER_TIMEOUT_S) -> PIL.Image (RGB)
    render_page_dpi(path, page_index, dpi, max_px=MAX_SIDE_PX, ...) -> PIL.Image (RGB)

All raise RenderError (str() is a message fit for the teacher). This module imports no Qt.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PIL import Image
from PySide6.QtCore import QCoreApplication

from tli_workbook.pdfium_lock import PDFIUM_LOCK

log = logging.getLogger(__name__)

RENDER_TIMEOUT_S = 15.0
MAX_SIDE_PX = 4000  # no rendering is ever wider or taller than this
MAX_PIXELS = 16_000_000  # nor larger in area (about 64 MB as RGBA)
MAX_PAGES = 5000  # a PDF claiming more pages is treated as hostile
# Larger than any real poster (100 inches on the long side): such a page is refused before
# anything is drawn. The PDF format's own ceiling is 14,400 pt (200 inches).
MAX_PAGE_PT = 7200.0

T = TypeVar("T")


class RenderError(Exception):
    """A PDF page could not be drawn; str() says why, for the teacher."""


_executor: concurrent.futures.ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


def _pool() -> concurrent.futures.ThreadPoolExecutor:
    global _executor
    with _executor_lock:
        if _executor is None:
            _executor = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="pdf-render"
            )
        return _executor


def _run(fn: Callable[[], T], timeout: float) -> T:
    """Run fn on the single pdfium thread and wait at most timeout seconds for it."""

    def locked() -> T:
        with PDFIUM_LOCK:  # the export draws PDF pages on a thread of its own
            return fn()

    future = _pool().submit(locked)
    try:
        return future.result(timeout=timeout)
    except concurrent.futures.TimeoutError:
        future.cancel()  # if still queued; a running render finishes and is thrown away
        raise RenderError(
            QCoreApplication.translate(
                "Artifacts",
                "The PDF took longer than {timeout:.0f} seconds to draw, so no preview is "
                "shown. It is attached and opens in your PDF reader.",
            ).format(timeout=timeout)
        ) from None


def _open(path: Path):  # type: ignore[no-untyped-def]  # pypdfium2 ships no stubs
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise RenderError(
                QCoreApplication.translate(
                    "Artifacts",
                    "The PDF is password-protected, so no preview is shown. It is attached and "
                    "opens in your PDF reader.",
                )
            ) from None
        raise RenderError(
            QCoreApplication.translate(
                "Artifacts",
                "The PDF could not be drawn (it may be damaged). It is attached and may still "
                "open in your PDF reader.",
            )
        ) from None
    except OSError as exc:
        raise RenderError(
            QCoreApplication.translate("Artifacts", "The PDF could not be read: {exc}.").format(
                exc=exc.strerror or exc
            )
        ) from None


def _count(path: Path) -> int:
    pdf = _open(path)
    try:
        n = len(pdf)
    finally:
        pdf.close()
    if n <= 0:
        raise RenderError(QCoreApplication.translate("Artifacts", "The PDF has no pages."))
    if n > MAX_PAGES:
        raise RenderError(
            QCoreApplication.translate(
                "Artifacts", "The PDF claims {n} pages, more than this app previews."
            ).format(n=n)
        )
    return n


def page_count(path: Path, timeout: float = RENDER_TIMEOUT_S) -> int:
    """How many pages the PDF has. Raises RenderError."""
    return _run(lambda: _count(Path(path)), timeout)


def _size(path: Path, page_index: int) -> tuple[float, float]:
    pdf = _open(path)
    try:
        if not 0 <= page_index < len(pdf):
            raise RenderError(
                QCoreApplication.translate("Artifacts", "The PDF has no page {page}.").format(
                    page=page_index + 1
                )
            )
        page = pdf[page_index]
        try:
            w, h = page.get_size()
        finally:
            page.close()
    finally:
        pdf.close()
    return float(w), float(h)


def page_size(
    path: Path, page_index: int = 0, timeout: float = RENDER_TIMEOUT_S
) -> tuple[float, float]:
    """The page's size in points (1/72 inch), as the PDF claims it. Raises RenderError."""
    return _run(lambda: _size(Path(path), page_index), timeout)


def check_page_size(width_pt: float, height_pt: float) -> None:
    """Refuse a page no real document has (RenderError), before drawing anything."""
    if max(width_pt, height_pt) > MAX_PAGE_PT:
        raise RenderError(
            QCoreApplication.translate(
                "Artifacts",
                "No preview: the PDF's page claims to be {width:.0f} by {height:.0f} inches, "
                "too large to draw safely. The PDF is attached and opens in your PDF reader.",
            ).format(width=width_pt / 72, height=height_pt / 72)
        )


def bounded_scale(width_pt: float, height_pt: float, max_px: int, scale: float = 1.0) -> float:
    """The largest scale <= `scale` (pixels per point) whose bitmap stays within max_px on
    the long side and MAX_PIXELS in area."""
    if width_pt <= 0 or height_pt <= 0:
        raise RenderError(
            QCoreApplication.translate(
                "Artifacts", "The PDF's page has no size, so it cannot be drawn."
            )
        )
    side = min(max(1, int(max_px)), MAX_SIDE_PX)
    scale = min(scale, side / max(width_pt, height_pt))
    area = width_pt * height_pt * scale * scale
    if area > MAX_PIXELS:
        scale *= (MAX_PIXELS / area) ** 0.5
    return max(scale, 1e-4)


def _render(path: Path, page_index: int, max_px: int, scale: float) -> Image.Image:
    pdf = _open(path)
    try:
        if not 0 <= page_index < len(pdf):
            raise RenderError(
                QCoreApplication.translate("Artifacts", "The PDF has no page {page}.").format(
                    page=page_index + 1
                )
            )
        page = pdf[page_index]
        try:
            w, h = page.get_size()
            check_page_size(float(w), float(h))
            s = bounded_scale(float(w), float(h), max_px, scale)
            # Forms are not drawn: their appearance may run scripts, and the evidence is the
            # page itself.
            bitmap = page.render(scale=s, may_draw_forms=False)
            try:
                image = bitmap.to_pil().convert("RGB")
            finally:
                bitmap.close()
        finally:
            page.close()
    except RenderError:
        raise
    except Exception as exc:  # pdfium raises its own errors, or MemoryError, on bad input
        log.warning("PDF page %d of %s could not be drawn: %r", page_index, path, exc)
        raise RenderError(
            QCoreApplication.translate(
                "Artifacts",
                "The PDF could not be drawn (it may be damaged). It is attached and may still "
                "open in your PDF reader.",
            )
        ) from None
    finally:
        pdf.close()
    return image


def render_page(
    path: Path, page_index: int, max_px: int, timeout: float = RENDER_TIMEOUT_S
) -> Image.Image:
    """Page page_index (0-based) as an RGB image whose long side is max_px (never more than
    MAX_SIDE_PX, never more than MAX_PIXELS in area). Raises RenderError."""
    # Scale unbounded here: bounded_scale fits the page to max_px.
    return _run(lambda: _render(Path(path), page_index, max_px, float("inf")), timeout)


def render_page_dpi(
    path: Path,
    page_index: int,
    dpi: float,
    max_px: int = MAX_SIDE_PX,
    timeout: float = RENDER_TIMEOUT_S,
) -> Image.Image:
    """Page page_index at dpi, shrunk if that would exceed max_px or MAX_PIXELS. Raises
    RenderError."""
    return _run(lambda: _render(Path(path), page_index, max_px, dpi / 72.0), timeout)
