"""A workbook as plain data (the archive's workbook.json), and its validation.

The format is documented by docs/archive.schema.json; tests check real snapshots against it.
Its shape is typed here (Snapshot and its parts): readiness, the privacy scan, the packet and
the archive all read this one type. Answer values are JSON whose shape each field type owns
(tli_workbook.fields); answer keys come from tli_workbook.definitions.keys.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict, cast

from PySide6.QtCore import QCoreApplication

from tli_workbook import __version__
from tli_workbook.store.errors import ArchiveError

if TYPE_CHECKING:
    from tli_workbook.store.repository import Store

log = logging.getLogger(__name__)

FORMAT = "tli-workbook"
VERSION = 1
MAX_TEXT = 2_000_000  # characters in one answer: far beyond any credential's limits
MAX_ITEMS = 5_000  # entries, strokes, artifacts, respondents, list items
MAX_POINTS = 20_000  # points in one stroke
_SHA = re.compile(r"^[0-9a-f]{64}$")
_UID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_KEY = re.compile(r"^[A-Za-z0-9_.:-]{1,300}$")

Answers = dict[str, Any]  # answer key -> a field type's stored value (fields.*.normalise)


class WorkbookHeader(TypedDict, total=False):
    title: str
    credential: str
    fellow: bool
    created: str  # ISO date-time, local
    modified: str


class MapEntry(TypedDict, total=False):
    id: str
    ring: str  # "center", "context" or "needs"
    text: str
    note: str
    color: str
    x: float
    y: float
    free: bool
    size: float  # font size and wrap width it is drawn with at (x, y); 0: not placed yet
    wrap: float


class MapStroke(TypedDict, total=False):
    id: str
    kind: str
    color: str
    width: float
    points: list[list[float]]


class CircleMap(TypedDict, total=False):
    entries: list[MapEntry]
    strokes: list[MapStroke]


class ArtifactRecord(TypedDict, total=False):
    id: str
    part: str
    title: str
    file: str | None  # SHA-256 of a stored file
    filename: str
    url: str
    description: str
    fields: Any  # JSON; annotation element id -> text when well formed
    markup: Any  # JSON; a list of callouts when well formed


class Respondent(TypedDict, total=False):
    id: str
    part: str
    role: str
    method: str
    answers: Any  # JSON; prompt id -> answer when well formed


class ToolCopyRecord(TypedDict, total=False):
    """A filled copy of a guidebook tool; its answers are in `answers` under
    definitions.keys.tool_key(id, field)."""

    id: str
    tool: str  # the tool's id (forms/tools/<id>.yaml)
    title: str  # "Results Analysis: Book club pilot"
    in_packet: bool  # the teacher chose it as a packet appendix
    created: str  # ISO date-time, UTC
    updated: str


class FileMeta(TypedDict, total=False):
    size: int
    media_type: str


class Snapshot(TypedDict, total=False):
    """A whole workbook (workbook.json). Readers use .get(): older archives may lack keys."""

    format: str
    version: int
    app_version: str
    exported_at: str
    workbook: WorkbookHeader
    answers: Answers
    circle_map: CircleMap
    artifacts: list[ArtifactRecord]
    respondents: list[Respondent]
    tools: list[ToolCopyRecord]
    files: dict[str, FileMeta]


def build_snapshot(store: Store, workbook_id: int) -> Snapshot:
    info = store.workbook(workbook_id)
    artifacts = store.artifacts(workbook_id)
    answers = store.answers(workbook_id)
    header: WorkbookHeader = {
        "title": info.title,
        "credential": info.credential_id,
        "fellow": info.fellow,
        "created": info.created_at.strftime("%Y-%m-%dT%H:%M:%S"),
        "modified": info.modified_at.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    return assemble(
        header,
        answers,
        store.map_entries(workbook_id),
        store.map_strokes(workbook_id),
        artifacts,
        store.respondents(workbook_id),
        store.tool_copies(workbook_id),
        files_of(artifacts, answers, store.file_info),
    )


def files_of(
    artifacts: Sequence[Mapping[str, Any]],
    answers: Mapping[str, Any],
    file_info: Callable[[str], Mapping[str, Any]],
) -> dict[str, FileMeta]:
    """The stored files a workbook refers to (its artifacts', and file fields anywhere in its
    answers), with what a snapshot keeps of each. file_info(sha) reads one file's row."""
    files: dict[str, Mapping[str, Any]] = {}
    for a in artifacts:
        if a.get("file"):
            files[a["file"]] = file_info(a["file"])
    for sha in _file_refs_in_answers(answers):
        try:
            files[sha] = file_info(sha)
        except Exception:  # a dangling reference is reported by readiness, not here
            log.exception("The file %s an answer refers to is not in the store", sha)
    return {sha: {"size": f["size"], "media_type": f["media_type"]} for sha, f in files.items()}


