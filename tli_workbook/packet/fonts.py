"""The fonts the PDF embeds, and per-character fallback.

The app ships DejaVu Sans (four faces) and two fallback subsets (CJK, emoji) in
resources/fonts/ and uses them first, so export works the same on any laptop and reportlab's
built-in Helvetica (never embedded) is never used. A character the body face lacks is set in
the first font that has it (the upright DejaVu for Arabic in italics, the CJK and emoji
subsets, then a TrueType font of the computer); a character no font has prints as a visible
U+FFFD and is counted in `missing_characters()`, never silently dropped.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from tli_workbook.packet import shaping
from tli_workbook.packet.errors import ExportError

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)


def escape(text: str) -> str:
    """Text as Platypus markup: &, < and > as entities, as xml.sax.saxutils.escape, whose
    module imports urllib.request (http.client, email, ssl: tens of ms of a cold export)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


# Family name used by the PDF writer -> file name on disk.
FONT_FILES: dict[str, str] = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
BODY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
# Shipped fallbacks, in the order they are tried.
FALLBACK_FILES: dict[str, str] = {
    "TLIFallbackCJK": "DroidSansFallback-CJK-subset.ttf",
    "TLIFallbackEmoji": "Symbola-emoji-subset.ttf",
}
# TrueType fonts (glyf outlines: reportlab cannot embed CFF) a computer may have for scripts
# the shipped fonts lack (Korean, rare ideographs, Indic scripts).
SYSTEM_FALLBACKS = (
    "malgun.ttf",
    "NanumGothic.ttf",
    "msyh.ttc",
    "simsun.ttc",
    "Arial Unicode.ttf",  # notr: a font file name
    "AppleGothic.ttf",
    "DroidSansFallbackFull.ttf",
    "wqy-microhei.ttc",
    "NotoSans-Regular.ttf",
)
MISSING = "\ufffd"
ENV_FONT_DIR = "TLI_WORKBOOK_FONT_DIR"
ENV_NO_SYSTEM = "TLI_WORKBOOK_NO_SYSTEM_FONTS"  # tests: behave as on a bare laptop

_FACES = {
    (False, False): BODY,
    (True, False): BOLD,
    (False, True): ITALIC,
    (True, True): BOLD_ITALIC,
}


def bundled_dir() -> Path:
    from tli_workbook.paths import resources_dir

    return resources_dir() / "fonts"


def system_dirs() -> list[Path]:
    if os.environ.get(ENV_NO_SYSTEM):
        return []
    dirs = [
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/share/fonts/truetype"),
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path.home() / ".local/share/fonts",
        Path.home() / ".fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        Path("/System/Library/Fonts/Supplemental"),
        Path.home() / "Library/Fonts",
    ]
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft/Windows/Fonts")
    return dirs


def search_dirs() -> list[Path]:
    """Folders searched for fonts: TLI_WORKBOOK_FONT_DIR, the shipped fonts, then the system."""
    dirs: list[Path] = []
    env = os.environ.get(ENV_FONT_DIR)
    if env:
        dirs.append(Path(env))
    dirs.append(bundled_dir())
    frozen = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a bundled app
    if frozen:
        dirs.append(Path(frozen) / "resources" / "fonts")
    return dirs + system_dirs()


def _find(filename: str, dirs: list[Path]) -> Path | None:
    for d in dirs:
        p = d / filename
        if p.is_file():
            return p
    # One level of sub-folders covers the usual /usr/share/fonts/<vendor>/ layouts.
    for d in dirs:
        if d.is_dir():
            hits = sorted(d.glob(f"*/{filename}"))
            if hits:
                return hits[0]
    return None


@lru_cache(maxsize=1)
def font_paths() -> dict[str, Path]:
    """Map each body face to its file; raise ExportError naming what is missing."""
    dirs = search_dirs()
    found = {name: p for name, f in FONT_FILES.items() if (p := _find(f, dirs)) is not None}
    missing = [FONT_FILES[n] for n in FONT_FILES if n not in found]
    if missing:
        raise ExportError(
            "The fonts the PDF needs are missing from this installation (missing: "
            + ", ".join(missing)
            + "). Reinstall TLI Workbook, or set TLI_WORKBOOK_FONT_DIR to a folder holding the "
            "DejaVu Sans fonts."
        )
    return found


@lru_cache(maxsize=1)
def register_pdf_fonts() -> None:
    """Register the body family with reportlab, so <b> and <i> map to the embedded faces."""
    shaping.install()
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    paths = dict(font_paths())  # every face must be there, used or not; a copy: it is cached
    pdfmetrics.registerFont(TTFont(BODY, str(paths.pop(BODY))))
    _register_on_first_use(paths)
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, ITALIC)
    addMapping(BODY, 1, 1, BOLD_ITALIC)
    _no_discretionary_ligatures()


