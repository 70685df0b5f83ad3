"""Text measuring and word wrapping with reportlab's metrics of the DejaVu font.

Every surface (screen, print, PNG, SVG, packet) draws the lines computed here, so a map wraps
identically everywhere.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Callable
from functools import lru_cache

from tli_workbook.circlemap.fonts import find_font, register_reportlab_fonts
from tli_workbook.circlemap.ttfmetrics import AdvanceWidths

log = logging.getLogger(__name__)
ELLIPSIS = "…"


@lru_cache(maxsize=2)
def _face(bold: bool) -> Callable[[str], float]:
    """One character's width at size 1: read from the font file's metrics tables (fast, no
    reportlab), or from reportlab for a font this reader does not handle."""
    path = find_font(bold)
    try:
        return AdvanceWidths(path).width
    except (OSError, ValueError, IndexError, struct.error):
        log.exception("Reading the metrics of %s failed; measuring with reportlab", path)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    name = register_reportlab_fonts()[1 if bold else 0]
    return lambda ch: stringWidth(ch, name, 1.0)


@lru_cache(maxsize=4096)
def _char_width(ch: str, bold: bool) -> float:
    return _face(bold)(ch)


@lru_cache(maxsize=20000)
def _unit_width(text: str, bold: bool) -> float:
    # TrueType advances without kerning simply add up, so per-character widths give the
    # string's width exactly, and shortening a line (ellipsis) costs no new measuring.
    return sum(_char_width(ch, bold) for ch in text)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of one line of text at the given font size (map units)."""
    return _unit_width(text, bold) * size


def _split_long_word(word: str, size: float, max_width: float, bold: bool) -> list[str]:
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and text_width(current + ch, size, bold) > max_width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


@lru_cache(maxsize=50000)
def wrap(text: str, size: float, max_width: float, bold: bool = False) -> tuple[str, ...]:
    """Greedy word wrap; explicit newlines are kept and over-long words are broken."""
    lines: list[str] = []
    space = text_width(" ", size, bold)
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current = ""
        current_w = 0.0
        for word in words:
            w = text_width(word, size, bold)
            if w > max_width:
                if current:
                    lines.append(current)
                *full, current = _split_long_word(word, size, max_width, bold)
                lines.extend(full)
                current_w = text_width(current, size, bold)
            elif not current:
                current, current_w = word, w
            elif current_w + space + w <= max_width:
                current += " " + word
                current_w += space + w
            else:
                lines.append(current)
                current, current_w = word, w
        lines.append(current)
    # Blank lines at the ends only waste room inside a ring.
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    while len(lines) > 1 and not lines[0]:
        lines.pop(0)
    return tuple(lines)


def ellipsize(line: str, size: float, max_width: float, bold: bool = False) -> str:
    """The line shortened to fit max_width with a trailing ellipsis."""
    text = line.rstrip()
    room = max_width / size - _char_width(ELLIPSIS, bold)
    widths = [_char_width(ch, bold) for ch in text]
    total = sum(widths)
    while text and total > room:
        total -= widths.pop()
        text = text[:-1]
    return text.rstrip() + ELLIPSIS
