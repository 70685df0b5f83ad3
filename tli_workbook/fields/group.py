"""A repeating group of sub-fields ("Conversation 1", "Conversation 2", ...).

Stored shape: a list of items, each {sub-field id: that sub-field's value}, only filled ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Coverage, Field
from tli_workbook.definitions.yamlnode import FIELD_ID, Node, unique
from tli_workbook.fields.base import (
    NO_ANSWER,
    FieldKind,
    PacketContext,
    ReadinessContext,
    TextPiece,
    is_empty,
)
from tli_workbook.fields.conditions import check_show_if, visible
from tli_workbook.packet.document import Block, Paragraph, VectorFigure
from tli_workbook.review.items import Item


class Group(FieldKind):
    name = "group"
    keys = frozenset({"fields", "min", "max", "item_label", "coverage", "flowchart"})

    def __init__(self, kinds: Mapping[str, FieldKind]) -> None:
        self.kinds = kinds

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        sub_nodes = node.get("fields").items()
        kw["fields"] = tuple(parse_field(n) for n in sub_nodes)
        if not kw["fields"]:
            raise node.get("fields").fail("a group needs at least one field")
        unique(sub_nodes, [f.id for f in kw["fields"]], "field")
        check_show_if(sub_nodes, kw["fields"])
        kw["min_rows"] = node.get("min", 0).int()
        if node.has("max"):
            kw["max_rows"] = node.get("max").int(minimum=1)
        kw["item_label"] = node.get("item_label", "Item").str(allow_empty=False)
        if node.has("coverage"):
            kw["coverage"] = _coverage(node.get("coverage"), kw["fields"])
        kw["flowchart"] = node.get("flowchart", False).bool()
        if kw["flowchart"] and not any(
            f.show_if is not None and any(d.id == f.show_if.field for d in kw["fields"])
            for f in kw["fields"]
        ):
            raise node.get("flowchart").fail(
                "a flowchart needs a choice that other fields of the group name in show_if"
            )

    def normalise(self, field: Field, value: Any) -> Any:
        out = []
        for entry in value if isinstance(value, list) else []:
            if not isinstance(entry, dict):
                continue
            item = {}
            for sub in field.fields:
                if sub.id in entry and self.kinds[sub.type].stores_value:
                    v = self.kinds[sub.type].normalise(sub, entry[sub.id])
                    if not is_empty(v):
                        item[sub.id] = v
            if item:
                out.append(item)
        return out

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        entries = self.normalise(field, value)
        label = field.label or field.id
        if field.min_rows or field.required:
            n = max(field.min_rows, 1)
            ok = len(entries) >= n
            more = n - len(entries)
            yield Item(
                part_id,
                key,
                QCoreApplication.translate("Fields", "{field}: {n} of at least {total}").format(
                    field=label, n=len(entries), total=n
                ),
                ok,
                "" if ok else QCoreApplication.translate("Fields", "Add %n more", "", more),
                bool(entries),
            )
        for i, entry in enumerate(entries, 1):
            problems = [
                f"{sub.label}: {p}"
                for sub in field.fields
                if visible(sub, entry)
                and (p := self.kinds[sub.type].problem(sub, entry.get(sub.id)))
            ]
            yield Item(part_id, key, f"{field.item_label} {i}", not problems, "; ".join(problems))
        cov = field.coverage
        if cov is not None:
            counts = dict.fromkeys(cov.values, 0)
            for e in entries:
                if e.get(cov.field) in counts:
                    counts[e[cov.field]] += 1
            sub = next((f for f in field.fields if f.id == cov.field), None)
            names = {o.id: o.label for o in sub.options} if sub else {}
            missing = [names.get(v, v) for v, c in counts.items() if c < cov.each_at_least]
            yield Item(
                part_id,
                key,
                cov.label
                or QCoreApplication.translate("Fields", "{field}: each kind present").format(
                    field=label
                ),
                not missing,
                QCoreApplication.translate("Fields", "Missing: {items}").format(
                    items=", ".join(missing)
                )
                if missing
                else "",
                bool(entries),
            )

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        # Items are numbered as stored (empty ones included), as they always have been, so a
        # finding marked fine keeps its key.
        for i, entry in enumerate(value if isinstance(value, list) else [], 1):
            if not isinstance(entry, dict):
                continue
            for sub in field.fields:
                if sub.private or not visible(sub, entry):
                    continue
                label = f"{where}, {field.item_label} {i}: {sub.label}"
                yield from self.kinds[sub.type].texts(
                    sub, entry.get(sub.id), label, f"{loc}#{i}.{sub.id}"
                )

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        entries = self.normalise(field, value)
        if not entries:
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        blocks: list[Block] = []
        for i, item in enumerate(entries, 1):
            title = f"{field.item_label} {i}"
            if level + 1 <= 3:
                blocks.append(out.heading(title, level + 1, toc=False))
            else:
                blocks.append(Paragraph.of(title, "label", bold=True))
            if field.flowchart:
                blocks.extend(_flowchart(field, item))
            blocks.extend(out.fields_blocks(field.fields, _value_in(item), level + 2))
        return blocks


def _flowchart(field: Field, item: dict[str, Any]) -> list[Block]:
    """The item drawn as the guidebook prints it (question, then its Yes and No branches);
    the answers follow as text, so the page reads without the drawing."""
    from tli_workbook.structuretree.flowchart import group_flowchart  # not at start-up

    display = group_flowchart(field, item)
    if display is None:
        return []
    # No caption: the item's heading just above names it.
    return [VectorFigure(display, "", width_in=6.5, height_in=4.5)]


def _value_in(item: dict[str, Any]) -> Callable[[Field], Any]:
    def value_of(sub: Field) -> Any:
        return item.get(sub.id)

    return value_of


def _coverage(node: Node, fields: tuple[Field, ...]) -> Coverage:
    node.mapping({"field", "each_at_least", "values", "label"})
    fname = node.get("field").ident(FIELD_ID)
    target = next((f for f in fields if f.id == fname), None)
    if target is None or target.type != "choice":
        raise node.get("field").fail(f"{fname!r} must name a choice field of this group")
    values = node.get("values").strs()
    known = {o.id for o in target.options}
    for i, v in enumerate(values):
        if v not in known:
            raise node.get("values").items()[i].fail(f"{v!r} is not an option of {fname!r}")
    return Coverage(
        fname,
        node.get("each_at_least", 1).int(minimum=1),
        values,
        node.get("label", "").str(),
    )
