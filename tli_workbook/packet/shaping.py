"""Right-to-left text for reportlab: the bidi step reportlab's Paragraph calls (`rlbidi`).

reportlab 4+ reorders right-to-left text per line when `rlbidi.log2vis` can be imported and
shapes it (Arabic joining, Hebrew marks) through HarfBuzz when `uharfbuzz` is installed and a
style has `shaping=1`. rlbidi is not published on PyPI; this module provides the same
`log2vis` over python-bidi's implementation of the Unicode Bidirectional Algorithm and is
registered as `rlbidi` before reportlab's text module is first imported (`install`).
"""

from __future__ import annotations

import logging
import sys
import unicodedata
from typing import Any

log = logging.getLogger(__name__)

_RTL_CLASSES = {"R", "AL"}


def log2vis(
    text: str,
    base_direction: str = "LTR",
    clean: bool = True,
    positions_V_to_L: list[int] | None = None,  # noqa: N803 (rlbidi's keyword)
    **_: Any,
) -> str:
    """The visual order of one paragraph's text; fills positions_V_to_L (visual index ->
    logical index) as rlbidi does."""
    from bidi import algorithm as uba

    storage = uba.get_empty_storage()
    level = 1 if str(base_direction).upper() == "RTL" else 0
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    uba.get_embedding_levels(text, storage)
    for i, ch in enumerate(storage["chars"]):
        ch["idx"] = i
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    chars = storage["chars"]
    if positions_V_to_L is not None:
        positions_V_to_L[:] = [c["idx"] for c in chars]
    return "".join(c["ch"] for c in chars)


def install() -> bool:
    """Make `import rlbidi` find log2vis. True when reportlab will use it."""
    import importlib.util

    if importlib.util.find_spec("bidi") is None:
        log.warning("python-bidi is not installed: right-to-left text prints unordered")
        return False
    sys.modules.setdefault("rlbidi", sys.modules[__name__])
    textobject = sys.modules.get("reportlab.pdfgen.textobject")
    if textobject is not None and not getattr(textobject, "rtlSupport", False):
        log.warning("reportlab was imported before the bidi support; RTL text prints unordered")
        return False
    return True


def direction(text: str) -> str | None:
    """'RTL' or 'LTR' for text holding right-to-left characters (by its first strong
    character, as the Unicode algorithm's rule P2), None for text with none."""
    first: str | None = None
    has_rtl = False
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in _RTL_CLASSES:
            has_rtl = True
            first = first or "RTL"
        elif cls == "L":
            first = first or "LTR"
        if has_rtl and first:
            break
    return first if has_rtl else None


def needs_shaping(text: str) -> bool:
    """Text whose glyphs depend on their neighbours (Arabic joining, combining marks, Indic)."""
    for ch in text:
        cp = ord(ch)
        if cp < 0x0300:
            continue
        if 0x0590 <= cp <= 0x08FF or 0xFB1D <= cp <= 0xFEFF or 0x0900 <= cp <= 0x0DFF:
            return True
        if unicodedata.combining(ch):
            return True
    return False
