"""An outline: levels (objective > task > subtask), optional columns and self-checks.

Stored shape: a list of nodes {"level", "text", "cells", "checks", "children"}; untouched
nodes are not stored. A node deeper than the levels allow is kept one level up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook.definitions.model import Field, Option
from tli_workbook.definitions.yamlnode import Node, options
from tli_workbook.fields.base import (
    NO_ANSWER,
    FieldKind,
    PacketContext,
    ReadinessContext,
    TextPiece,
    text_of,
)
from tli_workbook.fields.table import _Cells, parse_columns
from tli_workbook.packet.document import Block, Cell, Paragraph, Table
from tli_workbook.review.items import Item

# Not a YAML id: no definition can clash. Its label is shown translated (context Fields).
MILESTONE = Option("_milestone", str(QT_TRANSLATE_NOOP("Fields", "Milestone")))


class Outline(FieldKind):
    name = "outline"
    keys = frozenset({"levels", "columns", "checks", "milestones"})

    def __init__(self, kinds: Mapping[str, FieldKind]) -> None:
        self.cells = _Cells(kinds)

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        kw["levels"] = options(node.get("levels"))
        if not kw["levels"]:
            raise node.get("levels").fail("an outline needs at least one level")
        kw["columns"] = parse_columns(node.get("columns", []), parse_field)
        checks: dict[str, tuple[Option, ...]] = {}
        if node.has("checks"):
            cn = node.get("checks").mapping()
            level_ids = {lv.id for lv in kw["levels"]}
            for key in cn.value:
                if key not in level_ids:
                    raise cn.get(key).fail(f"{key!r} is not a level of this outline")
                checks[str(key)] = options(cn.get(key))
        if node.has("milestones"):
            # Rows of these levels can be marked as milestones (Project Plan): a tick kept
            # with the row's checks, printed as the row's kind rather than as a self-check.
            mn = node.get("milestones")
            known = {lv.id for lv in kw["levels"]}
            for i, lid in enumerate(mn.strs()):
                if lid not in known:
                    raise mn.items()[i].fail(f"{lid!r} is not a level of this outline")
                checks[lid] = (*checks.get(lid, ()), MILESTONE)
        kw["checks"] = checks

    def normalise(self, field: Field, value: Any) -> Any:
        return self._normal(field, value, 0)

    def _normal(self, field: Field, raw: Any, depth: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for item in raw if isinstance(raw, list) else []:
            if not isinstance(item, dict):
                continue
            level = field.levels[depth].id
            allowed = [o.id for o in field.checks.get(level, ())]
            raw_checks = item.get("checks")
            ticked = raw_checks if isinstance(raw_checks, list) else []
            if depth + 1 < len(field.levels):
                children = self._normal(field, item.get("children"), depth + 1)
                spill: list[dict[str, Any]] = []
            else:
                children, spill = [], self._normal(field, item.get("children"), depth)
            node: dict[str, Any] = {
                "level": level,
                "text": text_of(item.get("text")),
                "cells": self.cells.clean(field.columns, item.get("cells")),
                "checks": [c for c in allowed if c in ticked],
                "children": children,
            }
            if node["text"].strip() or node["cells"] or node["checks"] or children:
                out.append(node)
            out.extend(spill)
        return out

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        top = [n for n in self.normalise(field, value) if n["text"].strip()]
        if not field.required and not top:
            return
        first = field.levels[0].label.lower()
        ok = bool(top)
        label = QCoreApplication.translate("Fields", "{field}: {n} {level}(s)").format(
            field=field.label, n=len(top), level=first
        )
        detail = (
            ""
            if ok
            else QCoreApplication.translate("Fields", "Add at least one {level}").format(
                level=first
            )
        )
        yield Item(part_id, key, label, ok, detail, ok)

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        levels = {lv.id: lv.label for lv in field.levels}
        nodes = self.normalise(field, value)
        stack = [(n, str(i)) for i, n in reversed(list(enumerate(nodes, 1)))]
        while stack:
            node, number = stack.pop()
            label = f"{levels.get(node['level'], 'item')} {number}"
            texts = [("", node["text"])]
            texts += [(f" ({c.label})", node["cells"].get(c.id)) for c in field.columns]
            for suffix, text in texts:
                if isinstance(text, str) and text.strip():
                    yield TextPiece(f"{loc}#{number}{suffix}", f"{where}: {label}{suffix}", text)
            children = node["children"]
            stack.extend((c, f"{number}.{j}") for j, c in reversed(list(enumerate(children, 1))))

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        nodes = self.normalise(field, value)
        if not nodes:
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        labels = {lv.id: lv.label for lv in field.levels}
        header = [" / ".join(lv.label for lv in field.levels)] + [c.label for c in field.columns]
        rows: list[list[Cell]] = []
        shaded: set[int] = set()
        # level id -> [(node label, ticked check ids)], for the self-check tables
        checked: dict[str, list[tuple[str, set[str]]]] = {}

        def walk(children: list[dict[str, Any]], depth: int, number: str) -> None:
            for i, node in enumerate(children, 1):
                num = f"{number}.{i}" if number else str(i)
                level_id = node["level"]
                milestone = MILESTONE.id in node["checks"]
                kind = (
                    QCoreApplication.translate("Fields", MILESTONE.label)
                    if milestone
                    else labels.get(level_id)
                )
                label = f"{kind or level_id} {num}"
                text = node["text"].strip()
                if depth == 0:
                    shaded.add(len(rows))
                rows.append(
                    [Cell(f"{label}: {text}" if text else label, indent=depth, bold=depth == 0)]
                    + [self.cells.cell(c, node["cells"]) for c in field.columns]
                )
                if self_checks(field, level_id):
                    checked.setdefault(level_id, []).append((label, set(node["checks"])))
                walk(node["children"], depth + 1, num)

        walk(nodes, 0, "")
        blocks: list[Block] = [
            Table(header, rows, [3.0] + self.cells.widths(field.columns), shaded)
        ]
        for lv in field.levels:
            marked = checked.get(lv.id)
            if not marked:
                continue
            # One row per check, one column per objective: long check labels read in full.
            check_rows = [
                [Cell(c.label)]
                + [Cell("\u2713" if c.id in ticks else "", align="center") for _l, ticks in marked]
                for c in self_checks(field, lv.id)
            ]
            blocks.append(
                Table(
                    [f"{lv.label} self-check"] + [label for label, _ticks in marked],
                    check_rows,
                    [3.6] + [1.0] * len(marked),
                )
            )
        return blocks


def self_checks(field: Field, level_id: str) -> tuple[Option, ...]:
    """A level's self-checks, without the milestone mark."""
    return tuple(c for c in field.checks.get(level_id, ()) if c.id != MILESTONE.id)
