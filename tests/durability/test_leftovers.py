"""2 imports and 2 exports killed half way (SIGKILL, real processes), then one real start of
the app: no import staging folder, no hidden temporary file or work folder, no empty kit
folder and nothing of the teacher's in the system temp folder is left. The same with 10 + 10
kills: `python scripts/leftover_kills.py`."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "leftover_kills", ROOT / "scripts" / "leftover_kills.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_killed_imports_and_exports_leave_nothing_after_a_restart(tmp_path: Path) -> None:
    before, after = _script().run(tmp_path, kills=2)
    # The kills really left work behind: two import staging folders and hidden export files.
    assert sum("tliwb-import-" in p for p in before) == 2, before
    assert any("/out/." in p for p in before), before
    assert any(".tli-kit-work-" in p for p in before), before  # the kit under a hidden name
    assert after == [], after
