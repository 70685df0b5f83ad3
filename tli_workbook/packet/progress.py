"""Progress reporting with cancel, split into sub-ranges for each stage of an export."""

from __future__ import annotations

from collections.abc import Callable

from tli_workbook.packet.errors import ExportCancelled

ProgressCallback = Callable[[float, str], bool | None]


class Progress:
    """Maps a stage's own 0..1 onto a slice of the caller's 0..1 and raises ExportCancelled
    when the callback returns False (None counts as "carry on", so print() works too)."""

    def __init__(
        self,
        callback: ProgressCallback | None,
        start: float = 0.0,
        end: float = 1.0,
        _last: list[float] | None = None,
    ) -> None:
        self._callback = callback
        self._start = start
        self._end = end
        # Shared by every slice: a progress bar must never move backwards, even when a stage
        # (reportlab's multi-pass build) can only estimate how far it has come.
        self._last = _last if _last is not None else [0.0]

    def __call__(self, fraction: float, message: str) -> None:
        if self._callback is None:
            return
        f = self._start + (self._end - self._start) * min(1.0, max(0.0, fraction))
        f = max(f, self._last[0])
        self._last[0] = f
        if self._callback(f, message) is False:
            raise ExportCancelled()

    def finish(self, message: str) -> None:
        """Report 1.0 after the files are in place: too late to cancel, so the answer is
        ignored."""
        if self._callback is not None:
            self._last[0] = 1.0
            self._callback(1.0, message)

    def sub(self, start: float, end: float) -> Progress:
        span = self._end - self._start
        return Progress(
            self._callback, self._start + span * start, self._start + span * end, self._last
        )
