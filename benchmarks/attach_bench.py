#!/usr/bin/env python3
"""Attaching 30 x 12 MP phone photos in one drop on the Evidence page, next to plainly copying
the same files (the baseline, measured in the same run), and the longest GUI stall meanwhile.

    python benchmarks/attach_bench.py [--runs 3] [--photos 30]

The photos are generated like a phone's: 4000 x 3000, a gradient with noise so each JPEG is
the size of a real one (about 3.5 MB at quality 85), with EXIF (camera, date taken, GPS, and
a 320 x 240 thumbnail of the photo, as phones store one; every other one stored sideways
with Orientation 6, as a phone held upright does). The copy
baseline copies the same files into a new folder on the disk of the data folder, with an
fsync per file as the store does.

"Done" is when every card shows its picture and the batch has ended (the file is stored and
recorded). A card of the batch is first a sketch (its picture, number, title and file line,
painted as one widget) and gets its buttons and boxes after the batch; that, and the other
work the app does after the batch at low priority (thumbnail cache files, reading the photos'
details for the privacy check), is timed apart, as "runner idle".

A 1 ms QTimer runs the whole time; the longest gap between two of its ticks is the longest time
the GUI thread did not process events. Between ticks the GUI thread sleeps, as the app's does:
a zero-interval timer or a loop around processEvents would keep one of the two cores busy and
slow the workers it is measuring. The drop is delivered as a real QDropEvent from inside the
event loop, so its own cost counts as well. Also measured: the floors (one reduced-size decode
and one SHA-256 of each photo, alone), and the stall of a first visit to the page with the 30
cards, previews not cached.
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

sys.path.insert(0, str(ROOT / "tests"))

from artifacts.phone_photos import exif_with_thumbnail, thumbnail_jpeg  # noqa: E402
from stall import StallMeter  # noqa: E402


def wait_until(app, done, timeout_s: float = 900) -> None:  # type: ignore[no-untyped-def]
    """Turn the event loop until done(), sleeping in between as the app's loop does."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    end = time.monotonic() + timeout_s
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)

    def check() -> None:
        if done() or time.monotonic() > end:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError("the work did not finish")


def meter() -> StallMeter:
    from PySide6.QtCore import Qt

    m = StallMeter()
    m.timer.setInterval(1)
    m.timer.setTimerType(Qt.TimerType.PreciseTimer)
    return m


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
    paths = []
    encoded: dict[int, bytes] = {}
    for i in range(n):
        orientation = 6 if i % 2 else 1
        if orientation not in encoded:
            buf = io.BytesIO()
            exif = exif_with_thumbnail(_phone_exif(orientation), thumbnail_jpeg(im))
            im.save(buf, format="JPEG", quality=85, exif=exif)
            encoded[orientation] = buf.getvalue()
        data = encoded[orientation]
        # A different date in each (same length, so the JPEG stays valid): no two are equal.
        stamp = f"2025:03:{1 + i % 28:02d} 10:{i % 60:02d}:00".encode()
        data = data.replace(b"2025:03:01 10:00:00", stamp)
        p = folder / f"IMG_{1000 + i}.jpg"
        p.write_bytes(data)
        paths.append(p)
    return paths


def _phone_exif(orientation: int) -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "Google"  # Make
    exif[0x0110] = "Pixel 7"  # Model
    exif[0x0112] = orientation
    exif[0x0132] = "2025:03:01 10:00:00"  # DateTime
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2025:03:01 10:00:00"  # DateTimeOriginal
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (40.0, 25.0, 1.5), 3: "W", 4: (3.0, 42.0, 9.8)})
    return exif.tobytes()


