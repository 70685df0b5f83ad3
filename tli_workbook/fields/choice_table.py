"""A choice that brings its own rows: pick a style, then write one text per element of it
(Extending the Invitation: five invitation styles, each with its ordered elements).

YAML: `options: [{id, label, rows: [{id, label}]}]`, `item_label` (the elements' column,
default "Element") and `text_label` (the answers' column, default "Your text"). Row ids may
repeat across options (every style has an `opener` and a `request`): text typed under a row
stays with it when the style changes to another that has the same row.

Stored `{"choice": option id, "rows": {row id: text}}`, only the chosen option's rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Field, Option
from tli_workbook.definitions.yamlnode import FIELD_ID, Node, unique
from tli_workbook.fields.base import (
    NO_ANSWER,
    FieldKind,
    PacketContext,
    ReadinessContext,
    TextPiece,
    mapping,
    option_label,
    text_of,
)
from tli_workbook.packet.document import Block, Cell, Paragraph, Run, Table
from tli_workbook.review.items import Item

BOX = "\u2610"
NBSP = "\u00a0"


def rows_of(field: Field, choice: str | None) -> tuple[Option, ...]:
    return field.option_rows.get(choice or "", ())


class ChoiceTable(FieldKind):
    name = "choice_table"
    keys = frozenset({"options", "item_label", "text_label"})

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        nodes = node.get("options").items()
        opts: list[Option] = []
        rows: dict[str, tuple[Option, ...]] = {}
        for n in nodes:
            n.mapping({"id", "label", "rows"})
            o = Option(n.get("id").ident(FIELD_ID), n.get("label").str(allow_empty=False))
            row_nodes = n.get("rows").items()
            these = tuple(
                Option(
                    r.mapping({"id", "label"}).get("id").ident(FIELD_ID),
                    r.get("label").str(allow_empty=False),
                )
                for r in row_nodes
            )
            if not these:
                raise n.get("rows").fail("each option needs at least one row")
            unique(row_nodes, [r.id for r in these], "row")
            opts.append(o)
            rows[o.id] = these
        if not opts:
            raise node.get("options").fail("needs at least one option")
        unique(nodes, [o.id for o in opts], "option")
        kw["options"] = tuple(opts)
        kw["option_rows"] = rows
        kw["item_label"] = node.get("item_label", "Element").str(allow_empty=False)
        default = "Your text"  # notr: the form's own label (credential text) when YAML has none
        kw["note_label"] = node.get("text_label", default).str(allow_empty=False)

    def normalise(self, field: Field, value: Any) -> Any:
        raw = mapping(value)
        choice = raw.get("choice")
        if not isinstance(choice, str) or choice not in field.option_rows:
            return {}
        texts = mapping(raw.get("rows"))
        rows = {
            r.id: texts[r.id]
            for r in rows_of(field, choice)
            if isinstance(texts.get(r.id), str) and texts[r.id].strip()
        }
        return {"choice": choice, "rows": rows}

    def problem(self, field: Field, value: Any) -> str:
        v = self.normalise(field, value)
        if not v:
            return QCoreApplication.translate("Fields", "Choose one") if field.required else ""
        if not field.required:
            return ""
        missing = [r.label for r in rows_of(field, v["choice"]) if r.id not in v["rows"]]
        return (
            QCoreApplication.translate("Fields", "Fill in: {items}").format(
                items=", ".join(missing)
            )
            if missing
            else ""
        )

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        problem = self.problem(field, value)
        if field.required or problem:
            yield Item(part_id, key, field.label, not problem, problem, self.filled(field, value))

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        v = self.normalise(field, value)
        for r in rows_of(field, v.get("choice")):
            text = text_of(v["rows"].get(r.id))
            if text.strip():
                yield TextPiece(f"{loc}#{r.id}", f"{where}: {r.label}", text)

    def compact_text(self, field: Field, value: Any) -> str:
        v = self.normalise(field, value)
        return option_label(field.options, v["choice"]) if v else "\u2014"

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        v = self.normalise(field, value)
        if not v:
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        rows = [
            [Cell(r.label, bold=True), Cell(text_of(v["rows"].get(r.id)))]
            for r in rows_of(field, v["choice"])
        ]
        return [
            Paragraph(
                [Run(f"{field.packet_label}: ", bold=True), Run(self.compact_text(field, v))]
            ),
            Table([field.item_label, field.note_label], rows, [1.6, 3.4]),
        ]

    def blank_blocks(self, field: Field) -> list[Block]:
        out: list[Block] = [Paragraph.of(field.packet_label, "label")]
        for o in field.options:
            elements = "; ".join(r.label for r in rows_of(field, o.id))
            out.append(Paragraph([Run(f"{BOX} {o.label}", bold=True), Run(f" \u2014 {elements}")]))
        longest = max(len(rows_of(field, o.id)) for o in field.options)
        rows = [[Cell(NBSP), Cell("\n".join([NBSP] * 3))] for _ in range(longest)]
        out.append(Table([field.item_label, field.note_label], rows, [1.6, 3.4]))
        return out
