"""Child process of the Circle Map kill test: the real main window, the Circle Map page, and
text typed through key events (QTest) into a new canvas entry or the core belief box. Each
typed character is logged with its time; the parent kills this process with SIGKILL.

    python tests/durability/map_typing_child.py DATA_DIR EDIT_LOG canvas|core PREFIX
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPointF, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from tli_workbook.definitions import default_catalog  # noqa: E402
from tli_workbook.store import Store  # noqa: E402
from tli_workbook.ui.application import make_app  # noqa: E402
from tli_workbook.ui.main_window import MainWindow  # noqa: E402

TYPE_EVERY_MS = 40
ALPHABET = "abcdefghijklmnopqrstuvwxyz "


def main() -> int:
    data, edit_log, mode, prefix = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    app = make_app()
    store = Store(data)
    books = store.list_workbooks()
    wid = books[0].id if books else store.create_workbook("coaching-and-mentoring", "Map kill")
    window = MainWindow(store, default_catalog())
    window.show()
    view = window.open_workbook(wid)
    assert view is not None
    page = view.show_part("artifact1")
    window.activateWindow()
    log = open(edit_log, "a", encoding="utf-8")  # noqa: SIM115 (lives until killed)
    typed = prefix
    state = {"target": None}

    def start() -> None:
        if mode == "canvas":
            # A new entry in the outer ring, opened the way a double-click opens it.
            page.view.setFocus()
            page.scene.begin_add("needs", QPointF(0, -300))
            state["target"] = page.view.viewport()
        else:
            edit = page.core.theme.lineEdit()
            edit.setFocus()
            edit.selectAll()
            state["target"] = edit
        QTest.keyClicks(state["target"], prefix)
        log.write(f"{time.time():.6f} {typed}\n")
        log.flush()
        print("typing", flush=True)
        timer.start(TYPE_EVERY_MS)

    def type_one() -> None:
        nonlocal typed
        ch = ALPHABET[len(typed) % len(ALPHABET)]
        QTest.keyClicks(state["target"], ch)
        typed += ch
        # Logged after the key event was handled: a kill in between only makes the check
        # stricter.
        log.write(f"{time.time():.6f} {typed}\n")
        log.flush()

    timer = QTimer()
    timer.timeout.connect(type_one)
    QTimer.singleShot(200, start)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
