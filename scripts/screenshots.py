#!/usr/bin/env python3
"""Grab the README's screenshots offscreen from the real window, with the sample workbook.

QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from tli_workbook.definitions import default_catalog
    from tli_workbook.store import Store
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    app = make_app()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        catalog = default_catalog()
        store.create_workbook("purposeful-collaboration", "Purposeful Collaboration, fall")
        w = MainWindow(store, catalog)
        w.resize(1280, 820)
        w.show()
        w.open_sample()
        view = w.view
        w.show_start()
        QApplication.processEvents()
        w.grab().save(str(out / "start-screen.png"))
        view = w.open_workbook(store.list_workbooks()[0].id)
        page = view.show_part("part1")
        editor = page.editor("part1.overview")
        editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
        QApplication.processEvents()
        w.grab().save(str(out / "part1.png"))
        view.show_part("artifact2")
        QApplication.processEvents()
        w.grab().save(str(out / "artifact2.png"))
        view.show_part("learn")
        QApplication.processEvents()
        w.grab().save(str(out / "learn.png"))
        w.close()
        store.close()
    del app
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
