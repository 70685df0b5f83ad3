"""Finding the DejaVu fonts the PDF embeds (reportlab's built-in Helvetica is never embedded,
so a PDF using it prints differently on every reviewer's machine)."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from tli_workbook.packet.errors import ExportError

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


def search_dirs() -> list[Path]:
    """Folders searched for the DejaVu fonts, bundled copies first."""
    dirs: list[Path] = []
    env = os.environ.get("TLI_WORKBOOK_FONT_DIR")
    if env:
        dirs.append(Path(env))
    # A bundled copy (PyInstaller or resources/) wins over the system.
    here = Path(__file__).resolve().parent
    dirs += [here.parent / "resources" / "fonts", here.parent.parent / "resources" / "fonts"]
    if getattr(sys, "_MEIPASS", None):
        dirs.append(Path(sys._MEIPASS) / "resources" / "fonts")
    dirs += [
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/local/share/fonts"),
        Path.home() / ".local/share/fonts",
        Path.home() / ".fonts",
        Path("/Library/Fonts"),
        Path.home() / "Library/Fonts",
    ]
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft/Windows/Fonts")
    return dirs


@lru_cache(maxsize=1)
def font_paths() -> dict[str, Path]:
    """Map each font name to its file; raise ExportError naming what is missing."""
    found: dict[str, Path] = {}
    for name, filename in FONT_FILES.items():
        for d in search_dirs():
            p = d / filename
            if p.is_file():
                found[name] = p
                break
        else:
            # One level of sub-folders covers the usual /usr/share/fonts/<vendor>/ layouts.
            for d in search_dirs():
                if d.is_dir():
                    hits = sorted(d.glob(f"*/{filename}"))
                    if hits:
                        found[name] = hits[0]
                        break
    missing = [FONT_FILES[n] for n in FONT_FILES if n not in found]
    if missing:
        raise ExportError(
            "The PDF needs the DejaVu fonts, which were not found on this computer (missing: "
            + ", ".join(missing)
            + "). Install the DejaVu fonts (package fonts-dejavu-core on Debian/Ubuntu) or set "
            "TLI_WORKBOOK_FONT_DIR to a folder holding them."
        )
    return found


@lru_cache(maxsize=1)
def register_pdf_fonts() -> None:
    """Register the DejaVu family with reportlab, so <b> and <i> map to the embedded faces."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, path in font_paths().items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, ITALIC)
    addMapping(BODY, 1, 1, BOLD_ITALIC)


def pillow_font_path(bold: bool = False) -> Path | None:
    """A TrueType file for text burned into images, or None (Pillow's bitmap font is used)."""
    try:
        return font_paths()[BOLD if bold else BODY]
    except ExportError:
        return None
