"""Typography and page geometry shared by every writer, so the DOCX, the PDF and the printed
form look alike.

`STYLES` is the one style table: each paragraph role of the document model (and the few roles
the writers add, such as table text and the table of contents) is declared here once, with its
size, weight, colour and spacing. The writers translate an entry into their own format (a Word
style, a reportlab ParagraphStyle, a QTextCharFormat); none of them invents a size or a colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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

# Status colours (readiness report marks), muted enough to print well in grey.
OK = "1E6B34"
WARN = "B06000"
BAD = "B3261E"

MARGIN_IN = 1.0
DOCX_FONT = "Calibri"  # what a reviewer's Word has; the PDF embeds DejaVu Sans instead


@dataclass(frozen=True)
class Style:
    """One paragraph style. None means "as the body style" (Word's style inheritance)."""

    word: str  # the Word style name (built-in names where Word has one)
    size: float
    bold: bool | None = None
    italic: bool | None = None
    color: str | None = TEXT
    before: float | None = None  # points
    after: float | None = None  # points
    line: float | None = None  # Word's line-spacing multiple
    leading: float | None = None  # PDF/Qt leading as a multiple of size (None: from `line`)
    keep_next: bool | None = None  # keep with the next paragraph (headings, labels, prompts)
    align: Literal["left", "center"] = "left"
    indent_in: float | None = None  # left indent in inches
    base: str = "body"  # the style this one inherits from

    def leading_pt(self) -> float:
        if self.leading is not None:
            return self.size * self.leading
        if self.line is not None and self.line > 1.2:
            return self.size * self.line
        # As the body (Platypus styles inherit the body's leading), unless much larger.
        return BODY_LEADING if self.size <= BODY_SIZE + 1 else self.size * 1.3


STYLES: dict[str, Style] = {
    "body": Style("Normal", BODY_SIZE, before=0, after=PARA_AFTER, line=BODY_LEADING / BODY_SIZE),
    "h1": Style(
        "Heading 1",
        H1_SIZE,
        bold=True,
        color=ACCENT,
        before=0,
        after=H1_AFTER,
        keep_next=True,
        line=1.0,
        leading=1.2,
    ),
    "h2": Style(
        "Heading 2",
        H2_SIZE,
        bold=True,
        color=ACCENT,
        before=H2_BEFORE,
        after=H2_AFTER,
        keep_next=True,
        line=1.0,
        leading=1.25,
    ),
    "h3": Style(
        "Heading 3",
        H3_SIZE,
        bold=True,
        color=ACCENT_2,
        before=H3_BEFORE,
        after=H3_AFTER,
        keep_next=True,
        line=1.05,
        leading=1.3,
    ),
    "title": Style(
        "Title", TITLE_SIZE, bold=True, color=ACCENT, before=0, after=6, line=1.0, leading=1.15
    ),
    "subtitle": Style(
        "Subtitle", SUBTITLE_SIZE, italic=False, color=MUTED, before=0, after=16, leading=1.3
    ),
    "toc_heading": Style(
        "TOC Heading", H1_SIZE, bold=True, color=ACCENT, before=0, after=12, leading=1.2
    ),
    "caption": Style(
        "Caption",
        SMALL_SIZE,
        bold=False,
        italic=True,
        color=MUTED,
        before=4,
        after=12,
        align="center",
        leading=1.35,
    ),
    "lead": Style("Lead", BODY_SIZE, bold=True, after=4, keep_next=True),
    "label": Style("Label", BODY_SIZE, bold=True, color=ACCENT, before=6, after=3, keep_next=True),
    "prompt": Style("Prompt", BODY_SIZE - 0.5, italic=True, color=MUTED, after=0, keep_next=True),
    "prompt_bullet": Style(
        "Prompt Bullet",  # notr: a Word style name
        BODY_SIZE - 0.5,
        italic=True,
        color=MUTED,
        after=2,
        keep_next=True,
        base="bullet",
    ),
    "note": Style("Note", BODY_SIZE, italic=True, color=MUTED),
    "meta": Style("Meta", BODY_SIZE - 0.5, color=MUTED, after=8),
    "bullet": Style("List Bullet", BODY_SIZE, after=3),  # notr: a Word style name
    "bullet2": Style("List Bullet 2", BODY_SIZE, after=3),  # notr: a Word style name
    "check": Style("Checklist", BODY_SIZE, after=3),
    "quote": Style(
        "Quote",
        BODY_SIZE + 0.5,
        italic=True,
        color=TEXT,
        before=4,
        after=10,
        leading=(BODY_LEADING + 1) / (BODY_SIZE + 0.5),
        indent_in=0.2,
    ),
    "cover_line": Style("Cover Line", BODY_SIZE + 0.5, after=4),  # notr: a Word style name
    "banner": Style("Banner", H3_SIZE, bold=True, before=2, after=2, keep_next=True),
    "cell": Style(
        "Table Text",  # notr: a Word style name
        TABLE_SIZE,
        before=0,
        after=0,
        line=1.1,
        leading=1.3,
    ),
    "gap": Style("Table Gap", 4, before=0, after=0, line=1.0),  # notr: a Word style name
    "figure": Style(
        "Figure", BODY_SIZE, before=6, after=0, keep_next=True, line=1.0, align="center"
    ),
    "header": Style("Header", HEADER_SIZE, color=MUTED, after=0, line=1.0),
    "footer": Style("Footer", HEADER_SIZE, color=MUTED, after=0, line=1.0),
    "toc1": Style(
        "toc 1", BODY_SIZE, bold=True, before=4, after=2, leading=15 / BODY_SIZE, indent_in=0.0
    ),
    "toc2": Style(
        "toc 2",
        BODY_SIZE,
        bold=False,
        before=0,
        after=2,
        indent_in=0.25,
        leading=14 / BODY_SIZE,
    ),
}

# Colours for Run.tone (status marks in the readiness report).
TONES: dict[str, str] = {"ok": OK, "warn": WARN, "bad": BAD, "muted": MUTED}


def style(name: str) -> Style:
    return STYLES.get(name, STYLES["body"])


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
