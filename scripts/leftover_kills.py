"""Kill imports and exports half way (SIGKILL, real processes), start the app once, and list
what is left: import staging, hidden export temp files or work folders, an empty visible
upload kit folder, anything of the teacher's in the system temp folder.

    python scripts/leftover_kills.py [--kills 10] [--keep]

Prints what the kills left and what the restart left; exits 1 if the restart left anything.
tests/durability/test_leftovers.py runs the same with 2 + 2 kills.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = ROOT / "tests" / "durability" / "leftover_child.py"
TEACHERS = (".jpg", ".jpeg", ".png", ".pdf", ".docx", ".sqlite3", ".tliwb", ".md", ".zip")


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
        if got != line:
            raise RuntimeError(child.stderr.read() if child.stderr else got)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()


def prepare(base: Path) -> tuple[Path, Path, Path, Path]:
    """A data folder with one workbook (text, a GPS-tagged photo, a PDF), its archive, an
    export folder recorded as the last one used, and an empty 'system temp' folder."""
    sys.path.insert(0, str(ROOT / "tests"))
    from artifacts.helpers import make_jpeg_with_gps, make_pdf

    from tli_workbook.store import Store
    from tli_workbook.store.archive import export_archive

    data, out, systmp = base / "data", base / "out", base / "systemp"
    out.mkdir()
    systmp.mkdir()
    store = Store(data)
    wid = store.create_workbook("coaching-and-mentoring", "Leftovers")
    store.set_answers(wid, {"part1.overview": "Our planning team meets weekly."})
    photo = store.add_file(make_jpeg_with_gps(base / "photo.jpg"), "image/jpeg")
    handout = store.add_file(make_pdf(base / "handout.pdf"), "application/pdf")
    for sha, name in ((photo, "photo.jpg"), (handout, "handout.pdf")):
        store.upsert_artifact(wid, {"part": "artifact4", "file": sha, "filename": name})
    archive = export_archive(store, wid, base / "book.tliwb")
    store.set_setting("export.folder", str(out))  # the export dialog records it first
    store.close()
    return data, out, systmp, archive


def leftovers(data: Path, out: Path, systmp: Path) -> list[str]:
    found = [str(p) for p in (data / "tmp").glob("tliwb-import-*")]
    found += [str(p) for p in (data / "files").glob(".incoming-*")]
    found += [str(p) for p in out.rglob(".*") if p.name != ".lock"]
    kit = out / "kit"
    if kit.is_dir() and not any(kit.iterdir()):
        found.append(f"{kit} (empty visible kit folder)")
    found += [str(p) for p in systmp.glob("tli-*")]
    found += [str(p) for p in systmp.rglob("*") if p.is_file() and p.suffix.lower() in TEACHERS]
    return found


def run(base: Path, kills: int) -> tuple[list[str], list[str]]:
    """(left by the kills, left after one restart)."""
    data, out, systmp, archive = prepare(base)
    # The children's (and the app's) system temp folder is one we can inspect.
    env = {**os.environ, "TMPDIR": str(systmp), "TEMP": str(systmp), "TMP": str(systmp)}
    env["PYTHONPATH"] = str(ROOT)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for _ in range(kills):
        _kill_at(["import", str(data), str(archive)], "staged", env)
        _kill_at(["export", str(data), str(out)], "exporting", env)
    before = leftovers(data, out, systmp)
    r = subprocess.run(
        [sys.executable, "-m", "tli_workbook", "--data-dir", str(data), "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    if r.returncode != 0:
        raise RuntimeError(f"the restart failed ({r.returncode}): {r.stderr[-2000:]}")
    return before, leftovers(data, out, systmp)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=10, help="killed imports and exports, each")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="leftover-kills-"))
    before, after = run(base, args.kills)
    staged = sum("tliwb-import-" in p for p in before)
    print(f"{args.kills} killed imports + {args.kills} killed exports left {len(before)} items")
    print(f"  import staging folders: {staged}")
    print(f"  hidden export files/folders: {sum('/out/' in p for p in before)}")
    print(f"after one restart: {len(after)} left")
    for p in after:
        print(f"  {p}")
    if not args.keep:
        import shutil

        shutil.rmtree(base, ignore_errors=True)
    else:
        print(f"work folder: {base}")
    return 1 if after else 0


if __name__ == "__main__":
    sys.exit(main())
