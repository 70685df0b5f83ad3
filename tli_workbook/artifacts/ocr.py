"""Reading the text in pictures: offline OCR of images and PDF pages, cached by file hash.

The engine is RapidOCR on ONNX Runtime (PP-OCRv4 models shipped inside the wheel), so nothing is
downloaded and nothing leaves the computer. It is imported on first use only: start-up stays
light, and a machine where it cannot load still runs every other check.

Results are kept in the data folder under ocr/<sha256>.json, so each stored file is read once
(the store keeps files by content hash, so a hash names one picture forever). Boxes are in the
pixels of the picture as the markup editor and the packet see it: oriented by its EXIF tag,
for a PDF the page drawn at PDF_RENDER_PX on its long side.

No Qt here: the GUI runs read_file on a worker thread, `tli-workbook check` calls it directly.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.pdfium_lock import PDFIUM_LOCK

if TYPE_CHECKING:
    from PIL.Image import Image

log = logging.getLogger(__name__)

OCR_DIR = "ocr"
# Another folder for the cache (the tests share one, so each sample picture is read once).
ENV_OCR_CACHE = "TLI_WORKBOOK_OCR_CACHE"
# Bump when reading changes (engine, sizes, line building) so old cache entries are read again.
CACHE_VERSION = 1
OCR_MAX_PX = 2000  # RapidOCR scales to 2000 px itself; doing it first saves decoding time
PDF_RENDER_PX = 2000  # a Letter page at about 180 dpi: body text is 25+ px high
MAX_PDF_PAGES = 20  # a longer PDF is read up to here; the rest is named as not read
MIN_SCORE = 0.5  # RapidOCR's own default: weaker guesses are mostly noise

Box = tuple[float, float, float, float]  # x, y, w, h in page pixels


class OcrUnavailable(Exception):
    """The text reader cannot run on this computer. str() is a message for the teacher."""


@dataclass(frozen=True)
class OcrLine:
    """One line of recognised text with a box per character (same length as text)."""

    text: str
    box: Box
    chars: tuple[Box, ...]


@dataclass(frozen=True)
class OcrPage:
    index: int  # 0-based page number (0 for an image)
    width: int
    height: int
    lines: tuple[OcrLine, ...] = ()

    @property
    def text(self) -> str:
        """The page's text, one line per recognised line: offsets into it map to boxes."""
        return "\n".join(line.text for line in self.lines)

    def boxes(self, start: int, end: int, pad: float = 0.2) -> list[Box]:
        """The boxes covering characters start..end of `text`, one per line touched, grown by
        `pad` of the line height on every side (a redaction must cover the whole glyphs)."""
        out: list[Box] = []
        offset = 0
        for line in self.lines:
            lo, hi = max(start, offset), min(end, offset + len(line.text))
            if lo < hi:
                picked = [
                    b
                    for i, b in enumerate(line.chars[lo - offset : hi - offset])
                    if not line.text[lo - offset + i].isspace()
                ]
                if picked:
                    out.append(_grow(_union(picked), pad, self.width, self.height))
            offset += len(line.text) + 1
        return out


@dataclass(frozen=True)
class OcrDoc:
    """What was read in one stored file."""

    sha: str
    kind: str  # "image", "pdf" or "" (not a picture: nothing to read)
    pages: tuple[OcrPage, ...] = ()
    page_count: int = 0  # pages in the file (a PDF may have more than were read)
    error: str = ""  # why it could not be read, for the teacher

    @property
    def read(self) -> bool:
        return bool(self.kind) and not self.error


@dataclass
class _Engine:
    lock: threading.Lock = field(default_factory=threading.Lock)
    ocr: Any = None
    failed: str = ""


_ENGINE = _Engine()


def engine_loaded() -> bool:
    return _ENGINE.ocr is not None


def _engine() -> Any:
    """The RapidOCR instance, made on first use (about a second: three ONNX models)."""
    if _ENGINE.ocr is None and not _ENGINE.failed:
        try:
            from rapidocr_onnxruntime import RapidOCR

            # Its own logger prints every call at DEBUG to stderr; the app logs for itself.
            logging.getLogger("RapidOCR").setLevel(logging.WARNING)
            _ENGINE.ocr = RapidOCR(print_verbose=False)
        except Exception as exc:  # noqa: BLE001 - a missing library or a broken install
            log.exception("the OCR engine did not start")
            _ENGINE.failed = str(exc) or type(exc).__name__
    if _ENGINE.ocr is None:
        raise OcrUnavailable(
            QCoreApplication.translate(
                "Ocr",
                "The text in pictures could not be read: the reader did not start on this "
                "computer. Look at your pictures yourself for names and schools.",
            )
        )
    return _ENGINE.ocr


# ----- geometry -----------------------------------------------------------------------------


