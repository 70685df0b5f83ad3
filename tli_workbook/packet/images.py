"""Images for the packet: markup burned in, metadata stripped, scaled to print size.

Every image that reaches a packet goes through prepare_image, so no EXIF (GPS, camera serial,
author), XMP or ICC data can leak, and a redaction is pixels, not an overlay a reviewer could
lift off in a PDF editor.
"""

from __future__ import annotations

import io
import logging
import math
import shutil
import subprocess
import tempfile
import threading
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageColor, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError
from PySide6.QtCore import QCoreApplication

from tli_workbook.artifacts.colour import flatten, to_srgb
from tli_workbook.packet.errors import ImageError
from tli_workbook.png_write import picture_png

log = logging.getLogger(__name__)

# 6.5 in at 300 dpi is 1950 px: anything larger only makes the upload heavier.
PRINT_MAX_PX = 2000
# Pillow's own default (about 89 MP) when the application has not set one; a 12 MP phone photo
# is far below it, a crafted 50000 x 50000 PNG is far above.
DEFAULT_MAX_PIXELS = 89_478_485
JPEG_QUALITY = 85
PDF_RENDER_TIMEOUT_S = 60

_DEFAULT_COLORS = {
    "highlight": "#FFD400",
    "arrow": "#D62828",
    "text": "#B00020",
    "redact": "#000000",
}
_LOSSLESS_SOURCES = {"PNG", "GIF", "BMP"}  # screenshots: keep text crisp
# warnings.catch_warnings() swaps the process-wide filter list: two threads inside it at once
# (the export prepares images on a small pool) would restore each other's filters, and could
# leave DecompressionBombWarning turned into an error for the whole process.
_WARNINGS_LOCK = threading.Lock()


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    format: str  # "JPEG" or "PNG"
    width: int
    height: int

    @property
    def extension(self) -> str:
        return ".jpg" if self.format == "JPEG" else ".png"


def _pixel_limit() -> int:
    return int(Image.MAX_IMAGE_PIXELS or DEFAULT_MAX_PIXELS)


def _open(path: Path) -> Image.Image:
    # The messages name no file: a stored copy's name is its checksum, and every caller says
    # which artifact or picture it was.
    try:
        with _WARNINGS_LOCK, warnings.catch_warnings():
            # Pillow only warns between 1x and 2x its limit; treat that as the error it is.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(
            QCoreApplication.translate(
                "Packet",
                "The image is too large to include safely (more than {n} megapixels). "
                "Resize it and attach it again.",
            ).format(n=_pixel_limit() // 1_000_000)
        ) from None
    except UnidentifiedImageError:
        raise ImageError(
            QCoreApplication.translate("Packet", "The file is not an image this app can read.")
        ) from None
    except OSError as exc:
        raise ImageError(
            QCoreApplication.translate("Packet", "The image could not be read: {reason}.").format(
                reason=exc.strerror or exc
            )
        ) from None
    w, h = im.size
    if w <= 0 or h <= 0 or w * h > _pixel_limit():
        im.close()
        raise ImageError(
            QCoreApplication.translate(
                "Packet",
                "The image is too large to include safely ({w} x {h} pixels). Resize it and "
                "attach it again.",
            ).format(w=w, h=h)
        )
    return im


def _color(value: Any, kind: str) -> tuple[int, int, int]:
    try:
        rgb = ImageColor.getrgb(str(value))
        return rgb[0], rgb[1], rgb[2]
    except (ValueError, TypeError):
        return ImageColor.getrgb(_DEFAULT_COLORS.get(kind, "#D62828"))[:3]  # type: ignore[return-value]


def _frac(mark: Mapping[str, Any], key: str) -> float:
    return min(1.0, max(0.0, _number(mark, key)))


def _number(mark: Mapping[str, Any], key: str, default: float | None = None) -> float:
    value = mark.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(key)
    return float(value)


