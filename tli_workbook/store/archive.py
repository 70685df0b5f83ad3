"""Workbook archives (.tliwb): a zip with workbook.json and files/<sha256>.

Reading treats every archive as hostile: only the two known member shapes are accepted, sizes
are checked against what is actually decompressed (never the header's claim), and nothing is
written until the whole archive has been checked.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.atomic_write import atomic_path
from tli_workbook.store.errors import ArchiveError
from tli_workbook.store.repository import MAX_FILE_BYTES, Store
from tli_workbook.store.snapshot import Snapshot, validate_snapshot
from tli_workbook.text.display_names import display_name

MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
MAX_RATIO = 200  # a member that inflates more than this is treated as a zip bomb
_CHUNK = 1024 * 1024


def export_archive(store: Store, workbook_id: int, dest: Path) -> Path:
    """Write the workbook to dest atomically (temporary file in the same folder, then rename)."""
    dest = Path(dest)
    snap = store.snapshot(workbook_id)
    with (
        atomic_path(dest) as tmp,
        zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf,
    ):
        zf.writestr("workbook.json", json.dumps(snap, ensure_ascii=False, indent=1))
        for sha in snap["files"]:
            path = store.file_path(sha)
            if path.exists():
                zf.write(path, f"files/{sha}")
    return dest


@dataclass
class OpenedArchive:
    snapshot: Snapshot
    folder: Path  # checked files, named by sha256

    def file(self, sha: str) -> Path | None:
        p = self.folder / sha
        return p if p.exists() else None


def _member_kind(info: zipfile.ZipInfo) -> str:
    name = info.filename
    mode = (info.external_attr >> 16) & 0xFFFF
    if stat.S_ISLNK(mode):
        raise ArchiveError(
            QCoreApplication.translate(
                "Archive", "The archive contains a link ({0}); archives with links are refused."
            ).format(display_name(name))
        )
    if info.flag_bits & 0x1:
        raise ArchiveError(
            QCoreApplication.translate(
                "StoreErrors", "The archive is encrypted; TLI Workbook archives never are."
            )
        )
    if name == "workbook.json":
        return "json"
    parts = name.split("/")
    if (
        len(parts) == 2
        and parts[0] == "files"
        and len(parts[1]) == 64
        and all(c in "0123456789abcdef" for c in parts[1])
    ):
        return "file"
    if name in ("files/",):
        return "dir"
    raise ArchiveError(
        QCoreApplication.translate(
            "StoreErrors",
            "The archive contains an unexpected member {name} (for example a path that leaves "
            "its folder). It was not imported.",
        ).format(name=repr(name[:80]))
    )


def _copy_limited(src: Any, out: Any, limit: int, compressed: int, name: str) -> str:
    digest = hashlib.sha256()
    total = 0
    while chunk := src.read(_CHUNK):
        total += len(chunk)
        if total > limit:
            raise ArchiveError(
                QCoreApplication.translate(
                    "StoreErrors", "The archive member {name} is larger than allowed; not imported."
                ).format(name=repr(name))
            )
        if total > 10 * _CHUNK and total > MAX_RATIO * max(compressed, 1):
            raise ArchiveError(
                QCoreApplication.translate(
                    "StoreErrors",
                    "The archive member {name} expands far beyond its packed size (a 'zip "
                    "bomb'); not imported.",
                ).format(name=repr(name))
            )
        digest.update(chunk)
        out.write(chunk)
    return digest.hexdigest()


@contextlib.contextmanager
def open_archive(path: Path, known_credentials: Any, work_dir: Path) -> Iterator[OpenedArchive]:
    """Check an archive and unpack its files to a private temporary folder inside work_dir
    (the data folder's tmp: the files are the teacher's, never the system temp folder)."""
    path = Path(path)
    if not path.exists():
        raise ArchiveError(
            QCoreApplication.translate("Archive", "The archive {0} does not exist.").format(
                display_name(path, 120)
            )
        )
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ArchiveError(
            QCoreApplication.translate(
                "Archive", "{0} is not a TLI Workbook archive (not a zip file)."
            ).format(display_name(path.name))
        ) from exc
    tmp = Path(tempfile.mkdtemp(prefix="tliwb-import-", dir=work_dir))
    try:
        with zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise ArchiveError(
                    QCoreApplication.translate(
                        "StoreErrors", "The archive has too many members; it was not imported."
                    )
                )
            kinds = [(_member_kind(i), i) for i in infos]
            names = [i.filename for i in infos]
            if len(set(names)) != len(names):
                raise ArchiveError(
                    QCoreApplication.translate(
                        "StoreErrors", "The archive lists a member twice; it was not imported."
                    )
                )
            if "workbook.json" not in names:
                raise ArchiveError(
                    QCoreApplication.translate(
                        "StoreErrors", "The archive has no workbook.json; it was not imported."
                    )
                )
            total = 0
            raw = b""
            for kind, info in kinds:
                if kind == "dir":
                    continue
                limit = MAX_JSON_BYTES if kind == "json" else MAX_FILE_BYTES
                target = tmp / ("workbook.json" if kind == "json" else info.filename[6:])
                try:
                    with zf.open(info) as src, open(target, "wb") as out:
                        sha = _copy_limited(src, out, limit, info.compress_size, info.filename)
                except (zipfile.BadZipFile, zlib_error(), EOFError, NotImplementedError) as exc:
                    raise ArchiveError(
                        QCoreApplication.translate(
                            "Archive", "The archive is damaged ({0} cannot be read)."
                        ).format(display_name(info.filename))
                    ) from exc
                total += target.stat().st_size
                if total > MAX_TOTAL_BYTES:
                    raise ArchiveError(
                        QCoreApplication.translate(
                            "StoreErrors", "The archive is larger than 4 GB unpacked; not imported."
                        )
                    )
                if kind == "file" and sha != info.filename[6:]:
                    raise ArchiveError(
                        QCoreApplication.translate(
                            "StoreErrors",
                            "The archive's file {info}... is damaged (its content does not "
                            "match its name).",
                        ).format(info=info.filename[6:18])
                    )
            raw = (tmp / "workbook.json").read_bytes()
        try:
            snap = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise ArchiveError(
                QCoreApplication.translate(
                    "StoreErrors", "The archive's workbook.json is not valid JSON ({exc})."
                ).format(exc=exc)
            ) from exc
        validate_snapshot(snap, known_credentials)
        for sha in snap.get("files", {}):
            if not (tmp / sha).exists():
                raise ArchiveError(
                    QCoreApplication.translate(
                        "StoreErrors", "The archive lists file {sha}... but does not hold it."
                    ).format(sha=sha[:12])
                )
        (tmp / "workbook.json").unlink()
        yield OpenedArchive(snap, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def import_archive(store: Store, path: Path) -> int:
    """Import an archive as a new workbook; return its id. Nothing is written on error."""
    from tli_workbook.definitions import default_catalog

    with open_archive(path, default_catalog(), work_dir=_work_dir(store)) as arc:
        return store.import_snapshot(arc.snapshot, file_source=arc.file)


def _work_dir(store: Store) -> Path:
    # Unpack inside the data folder so files can be renamed into the store, not copied twice.
    d = store.data_dir / "tmp"
    try:
        d.mkdir(parents=True, exist_ok=True)
        return d
    except OSError as exc:
        raise ArchiveError(
            QCoreApplication.translate(
                "StoreErrors", "The data folder cannot take the archive's files ({exc})."
            ).format(exc=exc.strerror or exc)
        ) from exc
