"""The credentials' titles, for the start screen's first paint.

Loading the catalog (YAML, every field type, validation) costs more than the rest of the
first paint together, and the list of workbooks needs only each credential's title. Each file's
top-level `id:` and `title:` lines are read as text; a file where either is not a plain
one-line value gives None, and the catalog is then loaded before the window as it always was.
The full catalog is loaded (and validated) right after the first paint, and the list takes
its titles from it from then on.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tli_workbook.paths import forms_dir

log = logging.getLogger(__name__)

# The team binder's credential id (definitions.binder, which imports the whole model).
TEAM_BINDER_ID = ""

_KEY = re.compile(r"^(id|title):[ \t]*(.*?)[ \t]*$", re.MULTILINE)
# YAML that is more than a plain scalar on one line: quotes, block scalars, anchors, tags,
# flow collections, comments, a value continued on the next line.
_NOT_PLAIN = re.compile(r"""^['"|>&*!%@`{\[]|\s#|:\s|^$""")


def _plain(value: str) -> str | None:
    return None if _NOT_PLAIN.search(value) else value


def _read(path: Path) -> tuple[str, str] | None:
    text = path.read_text(encoding="utf-8")
    found: dict[str, str | None] = {}
    for m in _KEY.finditer(text):
        if m.group(1) in found:
            continue
        # A plain scalar may go on over indented lines: then it is not one line.
        continued = text[m.end() + 1 : m.end() + 2] in (" ", "\t")
        found[m.group(1)] = None if continued else _plain(m.group(2))
        if len(found) == 2:
            break
    cid, title = found.get("id"), found.get("title")
    if cid != path.stem or title is None:
        return None
    return cid, title


def credential_titles(folder: Path | None = None) -> dict[str, str] | None:
    """Credential id -> title for every credential file, the team binder included; None when
    a file cannot be read this way (the caller loads the catalog)."""
    folder = folder or forms_dir() / "credentials"
    titles: dict[str, str] = {}
    try:
        files = sorted(p for p in folder.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))
        for path in files:
            got = _read(path)
            if got is None:
                log.info("%s: its title is not one plain line; loading the catalog", path)
                return None
            titles[got[0]] = got[1]
    except (OSError, UnicodeDecodeError):
        log.info("The credential titles could not be read", exc_info=True)
        return None
    if not titles:
        return None  # the catalog's own error says there are no definitions
    titles[TEAM_BINDER_ID] = QCoreApplication.translate("TeamBinder", "Team binder")
    return titles
