"""Outline editor: a nested plan (e.g. objective > task > subtask) with columns per row and
per-level checks (e.g. "Specific", "Time-bound" on each objective).

Levels follow depth: a row's level is the definition's level at that depth, so indenting a
task under another makes it a subtask. Rows are laid out flat (indented), which lets each row
own its keyboard shortcuts without nesting ambiguities.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Field, Option
from tli_workbook.fields.outline import self_checks
from tli_workbook.ui.forms.base import FieldEditor, FormContext
from tli_workbook.ui.forms.fields_table import (
    GrowingTextEdit,
    clean_cells,
    discard,
    make_cell_editor,
    same_value,
)
from tli_workbook.ui.forms.lazy import (
    LazyRows,
    chain_of,
    later,
    place_in_chain,
)

Path = tuple[int, ...]
INDENT_PX = 28
SHORTCUTS = {
    "sibling": "Ctrl+Return",
    "child": "Ctrl+Shift+Return",
    "indent": "Alt+Shift+Right",
    "outdent": "Alt+Shift+Left",
    "up": "Alt+Shift+Up",
    "down": "Alt+Shift+Down",
    "delete": "Ctrl+Shift+Delete",
}
# A stored plan shows this many rows at once; the rest are built one per turn of the event
# loop: the sample's twelve rows are some four hundred widgets, and a row styled in a shown
# page costs some 20 ms (three a turn made the Design page's longest stalls).
ROWS_AT_ONCE = 1
ROWS_PER_TURN = 1


def short_label(label: str) -> str:
    """ "Specific: clearly identifies ..." -> "Specific"."""
    head = label.split(":", 1)[0].strip()
    return head if head and len(head) <= 28 else label[:28].rstrip() + "…"


def _height(node: dict[str, Any]) -> int:
    """Levels below this node (0 for a leaf)."""
    return 1 + max((_height(c) for c in node["children"]), default=-1)


class OutlineRow(QFrame):
    """One node: its number, text, column cells and checks, and its actions."""

    def __init__(self, owner: OutlineEditor, path: Path, node: dict[str, Any]) -> None:
        super().__init__()
        self.setObjectName("outlineRow")
        self.setProperty("depth", len(path) - 1)
        f = owner.field
        depth = len(path) - 1
        level = f.levels[depth]
        self.name = f"{level.label} {'.'.join(str(i + 1) for i in path)}"
        self.setAccessibleName(self.name)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8 + depth * INDENT_PX, 6, 8, 6)
        outer.setSpacing(4)

        line = QHBoxLayout()
        badge = QLabel(self.name)
        badge.setObjectName("outlineBadge")
        badge.setMinimumWidth(96)
        line.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        self.text = GrowingTextEdit(1, 8)
        self.text.setAccessibleName(self.tr("{name}: text").format(name=self.name))
        self.text.setPlaceholderText(
            self.tr("Describe this {level}…").format(level=level.label.lower())
        )
        self.text.setPlainText(node["text"])
        self.text.textChanged.connect(lambda: owner.text_changed(node, self.text.toPlainText()))
        badge.setBuddy(self.text)
        line.addWidget(self.text, 1)
        outer.addLayout(line)

        self.cells: dict[str, FieldEditor] = {}
        if f.columns:
            grid = QGridLayout()
            grid.setContentsMargins(badge.minimumWidth() + 6, 0, 0, 0)
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(0)
            for c, col in enumerate(f.columns):
                head = QLabel(col.label)
                head.setObjectName("cellLabel")
                ed = make_cell_editor(col, owner.ctx, f"{col.label}, {self.name}")
                ed.set_value(node["cells"].get(col.id))
                ed.changed.connect(lambda k=col.id, e=ed: owner.cell_changed(node, k, e))
                head.setBuddy(ed.focusProxy() or ed)
                grid.addWidget(head, 0, c)
                grid.addWidget(ed, 1, c, Qt.AlignmentFlag.AlignTop)
                grid.setColumnStretch(c, {"date": 0, "number": 0}.get(col.type, 2))
                self.cells[col.id] = ed
            outer.addLayout(grid)

        self.checks: dict[str, QCheckBox] = {}
        items: tuple[Option, ...] = f.checks.get(level.id, ())
        if items:
            row = QHBoxLayout()
            row.setContentsMargins(badge.minimumWidth() + 6, 0, 0, 0)
            row.setSpacing(14)
            if self_checks(f, level.id):  # a milestone mark alone needs no "Meets:"
                hint = QLabel(self.tr("Meets:"))
                hint.setObjectName("cellLabel")
                row.addWidget(hint)
            for opt in items:
                cb = QCheckBox(short_label(opt.label))
                cb.setObjectName(f"check:{opt.id}")
                cb.setToolTip(opt.label)
                cb.setAccessibleName(f"{opt.label} ({self.name})")
                cb.setChecked(opt.id in node["checks"])
                cb.clicked.connect(lambda _on: owner.checks_changed(node, self.ticked()))
                row.addWidget(cb)
                self.checks[opt.id] = cb
            row.addStretch(1)
            outer.addLayout(row)

        # The row's buttons are made last so that Tab goes through the row in reading order
        # (text, cells, checks) and reaches "+ Subtask" and "⋯" only after them: typing a
        # space after Tab from the text once added a stray subtask.
        self.child_btn: QToolButton | None = None
        if depth + 1 < len(f.levels):
            child = f.levels[depth + 1].label
            self.child_btn = QToolButton()
            self.child_btn.setText(f"+ {child}")
            self.child_btn.setAccessibleName(
                self.tr("Add a {level} under {name}").format(level=child.lower(), name=self.name)
            )
            self.child_btn.setToolTip(
                self.tr("Add a {level} ({keys})").format(
                    level=child.lower(), keys=SHORTCUTS["child"]
                )
            )
            self.child_btn.clicked.connect(lambda: owner.act("child", path))
            line.addWidget(self.child_btn, 0, Qt.AlignmentFlag.AlignTop)
        self.menu_btn = QToolButton()
        self.menu_btn.setText("⋯")
        self.menu_btn.setObjectName("outlineMenu")
        self.menu_btn.setAccessibleName(self.tr("More actions for {name}").format(name=self.name))
        self.menu_btn.setToolTip(self.tr("Add, move, indent or delete"))
        self.menu_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.menu_btn)
        self.actions_by_id = self._actions(owner, path, node, level.label)
        self.menu_btn.setMenu(self.menu)
        line.addWidget(self.menu_btn, 0, Qt.AlignmentFlag.AlignTop)

    def _actions(
        self, owner: OutlineEditor, path: Path, node: dict[str, Any], label: str
    ) -> dict[str, QAction]:
        f = owner.field
        depth = len(path) - 1
        siblings = owner.siblings(path)
        i = path[-1]
        child = f.levels[depth + 1].label.lower() if depth + 1 < len(f.levels) else ""
        prev = siblings[i - 1] if i > 0 else None
        specs = [
            ("sibling", self.tr("Add {level} after this").format(level=label.lower()), True),
            (
                "child",
                self.tr("Add {level}").format(level=child) if child else self.tr("Add below"),
                bool(child),
            ),
            (
                "indent",
                self.tr("Indent"),
                prev is not None and depth + 1 + _height(node) < len(f.levels),
            ),
            ("outdent", self.tr("Outdent"), depth > 0),
            ("up", self.tr("Move up"), i > 0),
            ("down", self.tr("Move down"), i < len(siblings) - 1),
            ("delete", self.tr("Delete"), True),
        ]
        out: dict[str, QAction] = {}
        for key, text, enabled in specs:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(SHORTCUTS[key]))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setEnabled(enabled)
            act.triggered.connect(lambda _c=False, k=key: owner.act(k, path))
            self.addAction(act)  # the shortcut works while focus is anywhere in this row
            if key == "delete":
                self.menu.addSeparator()
            self.menu.addAction(act)
            out[key] = act
        return out

    def ticked(self) -> list[str]:
        return [k for k, cb in self.checks.items() if cb.isChecked()]


class OutlineEditor(LazyRows, FieldEditor):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.nodes: list[dict[str, Any]] = [self._new(0)]
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        for level in field.levels:
            items = self_checks(field, level.id)
            if items:
                text = "; ".join(o.label for o in items)
                note = QLabel(
                    self.tr("Check each {level} against the criteria: {criteria}.").format(
                        level=level.label.lower(), criteria=text
                    )
                )
                note.setObjectName("fieldHelp")
                note.setWordWrap(True)
                lay.addWidget(note)
        keys = QLabel(
            self.tr(
                "Keys inside a row: {next} adds the next one, {below} adds one below, "
                "Alt+Shift+arrows move and indent."
            ).format(next=SHORTCUTS["sibling"], below=SHORTCUTS["child"])
        )
        keys.setObjectName("fieldHelp")
        keys.setWordWrap(True)
        lay.addWidget(keys)
        self.frame = QFrame()
        self.frame.setObjectName("outlineBox")
        self.frame.setAccessibleName(field.label)
        self.rows_box = QVBoxLayout(self.frame)
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_box.setSpacing(0)
        lay.addWidget(self.frame)
        bar = QHBoxLayout()
        top = field.levels[0].label
        self.add_btn = QPushButton(self.tr("+ Add {level}").format(level=top.lower()))
        self.add_btn.setAccessibleName(
            self.tr("Add {level} to {label}").format(level=top.lower(), label=field.label)
        )
        self.add_btn.clicked.connect(self.add_top)
        bar.addWidget(self.add_btn)
        bar.addStretch(1)
        lay.addLayout(bar)
        self._rows: dict[Path, OutlineRow] = {}
        self._pending: list[tuple[Path, dict[str, Any]]] = []  # rows still to be built
        self._generation = 0  # which rebuild a queued batch of rows belongs to
        self._tail: QWidget | None = None  # the last Tab stop of the rows built so far
        # The empty first row is built on a later turn: a page sets the stored plan at once,
        # and building that row only to replace it cost as much as two rows of the plan.
        self._pending = [((0,), self.nodes[0])]
        later(self._build_some, self._generation)

    @property
    def rows(self) -> dict[Path, OutlineRow]:
        """Every row, by path (rows still waiting to be built are built first)."""
        self.finish_building()
        return self._rows

    def _build_late(self, item: Any) -> None:
        path, node = item
        self._add_row(path, node, late=True)

    # ----- model -----------------------------------------------------------------------------

    def _new(self, depth: int) -> dict[str, Any]:
        return {
            "level": self.field.levels[depth].id,
            "text": "",
            "cells": {},
            "checks": [],
            "children": [],
        }

    def _normal(self, raw: Any, depth: int) -> list[dict[str, Any]]:
        """Stored nodes -> clean nodes; anything deeper than the levels allow is kept one
        level up rather than dropped."""
        out: list[dict[str, Any]] = []
        cols = {c.id for c in self.field.columns}
        for item in raw if isinstance(raw, list) else []:
            if not isinstance(item, dict):
                continue
            node = self._new(depth)
            text = item.get("text")
            node["text"] = text if isinstance(text, str) else ""
            cells = item.get("cells")
            if isinstance(cells, dict):
                node["cells"] = {k: v for k, v in cells.items() if k in cols}
            allowed = [o.id for o in self.field.checks.get(node["level"], ())]
            checks = item.get("checks")
            if isinstance(checks, list):
                node["checks"] = [c for c in allowed if c in checks]
            out.append(node)
            if depth + 1 < len(self.field.levels):
                node["children"] = self._normal(item.get("children"), depth + 1)
            else:
                out.extend(self._normal(item.get("children"), depth))
        return out

    def value(self) -> Any:
        def dump(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
            out = []
            for n in nodes:
                children = dump(n["children"])
                cells = clean_cells(n["cells"])
                if not (n["text"].strip() or cells or n["checks"] or children):
                    continue  # an untouched row is not an answer
                out.append(
                    {
                        "level": n["level"],
                        "text": n["text"],
                        "cells": cells,
                        "checks": list(n["checks"]),
                        "children": children,
                    }
                )
            return out

        return dump(self.nodes)

    def set_value(self, value: Any) -> None:
        self.nodes = self._normal(value, 0) or [self._new(0)]
        self._rebuild(lazy=True)

    def siblings(self, path: Path) -> list[dict[str, Any]]:
        nodes = self.nodes
        for i in path[:-1]:
            nodes = nodes[i]["children"]
        return nodes

    def node(self, path: Path) -> dict[str, Any]:
        return self.siblings(path)[path[-1]]

    def _relevel(self, nodes: list[dict[str, Any]], depth: int) -> None:
        allowed = self.field.checks
        for n in nodes:
            n["level"] = self.field.levels[depth].id
            ids = [o.id for o in allowed.get(n["level"], ())]
            n["checks"] = [c for c in n["checks"] if c in ids]
            self._relevel(n["children"], depth + 1)

    # ----- edits from rows -------------------------------------------------------------------

    def text_changed(self, node: dict[str, Any], text: str) -> None:
        if node["text"] != text:
            node["text"] = text
            self.changed.emit()

    def cell_changed(self, node: dict[str, Any], column: str, editor: FieldEditor) -> None:
        value = editor.value()
        if not same_value(node["cells"].get(column), value):
            node["cells"][column] = value
            self.changed.emit()

    def checks_changed(self, node: dict[str, Any], ticked: list[str]) -> None:
        if node["checks"] != ticked:
            node["checks"] = ticked
            self.changed.emit()

    def add_top(self) -> None:
        self.nodes.append(self._new(0))
        self._after_edit((len(self.nodes) - 1,))

    def act(self, action: str, path: Path) -> None:
        """Apply a structural action to the row at `path`; focus follows the row."""
        sibs = self.siblings(path)
        i, depth = path[-1], len(path) - 1
        node = sibs[i]
        focus: Path | None = path
        if action == "sibling":
            sibs.insert(i + 1, self._new(depth))
            focus = path[:-1] + (i + 1,)
        elif action == "child" and depth + 1 < len(self.field.levels):
            node["children"].append(self._new(depth + 1))
            focus = path + (len(node["children"]) - 1,)
        elif action == "indent" and i > 0 and depth + 1 + _height(node) < len(self.field.levels):
            prev = sibs[i - 1]
            prev["children"].append(sibs.pop(i))
            focus = path[:-1] + (i - 1, len(prev["children"]) - 1)
        elif action == "outdent" and depth > 0:
            parent = path[:-1]
            self.siblings(parent).insert(parent[-1] + 1, sibs.pop(i))
            focus = parent[:-1] + (parent[-1] + 1,)
        elif action in ("up", "down"):
            j = i - 1 if action == "up" else i + 1
            if not 0 <= j < len(sibs):
                return
            sibs[i], sibs[j] = sibs[j], sibs[i]
            focus = path[:-1] + (j,)
        elif action == "delete":
            if not self._confirm_delete(path, node):
                return
            sibs.pop(i)
            if not self.nodes:
                self.nodes.append(self._new(0))
            if sibs:
                focus = path[:-1] + (min(i, len(sibs) - 1),)
            else:
                focus = path[:-1] or (0,)
        else:
            return
        self._after_edit(focus)

    def _confirm_delete(self, path: Path, node: dict[str, Any]) -> bool:
        if not self.value_of(node):
            return True
        row = self.rows.get(path)
        name = row.name if row else self.tr("this row")
        question = (
            self.tr("Delete {name} and everything under it?")
            if node["children"]
            else self.tr("Delete {name}?")
        )
        return self.ctx.dialogs.confirm(
            self.tr("Delete row"), question.format(name=name), self.tr("Delete")
        )

    @staticmethod
    def value_of(node: dict[str, Any]) -> bool:
        has = bool(node["text"].strip() or clean_cells(node["cells"]) or node["checks"])
        return has or bool(node["children"])

    def _after_edit(self, focus: Path | None) -> None:
        self._relevel(self.nodes, 0)
        self._rebuild()
        self.changed.emit()
        row = self.rows.get(focus) if focus else None
        if row is not None:
            row.text.setFocus()

    # ----- view ------------------------------------------------------------------------------

    def _rebuild(self, lazy: bool = False) -> None:
        for row in self._rows.values():
            self.rows_box.removeWidget(row)
            discard(row)
        self._rows = {}
        self._generation += 1
        self._tail = None
        order: list[tuple[Path, dict[str, Any]]] = []

        def walk(nodes: list[dict[str, Any]], prefix: Path) -> None:
            for i, n in enumerate(nodes):
                path = prefix + (i,)
                order.append((path, n))
                walk(n["children"], path)

        walk(self.nodes, ())
        now = order[:ROWS_AT_ONCE] if lazy else order
        for path, n in now:
            self._add_row(path, n, late=False)
        self._pending = order[len(now) :]
        if self._pending:
            later(self._build_some, self._generation)

    def _add_row(self, path: Path, node: dict[str, Any], late: bool) -> None:
        row = OutlineRow(self, path, node)
        self._rows[path] = row
        self.rows_box.addWidget(row)
        # Rows are shown now rather than on the next event-loop turn (Qt's default for widgets
        # added to a visible layout), so focus and row shortcuts work at once.
        row.show()
        stops = chain_of(row)
        if late:  # after the rows before it, not at the end of the window's Tab chain
            self._tail = place_in_chain(self._tail or self.add_btn, stops)
        elif stops:
            self._tail = stops[-1]

    def _build_some(self, generation: int) -> None:
        if generation != self._generation:
            return  # rebuilt since: those rows are gone
        for _ in range(min(ROWS_PER_TURN, len(self._pending))):
            self._add_row(*self._pending.pop(0), late=True)
        if self._pending:
            later(self._build_some, generation)

    def focus_tail(self) -> QWidget | None:
        """The last Tab stop of this editor (its last row's last one)."""
        self.finish_building()
        return self._tail

    def focus_editor(self) -> None:
        first = self.rows.get((0,))
        if first is not None:
            first.text.setFocus()
