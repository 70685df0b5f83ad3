#!/usr/bin/env python3
"""Dragging an entry on the Circle Map with real mouse events, next to the same drag in a bare
QGraphicsScene (the floor), in one process.

    python benchmarks/drag_bench.py [--json]

A drag is a mouse press on the item, 40 moves (each followed by a synchronous repaint of the
viewport: one frame) and a release; the drop is timed from the release until the event loop
is idle again, so whatever the map does on a drop (layout, saving) counts. The events go
through the view's viewport, as a real mouse's do (QGraphicsView -> scene -> item).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("TLI_BENCH_TREE") or str(ROOT))  # run_all: the tree measured
sys.path.insert(0, str(ROOT / "benchmarks"))

MOVES = 40


def _send(viewport: Any, kind: Any, pos: Any, buttons: Any) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    local = QPointF(pos)
    glob = QPointF(viewport.mapToGlobal(pos))
    button = (
        Qt.MouseButton.LeftButton if kind != QMouseEvent.Type.MouseMove else Qt.MouseButton.NoButton
    )
    ev = QMouseEvent(kind, local, glob, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, ev)


def drag(app: Any, view: Any, start: Any, step: Any = None) -> dict[str, float]:
    """Press at viewport point `start`, move MOVES times by `step` (3, 2 px), release; frame
    and drop times."""
    from PySide6.QtCore import QEvent, QPoint, Qt
    from stall import spin_for

    vp = view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    step = QPoint(3, 2) if step is None else step
    _send(vp, QEvent.Type.MouseMove, start, none)  # hover first, as a real pointer does
    app.processEvents()
    t0 = time.perf_counter()
    _send(vp, QEvent.Type.MouseButtonPress, start, left)
    vp.repaint()
    press = time.perf_counter() - t0
    frames = []
    for i in range(1, MOVES + 1):
        pos = start + step * i
        t0 = time.perf_counter()
        _send(vp, QEvent.Type.MouseMove, pos, left)
        vp.repaint()
        frames.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    _send(vp, QEvent.Type.MouseButtonRelease, start + step * MOVES, none)
    vp.repaint()
    app.processEvents()
    drop = time.perf_counter() - t0
    spin_for(app, 0.2)
    frames.sort()
    return {
        "press_ms": press * 1000,
        "frame_median_ms": statistics.median(frames) * 1000,
        "frame_p95_ms": frames[int(len(frames) * 0.95) - 1] * 1000,
        "drop_ms": drop * 1000,
    }


def bare_drag(app: Any) -> dict[str, float]:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

    scene = QGraphicsScene(QRectF(-600, -600, 1200, 1200))
    rng = random.Random(7)
    target = None
    for _i in range(300):  # as many items as the crowded map has entries
        item = scene.addRect(QRectF(0, 0, 120, 40), brush=QBrush(QColor("#e6f4ea")))
        item.setPos(rng.uniform(-500, 450), rng.uniform(-500, 500))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        target = item
    assert target is not None
    target.setPos(0, 0)
    target.setZValue(1)
    view = QGraphicsView(scene)
    view.setRenderHint(view.renderHints().Antialiasing)
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    start = view.mapFromScene(target.sceneBoundingRect().center())
    before = target.pos()
    out = drag(app, view, start)
    assert target.pos() != before, "the bare drag did not move the item"
    view.close()
    _ = Qt
    return out


def map_drag(app: Any) -> dict[str, float]:
    from circlemap_bench import crowded_map
    from PySide6.QtCore import QPoint

    from tli_workbook.definitions import default_catalog
    from tli_workbook.store import Store
    from tli_workbook.ui.circlemap.editor import CircleMapPage

    data = crowded_map(random.Random(7))
    cred = default_catalog().get("coaching-and-mentoring")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        wid = store.create_workbook(cred.id, "Benchmark")
        store.save_map(wid, entries=data["entries"], strokes=data["strokes"])
        page = CircleMapPage(store, wid, cred, cred.part("artifact1"))
        page.resize(1400, 900)
        page.show()
        app.processEvents()
        free = [e["id"] for e in data["entries"] if e["free"]]
        key, start = grab_point(app, page, free)
        before = page.scene.entry_items[key].pos()
        # Towards the middle: a drop outside the outer circle is refused (the entry goes back).
        centre = page.view.mapFromScene(0, 0)
        step = QPoint(3 if centre.x() > start.x() else -3, 2 if centre.y() > start.y() else -2)
        out = drag(app, page.view, start, step)
        moved = page.scene.entry_items[key].pos() != before
        out["moved"] = float(moved)
        page.close()
        page.deleteLater()
        app.processEvents()
        store.close()
    return out


def grab_point(app: Any, page: Any, free: list[str]) -> tuple[str, Any]:
    """A free entry (it can be dragged anywhere) and a viewport point where the pointer lands
    on it: on the crowded map another entry often lies over an entry's centre, and a press
    there would drag that one instead."""
    for key in free:
        item = page.scene.entry_items[key]
        item.ensureVisible()
        app.processEvents()
        rect = item.sceneBoundingRect()
        for fx, fy in ((0.5, 0.5), (0.2, 0.5), (0.8, 0.5), (0.5, 0.2), (0.5, 0.8)):
            point = page.view.mapFromScene(
                rect.left() + rect.width() * fx, rect.top() + rect.height() * fy
            )
            hit = page.view.itemAt(point)
            while hit is not None and hit is not item and hit.parentItem() is not None:
                hit = hit.parentItem()
            if hit is item:
                return key, point
    raise RuntimeError("no free entry of the crowded map can be grabbed")


def run() -> dict[str, dict[str, float]]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    return {"bare": bare_drag(app), "map": map_drag(app)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = run()
    if args.json:
        print(json.dumps(res))
    else:
        for k in res["bare"]:
            b, m = res["bare"][k], res["map"][k]
            print(
                f"{k:<18} bare {b:8.2f}  map {m:8.2f}  ratio {m / b if b else float('nan'):6.1f}x"
            )
        print("entry moved:", bool(res["map"]["moved"]))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
