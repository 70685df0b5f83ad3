"""Fields filled by several partners at once: ticks that count only when all agree, and
initials as a sign-off.

The partners' names are typed once in the field and stored with it; ticks and initials are
kept per partner by position in that list (the editor moves them when a partner is removed).

- `agreement` (Collaborative Attributes): `items`; stored
  `{"partners": ["Ana", "Ben"], "ticks": {item id: [partner index, ...]}}`. An item is agreed
  when every named partner has ticked it.
- `signoff` (Building a Strong Partnership): `rows`, optional `note_label`; stored
  `{"partners": [...], "rows": {row id: {"note": "...", "initials": ["AL", "BK"]}}}`. A row is
  signed when every named partner has initialled it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Field
from tli_workbook.definitions.yamlnode import Node, options
from tli_workbook.fields.base import (
    NO_ANSWER,
    FieldKind,
    PacketContext,
    ReadinessContext,
    TextPiece,
    mapping,
    text_of,
)
from tli_workbook.packet.document import Block, Cell, Paragraph, Table
from tli_workbook.review.items import Item

MAX_PARTNERS = 8
MAX_INITIALS = 8
TICK = "\u2713"
BOX = "\u2610"
NBSP = "\u00a0"
BLANK_PARTNERS = 3  # columns for partners' names on the paper form


def partners_of(value: Any) -> list[str]:
    """The partners' names, as typed; a blank name is kept (ticks and initials are stored by
    position, and a partner may tick before their name is typed)."""
    raw = mapping(value).get("partners")
    names = [text_of(n) for n in raw] if isinstance(raw, list) else []
    return names[:MAX_PARTNERS]


def _nothing(names: Sequence[str], marks: Any) -> bool:
    return not marks and not any(n.strip() for n in names)


def partner_label(names: Sequence[str], i: int) -> str:
    name = names[i].strip() if i < len(names) else ""
    return name or QCoreApplication.translate("Fields", "Partner {i}").format(i=i + 1)


def _partner_texts(names: Sequence[str], where: str, loc: str) -> Iterator[TextPiece]:
    for i, name in enumerate(names):
        if name.strip():
            yield TextPiece(f"{loc}#partner{i + 1}", f"{where}: partner {i + 1}", name)


class Agreement(FieldKind):
    name = "agreement"
    keys = frozenset({"items"})

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        kw["options"] = options(node.get("items"))
        if not kw["options"]:
            raise node.get("items").fail("needs at least one item")

    def normalise(self, field: Field, value: Any) -> Any:
        names = partners_of(value)
        raw = mapping(mapping(value).get("ticks"))
        ticks: dict[str, list[int]] = {}
        for item in field.options:
            got = raw.get(item.id)
            if not isinstance(got, list):
                continue
            who = sorted(
                {i for i in got if isinstance(i, int) and not isinstance(i, bool)}
                & set(range(len(names)))
            )
            if who:
                ticks[item.id] = who
        if _nothing(names, ticks):
            return {}
        return {"partners": names, "ticks": ticks}

    def agreed(self, field: Field, value: Any) -> list[str]:
        """Item ids every partner ticked, in definition order."""
        v = self.normalise(field, value)
        n = len(v.get("partners", []))
        if not n:
            return []
        return [o.id for o in field.options if len(v["ticks"].get(o.id, [])) == n]

    def filled(self, field: Field, value: Any) -> bool:
        return bool(self.normalise(field, value).get("ticks"))

    def problem(self, field: Field, value: Any) -> str:
        if field.required and not self.agreed(field, value):
            return QCoreApplication.translate("Fields", "Agree on at least one item")
        return ""

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        if not field.required:
            return
        agreed = self.agreed(field, value)
        problem = self.problem(field, value)
        label = QCoreApplication.translate("Fields", "{field}: {n} agreed by all").format(
            field=field.label, n=len(agreed)
        )
        yield Item(part_id, key, label, not problem, problem, self.filled(field, value))

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        return _partner_texts(partners_of(value), where, loc)

    def compact_text(self, field: Field, value: Any) -> str:
        agreed = self.agreed(field, value)
        return QCoreApplication.translate("Fields", "{n} of {total} agreed by all").format(
            n=len(agreed), total=len(field.options)
        )

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        v = self.normalise(field, value)
        if not v:
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        names = v["partners"]
        agreed = set(self.agreed(field, value))
        all_agree = QCoreApplication.translate("Fields", "All agree")
        header = [""] + [partner_label(names, i) for i in range(len(names))] + [all_agree]
        rows = [
            [Cell(o.label)]
            + [
                Cell(TICK if i in v["ticks"].get(o.id, []) else "", align="center")
                for i in range(len(names))
            ]
            + [
                Cell(
                    QCoreApplication.translate("Fields", "Yes") if o.id in agreed else "",
                    align="center",
                    bold=True,
                )
            ]
            for o in field.options
        ]
        widths = [3.4] + [0.8] * len(names) + [0.9]
        summary = QCoreApplication.translate(
            "Fields", "Agreed by all partners: {n} of {total}."
        ).format(n=len(agreed), total=len(field.options))
        return [Table(header, rows, widths), Paragraph.of(summary, "note")]

    def blank_blocks(self, field: Field) -> list[Block]:
        partner = QCoreApplication.translate("Fields", "Partner:") + NBSP * 6
        header = (
            [""] + [partner] * BLANK_PARTNERS + [QCoreApplication.translate("Fields", "All agree")]
        )
        rows = [
            [Cell(o.label)] + [Cell(BOX, align="center")] * (BLANK_PARTNERS + 1)
            for o in field.options
        ]
        return [
            Paragraph.of(field.packet_label, "label"),
            Paragraph.of(
                QCoreApplication.translate(
                    "Fields",
                    "Each partner writes their name at the top of a column and ticks the items "
                    "they agree with; an item counts only when every partner has ticked it.",
                ),
                "note",
            ),
            Table(header, rows, [3.4] + [0.9] * BLANK_PARTNERS + [0.9]),
        ]


class Signoff(FieldKind):
    name = "signoff"
    keys = frozenset({"rows", "note_label"})

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        kw["rows"] = options(node.get("rows"))
        if not kw["rows"]:
            raise node.get("rows").fail("needs at least one row")
        kw["note_label"] = node.get("note_label", "").str()

    def normalise(self, field: Field, value: Any) -> Any:
        names = partners_of(value)
        raw = mapping(mapping(value).get("rows"))
        rows: dict[str, dict[str, Any]] = {}
        for r in field.rows:
            got = mapping(raw.get(r.id))
            note = text_of(got.get("note")) if field.note_label else ""
            initials_raw = got.get("initials")
            initials = (
                [text_of(x)[:MAX_INITIALS] for x in initials_raw]
                if isinstance(initials_raw, list)
                else []
            )
            initials = (initials + [""] * len(names))[: len(names)]
            if not note.strip() and not any(x.strip() for x in initials):
                continue
            row: dict[str, Any] = {"initials": initials}
            if note.strip():
                row["note"] = note
            rows[r.id] = row
        if _nothing(names, rows):
            return {}
        return {"partners": names, "rows": rows}

    def signed(self, field: Field, value: Any) -> list[str]:
        """Row ids every named partner initialled, in definition order."""
        v = self.normalise(field, value)
        n = len(v.get("partners", []))
        if not n:
            return []
        out = []
        for r in field.rows:
            initials = v["rows"].get(r.id, {}).get("initials", [])
            if len(initials) == n and all(x.strip() for x in initials):
                out.append(r.id)
        return out

    def filled(self, field: Field, value: Any) -> bool:
        return bool(self.normalise(field, value).get("rows"))

    def problem(self, field: Field, value: Any) -> str:
        if not field.required:
            return ""
        missing = [r.label for r in field.rows if r.id not in self.signed(field, value)]
        return (
            QCoreApplication.translate("Fields", "Initials missing: {items}").format(
                items=", ".join(missing)
            )
            if missing
            else ""
        )

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        if not field.required:
            return
        problem = self.problem(field, value)
        signed = len(self.signed(field, value))
        label = QCoreApplication.translate(
            "Fields", "{field}: {n} of {total} initialled by all"
        ).format(field=field.label, n=signed, total=len(field.rows))
        yield Item(part_id, key, label, not problem, problem, self.filled(field, value))

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        v = self.normalise(field, value)
        yield from _partner_texts(v.get("partners", []), where, loc)
        for i, r in enumerate(field.rows, 1):
            note = v.get("rows", {}).get(r.id, {}).get("note", "")
            if note.strip():
                yield TextPiece(f"{loc}#{i}.note", f"{where}, {r.label}: {field.note_label}", note)

    def compact_text(self, field: Field, value: Any) -> str:
        return QCoreApplication.translate("Fields", "{n} of {total} initialled by all").format(
            n=len(self.signed(field, value)), total=len(field.rows)
        )

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        v = self.normalise(field, value)
        if not v:
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        names = v["partners"]
        notes = [field.note_label] if field.note_label else []
        header = [""] + notes + [partner_label(names, i) for i in range(len(names))]
        rows = []
        for r in field.rows:
            data = v["rows"].get(r.id, {})
            initials = data.get("initials", [""] * len(names))
            rows.append(
                [Cell(r.label)]
                + ([Cell(data.get("note", ""))] if field.note_label else [])
                + [Cell(x, align="center", bold=True) for x in initials]
            )
        widths = [3.0] + ([2.4] if field.note_label else []) + [0.8] * len(names)
        summary = QCoreApplication.translate(
            "Fields", "Initialled by every partner: {summary}."
        ).format(summary=self.compact_text(field, value))
        return [Table(header, rows, widths), Paragraph.of(summary, "note")]

    def blank_blocks(self, field: Field) -> list[Block]:
        notes = [field.note_label] if field.note_label else []
        header = [""] + notes + [QCoreApplication.translate("Fields", "Initials")] * BLANK_PARTNERS
        rows = [
            [Cell(r.label)]
            + ([Cell("\n".join([NBSP] * 3))] if field.note_label else [])
            + [Cell(NBSP)] * BLANK_PARTNERS
            for r in field.rows
        ]
        widths = [3.0] + ([2.4] if field.note_label else []) + [0.7] * BLANK_PARTNERS
        return [
            Paragraph.of(field.packet_label, "label"),
            Paragraph.of(
                QCoreApplication.translate(
                    "Fields",
                    "Partners: ____________________________________________ (each partner "
                    "initials a component once it is agreed).",
                ),
                "note",
            ),
            Table(header, rows, widths),
        ]
