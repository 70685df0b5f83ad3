"""Huge pastes into a real answer editor (offscreen window): a 10 MB paste is refused at once,
a 1 MB paste is counted, and a keystroke after it does not wait for a recount.
Run: python benchmarks/hostile_paste.py"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timing import Bench  # noqa: E402


def main() -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from tli_workbook.definitions import default_catalog
    from tli_workbook.store import Store
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    bench = Bench()
    make_app()
    with tempfile.TemporaryDirectory(prefix="tli-bench-") as tmp:
        store = Store(Path(tmp))
        window = MainWindow(store, default_catalog())
        window.dialogs.warning = lambda title, text: None  # type: ignore[method-assign]
        window.show()
        view = window.open_workbook(store.create_workbook("coaching-and-mentoring", "Bench"))
        assert view is not None
        editor = view.show_part("part1").editor("part1.overview")

        def paste(text: str) -> None:
            QGuiApplication.clipboard().setText(text)
            editor.edit.paste()

        def wait_for(condition, timeout_s: float = 60.0) -> None:  # type: ignore[no-untyped-def]
            end = time.perf_counter() + timeout_s
            while not condition():
                if time.perf_counter() > end:
                    raise TimeoutError
                QCoreApplication.processEvents()

        def refuse_ten_megabytes() -> None:
            paste("lorem ipsum " * 900_000)

        bench.check("refusing a 10 MB paste", refuse_ten_megabytes, 3.0)

        def paste_one_megabyte() -> None:
            editor.edit.clear()
            QCoreApplication.processEvents()
            paste("word " * 200_000)
            wait_for(lambda: "200000 / 350–500 words" in editor.counter.text())

        bench.check("pasting and counting 1 MB", paste_one_megabyte, 3.0, repeat=1)
        bench.check(
            "three keystrokes after a 1 MB paste",
            lambda: QTest.keyClicks(editor.edit, "abc"),
            1.0,
            repeat=1,
        )
        view.flush()
        window.close()
        store.close()
    return bench.done()


if __name__ == "__main__":
    raise SystemExit(main())