def _register_on_first_use(paths: dict[str, Path]) -> None:
    """Register each of these faces when reportlab first asks for it (getFont falls back to
    findFontAndRegister for a name it does not know): reading a DejaVu face is tens of ms,
    and a packet seldom sets bold italic."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    waiting = dict(paths)
    find = pdfmetrics.findFontAndRegister
    # Two PDFs built at once (an export and a printout) may ask for the same face: the
    # second waits for the first to register it rather than take it for an unknown font.
    lock = threading.Lock()

    def find_or_register(name: str) -> Any:
        with lock:
            if name in pdfmetrics.getRegisteredFontNames():  # registered while this waited
                return pdfmetrics.getFont(name)
            path = waiting.pop(name, None)
            if path is not None:
                font = TTFont(name, str(path))
                pdfmetrics.registerFont(font)
                return font
        # Not one of ours (a built-in face such as Helvetica): reportlab's own search, which
        # may come back here for the face's encoding, so outside the lock.
        return find(name)

    pdfmetrics.findFontAndRegister = find_or_register  # type: ignore[assignment]  # a TTFont


def _no_discretionary_ligatures() -> None:
    """reportlab shapes with the "dlig" feature on, which turns DejaVu's "st" into a
    ligature glyph without a character of its own; reportlab then draws it wrongly ("firs̃t").
    Ordinary ligatures and kerning stay on."""
    from reportlab.pdfbase import ttfonts

    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None)
    if defaults and isinstance(defaults[0], dict):
        defaults[0]["dlig"] = False


def face(bold: bool = False, italic: bool = False) -> str:
    return _FACES[(bold, italic)]


@cache
def _cmap(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    # Every font registered here is a TrueType font (getFont's stub says the base Font).
    font = cast("TTFont", pdfmetrics.getFont(name))
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=1)
def _fallback_fonts() -> list[str]:
    """Registered fallback font names, shipped first, then the computer's (loaded lazily:
    the CJK subset takes a moment to parse and most packets never need it)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names: list[str] = []
    shipped = [d for d in search_dirs() if d not in system_dirs()]
    candidates = [(n, _find(f, shipped)) for n, f in FALLBACK_FILES.items()]
    sys_dirs = system_dirs()
    for i, f in enumerate(SYSTEM_FALLBACKS):
        candidates.append((f"TLIFallbackSystem{i}", _find(f, sys_dirs) if sys_dirs else None))
    for name, path in candidates:
        if path is None:
            continue
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
        except Exception:  # a CFF-outline or damaged font: not usable, try the next
            log.info("font %s cannot be embedded; skipped", path, exc_info=True)
            continue
        names.append(name)
    return names


_missing: dict[str, int] = {}


def missing_characters() -> dict[str, int]:
    """Characters printed as U+FFFD since the last reset, with counts."""
    return dict(_missing)


def reset_missing() -> None:
    _missing.clear()


# Format characters that draw nothing (joiners, variation selectors, zero-width spaces): no
# font needs a glyph for them. Bidi controls stay: the bidi step reads and removes them.
_IGNORABLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE0E, 0xFE0F}


def _font_for(cp: int, primary: str) -> str | None:
    if cp in _cmap(primary):
        return primary
    if primary != BODY and cp in _cmap(BODY):
        return BODY  # e.g. Arabic in an italic run: DejaVu has it upright only
    for name in _fallback_fonts():
        if cp in _cmap(name):
            return name
    return None


def _word_font(word: str, primary: str) -> str | None:
    """One font that has every character of word, so HarfBuzz shapes the word with the font
    that draws it (reportlab shapes a word with its first font only)."""
    cps = [ord(c) for c in word if ord(c) not in _IGNORABLE]
    for name in (primary, BODY, *_fallback_fonts()):
        cmap = _cmap(name)
        if all(cp in cmap for cp in cps):
            return name
    return None


_SPACE = re.compile(r"(\s+)")


def markup(text: str, bold: bool = False, italic: bool = False, split_mixed: bool = False) -> str:
    """Text as escaped Platypus markup, with <font> spans for characters the face lacks: a
    word in one font where one font has all of it, else character by character.

    split_mixed (for shaped paragraphs): a space where the font changes inside a word
    ("中文." in a Hebrew paragraph prints "中文 ."), since reportlab shapes a whole word with
    its first font and would draw the rest as boxes; a zero-width space is no help (reportlab's
    bidi word list splits on spaces only and then loses a word)."""
    primary = face(bold, italic)
    primary_cmap = _cmap(primary)
    if all(ord(c) in primary_cmap or c in "\n\t " for c in text):
        return escape(text).replace("\n", "<br/>")
    spans: list[tuple[str, str]] = []  # (font, text)

    def put(font: str, chunk: str) -> None:
        if spans and spans[-1][0] == font:
            spans[-1] = (font, spans[-1][1] + chunk)
        else:
            spans.append((font, chunk))

    for part in _SPACE.split(text):
        if not part:
            continue
        if part.isspace():
            put(primary, part)  # the fallback subsets carry no space glyph
            continue
        whole = _word_font(part, primary)
        if whole is not None:
            put(whole, "".join(c for c in part if ord(c) not in _IGNORABLE))
            continue
        last: str | None = None
        for ch in part:
            cp = ord(ch)
            if cp in _IGNORABLE:
                continue
            font = _font_for(cp, primary)
            if font is None:
                if unicodedata.category(ch) == "Cf":
                    continue  # an invisible format character no font draws
                _missing[ch] = _missing.get(ch, 0) + 1
                font, ch = primary, MISSING
            if split_mixed and last is not None and font != last:
                put(primary, " ")
            put(font, ch)
            last = font
    out = []
    for font, chunk in spans:
        esc = escape(chunk).replace("\n", "<br/>")
        out.append(esc if font == primary else f'<font name="{font}">{esc}</font>')
    return "".join(out)


def pillow_font_path(bold: bool = False) -> Path | None:
    """A TrueType file for text burned into images, or None (Pillow's bitmap font is used)."""
    try:
        return font_paths()[BOLD if bold else BODY]
    except ExportError:
        return None
