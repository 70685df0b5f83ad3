"""The app opens no network connection, ever: Python's audit hooks see every socket call."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = r"""
import os, sys
seen = []
def hook(event, args):
    if event.startswith(("socket.", "urllib.", "http.")) or event in ("webbrowser.open",):
        seen.append(event)
sys.addaudithook(hook)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from tli_workbook.app import main
codes = [main(["--smoke"]), main(["credentials"]), main(["list"])]
from tli_workbook.ui.application import make_app
from tli_workbook.ui.main_window import MainWindow
from tli_workbook.definitions import default_catalog
from tli_workbook.store import Store
from tli_workbook.paths import data_dir
app = make_app()
store = Store(data_dir())
w = MainWindow(store, default_catalog())
w.show()
w.open_sample()
for part in w.view.credential.parts:
    w.view.show_part(part.id)
    app.processEvents()
w.close()
from tli_workbook.store.archive import export_archive
export_archive(store, w.store.list_workbooks()[0].id, os.path.join(sys.argv[1], "x.tliwb"))
store.close()
print("codes", codes, "network", seen)
"""


def test_no_socket_is_ever_opened(tmp_path: Path) -> None:
    env = dict(os.environ, TLI_WORKBOOK_DATA_DIR=str(tmp_path / "d"))
    r = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(tmp_path)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "codes [0, 0, 0] network []" in r.stdout
