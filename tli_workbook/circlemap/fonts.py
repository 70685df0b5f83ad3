"""One font for the circle map everywhere: screen, print, PNG/SVG/PDF export and the packet.

Wrapping is computed once with reportlab's metrics; Qt draws the same TrueType file with kerning
and hinting off, so a line measured to fit fits on every surface.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {
    False: ("DejaVuSans.ttf", "Vera.ttf"),  # notr: font file names
    True: ("DejaVuSans-Bold.ttf", "VeraBd.ttf"),
}


def _first_dirs() -> list[Path]:
    """The first two folders of the packet's search (its font folder setting, then the fonts
    shipped with the app), without importing the packet's font module: that costs a first
    Circle Map visit more than everything else the map measures."""
    from tli_workbook.paths import resources_dir

    env = os.environ.get("TLI_WORKBOOK_FONT_DIR")  # packet.fonts.ENV_FONT_DIR
    return [*([Path(env)] if env else []), resources_dir() / "fonts"]


def _font_dirs() -> list[Path]:
    from tli_workbook.packet.fonts import search_dirs

    # The same folders as the packet, so the map measures with the font the packet embeds.
    return search_dirs()


@lru_cache(maxsize=2)
def find_font(bold: bool = False) -> Path:
    """The DejaVu Sans file (bold or regular) from the system.

    Falls back to Bitstream Vera, which reportlab ships and from which DejaVu was derived (same
    Latin metrics), so export works on a machine without DejaVu.
    """
    dejavu, vera = _FILES[bold]
    for d in _first_dirs():
        if (d / dejavu).is_file():
            return d / dejavu
    for d in _font_dirs():
        candidate = d / dejavu
        if candidate.is_file():
            return candidate
    for root in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts")):
        if root.is_dir():
            for candidate in root.rglob(dejavu):
                return candidate
    import reportlab

    fallback = Path(reportlab.__file__).parent / "fonts" / vera
    if fallback.is_file():
        return fallback
    raise FileNotFoundError(f"Neither {dejavu} nor reportlab's {vera} was found.")


@lru_cache(maxsize=1)
def register_reportlab_fonts() -> tuple[str, str]:
    """Register the regular and bold faces with reportlab; return their font names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, bold in ((REGULAR, False), (BOLD, True)):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(find_font(bold))))
    return REGULAR, BOLD


_qt_families: dict[bool, str] = {}


def qt_family(bold: bool = False) -> str:
    """The Qt family name of the same file (needs a QGuiApplication)."""
    if bold not in _qt_families:
        from PySide6.QtGui import QFontDatabase

        font_id = QFontDatabase.addApplicationFont(str(find_font(bold)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _qt_families[bold] = families[0] if families else "DejaVu Sans"
    return _qt_families[bold]
