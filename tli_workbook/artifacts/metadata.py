"""Identifying metadata inside attached files: EXIF and PNG text in images, authors in DOCX
and PDF documents. The rules for which fields identify someone are in
``tli_workbook.text.privacy.metadata_fields``; this module only reads files.

Readers never decode pixel data, refuse XML with DTDs or entities and oversized parts, and
return an empty dict for files they do not understand."""

from __future__ import annotations

import logging
import re
import struct
import zipfile
from collections.abc import Mapping
from os import PathLike
from pathlib import Path
from typing import Any, cast
from xml.etree import ElementTree

log = logging.getLogger(__name__)

__all__ = ["document_metadata", "image_metadata", "image_taken", "photo_taken"]

# -- image metadata ---------------------------------------------------------------------------

_EXIF_BASE_TAGS = {
    0x013B: "Artist",
    0x8298: "Copyright",
    0x010F: "Make",
    0x0110: "Model",
    0x9C9D: "XPAuthor",
}
_EXIF_IFD_TAGS = {0xA430: "CameraOwnerName", 0xA431: "BodySerialNumber"}
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_TEXT_CHUNK_FIELDS = ("Author", "Artist", "Copyright", "Creator", "Owner")


def _exif_text(value: object) -> str:
    if isinstance(value, bytes):
        # XP* tags are UTF-16LE; others are ASCII/UTF-8, sometimes NUL-padded.
        if len(value) >= 2 and value[1:2] == b"\x00":
            text = value.decode("utf-16-le", errors="replace")
        else:
            text = value.decode("utf-8", errors="replace")
    elif isinstance(value, tuple | list):
        # XPAuthor may arrive as a tuple of byte values.
        if all(isinstance(v, int) and 0 <= v < 256 for v in value):
            return _exif_text(bytes(value))
        text = " ".join(str(v) for v in value)
    else:
        text = str(value)
    return " ".join(text.replace("\x00", " ").split())


def _gps_text(gps: Mapping[int, object]) -> str:
    def degrees(value: object) -> float | None:
        try:
            d, m, s = cast(Any, value)  # a (degrees, minutes, seconds) triple, else TypeError
            return float(d) + float(m) / 60 + float(s) / 3600
        except (TypeError, ValueError, ZeroDivisionError):
            return None

    lat, lon = degrees(gps.get(2)), degrees(gps.get(4))
    if lat is None or lon is None:
        return "present"
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon = -lon
    return f"{lat:.5f}, {lon:.5f}"


