"""The store: the only code that talks SQL. One session per operation, committed before
returning, so "saved" always means "on disk"."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import shutil
import uuid
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, cast

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tli_workbook.atomic_write import create_temp, replace
from tli_workbook.definitions.keys import TOOL_PREFIX, tool_copy_prefix, tool_key
from tli_workbook.store.database import DB_NAME, open_database
from tli_workbook.store.errors import FileTooLargeError, NotFoundError, StoreError
from tli_workbook.store.journal import JournalLostError
from tli_workbook.store.listing import WorkbookInfo, summary_of
from tli_workbook.store.models import (
    Answer,
    Artifact,
    MapEntry,
    MapStroke,
    Respondent,
    Setting,
    StoredFile,
    ToolCopy,
    Workbook,
    utcnow,
)

if TYPE_CHECKING:
    from tli_workbook.store.snapshot import Snapshot

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 200 * 1024 * 1024  # per attached file; documented in the README
MAX_TITLE_CHARS = 200


def _checked_title(title: str) -> str:
    """A workbook title as typed, or StoreError saying it is too long (never cut silently)."""
    title = " ".join(title.split())  # no line breaks or tabs in a title
    if len(title) > MAX_TITLE_CHARS:
        raise StoreError(
            QCoreApplication.translate(
                "StoreErrors",
                "A workbook title can be at most {most} characters; this one has "
                "{n:,}. Shorten it and try again.",
            ).format(most=MAX_TITLE_CHARS, n=len(title))
        )
    return title


FILES_DIR = "files"


class NewArtifactFile(NamedTuple):
    """A file copied in by Store.copy_file_in, to be recorded with a new artifact of it by
    Store.add_artifact_files; `data` holds the artifact's keys ("part", "title", ...)."""

    data: Mapping[str, Any]
    sha256: str
    size: int
    media_type: str


def new_uid() -> str:
    return uuid.uuid4().hex


def _info(w: Workbook) -> WorkbookInfo:
    summary = summary_of(w.summary_done, w.summary_total, w.summary_at, w.modified_at)
    return WorkbookInfo(
        w.id, w.uid, w.title, w.credential_id, w.fellow, w.created_at, w.modified_at, summary
    )


def _write_probe(folder: Path | None) -> int | None:
    """The errno of writing a small file in folder, None when that works (or no folder)."""
    if folder is None:
        return None
    probe = folder / f".tli-write-probe-{os.getpid()}"
    try:
        with open(probe, "wb") as fh:
            fh.write(b"x")
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as exc:
        return exc.errno or errno.EIO
    return None


def _friendly(exc: OperationalError, folder: Path | None = None) -> StoreError:
    text = (str(exc.orig) if exc.orig else str(exc)).lower()
    if "disk i/o error" in text or "unable to open" in text or "readonly" in text:
        # SQLite says only "disk I/O error"; the folder says what it is.
        why = _write_probe(folder)
        if why == errno.EROFS:
            return StoreError(
                QCoreApplication.translate(
                    "StoreErrors",
                    "The disk holding your workbooks has become read-only (it may have been "
                    "unplugged, switched to read-only or checked for errors), so changes cannot "
                    "be saved. Your text is still on screen and is saved again once the disk "
                    "can be written; if this goes on, save your work elsewhere and restart.",
                )
            )
        if why in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            text = "disk is full"
        elif why in (errno.EACCES, errno.EPERM):
            text = "readonly"
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError(
            QCoreApplication.translate(
                "StoreErrors",
                "The disk is full, so the last change could not be saved. Free some space (your "
                "text is still on screen) and it will be saved again.",
            )
        )
    if "locked" in text:
        return StoreError(
            QCoreApplication.translate(
                "StoreErrors",
                "Another program is using the workbooks file (it is busy in another program), "
                "so the last change could not be saved yet. It will be saved again in a moment; "
                "close the other program if this goes on.",
            )
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            QCoreApplication.translate(
                "StoreErrors",
                "The data folder is read-only, so changes cannot be saved. Check its "
                "permissions or choose another data folder (--data-dir).",
            )
        )
    if "disk i/o error" in text:
        return StoreError(
            QCoreApplication.translate(
                "StoreErrors",
                "The workbooks file could not be written (the disk reported an error, or the "
                "folder became read-only, or a file beside it was removed). Your text is still "
                "on screen and will be saved again; if this goes on, check the disk and restart.",
            )
        )
    return StoreError(
        QCoreApplication.translate("StoreErrors", "The database reported a problem: {text}").format(
            text=text
        )
    )