def _box(mark: Mapping[str, Any], size: tuple[int, int]) -> tuple[int, int, int, int]:
    """The mark's rectangle in pixels, clipped to the image. A box drawn right-to-left or
    bottom-up (negative w or h) covers the same area as one drawn the usual way."""
    w, h = size
    xa, ya = _number(mark, "x"), _number(mark, "y")
    xb, yb = xa + _number(mark, "w", 0.0), ya + _number(mark, "h", 0.0)
    x0, x1 = (min(1.0, max(0.0, v)) for v in sorted((xa, xb)))
    y0, y1 = (min(1.0, max(0.0, v)) for v in sorted((ya, yb)))
    # Round outwards: a redaction must cover at least what the teacher drew.
    return (math.floor(x0 * w), math.floor(y0 * h), math.ceil(x1 * w), math.ceil(y1 * h))


def _segment(mark: Mapping[str, Any], size: tuple[int, int]) -> tuple[int, int, int, int]:
    """An arrow's start (x, y) and end (x + w, y + h); w and h may be negative."""
    w, h = size
    x0, y0 = _frac(mark, "x"), _frac(mark, "y")
    x1 = min(1.0, max(0.0, x0 + _number(mark, "w", 0.0)))
    y1 = min(1.0, max(0.0, y0 + _number(mark, "h", 0.0)))
    return (round(x0 * w), round(y0 * h), round(x1 * w), round(y1 * h))


def _font(px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from tli_workbook.packet.fonts import pillow_font_path

    path = pillow_font_path(bold=True)
    if path is not None:
        try:
            return ImageFont.truetype(str(path), max(8, px))
        except OSError:
            pass
    return ImageFont.load_default(max(8, px))


def apply_markup(im: Image.Image, markup: Iterable[Mapping[str, Any]]) -> Image.Image:
    """Draw highlights, arrows and labels, then burn redactions in as solid black boxes."""
    marks = [m for m in markup if isinstance(m, Mapping)]
    if not marks:
        return im
    im = im.convert("RGB")
    long_side = max(im.size)
    stroke = max(2, round(long_side / 300))
    draw = ImageDraw.Draw(im, "RGBA")
    redactions = []
    for mark in marks:
        kind = str(mark.get("kind", ""))
        if kind == "redact":
            try:
                redactions.append(_box(mark, im.size))
            except ValueError:
                raise ImageError(
                    "A redaction box on an image has an invalid position, so the image was "
                    "not included. Open the artifact and draw the redaction again."
                ) from None
            continue
        color = _color(mark.get("color"), kind)
        try:
            if kind == "highlight":
                box = _box(mark, im.size)
                draw.rectangle(box, fill=(*color, 80), outline=(*color, 255), width=stroke)
            elif kind == "arrow":
                _arrow(draw, _segment(mark, im.size), color, stroke * 2)
            elif kind == "text":
                _label(draw, _box(mark, im.size), str(mark.get("text", ""))[:300], color, long_side)
        except ValueError:
            continue  # a damaged highlight or label is dropped; it hides nothing
    for box in redactions:
        x0, y0, x1, y1 = box
        if x1 > x0 and y1 > y0:
            # rectangle() includes its far corner; the box is already rounded outwards.
            draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=(0, 0, 0, 255))
    return im


def _arrow(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], color: tuple, width: int):
    # The arrow runs from (x, y) to (x + w, y + h): the head marks what the teacher points at.
    x0, y0, x1, y1 = box
    draw.line((x0, y0, x1, y1), fill=(*color, 255), width=width)
    angle = math.atan2(y1 - y0, x1 - x0)
    head = width * 4
    left = (x1 - head * math.cos(angle - 0.45), y1 - head * math.sin(angle - 0.45))
    right = (x1 - head * math.cos(angle + 0.45), y1 - head * math.sin(angle + 0.45))
    draw.polygon([(x1, y1), left, right], fill=(*color, 255))


