"""Attaching files and describing them: the page's non-widget helpers.

Kept apart from the page so the rules (check, copy, report once per batch; what a card says
about its file) read in one place. store_file and file_view touch no widgets: the page runs
them on the task runner, off the GUI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from PIL import Image
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage

from tli_workbook.artifacts import inspect as checks
from tli_workbook.artifacts.inspect import ImageCheckError, Inspection, inspect_file
from tli_workbook.artifacts.metadata import image_taken, photo_taken
from tli_workbook.artifacts.sniff import PREVIEW_IMAGE_TYPES, describe, human_size
from tli_workbook.artifacts.thumbs import (
    THUMB_PX,
    PreviewError,
    cached_pdf_thumbnail,
    save_thumbnail_pixels,
    thumbnail,
    thumbnail_pixels,
)
from tli_workbook.store import Store, StoreError
from tli_workbook.text.display_names import clean_name, display_name
from tli_workbook.ui.artifacts.thumbnail import SIZE as CARD_SIZE
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.tasks import Task, runner

log = logging.getLogger(__name__)


@dataclass
class Stored:
    """The outcome of attaching one file."""

    sha256: str | None = None
    media_type: str = ""
    refused: str = ""
    notes: list[str] = field(default_factory=list)
    size: int = 0


@dataclass
class Checked:
    """A file checked before it is stored: the inspection, and for an image its card
    thumbnail already made (pixels only) and its date, from the one reduced-size decode."""

    path: Path
    inspection: Inspection
    thumb: Image.Image | None = None
    taken: str | None = None
    # A phone photo shown from its EXIF thumbnail: its pixels are decoded after the batch
    # (finish_stored), which may still find it damaged and redraws the card from them.
    provisional: bool = False


def check_file(path: Path) -> Checked:
    """The part of attaching that needs no store (check, scale the thumbnail): safe to run
    for several files at once on the runner's workers. A phone's JPEG is checked without
    decoding it when it can be (inspect.quick_check_image); any other image is decoded once,
    at reduced size, for both the check and the thumbnail."""
    check = inspect_file(path, preview_px=THUMB_PX, quick=True)
    info = check.image
    preview = info.preview if info is not None else None
    provisional = info is not None and info.provisional
    thumb = taken = None
    if info is not None and preview is not None:
        try:
            if check.ok:
                taken = info.taken if provisional else image_taken(preview, path.name)
                thumb = thumbnail_pixels(preview)
        except (OSError, ValueError) as exc:
            # The card then makes its thumbnail the slow way (or shows the type badge).
            log.warning("No thumbnail made for %s at attach time: %s", path.name, exc)
        finally:
            preview.close()
    return Checked(Path(path), check, thumb, taken, provisional and thumb is not None)


def copy_checked(store: Store, checked: Checked, record: bool = True) -> Stored:
    """Copy a checked file into the store (content-addressed): once this returns a sha256,
    the file is stored safely (flushed to disk and, with record, recorded; without, the
    caller records it: Store.add_artifact_files)."""
    check, path = checked.inspection, checked.path
    if not check.ok:
        return Stored(refused=check.refused, notes=check.notes)
    try:
        if record:
            sha, size = store.add_file(path, check.media_type), check.size
        else:
            sha, size = store.copy_file_in(path)
    except StoreError as exc:
        return Stored(refused=f"{display_name(path.name)}: {exc}", notes=check.notes)
    except OSError as exc:
        return Stored(
            refused=QCoreApplication.translate(
                "Attach", "{name} could not be copied: {reason}."
            ).format(name=display_name(path.name), reason=exc.strerror or exc)
        )
    return Stored(sha, check.media_type, "", check.notes, size)


def store_checked(store: Store, checked: Checked) -> Stored:
    """Copy a checked file into the store (content-addressed) and save its thumbnail. A
    provisionally checked photo is decoded now: damaged, it is refused after all (and its
    stored copy, which nothing refers to, harms nothing)."""
    try:
        got = copy_checked(store, checked)
        if got.sha256:
            damaged = finish_stored(
                store, got.sha256, checked.thumb, checked.provisional, checked.path.name
            )
            if damaged:
                return Stored(refused=damaged, notes=got.notes)
        return got
    finally:
        if checked.thumb is not None:
            checked.thumb.close()


def finish_stored(
    store: Store, sha: str, thumb: Image.Image | None, provisional: bool = False, name: str = ""
) -> str:
    """What follows storing a file and is not needed to show its card: for a photo checked
    provisionally, the decode of its pixels (its thumbnail is then made from them, not the
    camera's); the thumbnail's cache file (the card shows the pixels already); the hidden
    details the privacy check reads. Attaching a batch does this after all its cards are
    shown. Returns why the photo cannot be used when its decode fails, else ""."""
    if provisional:
        try:
            thumb = _decoded_thumbnail(store.file_path(sha), name)
        except ImageCheckError as exc:
            # The card's next look at the file (file_view) decodes it, fails the same way and
            # shows it by name with this reason.
            return str(exc)
        except StoreError as exc:
            log.warning("The stored copy of %s went missing: %s", sha[:12], exc)
            return ""
    if thumb is not None:
        try:
            save_thumbnail_pixels(store.data_dir, sha, thumb)
        except (OSError, ValueError) as exc:
            log.warning("No thumbnail saved for %s at attach time: %s", sha[:12], exc)
        finally:
            if provisional:
                thumb.close()
    try:
        warm_metadata(store.file_path(sha))
    except StoreError as exc:
        log.warning("Could not read the details of %s: %s", sha[:12], exc)
    return ""


def _decoded_thumbnail(path: Path, name: str) -> Image.Image:
    """The card thumbnail from the photo's own pixels (one reduced-size decode, which is
    also the full check). Raises ImageCheckError."""
    info = checks.check_image(path, preview_px=THUMB_PX, name=name)
    try:
        return thumbnail_pixels(info.preview)
    except (OSError, ValueError) as exc:
        raise ImageCheckError(str(exc)) from exc
    finally:
        info.preview.close()


@dataclass
class Prepared:
    """A file of a batch checked and stored, waiting (in drop order) for its artifact."""

    checked: Checked
    stored: Stored
    picture: QImage | None = None  # the card's thumbnail, drawn off the GUI thread


def prepare_file(store: Store, path: Path) -> Prepared:
    """Everything a file of a batch needs before its card but its records: one reduced-size
    decode (check, thumbnail, date), the copy into the store (flushed; recorded with its
    artifact, in one transaction, by the batch), the card's picture. Touches no database,
    so two files at once never wait on each other's commits."""
    checked = check_file(path)
    got = copy_checked(store, checked, record=False)
    picture = None
    if got.sha256 and checked.thumb is not None:
        picture = card_picture(checked.thumb)
    return Prepared(checked, got, picture)


