"""Fishbone output: one landscape page as PDF or SVG (vector) or PNG, and the packet drawing.

The files are painted by circlemap.export's page writers from the fishbone's display list, so
they share the Circle Map's atomic writes, margins and fonts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.circlemap import export as pages
from tli_workbook.fishbone.render import build_display_list

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

FORMATS = (".pdf", ".svg", ".png")


def write_fishbone(
    value: Any,
    out: Path,
    *,
    title: str = "",
    page: str = "letter",
    words: dict[str, str] | None = None,
) -> Path:
    """Write the diagram on one landscape page; the format follows the suffix."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            QCoreApplication.translate(
                "Fishbone", "Cannot export a fishbone diagram as {suffix}; use .pdf, .svg or .png."
            ).format(
                suffix=suffix or QCoreApplication.translate("Fishbone", "a file without suffix")
            )
        )
    dl = build_display_list(value, title=title or None, words=words)
    doc_title = title or QCoreApplication.translate("Fishbone", "Fishbone diagram")
    if suffix == ".pdf":
        pages.write_pdf(dl, out, page, True, doc_title)
    elif suffix == ".svg":
        pages.write_svg(dl, out, page, True, doc_title)
    else:
        pages.write_png(dl, out, page, True)
    return out


def packet_drawing(value: Any, width_pt: float, height_pt: float) -> Drawing:
    """A vector reportlab Drawing of the diagram, fitted into width_pt x height_pt."""
    return build_display_list(value).to_reportlab_drawing(width_pt, height_pt)