def _label(draw: ImageDraw.ImageDraw, box, text: str, color: tuple, long_side: int) -> None:
    if not text.strip():
        return
    x0, y0, x1, y1 = box
    width, height = draw.im.size
    px = max(12, round((y1 - y0) * 0.7)) if y1 - y0 >= 12 else max(12, round(long_side / 45))
    font = _font(px)
    # Shrink to the drawn box (or the image), then keep the whole label inside the picture.
    room = (x1 - x0) if x1 - x0 >= 24 else width - x0
    while px > 10 and draw.textlength(text, font=font) > room:
        px = max(10, int(px * 0.9))
        font = _font(px)
    pad = max(3, px // 4)
    _left, _top, r, b = draw.textbbox((0, 0), text, font=font)
    w, h = r + 2 * pad, b + 2 * pad
    x0 = max(0, min(x0, width - w))
    y0 = max(0, min(y0, height - h))
    draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(255, 255, 255, 225), outline=(*color, 255))
    draw.text((x0 + pad, y0 + pad), text, font=font, fill=(*color, 255))


def prepare_image(
    path: Path | str,
    markup: Iterable[Mapping[str, Any]] = (),
    max_px: int = PRINT_MAX_PX,
) -> PreparedImage:
    """Open an image, orient it, apply markup, strip all metadata and scale its long side to at
    most max_px. Raises ImageError with a message for the teacher."""
    path = Path(path)
    im = _open(path)
    try:
        source_format = im.format or ""
        if source_format == "JPEG":
            # Decode at 1/2, 1/4 or 1/8 scale straight from the DCT data: a 12 MP photo costs
            # a quarter of the memory and time. draft() never goes below the requested size.
            w, h = im.size
            scale = max_px / max(w, h)
            if scale < 1:
                im.draft("RGB", (max(1, int(w * scale)), max(1, int(h * scale))))
        try:
            im.load()
        except (OSError, SyntaxError) as exc:  # truncated or corrupt image data
            raise ImageError(
                QCoreApplication.translate("Packet", "The image is damaged and could not be read.")
            ) from exc
        # Photos straight from a phone are often rotated. In place: a transposing copy of an
        # image nobody else holds would only cost a 12 MP photo's worth of memory traffic.
        ImageOps.exif_transpose(im, in_place=True)
        im = to_srgb(im)
        im = flatten(im)
        if max(im.size) > max_px:
            im.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
        im = apply_markup(im, markup)
        # A fresh image carries pixels only: no EXIF, GPS, XMP, ICC, comments or text chunks.
        clean = Image.new("RGB", im.size)
        clean.paste(im)
        out = io.BytesIO()
        markup = list(markup)
        redacted = any(isinstance(m, Mapping) and m.get("kind") == "redact" for m in markup)
        # JPEG's blocks would smear a redaction's edge into grey: a redacted image is written
        # losslessly, so every pixel in the box is exactly black in the packet.
        if source_format in _LOSSLESS_SOURCES or redacted:
            # Up-filtered rows deflated by zlib: about Pillow's size at its level 3, in less
            # time, most of it without the GIL (see png_write).
            out.write(picture_png(clean))
            fmt = "PNG"
        else:
            clean.save(out, format="JPEG", quality=JPEG_QUALITY, dpi=(300, 300))
            fmt = "JPEG"
        return PreparedImage(out.getvalue(), fmt, clean.width, clean.height)
    finally:
        im.close()


def is_image(path: Path) -> bool:
    """True if Pillow recognises the file (header only; no pixels decoded)."""
    try:
        with _WARNINGS_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                return bool(im.format)
    except Exception:  # not an image Pillow can open
        log.exception("%s is not a readable image", path)
        return False


def render_pdf_first_page(path: Path, out_dir: Path, dpi: int = 150) -> Path | None:
    """Render page 1 of a PDF to PNG with poppler's pdftoppm; None if it is not available or
    the file cannot be rendered (the caller then names the file instead)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        return None
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = Path(tempfile.mkdtemp(prefix="page-", dir=out_dir)) / "page"
    try:
        subprocess.run(
            [
                exe,
                "-f",
                "1",
                "-l",
                "1",
                "-r",
                str(dpi),
                "-png",
                "-singlefile",
                str(path),
                str(prefix),
            ],
            check=True,
            capture_output=True,
            timeout=PDF_RENDER_TIMEOUT_S,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    png = prefix.with_suffix(".png")
    return png if png.is_file() else None
