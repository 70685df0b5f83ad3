"""What an attached file becomes in the packet, from its sniffed media type (and its name only
where the type is unknown). Pure Python and cheap: readiness asks this for every artifact."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

EvidenceKind = Literal["image", "pdf", "word", "odt", "slides", "audio", "video", "original"]

WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

_IMAGE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff"}
)
_BY_EXT: dict[str, EvidenceKind] = {
    ".pdf": "pdf",
    ".docx": "word",
    ".odt": "odt",
    ".pptx": "slides",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".gif": "image",
    ".bmp": "image",
    ".webp": "image",
    ".tif": "image",
    ".tiff": "image",
    ".wav": "audio",
    ".mp3": "audio",
    ".m4a": "audio",
    ".aac": "audio",
    ".ogg": "audio",
    ".oga": "audio",
    ".opus": "audio",
    ".flac": "audio",
    ".wma": "audio",
    ".mp4": "video",
    ".m4v": "video",
    ".mov": "video",
    ".webm": "video",
    ".mkv": "video",
    ".avi": "video",
    ".wmv": "video",
}
_NAMES = {
    "audio": str(QT_TRANSLATE_NOOP("EvidenceKinds", "audio recording")),
    "video": str(QT_TRANSLATE_NOOP("EvidenceKinds", "video")),
}
# What the packet calls each original-only file, by media type (kit readers know these words).
_ORIGINAL_NAMES = {
    "application/msword": str(QT_TRANSLATE_NOOP("EvidenceKinds", "Word 97-2003 document")),
    "application/vnd.ms-powerpoint": str(
        QT_TRANSLATE_NOOP("EvidenceKinds", "PowerPoint 97-2003 presentation")
    ),
    "application/vnd.ms-excel": str(QT_TRANSLATE_NOOP("EvidenceKinds", "Excel spreadsheet")),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": str(
        QT_TRANSLATE_NOOP("EvidenceKinds", "Excel spreadsheet")
    ),
    "application/vnd.oasis.opendocument.presentation": str(
        QT_TRANSLATE_NOOP("EvidenceKinds", "OpenDocument presentation")
    ),
    "application/vnd.oasis.opendocument.spreadsheet": str(
        QT_TRANSLATE_NOOP("EvidenceKinds", "OpenDocument spreadsheet")
    ),
    "application/zip": str(QT_TRANSLATE_NOOP("EvidenceKinds", "ZIP archive")),
    "text/html": str(QT_TRANSLATE_NOOP("EvidenceKinds", "web page")),
    "text/plain": str(QT_TRANSLATE_NOOP("EvidenceKinds", "text file")),
    "image/heic": str(QT_TRANSLATE_NOOP("EvidenceKinds", "HEIC photo")),
    "image/svg+xml": str(QT_TRANSLATE_NOOP("EvidenceKinds", "SVG drawing")),
}


def evidence_kind(media_type: str, name: str = "") -> EvidenceKind:
    """How the packet shows a file: "image", "pdf", "word", "odt" and "slides" are laid out;
    "audio", "video" and "original" travel in the upload kit as the file itself."""
    media = (media_type or "").lower().split(";")[0].strip()
    if media == "application/pdf":
        return "pdf"
    if media in _IMAGE_TYPES:
        return "image"
    if media == WORD:
        return "word"
    if media == ODT:
        return "odt"
    if media == PPTX:
        return "slides"
    if media.startswith("audio/"):
        return "audio"
    if media.startswith("video/"):
        return "video"
    if media and media not in ("application/octet-stream", "application/x-empty"):
        return "original"
    return _BY_EXT.get(Path(name or "").suffix.lower(), "original")


def travels_as_original(media_type: str, name: str = "") -> bool:
    """True when the file cannot be laid out in the packet and goes into the kit as itself."""
    return evidence_kind(media_type, name) in ("audio", "video", "original")


def describe_original(media_type: str, name: str = "") -> str:
    """ "audio recording", "video", "Excel spreadsheet", or "file"."""
    kind = evidence_kind(media_type, name)
    if kind in _NAMES:
        return QCoreApplication.translate("EvidenceKinds", _NAMES[kind])
    label = _ORIGINAL_NAMES.get((media_type or "").lower())
    if label is None:
        return QCoreApplication.translate("EvidenceKinds", "file")
    return QCoreApplication.translate("EvidenceKinds", label)