def _quad_box(quad: Any) -> Box:
    xs = [float(p[0]) for p in quad]
    ys = [float(p[1]) for p in quad]
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _union(boxes: list[Box]) -> Box:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)


def _grow(b: Box, pad: float, width: float, height: float) -> Box:
    d = b[3] * pad
    x0, y0 = max(0.0, b[0] - d), max(0.0, b[1] - d)
    x1, y1 = min(float(width), b[0] + b[2] + d), min(float(height), b[1] + b[3] + d)
    return (x0, y0, x1 - x0, y1 - y0)


def _scaled(b: Box, s: float) -> Box:
    return (b[0] * s, b[1] * s, b[2] * s, b[3] * s)


@dataclass
class _Segment:
    text: str
    box: Box
    chars: list[Box]


def _segments(result: Any, scale: float) -> list[_Segment]:
    """RapidOCR's result rows ([quad, text, score, char quads, chars, char scores]) as
    segments with one box per character, in page pixels."""
    out = []
    for row in result or []:
        quad, text, score = row[0], str(row[1]), float(row[2])
        if score < MIN_SCORE or not text.strip():
            continue
        box = _scaled(_quad_box(quad), scale)
        chars = [_scaled(_quad_box(q), scale) for q in row[3]] if len(row) > 3 else []
        if len(chars) != len(text):
            # No per-character boxes: share the segment's width out evenly.
            step = box[2] / max(1, len(text))
            chars = [(box[0] + i * step, box[1], step, box[3]) for i in range(len(text))]
        out.append(_Segment(text, box, chars))
    return out


def _is_word_break(prev: str, ch: str, gap: float, first: bool, spaced: bool) -> bool:
    """Whether the recogniser dropped a space between prev and ch ("SamPlaceholder",
    "3:45Welcome", "Signup for"). Its letter boxes are rough (wide letters look spaced), so a
    plain gap must be wide, and the first letter's box is often short, so a gap after it does
    not count; a change of case or from digits to letters needs less."""
    if prev.isspace() or ch.isspace():
        return False
    if prev.islower() and ch.isupper():
        return True
    if prev.isdigit() != ch.isdigit() and prev.isalnum() and ch.isalnum():
        return gap > 0.2
    if spaced:  # the recogniser did put spaces in this segment: trust it between letters
        return False
    wide = prev in "mwMW"  # the widest letters overflow their boxes
    return gap > (0.6 if wide else 0.4) and not first


def _spaced(seg: _Segment) -> _Segment:
    """The segment with the spaces the recogniser dropped between words put back (it often
    reads italic or small text as one run of letters). Gaps are measured in line heights."""
    if len(seg.chars) < 2 or seg.box[3] <= 0:
        return seg
    spaced = " " in seg.text
    text, chars = seg.text[0], [seg.chars[0]]
    for ch, b in zip(seg.text[1:], seg.chars[1:], strict=True):
        prev = chars[-1]
        gap = b[0] - (prev[0] + prev[2])
        if _is_word_break(text[-1], ch, gap / seg.box[3], len(chars) == 1, spaced):
            text += " "
            chars.append((prev[0] + prev[2], prev[1], max(0.0, gap), prev[3]))
        text += ch
        chars.append(b)
    return _Segment(text, seg.box, chars)


def _rows(segments: list[_Segment]) -> list[list[_Segment]]:
    """Segments grouped into visual lines: centres at the same height, and no wider gap than
    twice the line height (a sticky note beside an agenda line is its own line)."""
    rows: list[list[_Segment]] = []
    for seg in sorted(segments, key=lambda s: (s.box[0], s.box[1])):
        mid = seg.box[1] + seg.box[3] / 2
        for row in rows:
            last = row[-1]
            last_mid = last.box[1] + last.box[3] / 2
            height = min(seg.box[3], last.box[3])
            gap = seg.box[0] - (last.box[0] + last.box[2])
            if abs(mid - last_mid) < 0.5 * height and gap < 2 * height:
                row.append(seg)
                break
        else:
            rows.append([seg])
    return sorted(rows, key=lambda r: (round(min(s.box[1] for s in r) / 8), r[0].box[0]))


def _lines(segments: list[_Segment]) -> list[OcrLine]:
    """Join the segments of one visual line (the detector often splits a line at a wide gap,
    and may read the same letters at both ends of the split) into one line of text."""
    lines = []
    for row in _rows([_spaced(s) for s in segments]):
        text = ""
        chars: list[Box] = []
        right = -1.0
        for seg in row:
            keep = [
                i
                for i, b in enumerate(seg.chars)
                if b[0] + b[2] / 2 > right  # letters already read at the end of the last segment
            ]
            piece = "".join(seg.text[i] for i in keep).strip()
            if not piece:
                continue
            first = next(i for i in keep if not seg.text[i].isspace())
            idx = [i for i in keep if i >= first][: len(piece)]
            if text:
                gap = chars[-1]
                text += " "
                chars.append((gap[0] + gap[2], gap[1], 0.0, gap[3]))
            text += piece
            chars.extend(seg.chars[i] for i in idx)
            right = max(right, seg.box[0] + seg.box[2])
        if text:
            lines.append(OcrLine(text, _union(list(chars)), tuple(chars)))
    return lines


