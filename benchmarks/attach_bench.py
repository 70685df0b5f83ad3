#!/usr/bin/env python3
"""Attaching 30 x 12 MP phone photos in one drop on the Evidence page, next to plainly copying
the same files (the baseline, measured in the same run), and the longest GUI stall meanwhile.

    python benchmarks/attach_bench.py [--runs 3] [--photos 30]

The photos are generated: a gradient with noise, so each JPEG is the size of a real phone photo
(about 3-5 MB at quality 85). A zero-interval QTimer runs the whole time; the longest gap
between two of its ticks is the longest time the GUI thread did not process events. The drop
is delivered as a real QDropEvent from inside the event loop, so its own cost counts as well.
Also measured: the stall of a first visit to the page with the 30 cards, previews not cached.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("TLI_BENCH_TREE") or str(ROOT))  # run_all: the tree measured
sys.path.insert(0, str(ROOT / "benchmarks"))

from stall import StallMeter, spin_until  # noqa: E402


def make_photos(folder: Path, n: int, size: tuple[int, int] = (4000, 3000)) -> list[Path]:
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    grad = Image.merge(
        "RGB",
        (
            Image.linear_gradient("L").resize(size),
            Image.radial_gradient("L").resize(size),
            Image.linear_gradient("L").rotate(90).resize(size),
        ),
    )
    noise = Image.effect_noise(size, 40).convert("RGB")
    im = Image.blend(grad, noise, 0.25)
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=85)
    data = buf.getvalue()
    paths = []
    for i in range(n):
        text = f"photo {i + 1}".encode()
        comment = b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text
        p = folder / f"IMG_{1000 + i}.jpg"
        p.write_bytes(data[:2] + comment + data[2:])
        paths.append(p)
    return paths


def copy_baseline(paths: list[Path], fsync: bool) -> float:
    with tempfile.TemporaryDirectory(prefix="copy-") as out:
        t = time.perf_counter()
        for p in paths:
            dest = Path(out) / p.name
            shutil.copyfile(p, dest)
            if fsync:
                with open(dest, "rb") as fh:
                    os.fsync(fh.fileno())
        return time.perf_counter() - t


def drop(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = widget.rect().center()
    action, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos, action, mime, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    QApplication.sendEvent(
        widget, QDropEvent(QPointF(pos), action, mime, button, Qt.KeyboardModifier.NoModifier)
    )


def attach_run(app, catalog, paths: list[Path]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from tli_workbook.store import Store
    from tli_workbook.ui.main_window import MainWindow
    from tli_workbook.ui.tasks import runner

    with tempfile.TemporaryDirectory(prefix="attach-bench-") as data:
        store = Store(Path(data))
        win = MainWindow(store, catalog)
        for kind in ("info", "warning", "error"):
            setattr(win.dialogs, kind, lambda *a, **k: None)
        win.resize(1200, 800)
        win.show()
        wid = store.create_workbook("coaching-and-mentoring", "Bench")
        page = win.open_workbook(wid).show_part("artifact4")
        spin_until(app, runner().is_idle)
        meter = StallMeter()
        meter.start()
        t0 = time.perf_counter()
        QTimer.singleShot(0, lambda: drop(page.widget(), paths))
        spin_until(app, lambda: len(page.cards) == len(paths) and runner().is_idle())
        attach_s = time.perf_counter() - t0
        meter.stop()
        out = {
            "attach_s": attach_s,
            "stall_ms": meter.longest_ms,
            "stall_cpu_ms": meter.longest_cpu_ms,
            "over50": meter.over(50),
        }

        # First visit of the page holding the 30 cards, previews not cached yet.
        win.close_workbook()
        shutil.rmtree(Path(data) / "thumbs", ignore_errors=True)
        view = win.open_workbook(wid)
        meter.start()
        t0 = time.perf_counter()
        QTimer.singleShot(0, lambda: view.show_part("artifact4"))
        spin_until(app, lambda: "artifact4" in view.pages and runner().is_idle())
        out["visit_s"] = time.perf_counter() - t0
        meter.stop()
        out["visit_stall_ms"] = meter.longest_ms
        out["visit_stall_cpu_ms"] = meter.longest_cpu_ms
        win.close_workbook()
        win.close()
        win.deleteLater()
        app.processEvents()
        store.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--photos", type=int, default=30)
    ap.add_argument("--json", action="store_true", help="print the medians as JSON only")
    args = ap.parse_args()

    from tli_workbook.definitions import default_catalog
    from tli_workbook.ui.application import make_app

    app = make_app()
    catalog = default_catalog()
    with tempfile.TemporaryDirectory(prefix="photos-") as src:
        paths = make_photos(Path(src), args.photos)
        mb = sum(p.stat().st_size for p in paths) / 1e6
        head = f"{args.photos} photos of 4000 x 3000, {mb:.0f} MB in all; load {os.getloadavg()}"
        print(head, file=sys.stderr if args.json else sys.stdout)
        rows: dict[str, list[float]] = {}
        for _ in range(args.runs):  # interleaved, so the baseline sees the same machine
            rows.setdefault("copy_s", []).append(copy_baseline(paths, fsync=False))
            rows.setdefault("copy_fsync_s", []).append(copy_baseline(paths, fsync=True))
            for k, v in attach_run(app, catalog, paths).items():
                rows.setdefault(k, []).append(v)
    med = {k: statistics.median(v) for k, v in rows.items()}
    if args.json:
        print(json.dumps(med))
        sys.stdout.flush()
        os._exit(0)
    print(f"runs: {args.runs} (medians)  load after: {os.getloadavg()}")
    print(f"{'what':<52}{'value':>12}")
    print(f"{'attach through the Evidence page (drop to last card)':<52}{med['attach_s']:>11.2f}s")
    print(f"{'plain file copy of the same files':<52}{med['copy_s']:>11.2f}s")
    print(f"{'plain file copy + fsync (the store fsyncs)':<52}{med['copy_fsync_s']:>11.2f}s")
    print(f"{'ratio attach / plain copy':<52}{med['attach_s'] / med['copy_s']:>12.2f}")
    print(f"{'ratio attach / copy + fsync':<52}{med['attach_s'] / med['copy_fsync_s']:>12.2f}")
    print(f"{'longest GUI stall while attaching':<52}{med['stall_ms']:>10.0f}ms")
    print(
        f"{'  of which GUI-thread CPU time (load-independent)':<52}{med['stall_cpu_ms']:>10.0f}ms"
    )
    print(f"{'GUI stalls over 50 ms while attaching':<52}{med['over50']:>12.0f}")
    print(f"{'first visit, 30 cards, previews not cached':<52}{med['visit_s']:>11.2f}s")
    print(f"{'longest GUI stall in that first visit':<52}{med['visit_stall_ms']:>10.0f}ms")
    print(f"{'  of which GUI-thread CPU time':<52}{med['visit_stall_cpu_ms']:>10.0f}ms")
    print("all runs:", {k: [round(x, 3) for x in v] for k, v in rows.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
