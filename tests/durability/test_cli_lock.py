"""One writer per data folder: while the window holds the folder, CLI commands that write
refuse with a clear message and change nothing; read-only commands still work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tli_workbook.store import Store
from tli_workbook.store.lock import InstanceLock

ROOT = Path(__file__).resolve().parents[2]


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tli_workbook", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_writing_commands_refuse_while_the_window_holds_the_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    s = Store(data)
    s.create_workbook("coaching-and-mentoring", "Mine")
    s.close()
    from tli_workbook.store.archive import export_archive

    s = Store(data)
    archive = export_archive(s, s.list_workbooks()[0].id, tmp_path / "a.tliwb")
    s.close()
    with InstanceLock(data):  # what the running window holds
        r = _cli(data, "create", "coaching-and-mentoring", "Second")
        assert r.returncode == 1
        assert "is open in TLI Workbook" in r.stderr and "did not run" in r.stderr
        r = _cli(data, "import-archive", str(archive))
        assert r.returncode == 1 and "is open in TLI Workbook" in r.stderr
        r = _cli(data, "list")
        assert r.returncode == 0 and "Mine" in r.stdout
    s = Store(data)
    assert [w.title for w in s.list_workbooks()] == ["Mine"]
    s.close()
    r = _cli(data, "create", "coaching-and-mentoring", "Second")  # window closed: it works
    assert r.returncode == 0, r.stderr
