"""Typography and page geometry shared by both writers, so the DOCX and the PDF look alike."""

from __future__ import annotations

from dataclasses import dataclass

from tli_workbook.packet.errors import ExportError

# Colours as RRGGBB. One dark accent for headings, a pale tint for table headers.
ACCENT = "1F3A5F"
ACCENT_2 = "2E5C8A"
TEXT = "1F2328"
MUTED = "5A6270"
RULE = "A9B8CC"
BORDER = "B8C2CF"
HEADER_FILL = "DCE4EE"
ROW_FILL = "F2F5F9"

# Sizes in points.
BODY_SIZE = 10.5
BODY_LEADING = 15.0
SMALL_SIZE = 9.0
TABLE_SIZE = 9.5
H1_SIZE = 18.0
H2_SIZE = 13.5
H3_SIZE = 11.0
TITLE_SIZE = 30.0
SUBTITLE_SIZE = 15.0
HEADER_SIZE = 8.5
PARA_AFTER = 6.0
H1_AFTER = 10.0
H2_BEFORE = 14.0
H2_AFTER = 5.0
H3_BEFORE = 10.0
H3_AFTER = 3.0

MARGIN_IN = 1.0
DOCX_FONT = "Calibri"  # what a reviewer's Word has; the PDF embeds DejaVu Sans instead


@dataclass(frozen=True)
class PageSize:
    name: str
    width_in: float
    height_in: float

    @property
    def text_width_in(self) -> float:
        return self.width_in - 2 * MARGIN_IN

    @property
    def text_height_in(self) -> float:
        return self.height_in - 2 * MARGIN_IN


PAGES: dict[str, PageSize] = {
    "letter": PageSize("letter", 8.5, 11.0),
    "a4": PageSize("a4", 210 / 25.4, 297 / 25.4),
}


def page_size(name: str) -> PageSize:
    try:
        return PAGES[name.lower()]
    except (KeyError, AttributeError):
        raise ExportError(f"Unknown page size {name!r}: use letter or a4.") from None


def fit_image(
    width_px: int, height_px: int, max_w_in: float, max_h_in: float, min_dpi: float = 150.0
) -> tuple[float, float]:
    """Display size in inches: as large as allowed, never stretched below min_dpi (a small
    screenshot blown up to full width looks careless)."""
    if width_px <= 0 or height_px <= 0:
        return max_w_in, max_h_in
    w = min(max_w_in, width_px / min_dpi)
    h = w * height_px / width_px
    if h > max_h_in:
        h = max_h_in
        w = h * width_px / height_px
    return w, h
