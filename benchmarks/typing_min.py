#!/usr/bin/env python3
"""A minimal typing benchmark (run_all uses typing_bench.py instead when it exists): key
latency in Part 1's answer holding N words, next to a bare QPlainTextEdit holding the same
text, in one process.

    python benchmarks/typing_min.py [--words 5000 20000] [--keys 120] [--json]

Each key is a real key event (QTest.keyClick) followed by processing what it queued; its
latency is the time for both. The first key (after the page opened) is reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("TLI_BENCH_TREE") or str(ROOT))  # run_all: the tree measured
sys.path.insert(0, str(ROOT / "benchmarks"))

WORDS = [
    "teachers",
    "students",
    "planning",
    "feedback",
    "coaching",
    "cycle",
    "goal",
    "evidence",
    "reflect",
]


def text_of(n: int) -> str:
    rng = random.Random(n)
    paras, words = [], 0
    while words < n:
        k = min(rng.randint(40, 120), n - words)
        paras.append(" ".join(rng.choice(WORDS) for _ in range(k)).capitalize() + ".")
        words += k
    return "\n\n".join(paras)


def type_into(app: Any, edit: Any, keys: int) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    edit.setFocus()
    cur = edit.textCursor()
    cur.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cur)
    app.processEvents()
    lat = []
    text = "and the team agreed to meet every week "
    for i in range(keys + 1):
        ch = text[i % len(text)]
        t0 = time.perf_counter()
        if ch == " ":
            QTest.keyClick(edit, Qt.Key.Key_Space)
        else:
            QTest.keyClick(edit, ch)
        app.processEvents()
        lat.append((time.perf_counter() - t0) * 1000)
    first, rest = lat[0], sorted(lat[1:])
    return {
        "first_ms": first,
        "p95_ms": rest[int(len(rest) * 0.95) - 1],
        "p99_ms": rest[int(len(rest) * 0.99) - 1],
    }


def run(words: list[int], keys: int) -> dict[str, dict[str, float]]:
    from PySide6.QtWidgets import QPlainTextEdit

    from tli_workbook.definitions import default_catalog
    from tli_workbook.store import Store
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    app = make_app()
    out: dict[str, dict[str, float]] = {}
    for n in words:
        text = text_of(n)
        bare = QPlainTextEdit()
        bare.resize(900, 600)
        bare.setPlainText(text)
        bare.show()
        app.processEvents()
        out[f"bare {n}"] = type_into(app, bare, keys)
        bare.close()
        if True:  # the folder outlives the window's timers; the process ends with os._exit
            data = tempfile.mkdtemp(prefix="typing-")
            store = Store(Path(data))
            wid = store.create_workbook("coaching-and-mentoring", "Typing")
            store.set_answer(wid, "part1.overview", text)
            win = MainWindow(store, default_catalog())
            for kind in ("info", "warning", "error"):
                setattr(win.dialogs, kind, lambda *a, **k: None)
            win.resize(1280, 860)
            win.show()
            view = win.open_workbook(wid)
            assert view is not None
            page = view.show_part("part1")
            app.processEvents()
            editor = page.editor("part1.overview")
            out[f"app {n}"] = type_into(app, editor.edit, keys)
            win.close_workbook()
            win.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, nargs="+", default=[5000, 20000])
    ap.add_argument("--keys", type=int, default=120)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = run(args.words, args.keys)
    if args.json:
        print(json.dumps(res))
    else:
        for name, r in res.items():
            print(f"{name:<12}" + "  ".join(f"{k} {v:7.1f}" for k, v in r.items()))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
