"""A fill-in letter: a template whose {placeholders} are the letter's own short fields.

YAML: `fields:` (short_text, long_text or date sub-fields, the blanks) and `template:` (the
letter, paragraphs separated by blank lines, `{field id}` where a blank goes; every
placeholder must name one of the fields). Stored `{field id: value}`, each in its own type's
shape. The page shows the letter filled in as the teacher types; the packet prints the
filled letter (an empty blank prints as its label in square brackets, as in the model letter).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Field
from tli_workbook.definitions.yamlnode import Node, unique
from tli_workbook.fields.base import (
    FieldKind,
    PacketContext,
    ReadinessContext,
    TextPiece,
    is_empty,
    mapping,
)
from tli_workbook.packet.document import Block, Paragraph, Run
from tli_workbook.review.items import Item

PLACEHOLDER = re.compile(r"\{([a-z0-9][a-z0-9_]*)\}")
BLANK_TYPES = ("short_text", "long_text", "date")
BLANK_LINE = "_" * 18


def placeholders(template: str) -> list[str]:
    return PLACEHOLDER.findall(template)


def fill(
    template: str, values: Mapping[str, str], missing: Callable[[str], str]
) -> list[list[tuple[str, bool]]]:
    """The letter as paragraphs of (text, is_a_filled_blank) pieces."""
    out = []
    for para in re.split(r"\n\s*\n", template.strip()):
        pieces: list[tuple[str, bool]] = []
        pos = 0
        text = " ".join(para.split())
        for m in PLACEHOLDER.finditer(text):
            if m.start() > pos:
                pieces.append((text[pos : m.start()], False))
            value = values.get(m.group(1), "")
            pieces.append((value, True) if value.strip() else (missing(m.group(1)), False))
            pos = m.end()
        if pos < len(text):
            pieces.append((text[pos:], False))
        out.append(pieces)
    return out


class Letter(FieldKind):
    name = "letter"
    keys = frozenset({"fields", "template"})
    required_by_default = True

    def __init__(self, kinds: Mapping[str, FieldKind]) -> None:
        self.kinds = kinds

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        sub_nodes = node.get("fields").items()
        subs = tuple(parse_field(n) for n in sub_nodes)
        if not subs:
            raise node.get("fields").fail("a letter needs at least one blank to fill in")
        unique(sub_nodes, [f.id for f in subs], "field")
        for n, f in zip(sub_nodes, subs, strict=True):
            if f.type not in BLANK_TYPES:
                raise n.get("type").fail(f"a letter's blanks are {', '.join(BLANK_TYPES)}")
        kw["fields"] = subs
        template = node.get("template").str(allow_empty=False)
        ids = {f.id for f in subs}
        for name in placeholders(template):
            if name not in ids:
                raise node.get("template").fail(f"{{{name}}} is not one of the letter's fields")
        unused = [f.id for f in subs if f.id not in placeholders(template)]
        if unused:
            raise node.get("fields").fail(f"{unused[0]!r} is not used in the template")
        kw["template"] = template

    def normalise(self, field: Field, value: Any) -> Any:
        raw = mapping(value)
        out = {}
        for sub in field.fields:
            if sub.id in raw:
                v = self.kinds[sub.type].normalise(sub, raw[sub.id])
                if not is_empty(v):
                    out[sub.id] = v
        return out

    def shown(self, field: Field, value: Any) -> dict[str, str]:
        """Each blank as it reads in the letter."""
        v = self.normalise(field, value)
        return {
            sub.id: self.kinds[sub.type].compact_text(sub, v[sub.id])
            for sub in field.fields
            if sub.id in v
        }

    def paragraphs(self, field: Field, value: Any) -> list[list[tuple[str, bool]]]:
        labels = {f.id: f.packet_label for f in field.fields}
        return fill(field.template, self.shown(field, value), lambda k: f"[{labels[k]}]")

    def problem(self, field: Field, value: Any) -> str:
        v = self.normalise(field, value)
        missing = [f.packet_label for f in field.fields if f.id not in v]
        if missing and (field.required or v):
            return QCoreApplication.translate("Fields", "Fill in: {items}").format(
                items=", ".join(missing)
            )
        return ""

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        problem = self.problem(field, value)
        if field.required or problem:
            yield Item(part_id, key, field.label, not problem, problem, self.filled(field, value))

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        v = self.normalise(field, value)
        for sub in field.fields:
            yield from self.kinds[sub.type].texts(
                sub, v.get(sub.id), f"{where}: {sub.label}", f"{loc}.{sub.id}"
            )

    def compact_text(self, field: Field, value: Any) -> str:
        return " ".join("".join(t for t, _f in p) for p in self.paragraphs(field, value))

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        # The letter itself, as it will be sent: filled blanks read as ordinary words.
        return [
            Paragraph([Run(text) for text, _filled in pieces], "body")
            for pieces in self.paragraphs(field, value)
        ]

    def blank_blocks(self, field: Field) -> list[Block]:
        labels = {f.id: f.packet_label for f in field.fields}
        paras = fill(field.template, {}, lambda k: f"{BLANK_LINE} ({labels[k]})")
        out: list[Block] = [Paragraph.of(field.packet_label, "label")]
        out.extend(Paragraph([Run(text) for text, _f in pieces], "body") for pieces in paras)
        return out