def assemble(
    header: WorkbookHeader,
    answers: Answers,
    map_entries: list[Any],
    map_strokes: list[Any],
    artifacts: list[Any],
    respondents: list[Any],
    tools: list[Any],
    files: dict[str, FileMeta],
) -> Snapshot:
    """The snapshot of a workbook read by the Store or by store/snapshot_sql.py: one shape."""
    snap = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "workbook": header,
        "answers": answers,
        "circle_map": {"entries": map_entries, "strokes": map_strokes},
        "artifacts": artifacts,
        "respondents": respondents,
        "tools": tools,
        "files": files,
    }
    return cast(Snapshot, snap)


def _file_refs_in_answers(answers: Mapping[str, Any]) -> list[str]:
    """SHA-256 references held by `file` fields ({"file": sha, "name": ...}), wherever they
    sit: a file field may be nested in a group item or a table row."""
    out: list[str] = []

    def walk(value: Any, depth: int) -> None:
        if depth > 20:
            return
        if isinstance(value, dict):
            sha = value.get("file")
            if isinstance(sha, str) and _SHA.match(sha):
                out.append(sha)
            for v in value.values():
                walk(v, depth + 1)
        elif isinstance(value, list):
            for v in value:
                walk(v, depth + 1)

    for value in answers.values():
        walk(value, 0)
    return out


class _V:
    """Tiny validator that names the path of the first problem."""

    def __init__(self) -> None:
        self.path: list[str] = []

    def fail(self, msg: str) -> ArchiveError:
        where = "".join(self.path) or "workbook.json"
        return ArchiveError(
            QCoreApplication.translate(
                "StoreErrors", "The archive's workbook.json is not valid at {where}: {msg}."
            ).format(where=where, msg=msg)
        )

    def at(self, key: str | int) -> _V:
        self.path.append(f"[{key}]" if isinstance(key, int) else f".{key}")
        return self

    def up(self) -> _V:
        self.path.pop()
        return self

    def typed(self, value: Any, kind: type | tuple[type, ...], what: str) -> Any:
        if not isinstance(value, kind) or isinstance(value, bool) and kind in (int, float):
            raise self.fail(f"expected {what}")
        return value

    def text(self, value: Any, limit: int = MAX_TEXT) -> str:
        self.typed(value, str, "text")
        if len(value) > limit:
            raise self.fail(f"text longer than {limit} characters")
        return value

    def items(self, value: Any, fn: Callable[[Any], Any], limit: int = MAX_ITEMS) -> None:
        self.typed(value, list, "a list")
        if len(value) > limit:
            raise self.fail(f"more than {limit} items")
        for i, item in enumerate(value):
            self.at(i)
            fn(item)
            self.up()


def _json_value(v: _V, value: Any, depth: int = 0) -> None:
    if depth > 24:  # an outline nests about three levels per outline level
        raise v.fail("nested too deeply")
    if value is None or isinstance(value, (bool, int, float)):
        return
    if isinstance(value, str):
        v.text(value)
    elif isinstance(value, list):
        v.items(value, lambda x: _json_value(v, x, depth + 1))
    elif isinstance(value, dict):
        if len(value) > MAX_ITEMS:
            raise v.fail("too many keys")
        for k, x in value.items():
            v.at(str(k)[:40])
            v.text(k, 300)
            _json_value(v, x, depth + 1)
            v.up()
    else:
        raise v.fail("unsupported value")


