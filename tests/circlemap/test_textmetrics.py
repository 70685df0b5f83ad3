"""Map text is measured from the font file's own metrics tables, without reportlab, and every
width equals reportlab's (the packet draws the same lines with reportlab)."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from tli_workbook.circlemap import textmetrics
from tli_workbook.circlemap.fonts import find_font, register_reportlab_fonts
from tli_workbook.circlemap.ttfmetrics import AdvanceWidths, UnsupportedFont


@pytest.mark.parametrize("bold", [False, True])
def test_every_character_has_reportlabs_width(bold: bool) -> None:
    name = register_reportlab_fonts()[1 if bold else 0]
    face = getFont(name).face
    ours = AdvanceWidths(find_font(bold))
    # Every mapped character, a few unmapped ones and the space pair reportlab special-cases.
    codes = [*face.charToGlyph, 0x20, 0xA0, 0x0378, 0xE000, 0x10FFFF - 2, 0x1F600]
    wrong = [c for c in codes if ours.width(chr(c)) != stringWidth(chr(c), name, 1.0)]
    assert not wrong, [hex(c) for c in wrong[:20]]
    assert len(face.charToGlyph) > 3000  # the real DejaVu, not a stub


def test_measuring_does_not_need_reportlab_loaded() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from tli_workbook.circlemap.textmetrics import text_width, wrap\n"
        "w = text_width('Every teacher grows', 16.0) + text_width('Bold', 20.0, True)\n"
        "wrap('a few words to wrap here', 14.0, 80.0)\n"
        "assert w > 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('reportlab')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_font_it_cannot_read_falls_back_to_reportlab(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"\x00\x01\x00\x00" + b"\x00" * 40)
    with pytest.raises((UnsupportedFont, ValueError)):
        AdvanceWidths(bad)
    real = find_font(False)
    monkeypatch.setattr(textmetrics, "find_font", lambda bold: bad)
    textmetrics._face.cache_clear()
    textmetrics._char_width.cache_clear()
    textmetrics._unit_width.cache_clear()
    try:
        assert textmetrics.text_width("Mentor", 10.0) == stringWidth(
            "Mentor", register_reportlab_fonts()[0], 10.0
        )
    finally:
        monkeypatch.setattr(textmetrics, "find_font", find_font)
        textmetrics._face.cache_clear()
        textmetrics._char_width.cache_clear()
        textmetrics._unit_width.cache_clear()
    assert real.is_file()


def test_the_map_finds_the_font_the_packet_embeds(monkeypatch, tmp_path) -> None:
    from tli_workbook.circlemap import fonts
    from tli_workbook.packet.fonts import ENV_FONT_DIR, search_dirs

    def packet_choice(name: str):
        return next(d / name for d in search_dirs() if (d / name).is_file())

    for bold in (False, True):
        fonts.find_font.cache_clear()
        assert fonts.find_font(bold) == packet_choice(fonts._FILES[bold][0])
    # The font folder setting comes first for both.
    (tmp_path / "DejaVuSans.ttf").write_bytes(find_font(False).read_bytes())
    monkeypatch.setenv(ENV_FONT_DIR, str(tmp_path))
    fonts.find_font.cache_clear()
    try:
        assert (
            fonts.find_font(False) == tmp_path / "DejaVuSans.ttf" == packet_choice("DejaVuSans.ttf")
        )
    finally:
        monkeypatch.delenv(ENV_FONT_DIR)
        fonts.find_font.cache_clear()
