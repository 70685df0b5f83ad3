"""10 imports and 10 exports killed half way (SIGKILL), then one real start of the app: no
import staging folder, no hidden temporary file and nothing of the teacher's in the system
temp folder is left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from artifacts.helpers import make_jpeg_with_gps, make_pdf

from tli_workbook.store import Store
from tli_workbook.store.archive import export_archive

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "durability" / "leftover_child.py"
KILLS = 10


def _kill_at(args: list[str], line: str, env: dict[str, str]) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        got = child.stdout.readline().strip() if child.stdout else ""
        assert got == line, child.stderr.read() if child.stderr else got
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()


def _hidden(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*") if p.name not in (".lock",)]


@pytest.mark.slow
def test_killed_imports_and_exports_leave_nothing_after_a_restart(tmp_path: Path) -> None:
    data, out, systmp = tmp_path / "data", tmp_path / "out", tmp_path / "systemp"
    out.mkdir()
    systmp.mkdir()
    store = Store(data)
    wid = store.create_workbook("coaching-and-mentoring", "Leftovers")
    store.set_answers(wid, {"part1.overview": "Our planning team meets weekly."})
    photo = store.add_file(make_jpeg_with_gps(tmp_path / "photo.jpg"), "image/jpeg")
    handout = store.add_file(make_pdf(tmp_path / "handout.pdf"), "application/pdf")
    for sha, name in ((photo, "photo.jpg"), (handout, "handout.pdf")):
        store.upsert_artifact(wid, {"part": "artifact4", "file": sha, "filename": name})
    archive = export_archive(store, wid, tmp_path / "book.tliwb")
    store.set_setting("export.folder", str(out))  # as a finished export records it
    store.close()
    # The children's (and the app's) system temp folder is one we can inspect.
    env = {**os.environ, "TMPDIR": str(systmp), "PYTHONPATH": str(ROOT)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for _ in range(KILLS):
        _kill_at(["import", str(data), str(archive)], "staged", env)
        _kill_at(["export", str(data), str(out)], "exporting", env)
    staged = list((data / "tmp").glob("tliwb-import-*"))
    assert len(staged) == KILLS  # the kills really left staging behind
    assert _hidden(out)  # and hidden export temp files / work folders

    r = subprocess.run(
        [sys.executable, "-m", "tli_workbook", "--data-dir", str(data), "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr
    assert not list((data / "tmp").glob("tliwb-import-*"))
    assert not list((data / "files").glob(".incoming-*"))
    assert not _hidden(out), _hidden(out)
    # Nothing of the teacher's in the system temp folder (no tli-packet-*, no images).
    teachers = [
        p
        for p in systmp.rglob("*")
        if p.is_file()
        and p.suffix.lower() in (".jpg", ".jpeg", ".png", ".pdf", ".docx", ".sqlite3", ".tliwb")
    ]
    assert not teachers, teachers
    assert not list(systmp.glob("tli-packet-*"))
