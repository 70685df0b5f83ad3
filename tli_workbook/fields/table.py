"""Tables: fixed rows named by the definition, or rows the teacher adds.

Stored shape: a list of row objects {column id: value}. A fixed-row table stores every
definition row, in definition order, each with its row id under "_row" (nothing at all
until something is typed). Rows are found by that id, never by position, so a definition
that adds or reorders rows never moves an answer under another row's label.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Field
from tli_workbook.definitions.yamlnode import Node, options, unique
from tli_workbook.fields.base import (
    NO_ANSWER,
    FieldKind,
    PacketContext,
    ReadinessContext,
    TextPiece,
    is_empty,
)
from tli_workbook.packet.document import Block, Cell, Paragraph
from tli_workbook.packet.document import Table as TableBlock
from tli_workbook.review.items import Item

ROW_KEY = "_row"  # a fixed row's id inside its stored object
_LEGACY_ROW_KEYS = ("row", "id")  # read, never written


def parse_columns(node: Node, parse_field: Callable[..., Field]) -> tuple[Field, ...]:
    nodes = node.items()
    cols = tuple(parse_field(n, column=True) for n in nodes)
    unique(nodes, [c.id for c in cols], "column")
    return cols


class _Cells:
    """Shared by tables and outlines: columns are fields of column-capable kinds."""

    def __init__(self, kinds: Mapping[str, FieldKind]) -> None:
        self.kinds = kinds

    def clean(self, columns: tuple[Field, ...], data: Any) -> dict[str, Any]:
        """Known columns only, each normalised; empty cells dropped."""
        if not isinstance(data, dict):
            return {}
        out: dict[str, Any] = {}
        for c in columns:
            if c.id in data:
                v = self.kinds[c.type].normalise(c, data[c.id])
                if not is_empty(v):
                    out[c.id] = v
        return out

    def cell(self, column: Field, data: Mapping[str, Any]) -> Cell:
        value = data.get(column.id)
        if is_empty(value):
            return Cell("")
        kind = self.kinds[column.type]
        return Cell(
            str(value) if kind.prose and not kind.compact else kind.compact_text(column, value)
        )

    def widths(self, columns: tuple[Field, ...]) -> list[float]:
        return [self.kinds[c.type].column_width for c in columns]


class Table(FieldKind):
    name = "table"
    keys = frozenset({"columns", "rows", "min_rows", "max_rows"})

    def __init__(self, kinds: Mapping[str, FieldKind]) -> None:
        self.cells = _Cells(kinds)

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        kw["columns"] = parse_columns(node.get("columns"), parse_field)
        if not kw["columns"]:
            raise node.get("columns").fail("a table needs at least one column")
        if node.has("rows"):
            kw["rows"] = options(node.get("rows"))
            for k in ("min_rows", "max_rows"):
                if node.has(k):
                    raise node.get(k).fail("a table with fixed rows has no min_rows or max_rows")
        kw["min_rows"] = node.get("min_rows", 0).int()
        if node.has("max_rows"):
            kw["max_rows"] = node.get("max_rows").int(minimum=1)

    # -- shape

    def fixed_rows(self, field: Field, value: Any) -> list[dict[str, Any]]:
        """One cell mapping per definition row, in definition order, found by row id."""
        by_id: dict[str, Any] = {}
        loose: list[Any] = []
        if isinstance(value, dict):  # tolerated: {row id: {column: value}}
            by_id = {str(k): v for k, v in value.items()}
        for item in value if isinstance(value, list) else []:
            if not isinstance(item, dict):
                continue
            rid = next(
                (item[k] for k in (ROW_KEY, *_LEGACY_ROW_KEYS) if isinstance(item.get(k), str)),
                None,
            )
            if rid is None:
                loose.append(item)
            else:
                by_id.setdefault(rid, item)
        rows = []
        for i, r in enumerate(field.rows):
            data = by_id.get(r.id)
            if data is None and not by_id and i < len(loose):
                data = loose[i]  # very old data without row ids: only then by position
            rows.append(self.cells.clean(field.columns, data))
        return rows

    def normalise(self, field: Field, value: Any) -> Any:
        if field.rows:
            rows = self.fixed_rows(field, value)
            if not any(rows):
                return []
            return [{ROW_KEY: r.id, **cells} for r, cells in zip(field.rows, rows, strict=True)]
        items = value if isinstance(value, list) else []
        return [c for c in (self.cells.clean(field.columns, i) for i in items) if c]

    def filled(self, field: Field, value: Any) -> bool:
        rows = self.fixed_rows(field, value) if field.rows else self.normalise(field, value)
        return any(rows)

    # -- readiness

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        label = field.label or field.id
        if field.rows:  # fixed rows: each one asks for an answer
            if not field.required:
                return
            rows = self.fixed_rows(field, value)
            empty = [r.label for r, cells in zip(field.rows, rows, strict=True) if not cells]
            ok = not empty
            detail = (
                ""
                if ok
                else QCoreApplication.translate("Fields", "Fill in: {items}").format(
                    items=", ".join(empty)
                )
            )
            yield Item(part_id, key, label, ok, detail, len(empty) < len(field.rows))
            return
        filled = self.normalise(field, value)
        need = field.min_rows or (1 if field.required else 0)
        if not need:
            return
        count = len(filled)
        ok = count >= need
        yield Item(
            part_id,
            key,
            QCoreApplication.translate("Fields", "{field}: %n row(s)", "", count).format(
                field=label
            ),
            ok,
            "" if ok else QCoreApplication.translate("Fields", "Fill at least %n row(s)", "", need),
            bool(filled),
        )

    def problem(self, field: Field, value: Any) -> str:
        if not self.filled(field, value):
            return QCoreApplication.translate("Fields", "Required") if field.required else ""
        return ""

    # -- privacy

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        # Locations count rows from 1 (definition order for fixed rows), as they always have:
        # findings marked fine stay fine.
        if field.rows:
            named = zip(field.rows, self.fixed_rows(field, value), strict=True)
            rows = [(r.label, cells) for r, cells in named]
        else:
            rows = [(f"row {i}", c) for i, c in enumerate(self.normalise(field, value), 1)]
        for i, (row_label, cells) in enumerate(rows, 1):
            for col in field.columns:
                kind = self.cells.kinds[col.type]
                label = f"{where}, {row_label}: {col.label}"
                yield from kind.texts(col, cells.get(col.id), label, f"{loc}#{i}.{col.id}")

    # -- packet

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        if not self.filled(field, value):
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        return [self.table_block(field, value)]

    def table_block(self, field: Field, value: Any) -> TableBlock:
        cols = field.columns
        header = [c.label for c in cols]
        widths = self.cells.widths(cols)
        if field.rows:
            named = zip(field.rows, self.fixed_rows(field, value), strict=True)
            body = [
                [Cell(r.label, bold=True)] + [self.cells.cell(c, data) for c in cols]
                for r, data in named
            ]
            return TableBlock([""] + header, body, [1.2] + widths)
        rows = self.normalise(field, value)
        return TableBlock(header, [[self.cells.cell(c, d) for c in cols] for d in rows], widths)