def floors(paths: list[Path]) -> dict[str, float]:
    """What one photo costs at least, alone: the reduced-size decode that checks it and makes
    its thumbnail (JPEG DCT scaling to 1/8, the smallest that still reads the whole stream),
    and the SHA-256 that names its stored copy. Summed over the photos, in CPU seconds."""
    import hashlib

    from PIL import Image

    decode = sha = 0.0
    for p in paths:
        c = time.thread_time()
        with Image.open(p) as im:
            im.draft("RGB", (im.width // 8, im.height // 8))
            im.load()
        decode += time.thread_time() - c
        c = time.thread_time()
        hashlib.sha256(p.read_bytes()).hexdigest()
        sha += time.thread_time() - c
    return {"floor_decode_cpu_s": decode, "floor_sha_cpu_s": sha}


def store_copy_floor(paths: list[Path]) -> float:
    """The store's own copy of the photos and nothing else, on two threads as attaching uses:
    each copied, flushed to disk, hashed (SHA-256, its stored name) and renamed into place.
    What attaching cannot go below (on a fast disk the hash costs as much as the copy)."""
    from concurrent.futures import ThreadPoolExecutor

    from tli_workbook.store import Store

    with tempfile.TemporaryDirectory(prefix="store-copy-") as data:
        store = Store(Path(data))
        try:
            t = time.perf_counter()
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(store.copy_file_in, paths))
            return time.perf_counter() - t
        finally:
            store.close()


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


def _shown_kind(card) -> str:  # type: ignore[no-untyped-def]
    """What a card shows of its file, without building a sketch's widgets (an older tree,
    measured with --tree, has no sketches: its thumbnail button says)."""
    if hasattr(type(card), "preview_kind"):
        return str(card.preview_kind)
    return str(card.thumb.kind)


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
        wait_until(app, runner().is_idle)
        stalls = meter()
        stalls.start()
        t0, cpu0, gui0 = time.perf_counter(), time.process_time(), time.thread_time()
        QTimer.singleShot(0, lambda: drop(page.widget(), paths))

        def cards_done() -> bool:
            cards = page.ordered()
            return (
                len(cards) == len(paths)
                and not page.attaching
                and all(c.isVisible() and _shown_kind(c) == "image" for c in cards)
            )

        wait_until(app, cards_done)
        attach_s = time.perf_counter() - t0
        out = {
            "attach_s": attach_s,
            "attach_cpu_s": time.process_time() - cpu0,
            "attach_gui_cpu_s": time.thread_time() - gui0,
        }
        stalls.stop()
        out |= {
            "stall_ms": stalls.longest_ms,
            "stall_cpu_ms": stalls.longest_cpu_ms,
            "over50": stalls.over(50),
        }
        wait_until(app, runner().is_idle)
        out["idle_s"] = time.perf_counter() - t0

        # First visit of the page holding the 30 cards, previews not cached yet.
        win.close_workbook()
        shutil.rmtree(Path(data) / "thumbs", ignore_errors=True)
        view = win.open_workbook(wid)
        stalls = meter()
        stalls.start()
        t0 = time.perf_counter()
        QTimer.singleShot(0, lambda: view.show_part("artifact4"))
        wait_until(app, lambda: "artifact4" in view.pages and runner().is_idle())
        out["visit_s"] = time.perf_counter() - t0
        stalls.stop()
        out["visit_stall_ms"] = stalls.longest_ms
        out["visit_stall_cpu_ms"] = stalls.longest_cpu_ms
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
        head += f"; code of {os.environ.get('TLI_BENCH_TREE') or ROOT}"
        print(head, file=sys.stderr if args.json else sys.stdout)
        rows: dict[str, list[float]] = {}
        for _ in range(args.runs):  # interleaved, so the baseline sees the same machine
            rows.setdefault("copy_s", []).append(copy_baseline(paths, fsync=False))
            rows.setdefault("copy_fsync_s", []).append(copy_baseline(paths, fsync=True))
            rows.setdefault("store_copy_s", []).append(store_copy_floor(paths))
            for k, v in floors(paths).items():
                rows.setdefault(k, []).append(v)
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
    print(
        f"{'floor: the store copy alone (+ SHA-256), 2 threads':<52}{med['store_copy_s']:>11.2f}s"
    )
    floor_x = med["store_copy_s"] / med["copy_fsync_s"]
    print(f"{'  ratio of that floor / copy + fsync':<52}{floor_x:>12.2f}")
    print(f"{'ratio attach / that floor':<52}{med['attach_s'] / med['store_copy_s']:>12.2f}")
    print(f"{'  CPU time of the attach, all threads':<52}{med['attach_cpu_s']:>11.2f}s")
    print(f"{'  of which the GUI thread':<52}{med['attach_gui_cpu_s']:>11.2f}s")
    print(f"{'until the runner is idle (thumbnail files, details)':<52}{med['idle_s']:>11.2f}s")
    decode, sha = med["floor_decode_cpu_s"], med["floor_sha_cpu_s"]
    print(f"{'floor: 1/8 draft decode of each photo, CPU, summed':<52}{decode:>11.2f}s")
    print(f"{'floor: SHA-256 of each photo, CPU, summed':<52}{sha:>11.2f}s")
    floor_ratio = decode / 2 / med["copy_fsync_s"]
    print(f"{'floor / copy + fsync: decodes on 2 cores':<52}{floor_ratio:>12.2f}")
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
