#!/usr/bin/env python3
"""First visits: the longest GUI stall when opening the shipped sample workbook, and when
visiting each of its pages (parts and review pages) for the first time, in a fresh window.

    python benchmarks/visits_bench.py [--json]

Goal (issue 18): no stall over 100 ms, anywhere. The sample archive is imported into a
temporary data folder first (as a teacher does with File > Open sample).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("TLI_BENCH_TREE") or str(ROOT))  # run_all: the tree measured
sys.path.insert(0, str(ROOT / "benchmarks"))

from stall import measure, spin_until  # noqa: E402


def sample_archive() -> Path:
    tree = Path(os.environ.get("TLI_BENCH_TREE") or ROOT)
    return next((tree / "resources" / "samples").glob("*.tliwb"))


def run() -> dict[str, tuple[float, float]]:
    from tli_workbook.definitions import default_catalog
    from tli_workbook.store import Store
    from tli_workbook.store.archive import import_archive
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow
    from tli_workbook.ui.tasks import runner
    from tli_workbook.ui.workbook_view import _REVIEW_PAGES

    app = make_app()
    out: dict[str, tuple[float, float]] = {}
    from tli_workbook.ui import settings

    with tempfile.TemporaryDirectory(prefix="visits-") as data:
        # Settings of its own: the window reopens the page last shown in a workbook with the
        # same id, and another run (or a test) would decide what "open workbook" builds.
        settings.use_folder(Path(data))
        store = Store(Path(data))
        wid = import_archive(store, sample_archive())
        win = MainWindow(store, default_catalog())
        for kind in ("info", "warning", "error"):
            setattr(win.dialogs, kind, lambda *a, **k: None)
        win.resize(1280, 860)
        win.show()
        spin_until(app, runner().is_idle)
        out["open workbook"] = measure(app, lambda: win.open_workbook(wid))
        view = win.view
        assert view is not None
        for part in view.credential.parts:
            if part.id in view.pages:
                continue  # the page shown on opening (its cost is in "open workbook")
            out[part.title] = measure(app, lambda p=part.id: view.show_part(p))
        for page_id, label, _factory in _REVIEW_PAGES:
            out[label] = measure(app, lambda p=page_id: view.show_review(p))
        win.close_workbook()
        win.close()
        store.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = run()
    if args.json:
        print(json.dumps(res))
        return 0
    print(f"{'first visit':<56}{'stall':>9}{'GUI CPU':>10}")
    for name, (ms, cpu) in sorted(res.items(), key=lambda kv: -kv[1][0]):
        print(f"{name:<56}{ms:6.0f} ms{cpu:7.0f} ms{'  OVER 100' if ms > 100 else ''}")
    sys.stdout.flush()
    os._exit(0)  # background work (reading text in pictures) is not waited for


if __name__ == "__main__":
    sys.exit(main())