# ----- reading ------------------------------------------------------------------------------


def read_picture(im: Image, index: int = 0, size: tuple[int, int] | None = None) -> OcrPage:
    """Recognise the text in one picture. `size` is the page size the boxes are given in
    (default: the picture's own); the picture is scaled down to OCR_MAX_PX first."""
    from PIL import Image as PILImage

    width, height = size or im.size
    work = im.convert("RGB")
    if max(work.size) > OCR_MAX_PX:
        work.thumbnail((OCR_MAX_PX, OCR_MAX_PX), PILImage.Resampling.LANCZOS)
    scale = width / work.width
    ocr = _engine()
    with _ENGINE.lock:  # one picture at a time: ONNX Runtime already uses every core
        result, _elapsed = ocr(work, return_word_box=True)
    return OcrPage(index, width, height, tuple(_lines(_segments(result, scale))))


def _image_pages(path: Path) -> Iterator[tuple[Image, tuple[int, int]]]:
    from PIL import Image as PILImage
    from PIL import ImageOps

    from tli_workbook.artifacts.inspect import pixel_limit

    with PILImage.open(path) as im:
        w, h = im.size
        if w * h > pixel_limit():
            raise ValueError(QCoreApplication.translate("Ocr", "The picture is too large to read."))
        if im.format == "JPEG" and max(w, h) > OCR_MAX_PX:
            s = OCR_MAX_PX / max(w, h)
            im.draft("RGB", (max(1, int(w * s)), max(1, int(h * s))))  # decode at 1/2, 1/4...
        im.load()
        oriented = ImageOps.exif_transpose(im)
        # Boxes are given in the oriented picture's full size, as the markup editor uses.
        full = (h, w) if im.getexif().get(0x0112, 1) in (5, 6, 7, 8) else (w, h)
        yield oriented, full


def _pdf_pages(path: Path, first: int, last: int) -> Iterator[tuple[Image, tuple[int, int]]]:
    import pypdfium2 as pdfium

    # Locked call by call, not across the yields: the reader of each page runs OCR on it.
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(path))
    try:
        for i in range(first, last):
            with PDFIUM_LOCK:
                page = pdf[i]
                try:
                    w, h = page.get_size()  # points
                    if w <= 0 or h <= 0:
                        continue
                    scale = PDF_RENDER_PX / max(w, h)  # a poster-sized page draws at 2000 px
                    im = page.render(scale=scale).to_pil()
                finally:
                    page.close()
            yield im, im.size
    finally:
        with PDFIUM_LOCK:
            pdf.close()


def pdf_page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()


def picture_kind(path: Path) -> str:
    """ "image", "pdf" or "" from the file's content (never its name)."""
    from tli_workbook.artifacts.sniff import PREVIEW_IMAGE_TYPES, sniff_file

    try:
        media = sniff_file(path).media_type
    except OSError:
        return ""
    if media in PREVIEW_IMAGE_TYPES:
        return "image"
    return "pdf" if media == "application/pdf" else ""


Progress = Callable[[int, int], None]  # (pages done, pages to read)


def read_file(
    path: Path,
    sha: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = bool,
) -> OcrDoc:
    """Read every page of an image or PDF. A damaged file gives an OcrDoc with `error` set;
    OcrUnavailable is raised when the engine cannot run at all (nothing to cache then)."""
    path = Path(path)
    kind = picture_kind(path)
    if not kind:
        return OcrDoc(sha, "")
    pages: list[OcrPage] = []
    try:
        if kind == "image":
            count = 1
            source = _image_pages(path)
        else:
            count = pdf_page_count(path)
            source = _pdf_pages(path, 0, min(count, MAX_PDF_PAGES))
        todo = min(count, MAX_PDF_PAGES)
        for i, (im, size) in enumerate(source):
            if cancelled():
                raise InterruptedError
            pages.append(read_picture(im, i, size))
            if progress is not None:
                progress(i + 1, todo)
    except (OcrUnavailable, InterruptedError):
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged or hostile file: say so, keep going
        log.warning("could not read the text in %s: %s", path.name, exc)
        return OcrDoc(
            sha,
            kind,
            tuple(pages),
            len(pages),
            QCoreApplication.translate("Ocr", "The file could not be read."),
        )
    return OcrDoc(sha, kind, tuple(pages), count)


