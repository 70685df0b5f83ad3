"""Photos as a phone writes them: EXIF with a small JPEG of the photo in IFD1 (the camera's
thumbnail). Pillow writes EXIF but no IFD1, so it is appended here, as the TIFF layout in
the EXIF 2.3 standard places it."""

from __future__ import annotations

import io
import struct

from PIL import Image


def exif_with_thumbnail(exif: bytes, thumbnail_jpeg: bytes) -> bytes:
    """`exif` (Pillow's Exif.tobytes(): "Exif\\0\\0" and a TIFF structure) with IFD1 added:
    compression 6 (JPEG), the thumbnail's offset and length, then its bytes."""
    assert exif.startswith(b"Exif\x00\x00")
    tiff = bytearray(exif[6:])
    e = "<" if tiff[:2] == b"II" else ">"
    ifd0 = struct.unpack_from(e + "I", tiff, 4)[0]
    link = ifd0 + 2 + 12 * struct.unpack_from(e + "H", tiff, ifd0)[0]
    assert struct.unpack_from(e + "I", tiff, link)[0] == 0, "IFD1 is there already"
    ifd1 = len(tiff) + (len(tiff) & 1)  # IFDs start on a word boundary
    tiff += b"\x00" * (ifd1 - len(tiff))
    struct.pack_into(e + "I", tiff, link, ifd1)
    data_at = ifd1 + 2 + 3 * 12 + 4
    tiff += struct.pack(e + "H", 3)
    tiff += struct.pack(e + "HHIHH", 0x0103, 3, 1, 6, 0)
    tiff += struct.pack(e + "HHII", 0x0201, 4, 1, data_at)
    tiff += struct.pack(e + "HHII", 0x0202, 4, 1, len(thumbnail_jpeg))
    tiff += struct.pack(e + "I", 0)
    tiff += thumbnail_jpeg
    return b"Exif\x00\x00" + bytes(tiff)


def thumbnail_jpeg(picture: Image.Image, size: tuple[int, int] = (320, 240)) -> bytes:
    """The picture as a camera's thumbnail: small, as stored (not turned upright)."""
    small = picture.convert("RGB").resize(size)
    buf = io.BytesIO()
    small.save(buf, format="JPEG", quality=80)
    return buf.getvalue()
