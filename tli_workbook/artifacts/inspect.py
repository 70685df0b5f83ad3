"""Checks a file before it is attached: is it readable, within the limits, and what is it?

Decisions (documented for teachers in docs/attachments.md):

* An empty (0-byte) file is refused: it holds no evidence, and usually means a download or a
  copy from a phone did not finish.
* A file over the store's per-file cap is refused before anything is copied.
* An image whose pixel count is over the cap is refused: decoding it could exhaust memory
  (a "decompression bomb"), and the packet could not include it either.
* A damaged or truncated image is refused: it cannot be previewed, marked up, redacted or put
  in the packet, and a reviewer could not open it. A phone's JPEG may be checked quickly
  instead (quick_check_image: sound markers and ending, and a camera thumbnail for its card);
  its decode then follows, and damage found that late is told, not refused.
* A file named like an image whose bytes are something else is attached as what it really is
  (a PDF named .png is a PDF); if it is nothing we recognise, it is attached as a plain file
  that is listed by name and never previewed as an image.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError
from PySide6.QtCore import QCoreApplication

from tli_workbook.artifacts.sniff import (
    describe,
    extension_claims_image,
    human_size,
    sniff_file,
)
from tli_workbook.store.repository import MAX_FILE_BYTES

log = logging.getLogger(__name__)

# The same ceiling the packet applies when it prepares images (Pillow's default, about
# 89 megapixels): a 48 MP phone photo passes, a crafted 50,000 x 50,000 PNG does not.
DEFAULT_MAX_PIXELS = 89_478_485


def pixel_limit() -> int:
    return int(Image.MAX_IMAGE_PIXELS or DEFAULT_MAX_PIXELS)


class ImageCheckError(Exception):
    """str() is a message for the teacher."""


@dataclass(frozen=True)
class ImageInfo:
    width: int
    height: int
    format: str
    # The pixels decoded by the check (at reduced size for a JPEG), kept when asked for so a
    # thumbnail can be made from them without decoding the file a second time.
    preview: Any = field(default=None, compare=False, repr=False)
    # Checked quickly (quick_check_image): `preview` is the camera's EXIF thumbnail, and the
    # photo's pixels are still to be decoded (check_image) before it is trusted in full.
    provisional: bool = False
    taken: str | None = None  # the photo's own date, read by the quick check


@dataclass
class Inspection:
    path: Path
    media_type: str = "application/octet-stream"
    kind: str = "file"  # "image" (previewable), "pdf" or "file"
    size: int = 0
    refused: str = ""  # non-empty: do not attach; the reason, for the teacher
    notes: list[str] = field(default_factory=list)  # attached, but worth saying
    image: ImageInfo | None = None

    @property
    def ok(self) -> bool:
        return not self.refused


def check_image(
    path: Path, max_pixels: int | None = None, preview_px: int = 0, name: str = ""
) -> ImageInfo:
    """Open, verify and decode an image without trusting it. Raises ImageCheckError, whose
    message names the file as `name` (default: its file name).

    The pixels are decoded once, at the smallest size JPEG's DCT scaling allows that still
    reads the whole stream; with preview_px, that decoded image (long side at least
    preview_px when the file has that many) is returned in ImageInfo.preview."""
    name = name or path.name
    limit = max_pixels or pixel_limit()
    too_big = (
        f"{name} is too large to use safely as an image (more than {limit // 1_000_000} "
        "megapixels). Resize it (for example to 4000 pixels on the long side) and attach it again."
    )
    try:
        with warnings.catch_warnings():
            # Pillow only warns between 1x and 2x its limit; treat that as the refusal it is.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                width, height = im.size
                fmt = im.format or ""
                if width <= 0 or height <= 0:
                    raise ImageCheckError(
                        QCoreApplication.translate(
                            "Artifacts", "{name} is damaged: it has no pixels."
                        ).format(name=name)
                    )
                if width * height > limit:
                    raise ImageCheckError(too_big)
                im.verify()
    except ImageCheckError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageCheckError(too_big) from None
    except UnidentifiedImageError:
        raise ImageCheckError(
            QCoreApplication.translate(
                "Artifacts", "{name} is not an image this app can read."
            ).format(name=name)
        ) from None
    except (OSError, SyntaxError, ValueError, IndexError, EOFError) as exc:
        raise ImageCheckError(_damaged(name, exc)) from None

    # verify() only checks structure (and for JPEG almost nothing), so decode the pixels too.
    # For JPEG, draft() decodes at down to 1/8 scale: the whole stream is still read, so a
    # truncated file still fails, at a fraction of the memory and time.
    preview = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                if im.format == "JPEG":
                    want = max(width // 8, min(width, preview_px * width // max(width, height)))
                    scale = max(1, want) / width
                    im.draft("RGB", (max(1, int(width * scale)), max(1, int(height * scale))))
                im.load()
                if preview_px:
                    preview = im.copy()  # keeps info["exif"], so the orientation survives
    except (OSError, SyntaxError, ValueError, IndexError, EOFError) as exc:
        raise ImageCheckError(_damaged(name, exc)) from None
    return ImageInfo(width, height, fmt, preview)


def quick_check_image(path: Path, max_pixels: int | None = None) -> ImageInfo | None:
    """A JPEG checked without decoding it: its markers parse, its size is within the limits,
    its data ends where a JPEG ends (a file cut short fails this, as the decode would), and
    its camera stored a thumbnail fit for the card. Returns an ImageInfo with that thumbnail
    as `preview` and provisional=True, or None when any of this does not hold: the caller
    then runs check_image, which decides (and words any refusal)."""
    from tli_workbook.artifacts.exif_thumb import embedded_thumbnail
    from tli_workbook.artifacts.metadata import image_taken

    limit = max_pixels or pixel_limit()
    try:
        with open(path, "rb") as fh:
            fh.seek(-2, 2)
            if fh.read(2) != b"\xff\xd9":
                return None  # cut short, or data after the picture (a "motion photo")
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path, formats=["JPEG"]) as im:
                width, height = im.size
                if width <= 0 or height <= 0 or width * height > limit:
                    return None
                thumb = embedded_thumbnail(im)
                if thumb is None:
                    return None
                taken = image_taken(im, path.name)
    except Exception:  # noqa: BLE001 - whatever it is, the full check says it in words
        log.info("no quick check for %s", path.name, exc_info=True)
        return None
    return ImageInfo(width, height, "JPEG", thumb, provisional=True, taken=taken)


def _damaged(name: str, exc: BaseException) -> str:
    if "truncated" in str(exc).lower():
        return (
            f"{name} is incomplete (the image data stops part-way), so it cannot be shown or "
            "put in the packet. Copy it again from the phone or camera, or open it in a photo "
            "app and save a new copy, then attach that."
        )
    return (
        f"{name} is damaged and cannot be read as an image. Open it in a photo app and save "
        "a new copy (JPEG or PNG), then attach that."
    )


def inspect_file(
    path: Path, max_bytes: int = MAX_FILE_BYTES, preview_px: int = 0, quick: bool = False
) -> Inspection:
    """Everything the page needs to decide how to attach `path` and what to tell the teacher.
    With preview_px, an image's decoded pixels are kept in `image.preview` (see check_image).
    With quick, a phone's JPEG may be checked without decoding it (see quick_check_image):
    then `image.provisional` is set and check_image is still to be run on it."""
    path = Path(path)
    res = Inspection(path)
    name = path.name
    try:
        if not path.is_file():
            res.refused = QCoreApplication.translate(
                "Artifacts", "{name} is not a file (a folder or a missing file cannot be attached)."
            ).format(name=name)
            return res
        res.size = path.stat().st_size
        if res.size == 0:
            res.refused = QCoreApplication.translate(
                "Artifacts",
                "{name} is empty (0 bytes), so there is nothing to attach. If it came from a "
                "download or a phone, it may not have finished copying; try again.",
            ).format(name=name)
            return res
        if res.size > max_bytes:
            res.refused = QCoreApplication.translate(
                "Artifacts",
                "{name} is {size}; the most one attachment may be is {most}. Attach a "
                "smaller copy (for a video, a short clip or a link to where it is published).",
            ).format(name=name, size=human_size(res.size), most=human_size(max_bytes))
            return res
        sniffed = sniff_file(path)
    except OSError as exc:
        res.refused = QCoreApplication.translate(
            "Artifacts", "{name} could not be read: {exc}."
        ).format(name=name, exc=exc.strerror or exc)
        return res

    res.media_type = sniffed.media_type
    if sniffed.is_previewable_image:
        try:
            info = quick_check_image(path) if quick and sniffed.media_type == "image/jpeg" else None
            res.image = info or check_image(path, preview_px=preview_px)
        except ImageCheckError as exc:
            res.refused = str(exc)
            return res
        res.kind = "image"
    elif sniffed.is_pdf:
        res.kind = "pdf"

    if extension_claims_image(name) and res.kind != "image":
        what = describe(res.media_type)
        if res.media_type == "image/heic":
            res.notes.append(
                QCoreApplication.translate(
                    "Artifacts",
                    "{name} is a HEIC photo, which cannot be previewed or placed in the packet. "
                    "It was attached as a file. To show it, export it from the phone as JPEG "
                    "and attach that instead.",
                ).format(name=name)
            )
        elif res.media_type in ("application/octet-stream", "text/plain", "text/html"):
            looks = {
                "text/html": QCoreApplication.translate(
                    "Artifacts", " (its contents are a web page)"
                ),
                "text/plain": QCoreApplication.translate("Artifacts", " (it is text)"),
            }
            res.notes.append(
                QCoreApplication.translate(
                    "Artifacts",
                    "{name} is named like an image but is not one{looks}. It was attached as a "
                    "plain file: it is listed by name and is not previewed or shown as a "
                    "picture in the packet.",
                ).format(name=name, looks=looks.get(res.media_type, ""))
            )
        else:
            res.notes.append(
                QCoreApplication.translate(
                    "Artifacts",
                    "{name} is named like an image but is a {what}; it was attached as a {what}.",
                ).format(name=name, what=what)
            )
    return res
