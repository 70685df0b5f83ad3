"""The rotating log file in the data folder (logs/tli-workbook.log)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_DIR = "logs"
LOG_NAME = "tli-workbook.log"
log = logging.getLogger("tli_workbook")


def setup_logging(data_dir: Path) -> Path | None:
    """Log to data/logs/tli-workbook.log (1 MB x 5). None if the folder is not writable."""
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
    return path
