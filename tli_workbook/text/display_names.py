"""Names that come from outside (file names, archive members, titles in an imported
workbook) made safe to show inside the app's own text.

A file name can carry a right-to-left override that reverses the message around it, a
newline that breaks a dialog's lines, or 255 characters with no space that push a window's
buttons off-screen. display_name() is the one place that handles them; every label, message
and tooltip that shows an outside name goes through it.
"""

from __future__ import annotations

import unicodedata

# Explicit embeddings, overrides and isolates, and the marks: they change the order of the
# text around them. Shown as a visible mark instead, so the teacher sees something is there.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # LRE RLE PDF LRO RLO
    "\u2066\u2067\u2068\u2069"  # LRI RLI FSI PDI
    "\u200e\u200f\u061c"  # LRM RLM ALM
)
VISIBLE_CONTROL = "\ufffd"
ELLIPSIS = "\u2026"
# First-strong isolate ... pop directional isolate: a Hebrew or Arabic name keeps its own
# order without taking the app's words around it along.
FSI, PDI = "\u2068", "\u2069"
DEFAULT_MAX = 60


def clean_name(name: object) -> str:
    """The name with bidi controls made visible and line breaks, tabs and other control
    characters replaced by spaces; nothing cut."""
    text = str(name or "").replace("\r\n", "\n")
    out = []
    for ch in text:
        if ch in BIDI_CONTROLS:
            out.append(VISIBLE_CONTROL)
        elif ch in "\r\n\t\u2028\u2029\x85" or unicodedata.category(ch) == "Cc":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out).strip() or "?"


def elide_middle(text: str, max_chars: int = DEFAULT_MAX) -> str:
    """Cut the middle of a long name, keeping its end (the extension) readable."""
    if max_chars < 8 or len(text) <= max_chars:
        return text
    tail = min(20, max_chars // 3)
    head = max_chars - tail - 1
    return text[:head].rstrip() + ELLIPSIS + text[-tail:].lstrip()


def display_name(name: object, max_chars: int | None = DEFAULT_MAX, isolate: bool = True) -> str:
    """An outside name ready to put in a label or message: cleaned, elided in the middle
    beyond max_chars (None: never), and isolated so it cannot reorder the text around it.
    Show the full name (display_name(name, None)) in a tooltip where it is elided."""
    text = clean_name(name)
    if max_chars is not None:
        text = elide_middle(text, max_chars)
    return f"{FSI}{text}{PDI}" if isolate and _has_rtl(text) else text


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def is_elided(name: object, max_chars: int = DEFAULT_MAX) -> bool:
    return len(clean_name(name)) > max_chars
