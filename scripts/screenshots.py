#!/usr/bin/env python3
"""Grab the README's screenshots offscreen from the real window, with the sample workbook.

QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR]
QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --help-images   # the user guide's
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


HELP_WIDTH = 900  # the guide's pictures: readable in the help window, ~100 KB each


def _save_small(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Grab, scale to the guide's width and keep 128 colours (screens have few), so the
    PNGs shipped in resources/help/ stay small."""
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt

    pix = widget.grab().scaledToWidth(HELP_WIDTH, Qt.TransformationMode.SmoothTransformation)
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    pix.save(buf, "PNG")
    img = Image.open(io.BytesIO(bytes(buf.data()))).convert("RGB")
    img.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def _settle() -> None:
    """Let pages finish their background work (thumbnails, text reading) before a grab."""
    from PySide6.QtWidgets import QApplication

    from tli_workbook.ui.tasks import runner

    for _ in range(3):
        QApplication.processEvents()
        runner().wait_idle()
    QApplication.processEvents()


def help_images() -> int:
    out = ROOT / "resources" / "help" / "images"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from tli_workbook.definitions import default_catalog
    from tli_workbook.store import Store
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    app = make_app()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        w = MainWindow(store, default_catalog())
        w.resize(1280, 820)
        w.show()
        w.open_sample()
        w.show_start()
        QApplication.processEvents()
        _save_small(w, out / "start-screen.png")
        view = w.open_workbook(store.list_workbooks()[0].id)
        for name, part in (
            ("part1", "part1"),
            ("circle-map", "artifact1"),
            ("evidence", "artifact4"),
        ):
            view.show_part(part)
            _settle()
            _save_small(w, out / f"{name}.png")
        view.show_review("readiness")
        QApplication.processEvents()
        _save_small(w, out / "ready.png")
        w.close()
        store.close()
    del app
    for png in sorted(out.glob("*.png")):
        print(png, png.stat().st_size)
    return 0


def main() -> int:
    if sys.argv[1:] == ["--help-images"]:
        return help_images()
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
