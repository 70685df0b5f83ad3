"""Reading the text in pictures off the GUI thread, with progress.

One reader per data folder, shared by the Privacy and Readiness pages: each asks for the
pictures its scan found unread, the worker reads them one at a time (results land in the OCR
cache), and `finished` tells the pages to scan again from the cache.

The worker is a QRunnable on a private QThreadPool; this is the one place to switch to the
app's shared task runner (ui/tasks.py) when it lands.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from tli_workbook.artifacts.ocr import OcrUnavailable, PictureReader

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int)  # pictures done, pictures queued
    done = Signal()


class _Job(QRunnable):
    def __init__(self, owner: PictureReading) -> None:
        super().__init__()
        self.owner = owner
        self.signals = owner._signals

    def run(self) -> None:  # worker thread: no widgets, only the cache and signals
        owner = self.owner
        reader = PictureReader(owner.data_dir)
        while not owner.cancelled:
            item = owner._next()
            if item is None:
                break
            sha, path = item
            try:
                doc = reader(sha, path)
                if doc is None or (doc.error and reader.cache.get(sha) is None):
                    owner.failed.add(sha)  # the engine did not start: not the file's fault
            except OcrUnavailable:
                log.warning("the OCR engine is not available; pictures stay unread")
                owner.failed.add(sha)
            except Exception:  # noqa: BLE001 - one bad file must not stop the others
                log.exception("reading the text in %s failed", path.name)
                owner.failed.add(sha)
            owner.done_count += 1
            self.signals.progress.emit(owner.done_count, owner.total)
        self.signals.done.emit()


class PictureReading(QObject):
    """Queue pictures to read; emits progress(done, total) and finished() (GUI thread)."""

    progress = Signal(int, int)
    finished = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # ONNX Runtime already uses every core
        self._signals = _Signals(self)
        self._signals.progress.connect(self.progress)
        self._signals.done.connect(self._job_done)
        self._queue: dict[str, Path] = {}
        self._queued: set[str] = set()
        self.failed: set[str] = set()  # never retried in this session
        self.done_count = 0
        self.total = 0
        self.cancelled = False
        self.running = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def read(self, pending: dict[str, Path]) -> int:
        """Queue pictures not read yet; returns how many are queued or being read."""
        new = {s: p for s, p in pending.items() if s not in self._queued and s not in self.failed}
        if new:
            self._queued.update(new)
            self._queue.update(new)
            self.total += len(new)
            if not self.running:
                self.running = True
                self.cancelled = False
                self.pool.start(_Job(self))
        return self.total - self.done_count

    def _next(self) -> tuple[str, Path] | None:
        # dict.popitem is atomic under the GIL: the GUI thread may add while the worker pops.
        try:
            sha = next(iter(self._queue))
            return sha, self._queue.pop(sha)
        except (StopIteration, KeyError):
            return None

    def _job_done(self) -> None:
        self.running = False
        if self._queue and not self.cancelled:  # queued after the worker's last look
            self.running = True
            self.pool.start(_Job(self))
            return
        self.done_count = self.total = 0
        self._queued.clear()
        self.finished.emit()

    @property
    def busy(self) -> bool:
        return self.running

    def stop(self, wait_ms: int = 30_000) -> None:
        """Stop after the picture being read (the app is quitting)."""
        self.cancelled = True
        self._queue.clear()
        self.pool.waitForDone(wait_ms)


_READERS: dict[str, PictureReading] = {}


def picture_reading(data_dir: Path) -> PictureReading:
    """The one background reader for a data folder."""
    key = str(Path(data_dir))
    if key not in _READERS:
        _READERS[key] = PictureReading(Path(data_dir), QCoreApplication.instance())
    return _READERS[key]
