"""About and credits names every library the app depends on at run time."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from tli_workbook.ui.about_dialog import RUNTIME_LIBRARIES, credits_html

ROOT = Path(__file__).resolve().parents[2]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_runtime_dependency_is_credited() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    declared = {_norm(re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0]) for d in deps}
    credited = {_norm(name) for name, _licence in RUNTIME_LIBRARIES}
    assert declared - credited == set(), "add these to RUNTIME_LIBRARIES with their licence"


def test_credits_show_licences_and_credential_sources(catalog) -> None:  # type: ignore[no-untyped-def]
    html = credits_html(catalog)
    assert "MIT licence" in html
    assert "BY-NC-ND" in html
    for c in catalog:
        assert c.title in html


def test_the_app_has_its_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    from tli_workbook.ui.application import app_icon, make_app

    app = make_app()
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(16, 16), (48, 48), (256, 256), (512, 512)} <= sizes
    assert not app.windowIcon().isNull()
