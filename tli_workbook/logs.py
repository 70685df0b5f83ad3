"""The rotating log file in the data folder (logs/tli-workbook.log), and the hook that sends
exceptions ending a background thread there (Python only prints those to stderr, which a
desktop app does not have)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

LOG_DIR = "logs"
LOG_NAME = "tli-workbook.log"
log = logging.getLogger("tli_workbook")
# What start-up logs before the file is opened; more than this is not expected.
HELD_MAX = 1000


class _Held(logging.Handler):
    """Keeps the records logged before setup_logging, which passes them to the file. The GUI
    opens the file after its first paint: logging.handlers (with socket, pickle, queue) is
    not imported before it."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < HELD_MAX:
            self.records.append(record)


def hold_logging() -> None:
    """Keep what is logged from now on until setup_logging opens the file."""
    if not any(isinstance(h, _Held) for h in log.handlers):
        log.addHandler(_Held())
    log.setLevel(logging.INFO)


def setup_logging(data_dir: Path) -> Path | None:
    """Log to data/logs/tli-workbook.log (1 MB x 5). None if the folder is not writable."""
    import logging.handlers

    held = [h for h in log.handlers if isinstance(h, _Held)]
    for h in held:
        log.removeHandler(h)
    folder = Path(data_dir) / LOG_DIR
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in list(log.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            log.removeHandler(old)
            old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    for h in held:
        for record in h.records:
            handler.handle(record)
    return path


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "unknown"
    if args.exc_value is None:
        log.error("Unhandled %s in background thread %s", args.exc_type.__name__, name)
        return
    log.error(
        "Unhandled exception in background thread %s",
        name,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )


class ThreadExceptionLogging:
    """Installs _log_thread_exception as threading.excepthook, keeping the previous hook
    (which prints to stderr) after it; uninstall() puts the previous one back."""

    def __init__(self) -> None:
        self.previous = threading.excepthook

    def __call__(self, args: threading.ExceptHookArgs) -> None:
        _log_thread_exception(args)
        self.previous(args)

    def install(self) -> None:
        threading.excepthook = self

    def uninstall(self) -> None:
        if threading.excepthook is self:
            threading.excepthook = self.previous
