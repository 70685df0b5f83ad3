"""Pictures with known text for the OCR tests, drawn with Pillow in a TrueType font (large,
clear text, no metadata in the file)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tli_workbook.packet.fonts import pillow_font_path

STUDENT = "Jayden Brooks"
# Where the student's name is drawn on the name tag (left, top, right, bottom), in pixels.
NAME_TAG_SIZE = (1600, 1000)


def _font(px: int, bold: bool = True) -> ImageFont.FreeTypeFont:
    path = pillow_font_path(bold=bold)
    assert path is not None, "the DejaVu fonts are needed (fonts-dejavu-core)"
    return ImageFont.truetype(str(path), px)


def name_tag(dest: Path, name: str = STUDENT) -> tuple[int, int, int, int]:
    """A classroom name tag: red "HELLO / my name is" band, the name below. Returns the
    name's bounding box in pixels. PNG, no text chunks or EXIF."""
    im = Image.new("RGB", NAME_TAG_SIZE, (226, 228, 222))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((150, 150, 1450, 850), 40, fill="white", outline=(200, 0, 0), width=8)
    d.rectangle((150, 150, 1450, 420), fill=(200, 0, 0))
    d.text((800, 240), "HELLO", font=_font(120), fill="white", anchor="mm")
    d.text((800, 360), "my name is", font=_font(60, bold=False), fill="white", anchor="mm")
    d.text((800, 620), name, font=_font(110), fill=(20, 20, 60), anchor="mm")
    box = d.textbbox((800, 620), name, font=_font(110), anchor="mm")
    im.save(dest, format="PNG")
    return (int(box[0]), int(box[1]), int(box[2]), int(box[3]))
