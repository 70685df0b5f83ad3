"""Fields that point elsewhere: links to Circle Map needs, and attached files.

need_link stores the linked entries' ids; file stores [{"file": sha, "name": ..., ...}].
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook.definitions.model import Field
from tli_workbook.definitions.yamlnode import Node
from tli_workbook.fields.base import (
    NO_ANSWER,
    FieldKind,
    PacketContext,
    ReadinessContext,
    TextPiece,
)
from tli_workbook.packet.document import Block, BulletList, Paragraph, Run
from tli_workbook.review.items import Item

LINK_BROKEN = str(QT_TRANSLATE_NOOP("Fields", "(link broken)"))  # shown translated


class NeedLink(FieldKind):
    name = "need_link"
    keys = frozenset({"min"})

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        kw["min_links"] = node.get("min", 1).int()

    def normalise(self, field: Field, value: Any) -> Any:
        out: list[str] = []
        for v in value if isinstance(value, list) else []:
            if isinstance(v, str) and v and v not in out:
                out.append(v)
        return out

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        ids = self.normalise(field, value)
        needs = ctx.need_ids()
        broken = [i for i in ids if i not in needs]
        live = len(ids) - len(broken)
        label = field.label or field.id
        if broken:
            gone = len(broken)
            detail = QCoreApplication.translate(
                "Fields",
                "%n linked need(s) no longer on the Circle Map: link a current need",
                "",
                gone,
            )
            yield Item(part_id, key, label, False, detail, True)
            return
        need = max(field.min_links, 1 if field.required else 0)
        ok = live >= need
        detail = (
            ""
            if ok
            else QCoreApplication.translate(
                "Fields", "Link at least %n need(s) from your Circle Map", "", need
            )
        )
        yield Item(part_id, key, label, ok, detail, live > 0)

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        ids = self.normalise(field, value)
        if not ids:
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        items = []
        for uid in ids:
            text = out.entry_text(uid)
            items.append(
                [Run(text or QCoreApplication.translate("Fields", LINK_BROKEN), italic=not text)]
            )
        return [BulletList(items)]


class File(FieldKind):
    name = "file"
    keys = frozenset({"accept"})

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        kw["accept"] = node.get("accept", []).strs()

    def normalise(self, field: Field, value: Any) -> Any:
        return [
            r
            for r in (value if isinstance(value, list) else [])
            if isinstance(r, dict) and isinstance(r.get("file"), str)
        ]

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        shas = [r["file"] for r in self.normalise(field, value)]
        if not field.required and not shas:
            return
        missing = [s for s in shas if not ctx.file_exists(s)]
        label = field.label or field.id
        if missing:
            yield Item(
                part_id,
                key,
                label,
                False,
                QCoreApplication.translate(
                    "Fields", "The attached file is missing: attach it again"
                ),
                True,
            )
            return
        ok = bool(shas)
        yield Item(
            part_id,
            key,
            label,
            ok,
            "" if ok else QCoreApplication.translate("Fields", "Attach the file"),
            ok,
        )

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        refs = self.normalise(field, value)
        for i, ref in enumerate(refs, 1):
            name = str(ref.get("name") or "")
            place = (
                QCoreApplication.translate("Fields", "{where}, file {i}").format(where=where, i=i)
                if len(refs) > 1
                else where
            )
            if name:
                shown = QCoreApplication.translate("Fields", "{where}: file name").format(
                    where=place
                )
                yield TextPiece(f"{loc}#{i}.name", shown, name, "name")
            details = QCoreApplication.translate("Fields", "{where}: file details").format(
                where=place
            )
            yield TextPiece(f"{loc}#{i}.meta", details, "", "file", ref["file"])

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        refs = self.normalise(field, value)
        if not refs:
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        blocks: list[Block] = []
        for ref in refs:
            name = str(
                ref.get("name")
                or ref.get("filename")
                or QCoreApplication.translate("Fields", "attached file")
            )
            blocks.extend(out.file_blocks(ref["file"], name, [], name, field.packet_label))
        return blocks
