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
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from tli_workbook.artifacts.inspect import pixel_limit
from tli_workbook.artifacts.sniff import PREVIEW_IMAGE_TYPES
from tli_workbook.atomic_write import atomic_path, copy_atomic

THUMBS_DIR = "thumbs"
THUMB_PX = 320  # long side of a card thumbnail (2x for high-DPI screens at 160 px)
PAGE_PREVIEW_DPI = 110  # the viewer's rendering of a PDF's first page
PDF_TIMEOUT_S = 20
PDF_MEMORY_BYTES = 1024 * 1024 * 1024


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


def _save_png_atomic(im: Image.Image, dest: Path, compress_level: int = 6) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(dest) as tmp:
        im.save(tmp, format="PNG", compress_level=compress_level)


def _limit_memory() -> None:  # runs in the child between fork and exec (POSIX only)
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (PDF_MEMORY_BYTES, PDF_MEMORY_BYTES))


def render_pdf_pages(
    pdf: Path,
    out_dir: Path,
    dpi: int = 72,
    first: int = 1,
    last: int | None = None,
    timeout: float = PDF_TIMEOUT_S,
) -> list[Path]:
    """Render pages first..last (all when last is None) of a PDF to PNGs in out_dir, in page
    order, with pdftoppm. Raises PreviewError."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise PreviewError(
            "PDF previews need poppler's pdftoppm, which is not installed. The PDF is attached "
            "and opens in your PDF reader."
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = out_dir / "page"
    cmd = [exe, "-f", str(first), "-r", str(dpi), "-png"]
    if last is not None:
        cmd += ["-l", str(last)]
    try:
        subprocess.run(
            [*cmd, str(pdf), str(prefix)],
            check=True,
            capture_output=True,
            timeout=timeout,
            preexec_fn=_limit_memory if sys.platform != "win32" else None,
        )
    except subprocess.TimeoutExpired:
        raise PreviewError(
            f"The PDF took longer than {timeout:.0f} seconds to draw, so no preview is "
            "shown. It is attached and opens in your PDF reader."
        ) from None
    except (OSError, subprocess.CalledProcessError):
        raise PreviewError(
            "The PDF could not be drawn (it may be damaged or password-protected). It is "
            "attached and may still open in your PDF reader."
        ) from None
    # pdftoppm pads page numbers to the width of the last one: page-1.png or page-01.png.
    pages = sorted(out_dir.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not pages:
        raise PreviewError("The PDF has no page that could be drawn.")
    return pages


def render_pdf_page(pdf: Path, dest: Path, dpi: int = 72, timeout: float = PDF_TIMEOUT_S) -> Path:
    """Render page 1 of a PDF to a PNG at dest (pdftoppm -f 1 -l 1). Raises PreviewError."""
    with tempfile.TemporaryDirectory(prefix="tli-pdf-") as tmp:
        pages = render_pdf_pages(pdf, Path(tmp), dpi=dpi, first=1, last=1, timeout=timeout)
        _copy_atomic(pages[0], dest)
    return dest


def _copy_atomic(src: Path, dest: Path) -> None:
    # The temp folder may be on another file system: copy beside dest, then rename.
    dest.parent.mkdir(parents=True, exist_ok=True)
    copy_atomic(src, dest)


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


def save_thumbnail_from(
    data_dir: Path, sha256: str, decoded: Image.Image, size: int = THUMB_PX
) -> Path:
    """The cached thumbnail (no markup) of a stored image, made from pixels already decoded
    when the file was checked (see inspect.check_image's preview), so attaching a photo
    decodes it once. Made as the packet prepares images: oriented, in sRGB, flattened."""
    from tli_workbook.packet.images import _flatten, _to_srgb

    dest = cache_path(data_dir, sha256, f"t{size}")
    if dest.is_file():
        return dest
    im = ImageOps.exif_transpose(decoded)
    im = _flatten(_to_srgb(im))
    if max(im.size) > size:
        im.thumbnail((size, size), Image.Resampling.LANCZOS)  # reduce() first, then filter
    clean = Image.new("RGB", im.size)  # pixels only: nothing of the file's metadata
    clean.paste(im)
    # A local cache file: fast deflate (a photo's noise hardly compresses; level 6 costs ~5x).
    _save_png_atomic(clean, dest, compress_level=1)
    return dest


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
        if not dest.is_file():
            im = image_preview(source, markup, size)
            _save_png_atomic(im, dest)
        return dest
    if media_type == "application/pdf":
        dest = cache_path(data_dir, sha256, f"t{size}")
        if not dest.is_file():
            page = page_preview(data_dir, source, sha256, dpi=72)
            with Image.open(page) as im:
                im.thumbnail((size, size), Image.Resampling.LANCZOS)
                _save_png_atomic(im.convert("RGB"), dest)
        return dest
    return None


def page_preview(data_dir: Path, source: Path, sha256: str, dpi: int = PAGE_PREVIEW_DPI) -> Path:
    """A cached rendering of a PDF's first page. Raises PreviewError."""
    dest = cache_path(data_dir, sha256, f"p1r{dpi}")
    if not dest.is_file():
        render_pdf_page(source, dest, dpi=dpi)
        # pdftoppm honours the page size the PDF claims; refuse absurd ones before Qt loads it.
        with Image.open(dest) as im:
            w, h = im.size
        if w * h > pixel_limit():
            dest.unlink(missing_ok=True)
            raise PreviewError("The PDF's first page is too large to preview.")
    return dest


def clear_cache(data_dir: Path, sha256: str | None = None) -> int:
    """Delete cached previews (of one file, or all). Returns how many were removed."""
    folder = thumbs_dir(data_dir)
    if not folder.is_dir():
        return 0
    n = 0
    for p in folder.glob(f"{sha256}*.png" if sha256 else "*.png"):
        p.unlink(missing_ok=True)
        n += 1
    return n
