"""Thumbnails and page previews, cached in the data folder under thumbs/.

Images go through the packet's prepare_image, so a thumbnail shows exactly what the packet
will show: the same orientation, markup and (above all) the same redactions burned into the
pixels. PDFs are rendered with poppler's pdftoppm in a child process with a timeout and a
memory cap, so a hostile or enormous PDF can slow a preview but never hang or crash the app.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook.artifacts import pdf_render
from tli_workbook.artifacts.colour import flatten, to_srgb
from tli_workbook.artifacts.inspect import pixel_limit
from tli_workbook.artifacts.sniff import PREVIEW_IMAGE_TYPES
from tli_workbook.atomic_write import atomic_path, temp_beside

THUMBS_DIR = "thumbs"
THUMB_PX = 320  # long side of a card thumbnail (2x for high-DPI screens at 160 px)
PAGE_PREVIEW_DPI = 110  # the viewer's rendering of a PDF's first page
PAGE_PREVIEW_MAX_PX = 2400  # the viewer's page, whatever size the PDF claims
PDF_TIMEOUT_S = pdf_render.RENDER_TIMEOUT_S
NO_PREVIEW = str(
    QT_TRANSLATE_NOOP("Artifacts", "No preview: the file could not be drawn. It is attached.")
)

log = logging.getLogger(__name__)


class PreviewError(Exception):
    """str() is a message for the teacher."""


def markup_key(markup: Iterable[Mapping[str, Any]]) -> str:
    """A short stable digest of a markup list ("" when there is none)."""
    marks = list(markup or [])
    if not marks:
        return ""
    raw = json.dumps(marks, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def thumbs_dir(data_dir: Path) -> Path:
    return Path(data_dir) / THUMBS_DIR


def cache_path(data_dir: Path, sha256: str, variant: str = "", markup: Any = ()) -> Path:
    """thumbs/<sha256>[-<variant>][-m<markup digest>].png"""
    name = sha256 + (f"-{variant}" if variant else "")
    key = markup_key(markup)
    if key:
        name += f"-m{key}"
    return thumbs_dir(data_dir) / f"{name}.png"


def _save_png_atomic(
    im: Image.Image, dest: Path, compress_level: int = 6, durable: bool = False
) -> None:
    """Write a cached preview whole or not at all. Not flushed to disk unless durable: every
    file here is a cache, and one lost in a crash is drawn again (cached_ok checks it)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if durable:
        with atomic_path(dest) as tmp:
            im.save(tmp, format="PNG", compress_level=compress_level)
        return
    tmp = temp_beside(dest)
    try:
        im.save(tmp, format="PNG", compress_level=compress_level)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def render_pdf_pages(
    pdf: Path,
    out_dir: Path,
    dpi: int = 72,
    first: int = 1,
    last: int | None = None,
    timeout: float = PDF_TIMEOUT_S,
) -> list[Path]:
    """Render pages first..last (1-based, all when last is None) of a PDF to PNGs in out_dir
    (page-1.png, ...), in page order. Bounded like every rendering (see pdf_render). Raises
    PreviewError."""
    try:
        count = pdf_render.page_count(pdf, timeout=timeout)
        out_dir.mkdir(parents=True, exist_ok=True)
        pages = []
        for n in range(first, min(count, last or count) + 1):
            im = pdf_render.render_page_dpi(pdf, n - 1, dpi, timeout=timeout)
            dest = out_dir / f"page-{n}.png"
            im.save(dest, format="PNG")
            pages.append(dest)
    except pdf_render.RenderError as exc:
        raise PreviewError(str(exc)) from None
    if not pages:
        raise PreviewError(
            QCoreApplication.translate("Artifacts", "The PDF has no page that could be drawn.")
        )
    return pages


def render_pdf_page(pdf: Path, dest: Path, dpi: int = 72, timeout: float = PDF_TIMEOUT_S) -> Path:
    """Render page 1 of a PDF to a PNG at dest. Raises PreviewError."""
    try:
        im = pdf_render.render_page_dpi(pdf, 0, dpi, max_px=PAGE_PREVIEW_MAX_PX, timeout=timeout)
    except pdf_render.RenderError as exc:
        raise PreviewError(str(exc)) from None
    _save_png_atomic(im, dest)
    return dest


def _no_preview_path(dest: Path) -> Path:
    return dest.with_suffix(".none")


