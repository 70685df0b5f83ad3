#!/usr/bin/env python3
"""Every speed goal of issue 18 in one table: the app next to a baseline measured in the same
run, on this machine, with the machine's load printed beside it.

    python benchmarks/run_all.py            # full: 30 photos, 3 runs of each cold process
    python benchmarks/run_all.py --quick    # a few minutes: fewer photos and runs
    python benchmarks/run_all.py --tree DIR # measure another checkout (e.g. main, for "before")

Baselines: a bare PySide6 window (start-up), LibreOffice converting the app's own DOCX in a
cold process (export), a bare QGraphicsScene dragged with the same real mouse events (Circle
Map drag), a bare QPlainTextEdit holding the same text (typing), plainly copying the same
files (attaching). Data: the shipped sample workbook, and generated: 30 photos of 12 MP, 50
workbooks, a 20,000-word answer. Every measurement runs in a child process of the tree
measured (TLI_BENCH_TREE), so nothing is warm from another row.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800); w.setWindowTitle("bare")
class F(QObject):
    done = False
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); sys.exit(app.exec())
"""

PREPARE = """
import json, sys, io
from pathlib import Path
from tli_workbook.store import Store
from tli_workbook.store.archive import import_archive
sample, out, photos = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
sys.path.insert(0, sys.argv[4])
from attach_bench import make_photos
res = {}
for name in ("empty", "one", "fifty", "photos"):
    d = out / name
    d.mkdir(parents=True)
    store = Store(d)
    if name != "empty":
        wid = import_archive(store, sample)
        res[name] = wid
    if name == "fifty":
        for i in range(49):
            store.duplicate_workbook(wid, f"Workbook {i + 2}")
    if name == "photos":
        for p in make_photos(out / "phone", photos):
            sha = store.add_file(p, "image/jpeg")
            store.upsert_artifact(wid, {"part": "artifact4", "title": p.stem, "filename": p.name,
                                        "file": sha})
    store.close()
print(json.dumps(res))
"""


def env_for(tree: Path, data: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree)
    env["TLI_BENCH_TREE"] = str(tree)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if data is not None:
        env["TLI_WORKBOOK_DATA_DIR"] = str(data)
    return env


def child(
    cmd: list[str], env: dict[str, str], timeout: float = 1800
) -> subprocess.CompletedProcess:
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd="/")
    if res.returncode != 0:
        sys.stderr.write(res.stdout[-3000:] + res.stderr[-3000:])
        raise RuntimeError(f"{' '.join(cmd[:4])} ... exited {res.returncode}")
    return res


def child_json(script: str, args: list[str], env: dict[str, str]) -> Any:
    out = child([sys.executable, str(HERE / script), *args, "--json"], env).stdout
    return json.loads(out.strip().splitlines()[-1])


def paint_time(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(first paint, exit) in seconds after the process was started."""
    env = dict(env, TLI_WORKBOOK_PAINT_STAMP="1")
    t0 = time.time()
    res = child(cmd, env, timeout=120)
    end = time.time()
    stamp = next(
        float(line.split()[1]) for line in res.stderr.splitlines() if line.startswith("first-paint")
    )
    return stamp - t0, end - t0


def orm_before_paint(tree: Path, data: Path) -> str:
    """Is sqlalchemy.orm imported before the first paint? (python -X importtime)"""
    env = dict(env_for(tree, data), TLI_WORKBOOK_PAINT_STAMP="1")
    cmd = [sys.executable, "-X", "importtime", "-m", "tli_workbook", "--smoke"]
    err = child(cmd, env, timeout=120).stderr.splitlines()
    paint = next(i for i, line in enumerate(err) if line.startswith("first-paint"))
    orm = next((i for i, line in enumerate(err) if line.rstrip().endswith("sqlalchemy.orm")), None)
    if orm is None or orm > paint:
        return "after"
    return "before"


def soffice_command(docx: Path, out: Path, profile: Path) -> list[str]:
    """LibreOffice converting `docx` to PDF in `out`, headless, with its own profile."""
    return [
        "soffice",
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        str(docx),
    ]


def soffice(docx: Path, out: Path, profile: Path) -> None:
    subprocess.run(
        soffice_command(docx, out, profile), check=True, capture_output=True, timeout=600
    )


def typing_rows(text: str) -> dict[tuple[str, str], dict[str, float]]:
    """typing_bench.py's printed rows ("5k app p50 p95 p99 max first stall [cpu50 cpu95
    cpu99]"), by case and editor."""
    cols = ("p50", "p95", "p99", "max", "first", "stall", "cpu50", "cpu95", "cpu99")
    rows: dict[tuple[str, str], dict[str, float]] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[1] in ("app", "bare"):
            try:
                values = [float(v) for v in parts[2:]]
            except ValueError:
                continue
            rows[(parts[0], parts[1])] = dict(zip(cols, values, strict=False))
    return rows


