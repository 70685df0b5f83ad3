"""One-value fields: date, date and time, number, choice, rating."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Field
from tli_workbook.definitions.yamlnode import Node, options
from tli_workbook.fields.base import FieldKind, TextPiece, is_empty, option_label
from tli_workbook.packet.prose import format_number
from tli_workbook.text.dates import format_date

OTHER = "other"  # the option id whose choice opens a text box (see forms/README.md)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")


class _Scalar(FieldKind):
    compact = True


class Date(_Scalar):
    name = "date"
    column = True
    column_width = 1.3  # "September 30, 2025"
    _pattern = _DATE

    def normalise(self, field: Field, value: Any) -> Any:
        return value if isinstance(value, str) and self._pattern.match(value) else None

    def compact_text(self, field: Field, value: Any) -> str:
        value = self.normalise(field, value)
        return "\u2014" if value is None else format_date(value)


class DateTime(Date):
    name = "datetime"
    column = False
    _pattern = _DATETIME


class Number(_Scalar):
    name = "number"
    keys = frozenset({"min", "max", "integer"})
    column = True
    column_width = 0.8

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        kw["min"] = node.get("min", None).number()
        kw["max"] = node.get("max", None).number()
        kw["integer"] = node.get("integer", True).bool()

    def normalise(self, field: Field, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        if isinstance(value, float) and not math.isfinite(value):
            return None
        return value

    def problem(self, field: Field, value: Any) -> str:
        n = self.normalise(field, value)
        if n is None:
            return QCoreApplication.translate("Fields", "Required") if field.required else ""
        if field.min is not None and n < field.min:
            return QCoreApplication.translate("Fields", "At least {n}").format(n=f"{field.min:g}")
        if field.max is not None and n > field.max:
            return QCoreApplication.translate("Fields", "At most {n}").format(n=f"{field.max:g}")
        return ""

    def compact_text(self, field: Field, value: Any) -> str:
        n = self.normalise(field, value)
        return "\u2014" if n is None else format_number(n)


class Choice(_Scalar):
    name = "choice"
    keys = frozenset({"options", "style"})
    column = True

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        kw["options"] = options(node.get("options"))
        if not kw["options"]:
            raise node.get("options").fail("needs at least one option")
        kw["style"] = node.get("style", "radio").choice(("radio", "dropdown"))

    def _options(self, field: Field) -> Any:
        return field.options

    def normalise(self, field: Field, value: Any) -> Any:
        """An option id; for the option with id "other", {"other": text} once the teacher
        has said what it is (the text as typed), else "other"."""
        known = {o.id for o in self._options(field)}
        if isinstance(value, dict) and OTHER in known:
            text = value.get(OTHER)
            if isinstance(text, str):
                return {OTHER: text} if text.strip() else OTHER
            return None
        return value if isinstance(value, str) and value in known else None

    def other_text(self, field: Field, value: Any) -> str:
        v = self.normalise(field, value)
        return v[OTHER] if isinstance(v, dict) else ""

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        text = self.other_text(field, value)
        if text.strip():
            yield TextPiece(f"{loc}#other", f"{where} (other)", text)

    def compact_text(self, field: Field, value: Any) -> str:
        v = self.normalise(field, value)
        if is_empty(v):
            return "\u2014"
        if isinstance(v, dict):
            return f"{option_label(self._options(field), OTHER)}: {v[OTHER].strip()}"
        return option_label(self._options(field), v)


class Rating(Choice):
    name = "rating"
    keys = frozenset({"scale"})
    column = False

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        kw["scale"] = options(node.get("scale"))
        if len(kw["scale"]) < 2:
            raise node.get("scale").fail("a rating needs at least two levels")

    def _options(self, field: Field) -> Any:
        return field.scale