def _remember_no_preview(dest: Path, message: str) -> None:
    """A preview that failed is recorded, so the page shows "no preview" at once next time
    instead of drawing the same hostile file again."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        _no_preview_path(dest).write_text(message, encoding="utf-8")
    except OSError:
        log.exception("Could not record the failed preview %s", dest)


def _known_no_preview(dest: Path) -> str | None:
    marker = _no_preview_path(dest)
    if not marker.is_file():
        return None
    try:
        no_preview = QCoreApplication.translate("Artifacts", NO_PREVIEW)
        return marker.read_text(encoding="utf-8", errors="replace")[:500] or no_preview
    except OSError:
        return QCoreApplication.translate("Artifacts", NO_PREVIEW)


def cached_ok(path: Path, max_px: int | None = None) -> bool:
    """A cached preview that exists and loads within the size limits. A damaged or oversized
    one (from an older version, a full disk, tampering) is deleted so it is rebuilt."""
    if not path.is_file():
        return False
    try:
        with Image.open(path) as im:
            w, h = im.size
            if w * h > pixel_limit() or (max_px and max(w, h) > max_px * 2):
                raise ValueError(f"cached preview is {w}x{h}")
            im.verify()
        return True
    except Exception:  # any failure to load means: rebuild it
        log.warning("Discarding a cached preview that does not load: %s", path, exc_info=True)
        path.unlink(missing_ok=True)
        return False


def image_preview(source: Path, markup: Iterable[Mapping[str, Any]], max_px: int) -> Image.Image:
    """The image as the packet will show it, scaled to max_px. Raises PreviewError."""
    from tli_workbook.packet.errors import ImageError
    from tli_workbook.packet.images import prepare_image

    try:
        prepared = prepare_image(source, list(markup or []), max_px=max_px)
    except ImageError as exc:
        raise PreviewError(str(exc)) from None
    im = Image.open(io.BytesIO(prepared.data))
    im.load()
    return im


def thumbnail_pixels(decoded: Image.Image, size: int = THUMB_PX) -> Image.Image:
    """A card thumbnail (no markup) made from pixels already decoded when the file was
    checked (see inspect.check_image's preview), so attaching a photo decodes it once. Made
    as the packet prepares images: oriented, in sRGB, flattened; pixels only, no metadata."""
    im = ImageOps.exif_transpose(decoded)
    im = flatten(to_srgb(im))
    if max(im.size) > size:
        # reduce() first, then bicubic: at card size as sharp as Lanczos, and cheaper.
        im.thumbnail((size, size), Image.Resampling.BICUBIC)
    clean = Image.new("RGB", im.size)  # pixels only: nothing of the file's metadata
    clean.paste(im)
    return clean


def save_thumbnail_pixels(
    data_dir: Path, sha256: str, thumb: Image.Image, size: int = THUMB_PX
) -> Path:
    """Cache a thumbnail made by thumbnail_pixels as the stored file's card thumbnail."""
    dest = cache_path(data_dir, sha256, f"t{size}")
    if not dest.is_file():
        # A local cache file: fast deflate (a photo's noise hardly compresses; level 6 costs ~5x).
        _save_png_atomic(thumb, dest, compress_level=1)
    return dest


def save_thumbnail_from(
    data_dir: Path, sha256: str, decoded: Image.Image, size: int = THUMB_PX
) -> Path:
    """The cached thumbnail (no markup) of a stored image, from pixels already decoded."""
    dest = cache_path(data_dir, sha256, f"t{size}")
    if dest.is_file():
        return dest
    thumb = thumbnail_pixels(decoded, size)
    try:
        return save_thumbnail_pixels(data_dir, sha256, thumb, size)
    finally:
        thumb.close()


def thumbnail(
    data_dir: Path,
    source: Path,
    sha256: str,
    media_type: str,
    markup: Iterable[Mapping[str, Any]] = (),
    size: int = THUMB_PX,
) -> Path | None:
    """A cached PNG thumbnail for a stored file, or None for types shown by an icon.
    Raises PreviewError when a previewable file cannot be drawn."""
    if media_type in PREVIEW_IMAGE_TYPES:
        dest = cache_path(data_dir, sha256, f"t{size}", markup)
        if not cached_ok(dest, size):
            im = image_preview(source, markup, size)
            _save_png_atomic(im, dest)
        return dest
    if media_type == "application/pdf":
        dest = cache_path(data_dir, sha256, f"t{size}")
        if cached_ok(dest, size):
            return dest
        known = _known_no_preview(dest)
        if known is not None:
            raise PreviewError(known)
        try:
            im = pdf_render.render_page(source, 0, size)
        except pdf_render.RenderError as exc:
            _remember_no_preview(dest, str(exc))
            raise PreviewError(str(exc)) from None
        _save_png_atomic(im, dest)
        return dest
    return None


def cached_pdf_thumbnail(data_dir: Path, sha256: str, size: int = THUMB_PX) -> Path | None:
    """The PDF thumbnail if it is cached and loads, None if it still has to be drawn (call
    `thumbnail` off the GUI thread). Raises PreviewError if drawing it failed before."""
    dest = cache_path(data_dir, sha256, f"t{size}")
    if cached_ok(dest, size):
        return dest
    known = _known_no_preview(dest)
    if known is not None:
        raise PreviewError(known)
    return None


def page_preview(data_dir: Path, source: Path, sha256: str, dpi: int = PAGE_PREVIEW_DPI) -> Path:
    """A cached rendering of a PDF's first page (at most PAGE_PREVIEW_MAX_PX on the long
    side, whatever size the page claims). Raises PreviewError."""
    dest = cache_path(data_dir, sha256, f"p1r{dpi}")
    if cached_ok(dest, PAGE_PREVIEW_MAX_PX):
        return dest
    known = _known_no_preview(dest)
    if known is not None:
        raise PreviewError(known)
    try:
        render_pdf_page(source, dest, dpi=dpi)
    except PreviewError as exc:
        _remember_no_preview(dest, str(exc))
        raise
    return dest


def clear_cache(data_dir: Path, sha256: str | None = None) -> int:
    """Delete cached previews (of one file, or all). Returns how many were removed."""
    folder = thumbs_dir(data_dir)
    if not folder.is_dir():
        return 0
    n = 0
    for pattern in ("*.png", "*.none"):
        for p in folder.glob(f"{sha256}{pattern}" if sha256 else pattern):
            p.unlink(missing_ok=True)
            n += p.suffix == ".png"
    return n
