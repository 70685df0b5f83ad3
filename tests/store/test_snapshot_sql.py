"""The snapshot read with sqlite3 (store/snapshot_sql.py) is the one the Store builds, on
real databases; the command-line export that uses it never imports SQLAlchemy's ORM."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tli_workbook.store import NotFoundError, Store
from tli_workbook.store.archive import import_archive
from tli_workbook.store.database import DB_NAME
from tli_workbook.store.snapshot_sql import file_path, read_snapshot

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "coaching-and-mentoring-sample.tliwb"


def _same(folder: Path, store: Store, wid: int) -> None:
    fast = read_snapshot(folder, wid)
    assert fast is not None
    slow: dict[str, Any] = dict(store.snapshot(wid))
    fast_d: dict[str, Any] = dict(fast)
    fast_d.pop("exported_at")
    slow.pop("exported_at")
    assert fast_d == slow
    # Same types too (an int answer stays an int, a bool a bool): == alone would let 1 == True.
    assert repr(fast_d) == repr(slow)


def test_sample_reads_the_same(tmp_path: Path) -> None:
    store = Store(tmp_path)
    try:
        wid = import_archive(store, SAMPLE)
        _same(tmp_path, store, wid)
        sha = store.snapshot(wid)["artifacts"][0]["file"]
        if sha:
            assert file_path(tmp_path, sha) == store.file_path(sha)
    finally:
        store.close()


def test_every_field_type_artifacts_feedback_and_tools_read_the_same(tmp_path: Path) -> None:
    from tests.packet.fixtures import make_workbook

    wb = make_workbook(tmp_path / "fixture")
    data = tmp_path / "data"
    store = Store(data)
    try:
        wid = store.import_snapshot(wb.snapshot, lambda sha: wb.files_dir / sha)
        snap = store.snapshot(wid)
        assert snap["respondents"] and snap["artifacts"] and snap["circle_map"]["strokes"]
        store.add_tool_copy(wid, "results_analysis", "Book club", {"a": "b"}, in_packet=True)
        store.set_answers(wid, {"part1.number": 7, "part1.flag": True, "part1.none": [None]})
        store.upsert_artifact(wid, {"part": "artifact4", "title": "link", "url": "http://x"})
        _same(data, store, wid)
    finally:
        store.close()


def test_missing_workbook_and_unreadable_cases(tmp_path: Path) -> None:
    assert read_snapshot(tmp_path, 1) is None  # no database: the Store creates one
    store = Store(tmp_path)
    store.close()
    with pytest.raises(NotFoundError):
        read_snapshot(tmp_path, 42)
    con = sqlite3.connect(tmp_path / DB_NAME)
    con.execute("UPDATE alembic_version SET version_num = '0003'")
    con.commit()
    con.close()
    assert read_snapshot(tmp_path, 42) is None  # an older schema: the Store migrates first


def test_cli_export_does_not_import_the_orm(tmp_path: Path) -> None:
    store = Store(tmp_path)
    try:
        wid = import_archive(store, SAMPLE)
    finally:
        store.close()
    code = (
        "import sys; from tli_workbook.app import main;"
        f"rc = main(['export', '{wid}', '--docx', sys.argv[1], '--pdf', sys.argv[2]]);"
        "print([m for m in ('sqlalchemy', 'sqlalchemy.orm', 'alembic') if m in sys.modules]);"
        "sys.exit(rc)"
    )
    env = dict(os.environ, TLI_WORKBOOK_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "p.docx"), str(tmp_path / "p.pdf")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "p.docx").stat().st_size and (tmp_path / "p.pdf").stat().st_size
