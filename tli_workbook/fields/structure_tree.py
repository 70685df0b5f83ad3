"""The chart of teams: an indented list of structures, drawn as a tidy tree.

Stored shape: tli_workbook.structuretree.model (nested nodes with a "future" flag). The
packet shows the tree as a vector drawing, then the same structures as an indented table so
it reads without the picture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Field
from tli_workbook.fields.base import (
    NO_ANSWER,
    FieldKind,
    PacketContext,
    ReadinessContext,
    TextPiece,
)
from tli_workbook.packet.document import Block, Cell, Paragraph, Table, VectorFigure
from tli_workbook.review.items import Item
from tli_workbook.structuretree import model


def future_word() -> str:
    return QCoreApplication.translate("StructureTree", "planned")


class StructureTree(FieldKind):
    name = "structure_tree"

    def normalise(self, field: Field, value: Any) -> Any:
        return model.normalise(value)

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        rows = [n for _d, n in model.flatten(model.normalise(value)) if n["text"].strip()]
        if not field.required and not rows:
            return
        ok = bool(rows)
        count = len(rows)  # lupdate reads a plural's count only as a plain name
        label = QCoreApplication.translate(
            "StructureTree", "{field}: %n structure(s)", "", count
        ).format(field=field.label)
        yield Item(
            part_id,
            key,
            label,
            ok,
            "" if ok else QCoreApplication.translate("StructureTree", "Add at least one structure"),
            ok,
        )

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        for i, (_depth, n) in enumerate(model.flatten(model.normalise(value)), 1):
            if n["text"].strip():
                place = QCoreApplication.translate(
                    "StructureTree", "{where}: structure {i}"
                ).format(where=where, i=i)
                yield TextPiece(f"{loc}#{n['id']}", place, n["text"])

    def compact_text(self, field: Field, value: Any) -> str:
        rows = model.flatten(model.normalise(value))
        return "; ".join(n["text"].strip() for _d, n in rows if n["text"].strip()) or "\u2014"

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        nodes = model.normalise(value)
        if not nodes:
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        from tli_workbook.structuretree.render import build_display_list  # not at start-up

        figure = VectorFigure(
            build_display_list(nodes, future_word=future_word()),
            QCoreApplication.translate("StructureTree", "Chart: {field}").format(field=field.label),
        )
        rows = [
            [
                Cell(n["text"].strip() or "\u2014", indent=depth, bold=depth == 0),
                Cell(
                    QCoreApplication.translate("StructureTree", "Future (planned)")
                    if n["future"]
                    else QCoreApplication.translate("StructureTree", "Existing")
                ),
            ]
            for depth, n in model.flatten(nodes)
        ]
        shaded = {i for i, (depth, _n) in enumerate(model.flatten(nodes)) if depth == 0}
        return [
            figure,
            Table(
                [
                    QCoreApplication.translate("StructureTree", "Structure"),
                    QCoreApplication.translate("StructureTree", "Status"),
                ],
                rows,
                [3.0, 1.0],
                shaded,
            ),
        ]
