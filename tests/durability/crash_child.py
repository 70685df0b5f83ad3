"""Child process of the crash harness: types into Part 1 through the app's own Autosaver, as
the editor does, and logs each edit with the time it was made. Killed with SIGKILL at random.

    python tests/durability/crash_child.py DATA_DIR EDIT_LOG
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from tli_workbook.store import Store  # noqa: E402
from tli_workbook.ui.autosave import Autosaver  # noqa: E402

KEY = "part1.overview"
EDIT_EVERY_MS = 15


def main() -> int:
    data, edit_log = Path(sys.argv[1]), Path(sys.argv[2])
    app = QCoreApplication([])
    store = Store(data)
    books = store.list_workbooks()
    wid = books[0].id if books else store.create_workbook("coaching-and-mentoring", "Crash test")
    text = store.answer(wid, KEY, "")
    k = len(text.split())
    saver = Autosaver(store, wid)
    log = open(edit_log, "a", encoding="utf-8")  # noqa: SIM115 (lives until killed)
    write = store.set_answers

    def timed_write(workbook_id: int, values: dict) -> None:
        # Commit timings go to the log too, so a failure report shows where time went.
        t0 = time.time()
        write(workbook_id, values)
        log.write(f"F {t0:.6f} {time.time():.6f}\n")
        log.flush()

    store.set_answers = timed_write  # type: ignore[method-assign]

    def type_word() -> None:
        nonlocal text, k
        k += 1
        text = f"{text} w{k}".strip()
        value = text
        saver.set(KEY, lambda: value)
        # Logged after the edit is handed to the saver: a kill between the two only makes the
        # harness stricter (it may expect a word the log never recorded, never the reverse).
        log.write(f"{k} {time.time():.6f}\n")
        log.flush()

    timer = QTimer()
    timer.timeout.connect(type_word)
    timer.start(EDIT_EVERY_MS)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