def image_metadata(path: str | PathLike[str]) -> dict[str, str]:
    """Return identifying metadata from an image file (empty if there is none or no Pillow).

    Keys: ``Artist``, ``Copyright``, ``Make``, ``Model``, ``XPAuthor``, ``CameraOwnerName``,
    ``BodySerialNumber``, ``GPSInfo`` (coordinates or "present"), and PNG/TIFF text fields
    such as ``Author``.  Pixel data is never decoded.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow is a dependency
        return {}
    out: dict[str, str] = {}
    try:
        with Image.open(path) as image:
            if image.format == "PNG" and not _png_metadata_after_pixels(path):
                # Pillow's PNG getexif decodes the whole picture to reach chunks that may
                # follow the pixels; none does, so what the header chunks hold is all.
                exif = Image.Image.getexif(image)
            else:
                exif = image.getexif()
            for tag, name in _EXIF_BASE_TAGS.items():
                if tag in exif:
                    text = _exif_text(exif[tag])
                    if text:
                        out[name] = text
            try:
                sub = exif.get_ifd(_EXIF_IFD)
            except Exception:  # noqa: BLE001 - malformed EXIF
                log.exception("Malformed EXIF sub-directory in %s", path)
                sub = {}
            for tag, name in _EXIF_IFD_TAGS.items():
                if tag in sub:
                    text = _exif_text(sub[tag])
                    if text:
                        out[name] = text
            try:
                gps = exif.get_ifd(_GPS_IFD)
            except Exception:  # noqa: BLE001 - malformed EXIF
                log.exception("Malformed GPS data in %s", path)
                gps = {}
            if gps:
                out["GPSInfo"] = _gps_text(gps)
            elif _GPS_IFD in exif:
                out["GPSInfo"] = "present"
            info = getattr(image, "info", {}) or {}
            for name in _TEXT_CHUNK_FIELDS:
                value = info.get(name)
                if isinstance(value, str | bytes) and name not in out:
                    text = _exif_text(value)
                    if text:
                        out[name] = text
    except (OSError, ValueError):  # not an image (PIL.UnidentifiedImageError is an OSError)
        return out
    except Exception:  # noqa: BLE001 - a damaged image: nothing to report, but say why
        log.exception("Could not read image metadata from %s", path)
        return out
    return out


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_METADATA = (b"eXIf", b"tEXt", b"zTXt", b"iTXt")


def _png_metadata_after_pixels(path: str | PathLike[str]) -> bool:
    """Does a metadata chunk (EXIF or text) follow the PNG's image data? Read from the chunk
    headers alone. True when unsure (not a PNG, cut short, unreadable): Pillow then reads
    the file as it always did."""
    try:
        with open(path, "rb") as fh:
            if fh.read(8) != _PNG_SIGNATURE:
                return True
            pixels = False
            while True:
                head = fh.read(8)
                if len(head) < 8:
                    return True  # no IEND: cut short
                length, kind = struct.unpack(">I4s", head)
                if kind == b"IEND":
                    return False
                if kind == b"IDAT":
                    pixels = True
                elif pixels and kind in _PNG_METADATA:
                    return True
                fh.seek(length + 4, 1)  # the data and its CRC
    except OSError:
        return True


_DATETIME_ORIGINAL = 0x9003  # in the EXIF sub-directory: when the photo was taken
_DATETIME = 0x0132  # base directory: when the file was last changed (a fallback)
_EXIF_STAMP = re.compile(r"^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2})")


def photo_taken(path: str | PathLike[str]) -> str | None:
    """When a photo was taken, from its EXIF DateTimeOriginal (else DateTime), as ISO
    "YYYY-MM-DDTHH:MM"; None when the file has no usable date. Pixel data is never decoded."""
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow is a dependency
        return None
    try:
        with Image.open(path) as image:
            return image_taken(image, str(path))
    except (OSError, ValueError):  # not an image
        return None
    except Exception:  # noqa: BLE001 - a damaged image: no date, but say why
        log.exception("Could not read the date of %s", path)
        return None


def image_taken(image: Any, name: str = "") -> str | None:
    """photo_taken for an image already open (or decoded: a copy keeps the file's EXIF), so
    attaching reads the date from the one decode instead of opening the file again."""
    try:
        exif = image.getexif()
        try:
            sub = exif.get_ifd(_EXIF_IFD)
        except Exception:  # noqa: BLE001 - malformed EXIF: try the base directory
            log.exception("Malformed EXIF sub-directory in %s", name)
            sub = {}
        stamps = (sub.get(_DATETIME_ORIGINAL), exif.get(_DATETIME))
    except Exception:  # noqa: BLE001 - a damaged image: no date, but say why
        log.exception("Could not read the date of %s", name)
        return None
    for raw in stamps:
        m = _EXIF_STAMP.match(_exif_text(raw)) if raw is not None else None
        if m is None:
            continue
        y, mo, d, h, mi = (int(g) for g in m.groups())
        if 1900 < y < 2200 and 1 <= mo <= 12 and 1 <= d <= 31 and h < 24 and mi < 60:
            try:
                from datetime import datetime

                return datetime(y, mo, d, h, mi).strftime("%Y-%m-%dT%H:%M")
            except ValueError:  # 31 February and the like
                continue
    return None


# -- document metadata ------------------------------------------------------------------------

_MAX_XML = 1 << 20  # docProps parts are a few KB; refuse anything over 1 MB
_MAX_PDF_SCAN = 1 << 20


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _read_zip_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_XML:
        return None
    with archive.open(info) as handle:
        data = handle.read(_MAX_XML + 1)
    if len(data) > _MAX_XML:
        return None
    return data


def _parse_xml(data: bytes) -> ElementTree.Element | None:
    # No DTDs at all: that rules out entity expansion and external entities.
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return None
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return None


_OOXML_FIELDS = {
    ("core", "creator"): "author",
    ("core", "lastModifiedBy"): "last_modified_by",
    ("app", "Company"): "company",
    ("app", "Manager"): "manager",
}


def _ooxml_metadata(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for part, member in (("core", "docProps/core.xml"), ("app", "docProps/app.xml")):
                data = _read_zip_member(archive, member)
                if data is None:
                    continue
                root = _parse_xml(data)
                if root is None:
                    continue
                for element in root:
                    key = _OOXML_FIELDS.get((part, _local(element.tag)))
                    if key:
                        value = " ".join((element.text or "").split())
                        if value:
                            out[key] = value
    except (OSError, zipfile.BadZipFile, RuntimeError, ValueError, NotImplementedError):
        return out
    return out


def _pdf_string(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", errors="replace")
    return raw.decode("latin-1")


_PDF_AUTHOR_LITERAL = re.compile(rb"/Author\s*\(((?:[^()\\]|\\.){0,512})\)", re.DOTALL)
_PDF_AUTHOR_HEX = re.compile(rb"/Author\s*<([0-9A-Fa-f\s]{0,2048})>")
_PDF_ESCAPE = re.compile(rb"\\([nrtbf()\\]|[0-7]{1,3})")
_PDF_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _pdf_unescape(raw: bytes) -> bytes:
    def replace(m: re.Match[bytes]) -> bytes:
        code = m.group(1)
        if code in _PDF_ESCAPES:
            return _PDF_ESCAPES[code]
        if code[:1].isdigit():
            return bytes([int(code, 8) & 0xFF])
        return code

    return _PDF_ESCAPE.sub(replace, raw)


def _pdf_metadata_fallback(path: Path) -> dict[str, str]:
    try:
        with open(path, "rb") as handle:
            head = handle.read(_MAX_PDF_SCAN)
    except OSError:
        return {}
    m = _PDF_AUTHOR_LITERAL.search(head)
    if m:
        value = _pdf_string(_pdf_unescape(m.group(1)))
    else:
        h = _PDF_AUTHOR_HEX.search(head)
        if not h:
            return {}
        digits = re.sub(rb"\s", b"", h.group(1))
        if len(digits) % 2:
            digits += b"0"
        value = _pdf_string(bytes.fromhex(digits.decode("ascii")))
    value = " ".join(value.replace("\x00", " ").split())
    return {"author": value} if value else {}


def _pdf_metadata(path: Path) -> dict[str, str]:
    # pdfium (already loaded for drawing pages) reads the Info dictionary, as pypdf did, at a
    # fraction of the cost: importing pypdf alone was a twentieth of a command-line export.
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - pypdfium2 is a dependency
        return _pdf_metadata_fallback(path)
    from tli_workbook.pdfium_lock import PDFIUM_LOCK

    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(str(path))
        except Exception:  # noqa: BLE001 - damaged or locked PDF: fall back to a byte scan
            log.info("Could not read PDF metadata from %s; scanning its bytes", path)
            return _pdf_metadata_fallback(path)
        try:
            value = doc.get_metadata_value("Author")
        except Exception:  # noqa: BLE001
            log.info("No metadata in %s; scanning its bytes", path, exc_info=True)
            value = None
        finally:
            doc.close()
    author = " ".join(str(value or "").replace("\x00", " ").split())
    # No author in the Info dictionary: an older one may still be in the file's bytes (a
    # saved-over revision, a dictionary nothing points at), and it travels with the file.
    return {"author": author} if author else _pdf_metadata_fallback(path)


def _magic(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(5)
    except OSError:
        return b""


def is_document(path: str | PathLike[str]) -> bool:
    """True for a file document_metadata reads (an Office Open XML zip or a PDF): no image
    format starts like these, so asking Pillow as well would only make it load every one of
    its format plugins to say no (about 20 ms, the first time)."""
    return _magic(Path(path)).startswith((b"PK", b"%PDF"))


def document_metadata(path: str | PathLike[str]) -> dict[str, str]:
    """Return identifying metadata from a DOCX (or other Office Open XML) or PDF file.

    DOCX: ``author`` (dc:creator), ``last_modified_by``, ``company``, ``manager``.
    PDF: ``author`` only (the PDF "Creator" and "Producer" name software, not people).
    Unknown or unreadable files give an empty dict.
    """
    p = Path(path)
    magic = _magic(p)
    if magic.startswith(b"PK"):
        return _ooxml_metadata(p)
    if magic.startswith(b"%PDF"):
        return _pdf_metadata(p)
    return {}