# ----- cache --------------------------------------------------------------------------------


def _to_json(doc: OcrDoc) -> dict[str, Any]:
    def r(b: Box) -> list[float]:
        return [round(v, 1) for v in b]

    return {
        "version": CACHE_VERSION,
        "sha": doc.sha,
        "kind": doc.kind,
        "page_count": doc.page_count,
        "error": doc.error,
        "pages": [
            {
                "index": p.index,
                "width": p.width,
                "height": p.height,
                "lines": [
                    {"text": ln.text, "box": r(ln.box), "chars": [r(c) for c in ln.chars]}
                    for ln in p.lines
                ],
            }
            for p in doc.pages
        ],
    }


def _box(v: Any) -> Box:
    x, y, w, h = (float(n) for n in v)
    return (x, y, w, h)


def _from_json(data: dict[str, Any]) -> OcrDoc:
    pages = []
    for p in data["pages"]:
        lines = []
        for ln in p["lines"]:
            text, chars = str(ln["text"]), tuple(_box(c) for c in ln["chars"])
            if len(chars) != len(text):
                raise ValueError("character boxes do not match the text")
            lines.append(OcrLine(text, _box(ln["box"]), chars))
        pages.append(OcrPage(int(p["index"]), int(p["width"]), int(p["height"]), tuple(lines)))
    return OcrDoc(
        str(data["sha"]),
        str(data["kind"]),
        tuple(pages),
        int(data["page_count"]),
        str(data.get("error") or ""),
    )


class OcrCache:
    """ocr/<sha256>.json in the data folder. A damaged or outdated entry counts as absent."""

    def __init__(self, data_dir: Path) -> None:
        env = os.environ.get(ENV_OCR_CACHE)
        self.dir = Path(env) if env else Path(data_dir) / OCR_DIR

    def path(self, sha: str) -> Path:
        return self.dir / f"{sha}.json"

    def get(self, sha: str) -> OcrDoc | None:
        p = self.path(sha)
        if not sha or not p.is_file():
            return None
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            if data.get("version") != CACHE_VERSION or data.get("sha") != sha:
                return None
            return _from_json(data)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring a damaged OCR cache entry %s: %s", p.name, exc)
            return None

    def put(self, doc: OcrDoc) -> None:
        if not doc.sha:
            return
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".ocr-", suffix=".json", dir=self.dir)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(_to_json(doc), fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, self.path(doc.sha))
        except OSError as exc:  # a full disk costs a re-read next time, nothing more
            log.warning("could not cache the text read in %s: %s", doc.sha[:12], exc)


class PictureReader:
    """What the privacy scan asks for a stored file's text. With `run=False` (the GUI thread)
    it only answers from the cache, and None means "not read yet". It remembers what it
    answered (`seen`), so the page can say what was checked and what is still to read."""

    def __init__(
        self,
        data_dir: Path,
        run: bool = True,
        read: Callable[[Path, str], OcrDoc] | None = None,
    ) -> None:
        self.cache = OcrCache(data_dir)
        self.run = run
        # How a file is read: here, or by the child process (ocr_process.OcrProcess.read),
        # which keeps the GUI's interpreter free.
        self._read = read or read_file
        self._kinds: dict[str, str] = {}
        self.seen: dict[str, tuple[Path, OcrDoc | None]] = {}

    def kind(self, sha: str, path: Path) -> str:
        if sha not in self._kinds:
            self._kinds[sha] = picture_kind(path)
        return self._kinds[sha]

    def __call__(self, sha: str, path: Path) -> OcrDoc | None:
        kind = self.kind(sha, path)
        if not kind:
            return OcrDoc(sha, "")
        doc = self.cache.get(sha)
        if doc is None and self.run:
            try:
                doc = self._read(path, sha)
                self.cache.put(doc)
            except OcrUnavailable as exc:  # not the file's fault: not cached, tried next time
                doc = OcrDoc(sha, kind, error=str(exc))
        self.seen[sha] = (path, doc)
        return doc

    def pending(self) -> dict[str, Path]:
        """Pictures asked for and not read yet (sha -> stored file)."""
        return {sha: p for sha, (p, doc) in self.seen.items() if doc is None}

    def done(self) -> list[OcrDoc]:
        return [doc for _p, doc in self.seen.values() if doc is not None and doc.kind]


def page_image(path: Path, kind: str, index: int, max_px: int) -> Image:
    """A PDF page drawn with its long side at max_px (for showing a finding on it)."""
    import pypdfium2 as pdfium

    if kind != "pdf":
        raise ValueError(kind)
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            page = pdf[index]
            try:
                w, h = page.get_size()
                return page.render(scale=max_px / max(w, h, 1)).to_pil().convert("RGB")
            finally:
                page.close()
        finally:
            pdf.close()
