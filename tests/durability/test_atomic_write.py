"""The one atomic-write helper: whole file or nothing, nothing left behind, and ordinary
permissions (0666 minus the umask) on what the teacher exports, not mkstemp's 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tli_workbook.atomic_write import atomic_path, copy_atomic, write_atomic, write_bytes_atomic


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_write_replaces_whole_with_normal_permissions(tmp_path: Path, umask_022: None) -> None:
    dest = tmp_path / "out.bin"
    dest.write_bytes(b"old")
    write_bytes_atomic(dest, b"new content")
    assert dest.read_bytes() == b"new content"
    assert _mode(dest) == 0o644
    assert _only(tmp_path) == ["out.bin"]


def test_umask_is_respected(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        write_bytes_atomic(tmp_path / "private.txt", b"x")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "private.txt") == 0o600


def test_failed_writer_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    dest = tmp_path / "keep.txt"
    dest.write_text("keep me")

    def broken(fh) -> None:  # type: ignore[no-untyped-def]
        fh.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomic(dest, broken)
    assert dest.read_text() == "keep me"
    assert _only(tmp_path) == ["keep.txt"]


def test_atomic_path_for_writers_that_take_a_name(tmp_path: Path, umask_022: None) -> None:
    dest = tmp_path / "map.png"
    with atomic_path(dest) as tmp:
        assert tmp.parent == tmp_path and tmp.suffix == ".png" and tmp.name.startswith(".")
        tmp.write_bytes(b"png")
        assert not dest.exists()
    assert dest.read_bytes() == b"png" and _mode(dest) == 0o644
    with pytest.raises(RuntimeError), atomic_path(dest) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("renderer failed")
    assert dest.read_bytes() == b"png"
    assert _only(tmp_path) == ["map.png"]


def test_copy(tmp_path: Path, umask_022: None) -> None:
    src = tmp_path / "src.bin"
    src.write_bytes(os.urandom(3 * 1024 * 1024 + 5))
    os.chmod(src, 0o600)
    copy_atomic(src, tmp_path / "copy.bin")
    assert (tmp_path / "copy.bin").read_bytes() == src.read_bytes()
    assert _mode(tmp_path / "copy.bin") == 0o644


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_circle_map_exports_are_ordinary_files(
    qapp, tmp_path: Path, umask_022: None, suffix: str
) -> None:
    # qapp: a full QApplication, so later tests that need widgets do not find a bare
    # QGuiApplication made by the exporter.
    from tli_workbook.circlemap.export import write_map
    from tli_workbook.circlemap.sample import SAMPLE_MAP

    out = tmp_path / f"map{suffix}"
    write_map(SAMPLE_MAP, None, out)
    assert out.stat().st_size > 1000
    assert _mode(out) == 0o644
    assert _only(tmp_path) == [out.name]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_blank_feedback_form_is_an_ordinary_file(
    tmp_path: Path, umask_022: None, catalog, fmt: str
) -> None:
    from tli_workbook.ui.feedback.printing import write_atomic as write_form

    cred = catalog.get("coaching-and-mentoring")
    part = next(p for p in cred.parts if p.kind == "feedback")
    out = tmp_path / f"form.{fmt}"
    write_form(cred, part, out, fmt, "letter")
    assert out.stat().st_size > 1000
    assert _mode(out) == 0o644
    assert _only(tmp_path) == [out.name]


def test_archive_export_and_backup_are_ordinary_files(
    store, data_dir: Path, tmp_path: Path, umask_022: None
) -> None:
    from tli_workbook.store import backups
    from tli_workbook.store.archive import export_archive

    wid = store.create_workbook("coaching-and-mentoring", "Perms")
    out = export_archive(store, wid, tmp_path / "w.tliwb")
    assert _mode(out) == 0o644
    backup = backups.make_backup(data_dir, "test")
    assert backup is not None and _mode(backup) == 0o644
    assert not [p for p in backup.parent.iterdir() if p.name.startswith(".")]
