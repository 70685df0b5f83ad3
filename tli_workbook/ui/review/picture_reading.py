"""Reading the text in pictures off the GUI thread, with progress.

One reader per data folder, shared by the Privacy and Readiness pages: each asks for the
pictures its scan found unread, the worker reads them one at a time (results land in the OCR
cache), and `finished` tells the pages to scan again from the cache.

The reading runs as one job on the app's task runner (ui/tasks.py), one picture at a time:
ONNX Runtime already uses every core. The job only waits: the engine loads and reads in a
child process (artifacts/ocr_process.py), whose work never holds the GUI's interpreter.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from tli_workbook.artifacts.ocr import OcrUnavailable, PictureReader
from tli_workbook.artifacts.ocr_process import in_child, ocr_process
from tli_workbook.ui.tasks import Task, runner

log = logging.getLogger(__name__)


class PictureReading(QObject):
    """Queue pictures to read; emits progress(done, total) and finished() (GUI thread)."""

    progress = Signal(int, int)
    finished = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._task: Task[None] | None = None
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
                self._start()
        return self.total - self.done_count

    def _start(self) -> None:
        self._task = runner().run(
            self._work,
            lambda _none: self._job_done(),
            label=QCoreApplication.translate("PictureReading", "reading the text in pictures"),
            on_failure=lambda _exc: self._job_done(),
            on_cancelled=self._job_done,
        )

    def _work(self, task: Task[None]) -> None:  # worker thread: no widgets, only the cache
        reader = PictureReader(self.data_dir, read=ocr_process().read if in_child() else None)
        while not (self.cancelled or task.cancelled):
            item = self._next()
            if item is None:
                break
            sha, path = item
            try:
                doc = reader(sha, path)
                if doc is None or (doc.error and reader.cache.get(sha) is None):
                    self.failed.add(sha)  # the engine did not start: not the file's fault
            except OcrUnavailable:
                log.warning("the OCR engine is not available; pictures stay unread")
                self.failed.add(sha)
            except Exception:  # noqa: BLE001 - one bad file must not stop the others
                log.exception("reading the text in %s failed", path.name)
                self.failed.add(sha)
            self.done_count += 1
            task.post(self.progress.emit, self.done_count, self.total)

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
            self._start()
            return
        self.done_count = self.total = 0
        self._queued.clear()
        self.finished.emit()

    @property
    def busy(self) -> bool:
        return self.running

    def stop(self) -> None:
        """Stop after the picture being read (the app is quitting; the window waits for the
        runner's jobs before it closes the database)."""
        self.cancelled = True
        self._queue.clear()
        if self._task is not None:
            self._task.cancel()
        ocr_process().stop()  # the picture being read fails at once: quitting does not wait


_READERS: dict[str, PictureReading] = {}


def picture_reading(data_dir: Path) -> PictureReading:
    """The one background reader for a data folder."""
    key = str(Path(data_dir))
    if key not in _READERS:
        _READERS[key] = PictureReading(Path(data_dir), QCoreApplication.instance())
    return _READERS[key]
