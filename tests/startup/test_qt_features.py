"""PySide6 reads the source of every module imported after it (its feature switch); the app
replaces that scan, so importing a library costs only the import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import linecache, sys
if sys.argv[1] == "app":
    import tli_workbook
else:
    import PySide6.QtCore
import shibokensupport.feature as feature
before = len(linecache.cache)
import email.mime.text, xml.dom.minidom, json, csv   # not imported before by either
print(feature._mod_uses_pyside.__module__, len(linecache.cache) - before)
"""


def _probe(mode: str) -> list[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout.split()


def test_imports_after_pyside_do_not_read_module_sources() -> None:
    plain = _probe("plain")  # PySide6 alone: the sources are read (the cost avoided)
    assert plain[0] != "tli_workbook.qt_features" and int(plain[1]) > 5
    assert _probe("app") == ["tli_workbook.qt_features", "0"]
