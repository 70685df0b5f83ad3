"""Hostile and missing files: a 2 GB attachment is refused quickly in bounded memory, and an
artifact whose stored file went missing is reported, not fatal."""

from __future__ import annotations

import os
import resource
from pathlib import Path

import pytest

from tli_workbook.store import FileTooLargeError, Store
from tli_workbook.store.repository import MAX_FILE_BYTES


def test_two_gigabyte_file_is_refused_in_bounded_memory(store: Store, tmp_path: Path) -> None:
    huge = tmp_path / "recording.mov"
    with open(huge, "wb") as fh:
        fh.truncate(2 * 1024**3)  # sparse: 2 GB to read, almost nothing on disk
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(FileTooLargeError, match="larger than 200 MB"):
        store.add_file(huge)  # stops after 200 MB (seconds: benchmarks/big_file.py)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 64  # read in chunks, never whole
    assert not [p for p in store.files_dir.rglob("*") if p.is_file()]
    assert MAX_FILE_BYTES == 200 * 1024 * 1024


def test_artifact_with_missing_stored_file_is_reported(
    store: Store, tmp_path: Path, catalog
) -> None:
    from tli_workbook.packet.export import export_packet
    from tli_workbook.review.readiness import part_status

    src = tmp_path / "photo.png"
    from PIL import Image

    Image.new("RGB", (40, 30), "white").save(src)
    wid = store.create_workbook("coaching-and-mentoring", "Missing")
    sha = store.add_file(src, "image/png")
    store.upsert_artifact(
        wid, {"part": "artifact4", "title": "Photo", "file": sha, "filename": "photo.png"}
    )
    os.unlink(store.file_path(sha))  # e.g. deleted by hand from the data folder
    cred = catalog.get("coaching-and-mentoring")
    snap = store.snapshot(wid)
    status = part_status(cred, cred.part("artifact4"), snap, lambda s: store.file_path(s).exists())
    bad = [i for i in status.items if not i.ok and "missing" in (i.label + i.detail).lower()]
    assert bad, [(i.label, i.detail) for i in status.items]
    warnings: list[str] = []
    out = tmp_path / "p.pdf"
    export_packet(snap, cred, lambda s: None, pdf=out, warnings=warnings)
    assert out.exists() and any("photo.png" in w for w in warnings)
