"""A workbook's snapshot read with the standard sqlite3 module, for commands that only read.

Importing SQLAlchemy and configuring its mappers costs a cold `export` a few hundred
milliseconds before it has read a single row. This reads the same rows the Store reads for
store/snapshot.py's build_snapshot and gives the same plain data, but only when it can read
them exactly as the Store would (like store/listing.py): a database at the current schema
revision that passes SQLite's quick check. Anything else gives None and the caller opens the
Store as before, which migrates, recovers or explains.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.store.database import DB_NAME, tolerant_json
from tli_workbook.store.errors import CorruptDatabaseError, NotFoundError
from tli_workbook.store.listing import connect_current
from tli_workbook.store.snapshot import Snapshot, WorkbookHeader, assemble, files_of

log = logging.getLogger(__name__)

FILES_DIR = "files"  # as store/repository.py keeps them: files/<sha[:2]>/<sha>
_STAMP = "%Y-%m-%dT%H:%M:%S"
# The Store waits this long for a program holding the file, so a reader here does too.
TIMEOUT_S = 10.0


def _json(value: Any) -> Any:
    # A JSON column has NUMERIC affinity: SQLite keeps a bare number as one (SQLAlchemy's
    # SQLite JSON type passes it through the same way); bytes are a BLOB that json reads.
    if value is None or isinstance(value, (int, float)):
        return value
    return tolerant_json(value)


def _time(value: object) -> datetime:
    # SQLAlchemy keeps DateTime in SQLite as "YYYY-MM-DD HH:MM:SS.ffffff".
    if not isinstance(value, str):
        raise ValueError(f"not a stored time: {value!r}")
    return datetime.fromisoformat(value)


def file_path(folder: Path, sha256: str) -> Path:
    """Where the Store keeps a file (Store.file_path, without opening the Store)."""
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise NotFoundError(
            QCoreApplication.translate("StoreErrors", "{sha256} is not a stored file name.").format(
                sha256=repr(sha256)
            )
        )
    return Path(folder) / FILES_DIR / sha256[:2] / sha256


def read_snapshot(folder: Path, workbook_id: int) -> Snapshot | None:
    """build_snapshot's result for the workbook, or None when the Store must read it.
    Raises NotFoundError for a workbook that is not there and CorruptDatabaseError when the
    quick check fails, as opening the Store would."""
    db = Path(folder) / DB_NAME
    try:
        if not db.exists() or db.stat().st_size == 0:
            return None
    except OSError:
        log.info("The workbook could not be read without the Store", exc_info=True)
        return None
    con = connect_current(db, TIMEOUT_S)
    if con is None:
        return None
    try:
        row = con.execute("PRAGMA quick_check(1)").fetchone()
        result = str(row[0]) if row else "no answer from quick_check"
        if result != "ok":
            raise CorruptDatabaseError(db, result)
        return _read(con, workbook_id)
    except (sqlite3.Error, ValueError, TypeError, KeyError):
        # Damage or a value that does not parse: the Store's own reading decides.
        log.info("The workbook could not be read without the Store", exc_info=True)
        return None
    finally:
        con.close()


def _read(con: sqlite3.Connection, wid: int) -> Snapshot:
    head = con.execute(
        "SELECT title, credential_id, fellow, created_at, modified_at FROM workbooks WHERE id = ?",
        (wid,),
    ).fetchone()
    if head is None:
        raise NotFoundError(
            QCoreApplication.translate(
                "StoreErrors", "There is no workbook with id {workbook_id}."
            ).format(workbook_id=wid)
        )
    title, credential, fellow, created, modified = head

    def rows(sql: str) -> list[Any]:
        return con.execute(sql, (wid,)).fetchall()

    order = "WHERE workbook_id = ? ORDER BY position, id"
    artifacts = [
        {
            "id": uid,
            "part": part,
            "title": t,
            "filename": filename,
            "file": sha,
            "url": url,
            "description": description,
            "fields": _json(fields) or {},
            "markup": _json(markup) or [],
        }
        for uid, part, t, filename, sha, url, description, fields, markup in rows(
            "SELECT uid, part_id, title, filename, file_sha256, url, description, fields, "
            f"markup FROM artifacts {order}"
        )
    ]
    answers = {k: _json(v) for k, v in rows("SELECT key, value FROM answers WHERE workbook_id = ?")}

    def file_info(sha: str) -> dict[str, Any]:
        got = con.execute("SELECT size, media_type FROM files WHERE sha256 = ?", (sha,)).fetchone()
        if got is None:
            raise NotFoundError(
                QCoreApplication.translate("StoreErrors", "No stored file {sha256}.").format(
                    sha256=sha
                )
            )
        return {"size": got[0], "media_type": got[1]}

    entries = [
        {
            "id": uid,
            "ring": ring,
            "text": text,
            "note": note,
            "color": color,
            "x": x,
            "y": y,
            "free": bool(free),
            "size": size,
            "wrap": wrap,
        }
        for uid, ring, text, note, color, x, y, free, size, wrap in rows(
            f"SELECT uid, ring, text, note, color, x, y, free, size, wrap FROM map_entries {order}"
        )
    ]
    strokes = [
        {"id": uid, "kind": kind, "color": color, "width": width, "points": _json(points)}
        for uid, kind, color, width, points in rows(
            f"SELECT uid, kind, color, width, points FROM map_strokes {order}"
        )
    ]
    respondents = [
        {"id": uid, "part": part, "role": role, "method": method, "answers": _json(a) or {}}
        for uid, part, role, method, a in rows(
            f"SELECT uid, part_id, role, method, answers FROM respondents {order}"
        )
    ]
    tools = [
        {
            "id": uid,
            "tool": tool,
            "title": t,
            "in_packet": bool(in_packet),
            "created": _time(c).strftime(_STAMP),
            "updated": _time(u).strftime(_STAMP),
        }
        for uid, tool, t, in_packet, c, u in rows(
            "SELECT uid, tool_id, title, in_packet, created_at, updated_at FROM tool_copies "
            f"{order}"
        )
    ]
    header: WorkbookHeader = {
        "title": title,
        "credential": credential,
        "fellow": bool(fellow),
        "created": _time(created).strftime(_STAMP),
        "modified": _time(modified).strftime(_STAMP),
    }
    return assemble(
        header,
        answers,
        entries,
        strokes,
        artifacts,
        respondents,
        tools,
        files_of(artifacts, answers, file_info),
    )
