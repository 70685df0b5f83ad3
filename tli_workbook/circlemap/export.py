"""Circle map output: PDF, PNG and SVG files, the packet's drawing and PNG, a text listing.

Everything is drawn by the one renderer (render.py). Files are written to a temporary file in
the target folder and renamed into place, so an interrupted export never leaves half a file.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.atomic_write import atomic_path
from tli_workbook.circlemap.model import RINGS, CircleMap, ring_labels
from tli_workbook.circlemap.render import DisplayList, build_display_list

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from tli_workbook.store import Store

log = logging.getLogger(__name__)

PAGE_SIZES_IN: dict[str, tuple[float, float]] = {"letter": (8.5, 11.0), "a4": (8.27, 11.69)}
MARGIN_PT = 36.0  # half an inch: inside every printer's unprintable edge
EXPORT_DPI = 300
FORMATS = (".pdf", ".png", ".svg")


def ensure_gui_app() -> None:
    """Qt draws text only with a QGuiApplication; make one (offscreen without a display)."""
    from tli_workbook.qt_headless import ensure_gui_app as ensure

    ensure()


def ring_labels_for(part: Any) -> dict[str, str]:
    """Ring labels of a circle_map part of a credential definition."""
    return ring_labels({ring: r.label for ring, r in getattr(part, "rings", {}).items()})


def _labels_for_workbook(store: Store, workbook_id: int) -> dict[str, str]:
    try:
        from tli_workbook.definitions import default_catalog

        cred = default_catalog().get(store.workbook(workbook_id).credential_id)
        parts = cred.parts_of_kind("circle_map")
        return ring_labels_for(parts[0]) if parts else ring_labels(None)
    except Exception:  # a definition problem must not stop an export: use plain labels
        log.exception("No ring labels for workbook %s: plain labels used", workbook_id)
        return ring_labels(None)


# ----- listing and packet ----------------------------------------------------------------------


def text_listing(
    map_data: Mapping[str, Any], ring_labels_: Mapping[str, str]
) -> list[tuple[str, list[str]]]:
    """(ring label, entry texts) from the centre out: the map as text for screen readers and
    the packet. A centre entry's note (its source) follows it in brackets."""
    cmap = CircleMap.from_dict(map_data)
    labels = ring_labels(ring_labels_)
    out = []
    for ring in RINGS:
        items = []
        for e in cmap.in_ring(ring):
            text = " ".join(e.text.split())
            if not text:
                continue
            note = " ".join(e.note.split())
            items.append(f"{text} ({note})" if note else text)
        out.append((labels[ring], items))
    return out


def display_list(
    map_data: Mapping[str, Any], ring_labels_: Mapping[str, str] | None, title: str | None = None
) -> DisplayList:
    return build_display_list(CircleMap.from_dict(map_data), ring_labels_, title=title)


def packet_flowable(
    map_data: Mapping[str, Any], ring_labels: Mapping[str, str], width_pt: float, height_pt: float
) -> Drawing:
    """A vector reportlab Drawing (a Flowable) width_pt x height_pt with the map centred."""
    return display_list(map_data, ring_labels).to_reportlab_drawing(width_pt, height_pt)


def png_bytes(
    map_data: Mapping[str, Any], ring_labels: Mapping[str, str], width_in: float, dpi: int = 300
) -> bytes:
    """The map alone as a PNG width_in inches wide at dpi (height follows the map's shape)."""
    return display_png(display_list(map_data, ring_labels), width_in, dpi)


def display_png(dl: DisplayList, width_in: float, dpi: int = 300) -> bytes:
    """Any display list (the map, a fishbone) as a PNG width_in inches wide at dpi."""
    ensure_gui_app()
    width = max(1, round(width_in * dpi))
    height = max(1, round(width * dl.bounds.h / dl.bounds.w))
    return _png(_paint_image(dl, width, height, dpi, margin_px=0), dpi)


def _png(image: Any, dpi: int) -> bytes:
    """The painted image as PNG bytes: the same pixels and resolution QImage.save writes,
    smaller and in a third of the time (see png_write), and mostly without the GIL, which
    PySide6 holds through QImage.save."""
    import sys

    from PIL import Image

    from tli_workbook.png_write import rgb_png

    # Format_RGB32 is one 0xffRRGGBB word per pixel, in the machine's byte order.
    raw = "BGRX" if sys.byteorder == "little" else "XRGB"
    size = (image.width(), image.height())
    bits = bytes(image.constBits())
    picture = Image.frombuffer("RGB", size, bits, "raw", raw, image.bytesPerLine(), 1)
    return rgb_png(picture.tobytes(), size[0], size[1], dpi)


# ----- pages -----------------------------------------------------------------------------------


def page_size_pt(page: str, landscape: bool) -> tuple[float, float]:
    w, h = PAGE_SIZES_IN[_page_key(page)]
    w, h = w * 72.0, h * 72.0
    return (h, w) if landscape else (w, h)


