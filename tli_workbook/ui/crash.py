"""Unhandled exceptions: logged with their traceback, the user's work written to disk, and a
dialog that says what happened and where the log is. The app keeps running unless errors repeat
in a burst, in which case it saves and quits cleanly."""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from tli_workbook.logs import ThreadExceptionLogging, log

BURST_LIMIT = 5  # errors within BURST_SECONDS that make the app save and quit
BURST_SECONDS = 10.0


class CrashHandler:
    def __init__(
        self,
        log_path: Path | None,
        save_all: Callable[[], bool],
        show: Callable[[str, str, str], None],
        quit_app: Callable[[], object],
    ) -> None:
        self.log_path = log_path
        self.save_all = save_all
        self.show = show
        self.quit_app = quit_app
        self.recent: list[float] = []
        self._inside = False
        self.previous = sys.excepthook
        # A failure on a background thread (loading the dictionary, say) is logged; the
        # thread's owner reports it to the user if it matters.
        self.threads = ThreadExceptionLogging()

    def install(self) -> None:
        sys.excepthook = self
        self.threads.install()

    def uninstall(self) -> None:
        sys.excepthook = self.previous
        self.threads.uninstall()

    def __call__(
        self, etype: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(etype, value, tb))
        log.error("Unhandled exception:\n%s", text)
        if self._inside:  # an error while reporting an error: do not recurse
            return
        self._inside = True
        try:
            try:
                saved = self.save_all()
            except Exception:  # noqa: BLE001 (reporting must not fail)
                log.exception("Saving after an unhandled exception failed")
                saved = False
            now = time.monotonic()
            self.recent = [t for t in self.recent if now - t < BURST_SECONDS] + [now]
            fatal = len(self.recent) >= BURST_LIMIT
            where = (
                str(self.log_path)
                if self.log_path
                else QCoreApplication.translate(
                    "CrashHandler", "(no log file: the data folder is not writable)"
                )
            )
            state = (
                QCoreApplication.translate("CrashHandler", "Your work has been saved.")
                if saved
                else QCoreApplication.translate(
                    "CrashHandler",
                    "Some recent changes may not have been saved; the app will keep trying.",
                )
            )
            message = QCoreApplication.translate(
                "CrashHandler",
                "Something went wrong inside TLI Workbook: {error}\n\n"
                "{state}\n\nThe details are in the log file:\n{where}",
            ).format(error=f"{etype.__name__}: {value}", state=state, where=where)
            if fatal:
                message += QCoreApplication.translate(
                    "CrashHandler",
                    "\n\nThe same problem keeps happening, so the app will now close.",
                )
            self.show(
                QCoreApplication.translate("CrashHandler", "TLI Workbook ran into a problem"),
                message,
                text,
            )
            if fatal:
                self.quit_app()
        finally:
            self._inside = False