class Store:
    """All reads and writes of workbooks and their parts."""

    def __init__(self, data_dir: Path, engine: Engine | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / DB_NAME
        self.engine = engine or open_database(self.db_path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._wal_id: tuple[int, int] | None = None  # the -wal file this store writes through
        # Set when a removed journal made the store save a fresh copy: the window says so.
        self.journal_notice: str | None = None

    def close(self) -> None:
        self.engine.dispose()

    def check_journal(self) -> None:
        """Raise JournalLostError (after saving a fresh copy) when the database's -wal file
        was removed or replaced under this store; every write checks, and the window checks
        before its backups."""
        from tli_workbook.store.journal import (
            others_see_what_we_wrote,
            save_fresh_copy,
            wal_identity,
        )

        now = wal_identity(self.db_path)
        if now is not None and now == self._wal_id:
            return
        pool: Any = self.engine.pool
        if now is None and pool.checkedin() + pool.checkedout() == 0:
            # Every connection closed (SQLite removes the journal itself then): no loss.
            self._wal_id = None
            return
        raw = self.engine.raw_connection()
        try:
            con = raw.driver_connection
            if now is not None and (
                self._wal_id is None or others_see_what_we_wrote(con, self.db_path)  # type: ignore[arg-type]
            ):
                self._wal_id = now  # the first write of this store, or a new journal
                return
            # No -wal file after a write in WAL mode (or another one that does not hold what
            # we wrote): it was removed under us.
            mode = con.execute("PRAGMA journal_mode").fetchone()  # type: ignore[union-attr]
            if not mode or str(mode[0]).lower() != "wal":
                return
            aside = save_fresh_copy(raw.driver_connection, self.data_dir)  # type: ignore[arg-type]
        finally:
            raw.close()
        self.engine.dispose()
        self.engine = open_database(self.db_path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._wal_id = None
        error = JournalLostError(aside)
        self.journal_notice = str(error)
        raise error

    @contextlib.contextmanager
    def _write(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            session.close()
            try:
                self.check_journal()  # a removed journal shows as "disk I/O error"
            except JournalLostError:
                raise
            except Exception:
                log.warning("Could not check the journal after a failed write", exc_info=True)
            raise _friendly(exc, self.data_dir) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        self.check_journal()

    @contextlib.contextmanager
    def _read(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        except OperationalError as exc:
            raise _friendly(exc, self.data_dir) from exc
        finally:
            session.close()

    # ----- workbooks -------------------------------------------------------------------------

    def list_workbooks(self) -> list[WorkbookInfo]:
        with self._read() as s:
            rows = s.scalars(select(Workbook).order_by(Workbook.modified_at.desc())).all()
            return [_info(w) for w in rows]

    def workbook(self, workbook_id: int) -> WorkbookInfo:
        with self._read() as s:
            return _info(self._get(s, workbook_id))

    @staticmethod
    def _get(s: Session, workbook_id: int) -> Workbook:
        w = s.get(Workbook, workbook_id)
        if w is None:
            raise NotFoundError(
                QCoreApplication.translate(
                    "StoreErrors", "There is no workbook with id {workbook_id}."
                ).format(workbook_id=workbook_id)
            )
        return w

    def create_workbook(self, credential_id: str, title: str, fellow: bool = False) -> int:
        title = _checked_title(title) or QCoreApplication.translate("Store", "Untitled workbook")
        with self._write() as s:
            w = Workbook(uid=new_uid(), title=title, credential_id=credential_id, fellow=fellow)
            s.add(w)
            s.flush()
            return w.id

    def rename_workbook(self, workbook_id: int, title: str) -> None:
        with self._write() as s:
            w = self._get(s, workbook_id)
            w.title = _checked_title(title) or w.title
            w.modified_at = utcnow()

    def delete_workbook(self, workbook_id: int) -> None:
        with self._write() as s:
            s.delete(self._get(s, workbook_id))

    def duplicate_workbook(self, workbook_id: int, title: str | None = None) -> int:
        snap = self.snapshot(workbook_id)
        snap["workbook"]["title"] = title or f"{snap['workbook']['title']} (copy)"
        return self.import_snapshot(snap, file_source=self.file_path)

    def set_summary(
        self, workbook_id: int, done: int, total: int, counted_at: datetime | None = None
    ) -> None:
        """Keep a workbook's progress for the start screen (its modified_at is not changed: a
        summary is not an edit). counted_at: the modified_at of the state that was counted,
        when it was counted elsewhere (on a worker thread); an edit since then leaves the
        summary out of date, so it is counted again. Default: the current state."""
        with self._write() as s:
            w = self._get(s, workbook_id)
            at = w.modified_at if counted_at is None else min(counted_at, w.modified_at)
            w.summary_done, w.summary_total, w.summary_at = done, total, at

    def tool_copy_counts(self) -> dict[int, int]:
        """How many tool copies each workbook holds (a team binder's progress), one query."""
        with self._read() as s:
            rows = s.execute(
                select(ToolCopy.workbook_id, func.count()).group_by(ToolCopy.workbook_id)
            ).all()
            return {wid: n for wid, n in rows}

    def _touch(self, s: Session, workbook_id: int) -> None:
        self._get(s, workbook_id).modified_at = utcnow()

    # ----- answers ---------------------------------------------------------------------------

    def answers(self, workbook_id: int) -> dict[str, Any]:
        with self._read() as s:
            rows = s.execute(
                select(Answer.key, Answer.value).where(Answer.workbook_id == workbook_id)
            ).all()
            return {k: v for k, v in rows}

    def answer(self, workbook_id: int, key: str, default: Any = None) -> Any:
        with self._read() as s:
            v = s.scalar(
                select(Answer.value).where(Answer.workbook_id == workbook_id, Answer.key == key)
            )
            return default if v is None else v

    def set_answers(self, workbook_id: int, values: Mapping[str, Any]) -> None:
        """Save several answers in one transaction (None deletes an answer)."""
        if not values:
            return
        # Core statements on the tables, not ORM objects: autosave runs this every half second
        # of typing on its writer thread, and the ORM's bookkeeping there (~4 ms of Python)
        # holds the interpreter the GUI thread needs between two keystrokes.
        answers, workbooks = cast(Table, Answer.__table__), cast(Table, Workbook.__table__)
        with self._write() as s:
            now = utcnow()
            touched = s.execute(
                update(workbooks).where(workbooks.c.id == workbook_id).values(modified_at=now)
            )
            if not touched.rowcount:  # type: ignore[attr-defined]
                self._get(s, workbook_id)  # raises NotFoundError
            # Only the ids of the rows there: loading their values would decode a pasted
            # megabyte again at every autosave just to overwrite it.
            existing = dict(
                s.execute(
                    select(answers.c.key, answers.c.id).where(
                        answers.c.workbook_id == workbook_id, answers.c.key.in_(list(values))
                    )
                ).all()
            )
            _touch_tool_copies(s, workbook_id, values, now)
            gone = [existing[k] for k, v in values.items() if v is None and k in existing]
            if gone:
                s.execute(delete(answers).where(answers.c.id.in_(gone)))
            changed = [
                {"answer_id": existing[k], "value": v, "modified_at": now}
                for k, v in values.items()
                if v is not None and k in existing
            ]
            if changed:
                s.execute(
                    update(answers).where(answers.c.id == bindparam("answer_id")),
                    changed,
                )
            added = [
                {"workbook_id": workbook_id, "key": k, "value": v, "modified_at": now}
                for k, v in values.items()
                if v is not None and k not in existing
            ]
            if added:
                s.execute(insert(answers), added)

    def set_answer(self, workbook_id: int, key: str, value: Any) -> None:
        self.set_answers(workbook_id, {key: value})

    # ----- circle map ------------------------------------------------------------------------

    def map_entries(self, workbook_id: int) -> list[dict[str, Any]]:
        with self._read() as s:
            rows = s.scalars(
                select(MapEntry)
                .where(MapEntry.workbook_id == workbook_id)
                .order_by(MapEntry.position, MapEntry.id)
            ).all()
            return [_entry_dict(e) for e in rows]

    def map_strokes(self, workbook_id: int) -> list[dict[str, Any]]:
        with self._read() as s:
            rows = s.scalars(
                select(MapStroke)
                .where(MapStroke.workbook_id == workbook_id)
                .order_by(MapStroke.position, MapStroke.id)
            ).all()
            return [_stroke_dict(st) for st in rows]

    def save_map(
        self,
        workbook_id: int,
        entries: Sequence[Mapping[str, Any]] | None = None,
        strokes: Sequence[Mapping[str, Any]] | None = None,
    ) -> None:
        """Replace the map's entries and/or strokes (by uid; rows not given are removed)."""
        with self._write() as s:
            self._touch(s, workbook_id)
            if entries is not None:
                _sync(s, MapEntry, workbook_id, entries, _ENTRY_FIELDS)
            if strokes is not None:
                _sync(s, MapStroke, workbook_id, strokes, _STROKE_FIELDS)

    def upsert_map_entry(self, workbook_id: int, entry: Mapping[str, Any]) -> str:
        with self._write() as s:
            self._touch(s, workbook_id)
            return _upsert(s, MapEntry, workbook_id, entry, _ENTRY_FIELDS)

    def delete_map_entry(self, workbook_id: int, uid: str) -> None:
        with self._write() as s:
            self._touch(s, workbook_id)
            s.execute(
                delete(MapEntry).where(MapEntry.workbook_id == workbook_id, MapEntry.uid == uid)
            )

    # ----- stored files ----------------------------------------------------------------------

    @property
    def files_dir(self) -> Path:
        return self.data_dir / FILES_DIR

    def file_path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise NotFoundError(
                QCoreApplication.translate(
                    "StoreErrors", "{sha256} is not a stored file name."
                ).format(sha256=repr(sha256))
            )
        return self.files_dir / sha256[:2] / sha256

    def add_file(
        self, source: Path | BinaryIO, media_type: str = "application/octet-stream"
    ) -> str:
        """Copy a file into the store (content-addressed, deduplicated); return its SHA-256.

        Bytes go to a temporary file in the store first and are renamed into place, so a crash
        or a full disk never leaves a half-written stored file.
        """
        sha, size = self.copy_file_in(source)
        with self._write() as s:
            _record_files(s, [(sha, size, media_type)])
        return sha

    def copy_file_in(self, source: Path | BinaryIO) -> tuple[str, int]:
        """The copying half of add_file: the bytes copied, flushed to disk, hashed and renamed
        into place under their SHA-256; returns (sha256, size). Not recorded yet: add_file or
        add_artifact_files does that. A copy never recorded (a batch that failed) is an
        unreferenced blob, which harms nothing. Safe to call from several threads."""
        self.files_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = create_temp(self.files_dir, "incoming")
        try:
            if isinstance(source, Path):
                os.close(fd)
                if source.stat().st_size > MAX_FILE_BYTES:
                    raise _too_large()
                # The operating system's own copy (sendfile, fcopyfile): no byte passes
                # through Python, and the interpreter is free for the window meanwhile.
                shutil.copyfile(source, tmp)
            else:
                with os.fdopen(fd, "wb") as out:
                    _copy_stream(source, out)
            with open(tmp, "r+b") as fh:  # written to: Windows flushes only such a handle
                os.fsync(fh.fileno())
                size = os.fstat(fh.fileno()).st_size
                if size > MAX_FILE_BYTES:  # grew while it was copied
                    raise _too_large()
                # The copy's own bytes are hashed, so the name always matches what is stored
                # (the original may change meanwhile). Read in chunks, outside the
                # interpreter lock, into one buffer.
                sha = hashlib.file_digest(fh, "sha256").hexdigest()
            final = self.file_path(sha)
            if final.exists() and final.stat().st_size == size:
                tmp.unlink()
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                replace(tmp, final)
            return sha, size
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise StoreError(
                    QCoreApplication.translate(
                        "StoreErrors",
                        "The disk is full, so the file could not be copied into your workbook. "
                        "Free some space and attach it again; nothing else was changed.",
                    )
                ) from exc
            raise
        finally:
            if tmp.exists():
                tmp.unlink()

    def add_artifact_files(
        self, workbook_id: int, items: Sequence[NewArtifactFile]
    ) -> list[tuple[str, bool, dict[str, Any] | None]]:
        """Record files copied in by copy_file_in and, in the same transaction, a new artifact
        of each with its `data` ("part" among it), unless that part has an artifact of that
        file already: attaching a batch records together the files that are ready together
        (one commit, one flush of the journal, for them all). For each, in order: (id, True,
        the new artifact as artifact() gives it) or (the id of the part's artifact of that
        file already there, False, None)."""
        # Core statements, not ORM objects: the ORM's bookkeeping was most of the cost of
        # recording a file (~3 ms of Python each, holding the interpreter the GUI thread
        # needs while the cards of the batch appear).
        artifacts, workbooks = cast(Table, Artifact.__table__), cast(Table, Workbook.__table__)
        out: list[tuple[str, bool, dict[str, Any] | None]] = []
        if not items:
            return out
        with self._write() as s:
            touched = s.execute(
                update(workbooks).where(workbooks.c.id == workbook_id).values(modified_at=utcnow())
            )
            if not touched.rowcount:  # type: ignore[attr-defined]
                self._get(s, workbook_id)  # raises NotFoundError
            _record_files(s, [(i.sha256, i.size, i.media_type) for i in items])
            shas = list({i.sha256 for i in items})
            there: dict[tuple[str, str], str] = {}
            for part, sha, uid in s.execute(
                select(artifacts.c.part_id, artifacts.c.file_sha256, artifacts.c.uid)
                .where(artifacts.c.workbook_id == workbook_id, artifacts.c.file_sha256.in_(shas))
                .order_by(artifacts.c.position.desc(), artifacts.c.id.desc())
            ):
                there[(part, sha)] = uid  # the last written wins: the first in order
            top = s.scalar(
                select(func.max(artifacts.c.position)).where(artifacts.c.workbook_id == workbook_id)
            )
            position = 0 if top is None else int(top) + 1
            rows = []
            for item in items:
                part = str(item.data.get("part") or "")
                same = there.get((part, item.sha256))
                if same is not None:
                    out.append((same, False, None))
                    continue
                uid = str(item.data.get("id") or new_uid())
                there[(part, item.sha256)] = uid  # the same file twice in one batch
                rec = {
                    "id": uid,
                    "part": part,
                    "title": str(item.data.get("title") or ""),
                    "filename": str(item.data.get("filename") or ""),
                    "file": item.sha256,
                    "url": str(item.data.get("url") or ""),
                    "description": str(item.data.get("description") or ""),
                    "fields": dict(item.data.get("fields") or {}),
                    "markup": list(item.data.get("markup") or []),
                }
                rows.append(
                    {
                        "workbook_id": workbook_id,
                        "uid": uid,
                        "position": position,
                        **{_ARTIFACT_FIELDS[k]: v for k, v in rec.items() if k != "id"},
                    }
                )
                position += 1
                out.append((uid, True, rec))
            if rows:
                s.execute(insert(artifacts), rows)
        return out

    def file_info(self, sha256: str) -> dict[str, Any]:
        with self._read() as s:
            f = s.get(StoredFile, sha256)
            if f is None:
                raise NotFoundError(
                    QCoreApplication.translate("StoreErrors", "No stored file {sha256}.").format(
                        sha256=sha256
                    )
                )
            return {"sha256": f.sha256, "size": f.size, "media_type": f.media_type}

    # ----- artifacts and respondents ---------------------------------------------------------

    def artifacts(self, workbook_id: int, part_id: str | None = None) -> list[dict[str, Any]]:
        return self._list(Artifact, workbook_id, part_id, _artifact_dict)

    def artifact(self, workbook_id: int, uid: str) -> dict[str, Any] | None:
        """One artifact, as artifacts() lists it, or None: attaching a batch reads back each
        new record by itself, not the whole part's list again."""
        with self._read() as s:
            row = s.scalar(
                select(Artifact).where(Artifact.workbook_id == workbook_id, Artifact.uid == uid)
            )
            return None if row is None else _artifact_dict(row)

    def respondents(self, workbook_id: int, part_id: str | None = None) -> list[dict[str, Any]]:
        return self._list(Respondent, workbook_id, part_id, _respondent_dict)

    def _list(self, model: Any, workbook_id: int, part_id: str | None, conv: Any) -> list[Any]:
        with self._read() as s:
            q = select(model).where(model.workbook_id == workbook_id)
            if part_id is not None:
                q = q.where(model.part_id == part_id)
            return [conv(r) for r in s.scalars(q.order_by(model.position, model.id))]

    def upsert_artifact(self, workbook_id: int, data: Mapping[str, Any]) -> str:
        with self._write() as s:
            self._touch(s, workbook_id)
            return _upsert(s, Artifact, workbook_id, data, _ARTIFACT_FIELDS)

    def upsert_respondent(self, workbook_id: int, data: Mapping[str, Any]) -> str:
        with self._write() as s:
            self._touch(s, workbook_id)
            return _upsert(s, Respondent, workbook_id, data, _RESPONDENT_FIELDS)

    def delete_artifact(self, workbook_id: int, uid: str) -> None:
        self._delete(Artifact, workbook_id, uid)

    def delete_respondent(self, workbook_id: int, uid: str) -> None:
        self._delete(Respondent, workbook_id, uid)

    def _delete(self, model: Any, workbook_id: int, uid: str) -> None:
        with self._write() as s:
            self._touch(s, workbook_id)
            s.execute(delete(model).where(model.workbook_id == workbook_id, model.uid == uid))

    def reorder(self, kind: str, workbook_id: int, uids: list[str]) -> None:
        model: Any = {
            "artifacts": Artifact,
            "respondents": Respondent,
            "entries": MapEntry,
            "tools": ToolCopy,
        }[kind]
        with self._write() as s:
            self._touch(s, workbook_id)
            rows = {
                r.uid: r for r in s.scalars(select(model).where(model.workbook_id == workbook_id))
            }
            for i, uid in enumerate(uids):
                if uid in rows:
                    rows[uid].position = i

    # ----- guidebook tool copies --------------------------------------------------------------

    def tool_copies(self, workbook_id: int) -> list[dict[str, Any]]:
        return self._list(ToolCopy, workbook_id, None, _tool_dict)

    def tool_copy(self, workbook_id: int, copy_id: str) -> dict[str, Any]:
        with self._read() as s:
            return _tool_dict(self._get_copy(s, workbook_id, copy_id))

    @staticmethod
    def _get_copy(s: Session, workbook_id: int, copy_id: str) -> ToolCopy:
        row = s.scalar(
            select(ToolCopy).where(ToolCopy.workbook_id == workbook_id, ToolCopy.uid == copy_id)
        )
        if row is None:
            raise NotFoundError(
                QCoreApplication.translate(
                    "StoreErrors", "This workbook has no tool copy {copy}."
                ).format(copy=repr(copy_id))
            )
        return row

    def add_tool_copy(
        self,
        workbook_id: int,
        tool_id: str,
        title: str,
        answers: Mapping[str, Any] | None = None,
        copy_id: str | None = None,
        position: int | None = None,
        in_packet: bool = False,
    ) -> str:
        """A new copy of a tool, with its answers given by field id (in one transaction)."""
        with self._write() as s:
            self._touch(s, workbook_id)
            uid = copy_id or new_uid()
            data: dict[str, Any] = {"id": uid, "tool": tool_id, "title": title[:300]}
            data["in_packet"] = in_packet
            if position is not None:
                # Make room: a restored copy goes back where it was.
                for row in s.scalars(
                    select(ToolCopy).where(
                        ToolCopy.workbook_id == workbook_id, ToolCopy.position >= position
                    )
                ):
                    row.position += 1
                data["position"] = position
            _upsert(s, ToolCopy, workbook_id, data, _TOOL_FIELDS)
            now = utcnow()
            for fid, value in (answers or {}).items():
                if value is not None:
                    s.add(
                        Answer(
                            workbook_id=workbook_id,
                            key=tool_key(uid, fid),
                            value=value,
                            modified_at=now,
                        )
                    )
            return uid

    def update_tool_copy(
        self,
        workbook_id: int,
        copy_id: str,
        *,
        title: str | None = None,
        in_packet: bool | None = None,
    ) -> None:
        with self._write() as s:
            self._touch(s, workbook_id)
            row = self._get_copy(s, workbook_id, copy_id)
            if title is not None and title.strip():
                row.title = title.strip()[:300]
            if in_packet is not None:
                row.in_packet = bool(in_packet)
            row.updated_at = utcnow()

    def tool_copy_answers(self, workbook_id: int, copy_id: str) -> dict[str, Any]:
        """The copy's answers by field id."""
        prefix = tool_copy_prefix(copy_id)
        with self._read() as s:
            rows = s.execute(
                select(Answer.key, Answer.value).where(
                    Answer.workbook_id == workbook_id, Answer.key.startswith(prefix)
                )
            ).all()
            return {k[len(prefix) :]: v for k, v in rows}

    def delete_tool_copy(
        self, workbook_id: int, copy_id: str
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Remove a copy and its answers; return both (record with its position, answers by
        field id) so the deletion can be undone with add_tool_copy."""
        prefix = tool_copy_prefix(copy_id)
        with self._write() as s:
            self._touch(s, workbook_id)
            row = self._get_copy(s, workbook_id, copy_id)
            record = {**_tool_dict(row), "position": row.position}
            rows = s.scalars(
                select(Answer).where(
                    Answer.workbook_id == workbook_id, Answer.key.startswith(prefix)
                )
            ).all()
            answers = {a.key[len(prefix) :]: a.value for a in rows}
            for a in rows:
                s.delete(a)
            s.delete(row)
            return record, answers

    def duplicate_tool_copy(self, workbook_id: int, copy_id: str, title: str) -> str:
        record = self.tool_copy(workbook_id, copy_id)
        answers = self.tool_copy_answers(workbook_id, copy_id)
        return self.add_tool_copy(workbook_id, record["tool"], title, answers)

    # ----- settings --------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        with self._read() as s:
            row = s.get(Setting, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self._write() as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value

    # ----- snapshots (archive, duplicate, export) --------------------------------------------

    def snapshot(self, workbook_id: int) -> Snapshot:
        """The whole workbook as plain data: the content of an archive's workbook.json."""
        from tli_workbook.store.snapshot import build_snapshot

        return build_snapshot(self, workbook_id)

    def import_snapshot(self, snap: Snapshot | Mapping[str, Any], file_source: Any) -> int:
        from tli_workbook.store.snapshot import import_snapshot

        return import_snapshot(self, snap, file_source)

    def insert_snapshot(self, snap: Mapping[str, Any], sha_ok: set[str]) -> int:
        """Insert a snapshot as a new workbook in one transaction; return its id.

        The snapshot must be validated (store.snapshot.validate_snapshot) and its files already
        stored: sha_ok names those present, and references to any other file are dropped.
        import_snapshot does both; call that unless you already have."""
        wb = snap["workbook"]
        with self._write() as s:
            w = Workbook(
                uid=new_uid(),
                title=str(wb["title"])[:200],
                credential_id=wb["credential"],
                fellow=bool(wb.get("fellow", False)),
            )
            s.add(w)
            s.flush()
            for key, value in snap.get("answers", {}).items():
                s.add(Answer(workbook_id=w.id, key=key, value=value))
            cmap = snap.get("circle_map", {})
            for i, e in enumerate(cmap.get("entries", [])):
                _upsert(s, MapEntry, w.id, {"position": i, **e}, _ENTRY_FIELDS)
            for i, st in enumerate(cmap.get("strokes", [])):
                _upsert(s, MapStroke, w.id, {"position": i, **st}, _STROKE_FIELDS)
            for i, a in enumerate(snap.get("artifacts", [])):
                a = dict(a)
                if a.get("file") and a["file"] not in sha_ok:
                    a["file"] = None
                _upsert(s, Artifact, w.id, {"position": i, **a}, _ARTIFACT_FIELDS)
            for i, r in enumerate(snap.get("respondents", [])):
                _upsert(s, Respondent, w.id, {"position": i, **r}, _RESPONDENT_FIELDS)
            for i, t in enumerate(snap.get("tools", [])):
                row_data: dict[str, Any] = {"position": i, **t}
                for stamp in ("created", "updated"):
                    if stamp in row_data:
                        row_data[stamp] = _parse_stamp(row_data[stamp])
                _upsert(s, ToolCopy, w.id, row_data, _TOOL_FIELDS)
            return w.id

    def count_workbooks(self) -> int:
        with self._read() as s:
            return int(s.scalar(select(func.count()).select_from(Workbook)) or 0)


# Field lists: snapshot key -> column name. The snapshot uses short, stable names.
_ENTRY_FIELDS = {
    "ring": "ring",
    "text": "text",
    "note": "note",
    "color": "color",
    "x": "x",
    "y": "y",
    "free": "free",
    "size": "size",
    "wrap": "wrap",
    "position": "position",
}
_STROKE_FIELDS = {
    "kind": "kind",
    "color": "color",
    "width": "width",
    "points": "points",
    "position": "position",
}
_ARTIFACT_FIELDS = {
    "part": "part_id",
    "title": "title",
    "filename": "filename",
    "file": "file_sha256",
    "url": "url",
    "description": "description",
    "fields": "fields",
    "markup": "markup",
    "position": "position",
}
_TOOL_FIELDS = {
    "tool": "tool_id",
    "title": "title",
    "in_packet": "in_packet",
    "position": "position",
    "created": "created_at",
    "updated": "updated_at",
}
_STAMP = "%Y-%m-%dT%H:%M:%S"
_RESPONDENT_FIELDS = {
    "part": "part_id",
    "role": "role",
    "method": "method",
    "answers": "answers",
    "position": "position",
}


def _too_large() -> FileTooLargeError:
    return FileTooLargeError(
        QCoreApplication.translate(
            "StoreErrors",
            "The file is larger than {max} MB, the most a workbook attachment may be. Attach a "
            "smaller copy (for a video, a link or a short clip).",
        ).format(max=MAX_FILE_BYTES // (1024 * 1024))
    )


def _copy_stream(source: BinaryIO, out: BinaryIO) -> None:
    size = 0
    while chunk := source.read(1024 * 1024):
        size += len(chunk)
        if size > MAX_FILE_BYTES:
            raise _too_large()
        out.write(chunk)


def _record_files(s: Session, files: Sequence[tuple[str, int, str]]) -> None:
    """(sha256, size, media type) of stored files, in the files table."""
    # OR IGNORE: the same bytes may be stored by two threads at once (a photo dropped twice in
    # one batch); the first record stands, as it would have in turn.
    s.execute(
        sqlite_insert(StoredFile).on_conflict_do_nothing(),
        [{"sha256": sha, "size": size, "media_type": media} for sha, size, media in files],
    )


def _upsert(
    s: Session, model: Any, workbook_id: int, data: Mapping[str, Any], fields: Mapping[str, str]
) -> str:
    uid = str(data.get("id") or new_uid())
    row = s.scalar(select(model).where(model.workbook_id == workbook_id, model.uid == uid))
    if row is None:
        defaults = {"position": _next_position(s, model, workbook_id)}
        row = model(workbook_id=workbook_id, uid=uid, **_defaults(model), **defaults)
        s.add(row)
    for key, column in fields.items():
        if key in data:
            setattr(row, column, data[key])
    return uid


def _defaults(model: Any) -> dict[str, Any]:
    if model is MapEntry:
        return {
            "text": "",
            "note": "",
            "color": "",
            "x": 0.0,
            "y": 0.0,
            "free": False,
            "size": 0.0,
            "wrap": 0.0,
        }
    if model is Artifact:
        return {
            "title": "",
            "filename": "",
            "url": "",
            "description": "",
            "fields": {},
            "markup": [],
            "part_id": "",
        }
    if model is Respondent:
        return {"role": "", "method": "", "answers": {}, "part_id": ""}
    if model is ToolCopy:
        now = utcnow()
        return {
            "title": "",
            "tool_id": "",
            "in_packet": False,
            "created_at": now,
            "updated_at": now,
        }
    return {}


def _next_position(s: Session, model: Any, workbook_id: int) -> int:
    top = s.scalar(select(func.max(model.position)).where(model.workbook_id == workbook_id))
    return 0 if top is None else int(top) + 1


def _sync(
    s: Session,
    model: Any,
    workbook_id: int,
    items: Sequence[Mapping[str, Any]],
    fields: Mapping[str, str],
) -> None:
    keep = set()
    for i, item in enumerate(items):
        keep.add(_upsert(s, model, workbook_id, {"position": i, **item}, fields))
    s.execute(delete(model).where(model.workbook_id == workbook_id, model.uid.not_in(keep)))


def _entry_dict(e: MapEntry) -> dict[str, Any]:
    return {
        "id": e.uid,
        "ring": e.ring,
        "text": e.text,
        "note": e.note,
        "color": e.color,
        "x": e.x,
        "y": e.y,
        "free": e.free,
        "size": e.size,
        "wrap": e.wrap,
    }


def _stroke_dict(st: MapStroke) -> dict[str, Any]:
    return {
        "id": st.uid,
        "kind": st.kind,
        "color": st.color,
        "width": st.width,
        "points": st.points,
    }


def _artifact_dict(a: Artifact) -> dict[str, Any]:
    return {
        "id": a.uid,
        "part": a.part_id,
        "title": a.title,
        "filename": a.filename,
        "file": a.file_sha256,
        "url": a.url,
        "description": a.description,
        "fields": a.fields or {},
        "markup": a.markup or [],
    }


def _respondent_dict(r: Respondent) -> dict[str, Any]:
    return {
        "id": r.uid,
        "part": r.part_id,
        "role": r.role,
        "method": r.method,
        "answers": r.answers or {},
    }


def _tool_dict(t: ToolCopy) -> dict[str, Any]:
    return {
        "id": t.uid,
        "tool": t.tool_id,
        "title": t.title,
        "in_packet": bool(t.in_packet),
        "created": t.created_at.strftime(_STAMP),
        "updated": t.updated_at.strftime(_STAMP),
    }


def _parse_stamp(value: Any) -> datetime:
    try:
        return datetime.strptime(str(value), _STAMP)
    except ValueError:
        return utcnow()


def _touch_tool_copies(
    s: Session, workbook_id: int, values: Mapping[str, Any], now: datetime
) -> None:
    """A tool copy's "updated" follows its answers."""
    lead = f"{TOOL_PREFIX}."
    uids = {k.split(".")[1] for k in values if k.startswith(lead) and k.count(".") >= 2}
    if not uids:
        return
    for row in s.scalars(
        select(ToolCopy).where(ToolCopy.workbook_id == workbook_id, ToolCopy.uid.in_(uids))
    ):
        row.updated_at = now
