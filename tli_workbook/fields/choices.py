"""Several picks: multiple choice, and the (grouped) checklist with its free-text "Other".

Stored shape, for both: the ticked ids in definition order; a checklist then adds
{"other": text} when its "Other" item is ticked. Older workbooks may hold
{"items": [...], "other": text}; the normaliser reads that too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Field, Option, OptionGroup
from tli_workbook.definitions.yamlnode import Node, options
from tli_workbook.fields.base import NO_ANSWER, FieldKind, PacketContext, TextPiece
from tli_workbook.packet.document import Block, BulletList, Paragraph, Run


class MultiChoice(FieldKind):
    name = "multi_choice"
    keys = frozenset({"options", "style"})

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        kw["options"] = options(node.get("options"))
        if not kw["options"]:
            raise node.get("options").fail("needs at least one option")
        kw["style"] = node.get("style", "radio").choice(("radio", "dropdown"))

    def normalise(self, field: Field, value: Any) -> Any:
        picked = set(value) if isinstance(value, list) else {value}
        return [o.id for o in field.options if o.id in picked]

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        ids = self.normalise(field, value)
        if not ids:
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        labels = {o.id: o.label for o in field.options}
        return [BulletList([[Run(labels[i])] for i in ids])]


@dataclass(frozen=True)
class Ticks:
    """A checklist value read once: the ticked ids and the "Other" text (None: not ticked)."""

    ids: tuple[str, ...]
    other: str | None


class Checklist(FieldKind):
    name = "checklist"
    keys = frozenset({"items", "groups", "allow_other"})

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        if node.has("groups") and node.has("items"):
            raise node.get("items").fail("give either items or groups, not both")
        if node.has("groups"):
            groups = []
            for g in node.get("groups").items():
                g.mapping({"title", "items"})
                groups.append(OptionGroup(g.get("title", "").str(), options(g.get("items"))))
            kw["groups"] = tuple(groups)
            flat = [o.id for grp in groups for o in grp.items]
            if len(flat) != len(set(flat)):
                raise node.get("groups").fail("item ids must be unique across groups")
        else:
            kw["options"] = options(node.get("items"))
        kw["allow_other"] = node.get("allow_other", False).bool()

    @staticmethod
    def ticks(field: Field, value: Any) -> Ticks:
        if isinstance(value, dict):  # an older shape
            raw = list(value.get("items") or value.get("checked") or [])
            other = value.get("other")
            if isinstance(other, str) and other.strip():
                raw.append({"other": other})
        else:
            raw = value if isinstance(value, list) else []
        picked = {v for v in raw if isinstance(v, str)}
        other_text = next(
            (v["other"] for v in raw if isinstance(v, dict) and isinstance(v.get("other"), str)),
            None,
        )
        ids = tuple(o.id for o in field.all_items if o.id in picked)
        return Ticks(ids, other_text if field.allow_other else None)

    def normalise(self, field: Field, value: Any) -> Any:
        t = self.ticks(field, value)
        out: list[Any] = list(t.ids)
        if t.other is not None:
            out.append({"other": t.other})
        return out

    def filled(self, field: Field, value: Any) -> bool:
        t = self.ticks(field, value)
        return bool(t.ids) or bool(t.other and t.other.strip())

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        other = self.ticks(field, value).other
        if other and other.strip():
            place = QCoreApplication.translate("Fields", "{where} (other)").format(where=where)
            yield TextPiece(f"{loc}#other", place, other)

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        if not self.filled(field, value):
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        t = self.ticks(field, value)
        ticked = set(t.ids)
        blocks: list[Block] = []

        def listing(items: tuple[Option, ...]) -> BulletList:
            return BulletList([[Run(o.label)] for o in items], [o.id in ticked for o in items])

        if field.groups:
            for g in field.groups:
                blocks.append(Paragraph.of(g.title, "label", bold=True))
                blocks.append(listing(g.items))
        else:
            blocks.append(listing(field.options))
        if t.other and t.other.strip():
            other = [
                Run(QCoreApplication.translate("Fields", "Other: "), bold=True),
                Run(t.other.strip()),
            ]
            blocks.append(BulletList([other], [True]))
        return blocks
