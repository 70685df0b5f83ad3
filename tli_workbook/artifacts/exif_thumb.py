"""The small picture a camera stores inside a JPEG's EXIF (IFD1), read without decoding the photo.

Phones and cameras put a 160 to 512 pixel JPEG of the photo in its EXIF block. Reading it
takes about a millisecond, where decoding a 12 MP photo even at 1/8 scale takes 30 to 50: a
card can show its picture as soon as the file is copied. That picture is provisional. An app
that crops or redacts a photo may leave the old thumbnail in place, so the card's picture is
redrawn from the photo's own pixels once the batch is in (see artifacts.quick_check).

Everything here distrusts the file: every offset is bounds-checked, the thumbnail must be a
small JPEG with the photo's proportions, and anything else gives None (the caller then
decodes the photo as before).
"""

from __future__ import annotations

import io
import logging
import struct
import warnings

from PIL import Image

log = logging.getLogger(__name__)

_IFD1_OFFSET_TAG, _IFD1_LENGTH_TAG = 0x0201, 0x0202
MAX_THUMB_BYTES = 256 * 1024
MAX_THUMB_SIDE = 1024
MIN_THUMB_SIDE = 96  # smaller is not worth showing on a 168 px card
ASPECT_TOLERANCE = 0.04  # a 4:3 thumbnail of a 16:9 photo carries black bars: not used

# EXIF Orientation -> the transposition that shows the picture upright (as exif_transpose).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _ifd1_jpeg(tiff: bytes) -> bytes | None:
    """The bytes of the JPEG that IFD1 of this TIFF structure points at, or None."""
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return None
    e = "<" if tiff[:2] == b"II" else ">"
    if struct.unpack_from(e + "H", tiff, 2)[0] != 42:
        return None
    ifd0 = struct.unpack_from(e + "I", tiff, 4)[0]
    if ifd0 + 2 > len(tiff):
        return None
    n0 = struct.unpack_from(e + "H", tiff, ifd0)[0]
    link = ifd0 + 2 + 12 * n0
    if link + 4 > len(tiff):
        return None
    ifd1 = struct.unpack_from(e + "I", tiff, link)[0]
    if ifd1 == 0 or ifd1 + 2 > len(tiff):
        return None
    n1 = struct.unpack_from(e + "H", tiff, ifd1)[0]
    if ifd1 + 2 + 12 * n1 > len(tiff):
        return None
    found: dict[int, int] = {}
    for i in range(n1):
        tag, kind, count = struct.unpack_from(e + "HHI", tiff, ifd1 + 2 + 12 * i)
        if tag in (_IFD1_OFFSET_TAG, _IFD1_LENGTH_TAG) and count == 1 and kind in (3, 4):
            at = ifd1 + 2 + 12 * i + 8
            found[tag] = struct.unpack_from(e + ("H" if kind == 3 else "I"), tiff, at)[0]
    start, length = found.get(_IFD1_OFFSET_TAG, 0), found.get(_IFD1_LENGTH_TAG, 0)
    if not start or not 0 < length <= MAX_THUMB_BYTES or start + length > len(tiff):
        return None
    data = tiff[start : start + length]
    return data if data[:2] == b"\xff\xd8" else None


def embedded_thumbnail(photo: Image.Image) -> Image.Image | None:
    """The photo's EXIF thumbnail, upright, as RGB pixels with no metadata; None when it has
    none fit to stand for the photo. `photo` is a JPEG opened but not decoded."""
    raw = photo.info.get("exif")
    if not isinstance(raw, bytes):
        return None
    try:
        data = _ifd1_jpeg(raw[6:] if raw.startswith(b"Exif\x00\x00") else raw)
        if data is None:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=["JPEG"]) as small:
                tw, th = small.size
                if not (MIN_THUMB_SIDE <= max(tw, th) <= MAX_THUMB_SIDE and min(tw, th) > 0):
                    return None
                small.load()
                pixels = small.convert("RGB")
    except Exception:  # noqa: BLE001 - a broken thumbnail is no thumbnail
        log.info("unusable EXIF thumbnail in %s", getattr(photo, "filename", ""), exc_info=True)
        return None
    w, h = photo.size
    if w <= 0 or h <= 0 or abs(tw / th - w / h) > ASPECT_TOLERANCE * (w / h):
        pixels.close()
        return None
    turn = _UPRIGHT.get(int(photo.getexif().get(0x0112, 1) or 1))
    if turn is not None:
        turned = pixels.transpose(turn)
        pixels.close()
        pixels = turned
    return pixels