def validate_snapshot(snap: Any, known_credentials: Any) -> Snapshot:
    """Check a parsed workbook.json; raise ArchiveError naming the first problem."""
    v = _V()
    v.typed(snap, dict, "a JSON object")
    if snap.get("format") != FORMAT:
        raise ArchiveError(
            QCoreApplication.translate(
                "StoreErrors", "This file is not a TLI Workbook archive (format field missing)."
            )
        )
    version = snap.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ArchiveError(
            QCoreApplication.translate("StoreErrors", "The archive has no valid format version.")
        )
    if version > VERSION:
        raise ArchiveError(
            QCoreApplication.translate(
                "StoreErrors",
                "The archive was made by a newer version of TLI Workbook (format {version}; "
                "this version reads format {supported}). Update the app to import it.",
            ).format(version=version, supported=VERSION)
        )
    if version < 1:
        raise ArchiveError(
            QCoreApplication.translate(
                "StoreErrors", "Archive format {version} is not supported."
            ).format(version=version)
        )
    wb = snap.get("workbook")
    v.at("workbook").typed(wb, dict, "an object")
    v.at("title")
    v.text(wb.get("title"), 200)
    v.up().at("credential")
    cred = v.text(wb.get("credential"), 100)
    # "" is a team binder: guidebook tools only, no credential.
    if cred and cred not in known_credentials:
        raise ArchiveError(
            QCoreApplication.translate(
                "StoreErrors",
                "The archive is for a credential this version does not know ({cred}). Update "
                "the app to import it.",
            ).format(cred=repr(cred))
        )
    v.up().at("fellow")
    v.typed(wb.get("fellow", False), bool, "true or false")
    v.up().up()

    answers = snap.get("answers", {})
    v.at("answers").typed(answers, dict, "an object")
    if len(answers) > MAX_ITEMS:
        raise v.fail("too many answers")
    for key, value in answers.items():
        v.at(str(key)[:60])
        if not isinstance(key, str) or not _KEY.match(key):
            raise v.fail("not a valid answer key")
        _json_value(v, value)
        v.up()
    v.up()

    cmap = snap.get("circle_map", {})
    v.at("circle_map").typed(cmap, dict, "an object")

    def entry(e: Any) -> None:
        v.typed(e, dict, "an object")
        _uid(v, e)
        if e.get("ring") not in ("center", "context", "needs"):
            raise v.fail("ring must be center, context or needs")
        v.text(e.get("text", ""), 5000)
        v.text(e.get("note", ""), 2000)
        v.text(e.get("color", ""), 20)
        for k in ("x", "y", "size", "wrap"):
            _finite(v, e.get(k, 0.0))
        if not 0.0 <= e.get("size", 0.0) <= 200.0 or not 0.0 <= e.get("wrap", 0.0) <= 5000.0:
            raise v.fail("an entry's size or wrap width is out of range")
        v.typed(e.get("free", False), bool, "true or false")

    def stroke(st: Any) -> None:
        v.typed(st, dict, "an object")
        _uid(v, st)
        v.text(st.get("kind", ""), 20)
        v.text(st.get("color", ""), 20)
        _finite(v, st.get("width", 1.0))
        pts = st.get("points", [])
        v.typed(pts, list, "a list of points")
        if len(pts) > MAX_POINTS:
            raise v.fail(f"more than {MAX_POINTS} points")
        for p in pts:
            if not isinstance(p, list) or len(p) != 2:
                raise v.fail("each point must be [x, y]")
            _finite(v, p[0])
            _finite(v, p[1])

    v.at("entries")
    v.items(cmap.get("entries", []), entry)
    v.up().at("strokes")
    v.items(cmap.get("strokes", []), stroke)
    v.up().up()

    files = snap.get("files", {})
    v.at("files").typed(files, dict, "an object")
    for sha, meta in files.items():
        if not isinstance(sha, str) or not _SHA.match(sha):
            raise v.fail(f"{str(sha)[:70]!r} is not a SHA-256 file name")
        v.typed(meta, dict, "an object")
    v.up()

    def artifact(a: Any) -> None:
        v.typed(a, dict, "an object")
        _uid(v, a)
        for k, lim in (
            ("part", 100),
            ("title", 300),
            ("filename", 300),
            ("url", 4000),
            ("description", 100_000),
        ):
            v.text(a.get(k, ""), lim)
        f = a.get("file")
        if f is not None and (not isinstance(f, str) or f not in files):
            raise v.fail("file must name an entry of files")
        _json_value(v, a.get("fields", {}))
        _json_value(v, a.get("markup", []))

    def respondent(r: Any) -> None:
        v.typed(r, dict, "an object")
        _uid(v, r)
        v.text(r.get("part", ""), 100)
        v.text(r.get("role", ""), 200)
        v.text(r.get("method", ""), 100)
        _json_value(v, r.get("answers", {}))

    def tool_copy(t: Any) -> None:
        v.typed(t, dict, "an object")
        _uid(v, t)
        v.text(t.get("tool", ""), 100)
        v.text(t.get("title", ""), 300)
        v.typed(t.get("in_packet", False), bool, "true or false")
        for k in ("created", "updated"):
            v.text(t.get(k, ""), 40)

    v.at("artifacts")
    v.items(snap.get("artifacts", []), artifact)
    v.up().at("respondents")
    v.items(snap.get("respondents", []), respondent)
    v.up().at("tools")
    v.items(snap.get("tools", []), tool_copy)
    v.up()
    return cast(Snapshot, snap)


def _uid(v: _V, obj: Mapping[str, Any]) -> None:
    uid = obj.get("id")
    if uid is not None and (not isinstance(uid, str) or not _UID.match(uid)):
        raise v.at("id").fail("not a valid id")


def _finite(v: _V, x: Any) -> None:
    v.typed(x, (int, float), "a number")
    if x != x or abs(x) > 1e9:
        raise v.fail("number out of range")


def import_snapshot(
    store: Store, snap: Snapshot | Mapping[str, Any], file_source: Callable[[str], Path]
) -> int:
    """Insert a snapshot as a new workbook. Files are copied first (content-addressed, so a
    failed import leaves at worst unreferenced blobs, never a half-made workbook)."""
    from tli_workbook.definitions import default_catalog

    validate_snapshot(snap, default_catalog())
    ok: set[str] = set()
    for sha in snap.get("files", {}):
        src = file_source(sha)
        if src is not None and Path(src).exists():
            media = str(snap["files"][sha].get("media_type", "application/octet-stream"))[:100]
            got = store.add_file(Path(src), media)
            if got != sha:
                raise ArchiveError(
                    QCoreApplication.translate(
                        "StoreErrors", "The archive's file {sha}... does not match its name."
                    ).format(sha=sha[:12])
                )
            ok.add(sha)
    return store.insert_snapshot(snap, ok)
