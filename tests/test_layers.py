"""The layers of docs/architecture.md: core packages import no Qt widgets and nothing of `ui`;
only circlemap (QPainter) and the Qt print writer may use QtGui."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "tli_workbook"
CORE = (
    "definitions",
    "fields",
    "text",
    "store",
    "review",
    "packet",
    "artifacts",
    "circlemap",
    "toolkit",
    "fishbone",
    "structuretree",
)


def _imports(path: Path) -> set[str]:
    """Every module named by an import statement anywhere in the file (inside functions too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", CORE)
def test_core_package_imports_no_widgets_and_no_ui(package: str) -> None:
    sources = sorted((PKG / package).rglob("*.py"))
    assert sources, package
    for source in sources:
        for name in _imports(source):
            assert not name.startswith("PySide6.QtWidgets"), f"{source}: {name}"
            assert not name.startswith("tli_workbook.ui"), f"{source}: {name}"


def test_nothing_outside_ui_imports_ui() -> None:
    for source in sorted(PKG.rglob("*.py")):
        if source.relative_to(PKG).parts[0] == "ui":
            continue
        for name in _imports(source):
            if name.startswith("tli_workbook.ui"):
                # The entry points start the window; they are the top, not a layer.
                assert source.relative_to(PKG).as_posix() in {"app.py", "cli.py"}, source