def _page_key(page: str) -> str:
    key = page.lower().replace(" ", "")
    if key not in PAGE_SIZES_IN:
        raise ValueError(f"Unknown page size {page!r}; use 'letter' or 'a4'.")
    return key


def qt_page_layout(page: str, landscape: bool, margin_pt: float = MARGIN_PT) -> Any:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    size = QPageSize(
        QPageSize.PageSizeId.Letter if _page_key(page) == "letter" else QPageSize.PageSizeId.A4
    )
    orient = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(margin_pt, margin_pt, margin_pt, margin_pt)
    return QPageLayout(size, orient, margins, QPageLayout.Unit.Point)


def paint_page(painter: Any, device: Any, dl: DisplayList) -> None:
    """Paint the map on a paged device (QPrinter, QPdfWriter), centred inside its margins."""
    from PySide6.QtCore import QRectF

    rect = device.pageLayout().paintRectPixels(device.resolution())
    dl.paint_qt(painter, QRectF(0, 0, rect.width(), rect.height()))


def write_pdf(
    dl: DisplayList,
    out: Path,
    page: str = "letter",
    landscape: bool = False,
    title: str = "",
) -> None:
    from PySide6.QtGui import QPainter, QPdfWriter

    title = title or QCoreApplication.translate("CircleMap", "Circle Map")

    ensure_gui_app()
    with atomic_path(out) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(1200)
        writer.setPageLayout(qt_page_layout(page, landscape))
        writer.setCreator("TLI Workbook")
        writer.setTitle(title)
        painter = QPainter(writer)
        try:
            paint_page(painter, writer, dl)
        finally:
            painter.end()
        del writer  # flushes and closes the file before it is renamed


def _paint_image(dl: DisplayList, width: int, height: int, dpi: int, margin_px: int) -> Any:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        m = margin_px
        dl.paint_qt(painter, QRectF(m, m, width - 2 * m, height - 2 * m))
    finally:
        painter.end()
    return image


def write_png(
    dl: DisplayList, out: Path, page: str = "letter", landscape: bool = False, dpi: int = EXPORT_DPI
) -> None:
    ensure_gui_app()
    w_pt, h_pt = page_size_pt(page, landscape)
    width, height = round(w_pt / 72 * dpi), round(h_pt / 72 * dpi)
    image = _paint_image(dl, width, height, dpi, round(MARGIN_PT / 72 * dpi))
    with atomic_path(out) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise OSError(f"Could not write the PNG image {out}.")


def write_svg(
    dl: DisplayList,
    out: Path,
    page: str = "letter",
    landscape: bool = False,
    title: str = "",
) -> None:
    from PySide6.QtCore import QRectF, QSize

    title = title or QCoreApplication.translate("CircleMap", "Circle Map")
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    ensure_gui_app()
    w_pt, h_pt = page_size_pt(page, landscape)
    with atomic_path(out) as tmp:
        gen = QSvgGenerator()
        gen.setFileName(str(tmp))
        gen.setSize(QSize(round(w_pt), round(h_pt)))
        gen.setViewBox(QRectF(0, 0, w_pt, h_pt))
        gen.setResolution(72)
        gen.setTitle(title)
        gen.setDescription(
            QCoreApplication.translate("CircleMap", "Circle map exported by TLI Workbook")
        )
        painter = QPainter(gen)
        try:
            m = MARGIN_PT
            dl.paint_qt(painter, QRectF(m, m, w_pt - 2 * m, h_pt - 2 * m))
        finally:
            painter.end()


def write_map(
    map_data: Mapping[str, Any],
    ring_labels_: Mapping[str, str] | None,
    out: Path,
    page: str = "letter",
    landscape: bool = False,
    title: str | None = None,
) -> Path:
    """Write the map to out; the format follows the suffix (.pdf, .png or .svg)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            QCoreApplication.translate(
                "CircleMap", "Cannot export a circle map as {suffix}; use .pdf, .png or .svg."
            ).format(
                suffix=suffix or QCoreApplication.translate("CircleMap", "a file without suffix")
            )
        )
    _page_key(page)
    dl = display_list(map_data, ring_labels_, title)
    doc_title = title or QCoreApplication.translate("CircleMap", "Circle Map")
    if suffix == ".pdf":
        write_pdf(dl, out, page, landscape, doc_title)
    elif suffix == ".png":
        write_png(dl, out, page, landscape)
    else:
        write_svg(dl, out, page, landscape, doc_title)
    return out


def export_map(
    store: Store,
    workbook_id: int,
    out: Path,
    page: str = "letter",
    landscape: bool = False,
    title: str | None = None,
) -> Path:
    """Export a workbook's circle map as PDF (vector), PNG (300 dpi page) or SVG."""
    map_data = {
        "entries": store.map_entries(workbook_id),
        "strokes": store.map_strokes(workbook_id),
    }
    return write_map(
        map_data, _labels_for_workbook(store, workbook_id), Path(out), page, landscape, title
    )
