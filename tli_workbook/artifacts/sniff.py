"""What a file really is, from its first bytes (magic numbers), never from its name.

A teacher's "photo.png" may be a JPEG, a PDF saved with the wrong name, or a web page that a
browser saved instead of the picture. The app decides how to preview and export a file from
its content; the name only refines types whose containers are shared (ZIP, OLE2).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

HEAD_BYTES = 4096

# Types Pillow decodes with no plugin: these get thumbnails, the viewer and the markup editor.
PREVIEW_IMAGE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff"}
)

# Extensions that name a type, for "named .png but is really a PDF" notes and open-copies.
EXTENSIONS: dict[str, str] = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/bmp": ".bmp",
    "image/webp": ".webp",
    "image/tiff": ".tif",
    "image/heic": ".heic",
    "image/svg+xml": ".svg",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.presentation": ".odp",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/msword": ".doc",
    "application/vnd.ms-powerpoint": ".ppt",
    "application/vnd.ms-excel": ".xls",
    "application/zip": ".zip",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
    "audio/mp4": ".m4a",
    "audio/mpeg": ".mp3",
    "audio/wav": ".wav",
    "audio/ogg": ".ogg",
    "text/html": ".html",
    "text/plain": ".txt",
}

_IMAGE_EXTS = frozenset(
    {".png", ".jpg", ".jpeg", ".jpe", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic", ".heif"}
)
_OLE_BY_EXT = {
    ".doc": "application/msword",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pps": "application/vnd.ms-powerpoint",
    ".xls": "application/vnd.ms-excel",
}
_OOXML_BY_DIR = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_FTYP_BRANDS = {
    b"qt  ": "video/quicktime",
    b"M4A ": "audio/mp4",
    b"M4B ": "audio/mp4",
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"mif1": "image/heic",
    b"msf1": "image/heic",
}
_DESCRIPTIONS = {
    "image": str(QT_TRANSLATE_NOOP("FileKinds", "image")),
    "application/pdf": str(QT_TRANSLATE_NOOP("FileKinds", "PDF document")),
    "application/msword": str(QT_TRANSLATE_NOOP("FileKinds", "Word document")),
    "application/vnd.ms-powerpoint": str(QT_TRANSLATE_NOOP("FileKinds", "PowerPoint presentation")),
    "application/vnd.ms-excel": str(QT_TRANSLATE_NOOP("FileKinds", "Excel spreadsheet")),
    "application/zip": str(QT_TRANSLATE_NOOP("FileKinds", "ZIP archive")),
    "text/html": str(QT_TRANSLATE_NOOP("FileKinds", "web page")),
    "text/plain": str(QT_TRANSLATE_NOOP("FileKinds", "text file")),
    "application/octet-stream": str(QT_TRANSLATE_NOOP("FileKinds", "file")),
}


@dataclass(frozen=True)
class Sniffed:
    media_type: str
    empty: bool = False

    @property
    def is_previewable_image(self) -> bool:
        return self.media_type in PREVIEW_IMAGE_TYPES

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"


def sniff_bytes(head: bytes, name: str = "", path: Path | None = None) -> str:
    """The media type of content starting with `head`. `path` lets ZIP containers be opened
    to tell a .docx from a .pptx; `name` only refines OLE2 (legacy Office) files."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:2] == b"BM" and len(head) >= 26 and head[14:15] in (b"\x0c", b"(", b"@", b"l", b"|"):
        return "image/bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if b"%PDF-" in head[:1024]:  # Acrobat accepts junk before the header; so do we
        return "application/pdf"
    if head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12], "video/mp4")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "audio/mpeg"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _OLE_BY_EXT.get(Path(name).suffix.lower(), "application/x-ole-storage")
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(path) if path is not None else "application/zip"
    return _text_type(head)


def _zip_type(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()[:2000]
            if "mimetype" in names:
                mt = z.read("mimetype")[:100].decode("ascii", "replace").strip()
                if mt.startswith("application/vnd.oasis.opendocument."):
                    return mt
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return "application/zip"
    for prefix, media in _OOXML_BY_DIR.items():
        if any(n.startswith(prefix) for n in names):
            return media
    return "application/zip"


def _text_type(head: bytes) -> str:
    if not head or b"\x00" in head:
        return "application/octet-stream"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 4:
            return "application/octet-stream"
        text = head[: exc.start].decode("utf-8")
    start = text.lstrip("\ufeff \t\r\n").lower()
    if start.startswith(("<!doctype html", "<html")):
        return "text/html"
    if start.startswith("<svg") or (start.startswith("<?xml") and "<svg" in start[:1000]):
        return "image/svg+xml"
    return "text/plain"


def sniff_file(path: Path) -> Sniffed:
    """Read the head of a file and name its type. Raises OSError if it cannot be read."""
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    if not head:
        return Sniffed("application/x-empty", empty=True)
    return Sniffed(sniff_bytes(head, path.name, path))


def extension_claims_image(name: str) -> bool:
    return Path(name).suffix.lower() in _IMAGE_EXTS


def extension_for(media_type: str) -> str:
    return EXTENSIONS.get(media_type, "")


def describe(media_type: str) -> str:
    """A short human name: "PNG image", "PDF document", "Word document"."""
    if media_type in _DESCRIPTIONS:
        return QCoreApplication.translate("FileKinds", _DESCRIPTIONS[media_type])
    if media_type.startswith("image/"):
        sub = media_type.split("/", 1)[1].split("+")[0].upper()
        return QCoreApplication.translate("FileKinds", "{format} image").format(format=sub)
    if "wordprocessingml" in media_type or media_type.endswith("opendocument.text"):
        return QCoreApplication.translate("FileKinds", "Word document")
    if "presentation" in media_type:
        return QCoreApplication.translate("FileKinds", "presentation")
    if "spreadsheet" in media_type:
        return QCoreApplication.translate("FileKinds", "spreadsheet")
    if media_type.startswith("video/"):
        return QCoreApplication.translate("FileKinds", "video")
    if media_type.startswith("audio/"):
        return QCoreApplication.translate("FileKinds", "audio recording")
    return QCoreApplication.translate("FileKinds", "file")


def human_size(n: int) -> str:
    if n < 1024:
        return QCoreApplication.translate("FileKinds", "%n byte(s)", "", n)
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"
