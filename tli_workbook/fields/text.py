"""Info, short text and long text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Field, Range
from tli_workbook.definitions.yamlnode import Node
from tli_workbook.fields.base import (
    NO_ANSWER,
    FieldKind,
    PacketContext,
    ReadinessContext,
    TextPiece,
    text_of,
)
from tli_workbook.packet.document import Block, Paragraph
from tli_workbook.packet.prose import text_blocks
from tli_workbook.review.items import Item
from tli_workbook.review.limits import LimitStatus, evaluate


class Info(FieldKind):
    """Guidance text shown on the page; stores nothing."""

    name = "info"
    keys = frozenset({"text", "minutes"})
    stores_value = False

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        kw["text"] = node.get("text").str(allow_empty=False)
        if node.has("minutes"):  # a timed section: the page offers a countdown
            kw["minutes"] = node.get("minutes").int(minimum=1)

    def normalise(self, field: Field, value: Any) -> Any:
        return None

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        return iter(())

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        return []


class _Text(FieldKind):
    prose = True
    column = True

    def normalise(self, field: Field, value: Any) -> Any:
        return text_of(value)

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        text = text_of(value)
        if text.strip():
            yield TextPiece(loc, where, text)

    def compact_text(self, field: Field, value: Any) -> str:
        text = text_of(value)
        return text if text.strip() else "\u2014"

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        text = text_of(value)
        return (
            text_blocks(text)
            if text.strip()
            else [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        )


class ShortText(_Text):
    name = "short_text"
    keys = frozenset({"max_chars"})
    compact = True

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        if node.has("max_chars"):
            kw["max_chars"] = node.get("max_chars").int(minimum=1)

    def problem(self, field: Field, value: Any) -> str:
        text = text_of(value)
        if not text.strip():
            return QCoreApplication.translate("Fields", "Required") if field.required else ""
        most = field.max_chars
        if most and len(text) > most:
            return QCoreApplication.translate("Fields", "At most %n character(s)", "", most)
        return ""


def _has_limits(r: Range | None) -> bool:
    return r is not None and (r.min is not None or r.max is not None)


def limit_status(field: Field, value: Any) -> LimitStatus:
    """How a long answer stands against its word/bullet limits (one rule for all readers)."""
    return evaluate(
        text_of(value),
        field.words,
        field.bullets,
        words_always=field.words_always,
        guide=field.is_guide,
    )


class LongText(_Text):
    name = "long_text"
    keys = frozenset({"words", "bullets", "guidance", "limit", "words_always"})
    required_by_default = True
    multiline = True
    column_width = 2.0

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        if node.has("words"):
            kw["words"] = node.get("words").range()
        if node.has("bullets"):
            kw["bullets"] = node.get("bullets").range()
        kw["guidance"] = node.get("guidance", "").str()
        kw["limit"] = node.get("limit", "hard").choice(("hard", "guide"))
        kw["words_always"] = node.get("words_always", False).bool()
        limited = _has_limits(kw.get("words")) or _has_limits(kw.get("bullets"))
        if kw["limit"] == "guide" and not limited:
            raise node.get("limit").fail("a guide needs words or bullets to guide by")
        if kw["words_always"] and not (_has_limits(kw.get("words")) and kw.get("bullets")):
            raise node.get("words_always").fail("needs both words and bullets")

    def _limited(self, field: Field) -> bool:
        return _has_limits(field.words) or _has_limits(field.bullets)

    def problem(self, field: Field, value: Any) -> str:
        if not self._limited(field):
            return super().problem(field, value)
        st = limit_status(field, value)
        if st.state == "empty":
            return QCoreApplication.translate("Fields", "Required") if field.required else ""
        return "" if st.passes else f"{st.summary()}: {st.explanation()}"

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        label = field.label or field.id
        text = text_of(value)
        if not self._limited(field):
            if field.required:
                ok = bool(text.strip())
                detail = "" if ok else QCoreApplication.translate("Fields", "Write an answer")
                yield Item(part_id, key, label, ok, detail, ok)
            return
        st = limit_status(field, value)
        if not field.required and st.state == "empty":
            return
        yield Item(
            part_id,
            key,
            f"{label}: {st.summary()}",
            st.passes,
            st.explanation(),
            st.state != "empty",
            warning=st.warns,
        )