def med(xs: list[float]) -> float:
    return statistics.median(xs)


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str]] = []

    def add(
        self, what: str, app: float, base: float | None, unit: str, goal: float | None, kind: str
    ) -> None:
        """kind 'ratio': goal is a max ratio app/base; 'max': goal is a max value of app."""
        fmt = (lambda v: f"{v:.0f} {unit}") if unit == "ms" else (lambda v: f"{v:.2f} {unit}")
        if kind == "ratio" and base:
            ratio = app / base
            r, ok = f"{ratio:.2f}x", goal is None or ratio <= goal
            g = f"<= {goal}x" if goal is not None else "-"
        else:
            r, ok = "-", goal is None or app <= goal
            g = f"<= {goal:.0f} {unit}" if goal is not None else "-"
        verdict = "-" if goal is None else ("met" if ok else "NOT MET")
        self.rows.append((what, fmt(app), fmt(base) if base else "-", r, g, verdict))

    def print(self) -> None:
        head = ("what", "this app", "baseline", "ratio", "goal", "")
        widths = [max(len(str(r[i])) for r in [head, *self.rows]) for i in range(6)]

        def line(r: tuple[str, ...]) -> str:
            return "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) + " |"

        print(line(head))
        print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        for r in self.rows:
            print(line(r))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--tree", type=Path, default=ROOT)
    ap.add_argument("--only", nargs="*", help="sections: startup export visits attach drag typing")
    args = ap.parse_args()
    tree = args.tree.resolve()
    runs = 2 if args.quick else 3
    photos = 10 if args.quick else 30
    only = set(args.only or ["startup", "export", "visits", "attach", "drag", "typing"])
    load0 = os.getloadavg()
    started = time.time()
    table = Table()
    notes: list[str] = []
    sample = next((tree / "resources" / "samples").glob("*.tliwb"))
    # An installed app imports from compiled bytecode; a checkout may have none (and with
    # PYTHONDONTWRITEBYTECODE set never gets any): every cold process would compile the
    # app's modules again, about a second of each start-up and export.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(tree / "tli_workbook")],
        check=False,
        capture_output=True,
    )
    work = Path(tempfile.mkdtemp(prefix="run-all-"))
    try:
        prep = child(
            [sys.executable, "-c", PREPARE, str(sample), str(work), str(photos), str(HERE)],
            env_for(tree),
        )
        wids = json.loads(prep.stdout.strip().splitlines()[-1])

        if "startup" in only:
            app_cmd = [sys.executable, "-m", "tli_workbook", "--smoke"]
            bare_cmd = [sys.executable, "-c", BARE_WINDOW]
            times: dict[str, list[tuple[float, float]]] = {}
            for name in ("empty", "one", "fifty"):  # first runs migrate / warm the disk cache
                paint_time(app_cmd, env_for(tree, work / name))
            paint_time(bare_cmd, env_for(tree))
            for _ in range(runs + 2):  # interleaved: each sees the same machine
                times.setdefault("bare", []).append(paint_time(bare_cmd, env_for(tree)))
                for name in ("empty", "one", "fifty"):
                    times.setdefault(name, []).append(
                        paint_time(app_cmd, env_for(tree, work / name))
                    )
            paint = {k: med([p for p, _ in v]) * 1000 for k, v in times.items()}
            total = {k: med([e for _, e in v]) * 1000 for k, v in times.items()}
            table.add(
                "start-up: first paint, sample workbook",
                paint["one"],
                paint["bare"],
                "ms",
                2.0,
                "ratio",
            )
            table.add(
                "start-up: first paint, empty data folder",
                paint["empty"],
                paint["bare"],
                "ms",
                2.0,
                "ratio",
            )
            table.add(
                "start-up: start to exit (--smoke), sample",
                total["one"],
                total["bare"],
                "ms",
                None,
                "ratio",
            )
            table.add(
                "start-up: first paint, 50 workbooks vs 1",
                paint["fifty"],
                paint["one"],
                "ms",
                1.1,
                "ratio",
            )
            notes.append(
                f"sqlalchemy.orm imported {orm_before_paint(tree, work / 'one')} the first paint"
            )

        if "export" in only:
            profile = work / "lo-profile"
            for name in ("one", "photos"):
                data = work / name
                outs = work / f"export-{name}"
                outs.mkdir()
                cmd = [
                    sys.executable,
                    "-m",
                    "tli_workbook",
                    "export",
                    str(wids[name]),
                    "--docx",
                    str(outs / "p.docx"),
                    "--pdf",
                    str(outs / "p.pdf"),
                ]
                env = env_for(tree, data)
                child(cmd, env)  # warm the disk cache; the docx LibreOffice converts
                lo_out = work / f"lo-{name}"
                soffice(outs / "p.docx", lo_out, profile)  # makes the profile: not timed
                ours, lo = [], []
                for _ in range(runs):
                    t0 = time.perf_counter()
                    child(cmd, env)
                    ours.append(time.perf_counter() - t0)
                    t0 = time.perf_counter()
                    soffice(outs / "p.docx", lo_out, profile)
                    lo.append(time.perf_counter() - t0)
                label = "sample" if name == "one" else f"sample + {photos} photos of 12 MP"
                goal = 0.7 if name == "one" else 0.5
                table.add(
                    f"export DOCX+PDF from the command line, {label}",
                    med(ours),
                    med(lo),
                    "s",
                    goal,
                    "ratio",
                )

        if "visits" in only:
            vis = child_json("visits_bench.py", [], env_for(tree))
            worst = max(vis.items(), key=lambda kv: kv[1][0])
            opening = vis.pop("open workbook")
            table.add(
                "opening the sample workbook: longest stall", opening[0], None, "ms", 100, "max"
            )
            worst = max(vis.items(), key=lambda kv: kv[1][0])
            table.add(
                f"first visit, worst page ({worst[0][:28]})", worst[1][0], None, "ms", 100, "max"
            )
            over = [f"{k} {v[0]:.0f} ms (GUI CPU {v[1]:.0f})" for k, v in vis.items() if v[0] > 100]
            notes.append("first visits over 100 ms: " + ("; ".join(over) or "none"))

        if "attach" in only:
            att = child_json(
                "attach_bench.py",
                ["--runs", "1" if args.quick else "3", "--photos", str(photos)],
                env_for(tree),
            )
            table.add(
                f"attach {photos} x 12 MP photos, drop to last card",
                att["attach_s"],
                att["copy_s"],
                "s",
                1.5,
                "ratio",
            )
            table.add(
                "  the same, against copy + fsync (what the store does)",
                att["attach_s"],
                att["copy_fsync_s"],
                "s",
                1.5,
                "ratio",
            )
            table.add(
                "  the store's own copy alone (+ SHA-256, 2 threads), against copy + fsync",
                att["store_copy_s"],
                att["copy_fsync_s"],
                "s",
                None,
                "ratio",
            )
            table.add("  longest GUI stall while attaching", att["stall_ms"], None, "ms", 50, "max")
            table.add(
                "  first visit of those cards, previews not cached",
                att["visit_stall_ms"],
                None,
                "ms",
                100,
                "max",
            )

        if "drag" in only:
            drag = child_json("drag_bench.py", [], env_for(tree))
            b, m = drag["bare"], drag["map"]
            table.add(
                "Circle Map drag: frame (median)",
                m["frame_median_ms"],
                b["frame_median_ms"],
                "ms",
                None,
                "ratio",
            )
            table.add(
                "Circle Map drag: drop (release to idle)",
                m["drop_ms"],
                b["drop_ms"],
                "ms",
                None,
                "ratio",
            )
            table.add("Circle Map drag: press", m["press_ms"], b["press_ms"], "ms", None, "ratio")
            if not m.get("moved"):
                notes.append("the Circle Map entry did not move in the drag")

        if "typing" in only:
            durable = HERE / "typing_bench.py"
            if durable.is_file():
                keys = ["--keys", "60"] if args.quick else []
                res = child([sys.executable, str(durable), *keys], env_for(tree))
                rows = typing_rows(res.stdout)
                for case, words in (("5k", "5,000"), ("20k", "20,000")):
                    a, b = rows[(case, "app")], rows[(case, "bare")]
                    table.add(f"typing, {words} words: p95", a["p95"], b["p95"], "ms", 1.3, "ratio")
                    table.add(f"typing, {words} words: p99", a["p99"], b["p99"], "ms", 2.0, "ratio")
                    if "cpu95" in a and "cpu95" in b:
                        table.add(
                            f"  GUI-thread CPU per key, p95 ({words} words)",
                            a["cpu95"],
                            b["cpu95"],
                            "ms",
                            None,
                            "ratio",
                        )
                    table.add(
                        f"typing, {words} words: first key (a stall: over 50 ms)",
                        a["first"],
                        b["first"],
                        "ms",
                        50,
                        "max",
                    )
                if ("paste", "app") in rows:  # issue 16: every key and stall under 50 ms
                    a = rows[("paste", "app")]
                    table.add(
                        "typing after a 1.9M-character paste: slowest key or stall",
                        max(a["max"], a["stall"]),
                        None,
                        "ms",
                        50,
                        "max",
                    )
                notes.append("typing (benchmarks/typing_bench.py):\n" + res.stdout.strip())
            else:
                words = ["5000", "20000"]
                typ = child_json(
                    "typing_min.py",
                    ["--words", *words, "--keys", "60" if args.quick else "150"],
                    env_for(tree),
                )
                for n in words:
                    a, b = typ[f"app {n}"], typ[f"bare {n}"]
                    table.add(
                        f"typing, {n} words: p95", a["p95_ms"], b["p95_ms"], "ms", 1.3, "ratio"
                    )
                    table.add(
                        f"typing, {n} words: p99", a["p99_ms"], b["p99_ms"], "ms", 2.0, "ratio"
                    )
                    table.add(
                        f"typing, {n} words: first key",
                        a["first_ms"],
                        b["first_ms"],
                        "ms",
                        None,
                        "ratio",
                    )
    except Exception as exc:  # the rows measured so far are still printed
        import traceback

        traceback.print_exc()
        notes.append(f"STOPPED before the end: {exc!r}")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(
        f"tree: {tree}  ({'quick' if args.quick else 'full'}; "
        f"medians of {runs} cold runs where a process is timed)"
    )
    print(
        f"load average before: {tuple(round(x, 2) for x in load0)}  after: "
        f"{tuple(round(x, 2) for x in os.getloadavg())}  cores: {os.cpu_count()}  "
        f"took {time.time() - started:.0f} s"
    )
    table.print()
    for n in notes:
        print("-", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