def card_picture(thumb: Image.Image) -> QImage:
    """The thumbnail as the card shows it (scaled as ThumbnailButton.show_picture scales a
    cached thumbnail): a QImage, which unlike a QPixmap may be made on a worker thread."""
    rgb = thumb if thumb.mode == "RGB" else thumb.convert("RGB")
    w, h = rgb.size
    data = rgb.tobytes()
    image = QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()  # owns its pixels
    return image.scaled(
        CARD_SIZE * 2,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def store_file(store: Store, path: Path) -> Stored:
    """Check a file, copy it into the store (content-addressed) and make its card thumbnail.
    An image is decoded once, at reduced size, for both the check and the thumbnail."""
    return store_checked(store, check_file(path))


def warm_metadata(path: Path) -> None:
    """Read a stored file's hidden details (EXIF, document properties) into the privacy
    scan's cache now, on a worker thread, so the privacy and readiness pages do not read
    them on the GUI thread later."""
    from tli_workbook.review.privacy_scan import _file_metadata

    try:
        st = path.stat()
        _file_metadata(str(path), st.st_size, st.st_mtime)
    except OSError as exc:
        log.warning("Could not read the details of %s: %s", path.name, exc)


def report(dialogs: Dialogs, refused: list[str], notes: list[str]) -> None:
    """One message for a whole drop or pick: refusals first, then notes."""
    if refused:
        n = len(refused)
        head = QCoreApplication.translate("Attach", "%n file(s) were not attached:", "", n)
        body = "\n\n".join(refused + notes)
        dialogs.warning(
            QCoreApplication.translate("Attach", "Some files were not attached"),
            f"{head}\n\n{body}",
        )
    elif notes:
        dialogs.info(
            QCoreApplication.translate("Attach", "Attached, with a note"), "\n\n".join(notes)
        )


@dataclass
class FileView:
    """What a card shows about its file."""

    text: str
    kind: str  # "image", "pdf", "file", "link" or "none"
    media_type: str = ""
    thumb: Path | None = None
    pending: bool = False  # a PDF preview is still to be drawn (see render_in_background)
    taken: str | None = None  # a photo's own date (EXIF), offered for the artifact's date
    picture: QImage | None = None  # the thumbnail already drawn (attaching), else from `thumb`


def attached_view(store: Store, record: dict[str, Any], prepared: Prepared) -> FileView:
    """file_view for a file just attached, from what prepare_file made: no second decode, no
    thumbnail file to read (it is written after the batch)."""
    got = prepared.stored
    if prepared.picture is None or not got.sha256 or got.media_type not in PREVIEW_IMAGE_TYPES:
        return file_view(store, record)
    name = display_name(record.get("filename") or "")
    text = f"{name} · {describe(got.media_type)} · {human_size(got.size)}"
    return FileView(
        text, "image", got.media_type, None, taken=prepared.checked.taken, picture=prepared.picture
    )


def file_view(store: Store, record: dict[str, Any]) -> FileView:
    sha, url = record.get("file"), record.get("url") or ""
    name = display_name(record.get("filename") or "")
    if not sha:
        return FileView(
            url or QCoreApplication.translate("Attach", "No file attached."),
            "link" if url else "none",
        )
    try:
        info = store.file_info(sha)
        source = store.file_path(sha)
    except StoreError:
        return FileView(
            QCoreApplication.translate("Attach", "{name}: the stored copy is missing.").format(
                name=name
            ),
            "none",
        )
    media = info["media_type"]
    kind = "file"
    if media in PREVIEW_IMAGE_TYPES:
        kind = "image"
    elif media == "application/pdf":
        kind = "pdf"
    text = f"{name} · {describe(media)} · {human_size(info['size'])}"
    try:
        if kind == "pdf":
            # Never drawn on the GUI thread: a hostile PDF could take seconds.
            thumb = cached_pdf_thumbnail(store.data_dir, sha)
            if thumb is None:
                return FileView(text, kind, media, None, pending=True)
        else:
            thumb = thumbnail(store.data_dir, source, sha, media, record.get("markup") or [])
    except PreviewError as exc:
        # Shown by name and icon only; an image that cannot be drawn cannot be marked up.
        return FileView(f"{text}\n{exc}", "file" if kind == "image" else kind, media)
    taken = photo_taken(source) if kind == "image" else None
    return FileView(text, kind, media, thumb, taken=taken)


class _Relay(QObject):
    """Carries "preview drawn" from worker threads to the GUI thread. Module-wide, so a
    page closed while a preview is drawn is simply disconnected."""

    done = Signal(str)  # sha256
    # Photos shown from their camera's thumbnail whose own pixels then failed to decode:
    # [(sha256, why, for the teacher)], once per batch.
    damaged = Signal(list)


_relay: _Relay | None = None
_running: set[str] = set()


def preview_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def render_in_background(store: Store, sha: str) -> None:
    """Draw a file's preview on the task runner; preview_relay().done(sha) when it is ready
    (or known to be impossible: thumbnail records "no preview")."""
    if sha in _running:
        return
    try:
        media = store.file_info(sha)["media_type"]
        source = store.file_path(sha)
    except StoreError:
        return
    relay = preview_relay()  # created on the GUI thread
    data_dir = store.data_dir
    _running.add(sha)

    def work(_task: Task[None]) -> None:
        try:
            thumbnail(data_dir, source, sha, media)
        except PreviewError:
            pass  # recorded as "no preview" by thumbnail; the card shows it on refresh

    def finished(*_args: object) -> None:
        _running.discard(sha)
        relay.done.emit(sha)

    runner().run(
        work,
        finished,
        label=QCoreApplication.translate("Attach", "drawing a preview"),
        on_failure=finished,
        on_cancelled=finished,
    )


def local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def title_from(path: Path) -> str:
    return clean_name(path.stem.replace("_", " ").replace("-", " ")).strip()[:200]


def normalise_url(text: str) -> str | None:
    """An http(s) address from what the teacher typed or pasted, or None."""
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        return None
    if "://" not in text:
        text = "https://" + text
    parts = urlparse(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or "." not in parts.hostname:
        return None
    return text
