"""Finds user-visible English that does not go through Qt's translation system.

Two nets, because neither alone is enough: any string literal handed to a Qt text call
(setText, QLabel, addAction, ...) and any literal that reads like prose (a capitalised
word followed by more words). Literals inside tr()/translate()/QT_TRANSLATE_NOOP, log
calls, raise statements and docstrings are not shown to the teacher as written and are
skipped. A line that holds text which must stay as it is (a file format's own words,
a font name) says so with a ``# notr`` comment.

Run as ``python -m tests.i18n.escapes PATH...`` to list what escapes in those files."""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"}
# Calls whose string arguments are never shown as written: logging, settings keys,
# object names, style sheets, string methods.
NOT_SHOWN = {
    "debug",
    "info",
    "warning",
    "error",
    "exception",
    "critical",
    "getLogger",
    "setObjectName",
    "setProperty",
    "property",
    "setStyleSheet",
    "findChild",
    "findChildren",
    "get_str",
    "get_int",
    "get_bool",
    "set_value",
    "setting",
    "set_setting",
    "startswith",
    "endswith",
    "replace",
    "split",
    "rstrip",
    "lstrip",
    "strip",
    "Signal",
    "Slot",
    "Property",
    "QSettings",
    "group",
}
# Qt calls whose string arguments are shown to the user.
SHOWN = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "addAction",
    "addMenu",
    "setStatusTip",
    "setTitle",
    "addRow",
    "addTab",
    "insertTab",
    "setTabText",
    "addItem",
    "addItems",
    "question",
    "information",
    "setInformativeText",
    "setDetailedText",
    "setLabelText",
    "showMessage",
    "setAccessibleName",
    "setAccessibleDescription",
    "addButton",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setWhatsThis",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "getSaveFileName",
    "getOpenFileName",
    "getOpenFileNames",
    "getExistingDirectory",
}
PROSE = re.compile(r"^[\W\d]*[A-Z][a-z']*[ ,.:;!?\u2026]+[A-Za-z]")
LETTERS = re.compile(r"[A-Za-z]{2}")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _docstrings(tree: ast.Module) -> set[ast.AST]:
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(body[0].value)
    return found


def escapes(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of each literal in ``path`` that reaches the screen untranslated."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    parent: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parent[child] = node
    docs = _docstrings(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or node in docs:
            continue
        text = node.value
        if not LETTERS.search(text):
            continue
        prose = bool(PROSE.search(text))
        shown = False
        skip = False
        up = parent.get(node)
        while up is not None and not isinstance(up, ast.FunctionDef | ast.ClassDef | ast.Module):
            if isinstance(up, ast.Call):
                called = _name(up.func)
                if called in TRANSLATING or called in NOT_SHOWN:
                    skip = True
                    break
                if called in SHOWN:
                    shown = True
            if isinstance(up, ast.Raise | ast.Assert | ast.Subscript):
                skip = True
                break
            if isinstance(up, ast.Compare):
                skip = True  # compared with, not shown
                break
            up = parent.get(up)
        if skip or not (prose or shown):
            continue
        end = getattr(node, "end_lineno", node.lineno) or node.lineno
        if any("# notr" in lines[i - 1] for i in range(node.lineno, end + 1)):
            continue
        yield node.lineno, text


def python_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(path.rglob("*.py"))
        elif path.suffix == ".py":
            yield path


def main(argv: list[str]) -> int:
    count = 0
    for path in python_files(argv or ["tli_workbook"]):
        for line, text in escapes(path):
            count += 1
            print(f"{path}:{line}: {text[:80]!r}")
    print(f"{count} untranslated", file=sys.stderr)
    return 1 if count else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
