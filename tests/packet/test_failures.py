"""Unwritable folders, a full disk and a cancel: a clear message and nothing half-written."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from tli_workbook.packet import ExportCancelled, ExportError, export_packet
from tli_workbook.packet import atomic as atomic_mod
from tli_workbook.packet.builder import PacketOptions

from .fixtures import PINNED_DATE, Workbook


def export(wb: Workbook, dest: Path, **kw: Any) -> list[Path]:
    targets = {"docx": dest / "packet.docx", "pdf": dest / "packet.pdf", "upload_kit": dest / "kit"}
    targets.update(kw.pop("targets", {}))
    return export_packet(
        wb.snapshot,
        wb.credential,
        wb.file_path,
        options=PacketOptions(date=PINNED_DATE),
        **targets,
        **kw,
    )


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_destination_inside_a_file(workbook: Workbook, tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    with pytest.raises(ExportError, match="does not exist|is a file"):
        export(
            workbook,
            tmp_path,
            targets={"docx": blocker / "packet.docx", "pdf": None, "upload_kit": None},
        )
    assert listing(tmp_path) == ["notes.txt"]


def test_permission_denied(
    workbook: Workbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, where chmod does not stop writes: refuse at the open() instead.
    def refuse(*_a: Any, **_k: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_mod, "open", refuse, raising=False)
    calls: list[float] = []
    with pytest.raises(ExportError, match="You do not have permission to save in"):
        export(workbook, tmp_path, progress=lambda f, m: calls.append(f) or True)
    assert listing(tmp_path) == []
    assert calls == []  # refused before any work started


@pytest.mark.parametrize("when", ["replace", "fsync"])
def test_disk_full(
    workbook: Workbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    (tmp_path / "old.pdf").write_bytes(b"%PDF- keep me")

    def full(*_a: Any, **_k: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_mod.os, when, full)
    with pytest.raises(ExportError, match="The disk is full"):
        export(workbook, tmp_path, targets={"pdf": tmp_path / "old.pdf"})
    monkeypatch.undo()
    assert listing(tmp_path) == ["old.pdf"]
    assert (tmp_path / "old.pdf").read_bytes() == b"%PDF- keep me"


def test_disk_full_inside_a_writer(
    workbook: Workbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tli_workbook.packet import docx_writer

    def full(self: Any, pack_uri: Any, blob: bytes) -> None:
        # The Word file's zip is part-written when the disk fills up.
        self._zipf.writestr("partial", b"PK\x03\x04 partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(docx_writer._MediaStoringZip, "write", full)
    with pytest.raises(ExportError, match="The disk is full: there is not enough free space"):
        export(workbook, tmp_path)
    assert listing(tmp_path) == []


@pytest.mark.parametrize("stop_at", [0.0, 0.2, 0.45, 0.7, 0.95])
def test_cancel_leaves_nothing(workbook: Workbook, tmp_path: Path, stop_at: float) -> None:
    """Cancel in each stage: layout, Word, PDF, upload kit, just before the rename."""
    seen: list[float] = []

    def progress(fraction: float, _message: str) -> bool:
        seen.append(fraction)
        return fraction < stop_at

    with pytest.raises(ExportCancelled, match="cancelled"):
        export(workbook, tmp_path, progress=progress)
    assert listing(tmp_path) == []  # not even the kit folder export_packet created
    assert seen[-1] >= stop_at


def test_too_late_to_cancel(workbook: Workbook, tmp_path: Path) -> None:
    written = export(
        workbook,
        tmp_path,
        targets={"docx": None, "upload_kit": None},
        progress=lambda f, _m: f < 1.0,
    )
    assert written == [tmp_path / "packet.pdf"] and listing(tmp_path) == ["packet.pdf"]


def test_cancel_keeps_an_existing_kit_folder(workbook: Workbook, tmp_path: Path) -> None:
    kit = tmp_path / "kit"
    kit.mkdir()
    (kit / "mine.txt").write_text("the teacher's own file")
    with pytest.raises(ExportCancelled):
        export(
            workbook, tmp_path, targets={"docx": None, "pdf": None}, progress=lambda f, _m: f < 0.5
        )
    assert listing(tmp_path) == ["kit", "kit/mine.txt"]


def test_bad_requests(workbook: Workbook, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Choose at least one"):
        export_packet(workbook.snapshot, workbook.credential, workbook.file_path)
    with pytest.raises(ExportError, match="Unknown page size"):
        export(workbook, tmp_path, page="legal")
    with pytest.raises(ExportError, match="is a folder"):
        export(workbook, tmp_path, targets={"docx": tmp_path})
    assert listing(tmp_path) == []


def test_image_bomb_is_a_clear_error(
    workbook: Workbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import Image

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)  # the 1.9 MP photo is "too big"
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match=r"Evidence 1 \(Planning board.*too large"):
        export(workbook, out)
    assert listing(out) == []


def test_staging_never_removes_existing_folders(tmp_path: Path) -> None:
    staging = atomic_mod.Staging()
    existing = tmp_path / "existing"
    existing.mkdir()
    staging.ensure_dir(existing / "new" / "deeper")
    staging.rollback()
    assert listing(tmp_path) == ["existing"]
    assert os.path.isdir(existing)


def test_missing_fonts_named(
    workbook: Workbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tli_workbook.packet import fonts

    fonts.font_paths.cache_clear()
    monkeypatch.setattr(fonts, "search_dirs", lambda: [tmp_path / "no-fonts"])
    try:
        with pytest.raises(ExportError, match="fonts the PDF needs.*DejaVuSans.ttf"):
            fonts.font_paths()
    finally:
        fonts.font_paths.cache_clear()
