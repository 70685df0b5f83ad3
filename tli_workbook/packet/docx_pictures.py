"""The pictures the DOCX draws itself (the Circle Map, vector figures, PDF evidence pages),
drawn ahead on a worker thread while the writer lays out the text before them.

Each costs 50-100 ms, nearly all of it in C code that lets go of the GIL (Pillow's deflate,
pdfium's rasteriser), so on a second core it is free; the writer itself is pure Python. The
pictures are exactly the ones the writer would draw: `DocxPictures.get` hands over the
worker's result (or re-raises its exception), and draws in place anything not started.

One worker, in document order: pdfium is not thread-safe, and while the DOCX is written
nothing else in the export calls it. Only a few pictures run ahead of the writer, so at
most that many wait in memory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from tli_workbook.packet.document import (
    Block,
    CircleMapFigure,
    Document,
    EvidencePage,
    VectorFigure,
)
from tli_workbook.packet.theme import PageSize

log = logging.getLogger(__name__)

# PNG bytes and size in pixels, or None when the picture cannot be drawn here.
Picture = tuple[bytes, int, int] | None
Job = Callable[[], Picture]

CIRCLE_MAP_DPI = 300
FIGURE_DPI = 300


def circle_map_width_in(block: CircleMapFigure, page: PageSize) -> float:
    return min(block.width_in, page.text_width_in)


def figure_size_in(block: VectorFigure, page: PageSize) -> tuple[float, float]:
    return block.fit_in(page.text_width_in, page.text_height_in - 1.5)


def _circle_map(block: CircleMapFigure, width_in: float) -> Picture:
    try:
        from tli_workbook.circlemap.export import png_bytes
    except ImportError:  # a build without the Circle Map renderer: the writer says so
        return None
    return _sized(png_bytes(block.map_data, block.ring_labels, width_in, dpi=CIRCLE_MAP_DPI))


def _figure(block: VectorFigure, width_in: float) -> Picture:
    from tli_workbook.circlemap.export import display_png

    return _sized(display_png(block.display, width_in, dpi=FIGURE_DPI))


def _sized(png: bytes) -> Picture:
    import io

    from PIL import Image

    with Image.open(io.BytesIO(png)) as im:
        return png, im.width, im.height


def _evidence(block: EvidencePage) -> Picture:
    from tli_workbook.packet.evidence.page_images import page_picture

    return page_picture(block)


def picture_job(block: Block, page: PageSize) -> Job | None:
    """How the DOCX draws this block's picture, or None for a block without one."""
    if isinstance(block, CircleMapFigure):
        width_in = circle_map_width_in(block, page)
        return lambda: _circle_map(block, width_in)
    if isinstance(block, VectorFigure):
        width_in = figure_size_in(block, page)[0]
        return lambda: _figure(block, width_in)
    if isinstance(block, EvidencePage):
        return lambda: _evidence(block)
    return None


class DocxPictures:
    """Pictures of a document's blocks, started ahead on one worker thread."""

    AHEAD = 3

    def __init__(self, doc: Document, page: PageSize, ahead: bool = True) -> None:
        self._page = page
        self._jobs: list[tuple[int, Job]] = []
        paints = False
        for block in doc.blocks():
            job = picture_job(block, page)
            if job is not None:
                self._jobs.append((id(block), job))
                paints = paints or not isinstance(block, EvidencePage)
        self._order = {key: i for i, (key, _job) in enumerate(self._jobs)}
        self._futures: dict[int, Future[Picture]] = {}
        self._started = 0
        self._pool: ThreadPoolExecutor | None = None
        if ahead and self._jobs:
            if paints:
                # Qt paints text only with a GUI application, made on this (the main) thread.
                from tli_workbook.qt_headless import ensure_gui_app

                ensure_gui_app()
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="docx-picture")
            self._start_until(self.AHEAD)

    def _start_until(self, end: int) -> None:
        while self._pool is not None and self._started < min(end, len(self._jobs)):
            key, job = self._jobs[self._started]
            self._futures[key] = self._pool.submit(job)
            self._started += 1

    def get(self, block: Block) -> Picture:
        """The block's picture: the worker's, or drawn now when it was not started."""
        at = self._order.get(id(block))
        if at is not None:
            self._start_until(at + 1 + self.AHEAD)
            future = self._futures.pop(id(block), None)
            if future is not None:
                return future.result()  # re-raises what the drawing raised
        job = picture_job(block, self._page)
        return job() if job is not None else None

    def close(self) -> None:
        if self._pool is not None:
            # A cancelled or failed export does not wait for pictures nobody will use.
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._futures.clear()
