"""A YAML value that knows its path in its file, so every load error names file and path.

Shared by the loader and the field types (tli_workbook.fields), which parse their own keys.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable
from typing import Any

from tli_workbook.definitions.model import Option, Range

FIELD_ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")


class DefinitionError(Exception):
    """A definition file is malformed. ``str()`` names the file and the field path."""

    def __init__(self, file: str, path: str, message: str) -> None:
        self.file = file
        self.path = path
        self.message = message
        where = f"{file}: {path}: " if path else f"{file}: "
        super().__init__(where + message)


class Node:
    """A value in the YAML tree that knows its path, for error messages."""

    def __init__(self, file: str, path: str, value: Any) -> None:
        self.file, self.path, self.value = file, path, value

    def fail(self, message: str) -> DefinitionError:
        return DefinitionError(self.file, self.path, message)

    def _child_path(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def mapping(self, allowed: Iterable[str] | None = None) -> Node:
        if not isinstance(self.value, dict):
            raise self.fail(f"expected a mapping, found {kind_of(self.value)}")
        if allowed is not None:
            extra = sorted(set(map(str, self.value)) - set(allowed))
            if extra:
                raise self.fail(f"unknown key {extra[0]!r}")
        return self

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and key in self.value

    def get(self, key: str, default: Any = ...) -> Node:
        self.mapping()
        if key not in self.value:
            if default is ...:
                raise DefinitionError(self.file, self._child_path(key), "required, missing")
            return Node(self.file, self._child_path(key), default)
        return Node(self.file, self._child_path(key), self.value[key])

    def items(self) -> list[Node]:
        if self.value is None:
            return []
        if not isinstance(self.value, list):
            raise self.fail(f"expected a list, found {kind_of(self.value)}")
        return [Node(self.file, self._child_path(i), v) for i, v in enumerate(self.value)]

    def str(self, allow_empty: bool = True) -> str:
        v = self.value
        if isinstance(v, bool) or not isinstance(v, (str, int, float)) and v is not None:
            raise self.fail(f"expected text, found {kind_of(v)}")
        s = "" if v is None else str(v).strip()
        if not s and not allow_empty:
            raise self.fail("must not be empty")
        return s

    def ident(self, pattern: re.Pattern[builtins.str]) -> builtins.str:
        s = self.str(allow_empty=False)
        if not pattern.match(s):
            raise self.fail(f"{s!r} is not a valid id (allowed: {pattern.pattern})")
        return s

    def strs(self) -> tuple[builtins.str, ...]:
        return tuple(n.str(allow_empty=False) for n in self.items())

    def bool(self) -> bool:
        if not isinstance(self.value, bool):
            raise self.fail(f"expected true or false, found {kind_of(self.value)}")
        return self.value

    def int(self, *, minimum: int = 0) -> int:
        v = self.value
        if isinstance(v, bool) or not isinstance(v, int):
            raise self.fail(f"expected a whole number, found {kind_of(v)}")
        if v < minimum:
            raise self.fail(f"must be at least {minimum}")
        return v

    def number(self) -> float | None:
        v = self.value
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise self.fail(f"expected a number, found {kind_of(v)}")
        return float(v)

    def choice(self, allowed: Iterable[builtins.str]) -> builtins.str:
        allowed = tuple(allowed)
        s = self.str(allow_empty=False)
        if s not in allowed:
            raise self.fail(f"{s!r} is not one of {', '.join(allowed)}")
        return s

    def range(self) -> Range:
        v = self.value
        if (
            not isinstance(v, list)
            or len(v) != 2
            or any(x is not None and (isinstance(x, bool) or not isinstance(x, int)) for x in v)
        ):
            raise self.fail("expected [min, max] (whole numbers or null)")
        lo, hi = v
        if lo is not None and lo < 0 or hi is not None and hi < 0:
            raise self.fail("limits must not be negative")
        if lo is not None and hi is not None and lo > hi:
            raise self.fail(f"min {lo} is greater than max {hi}")
        return Range(lo, hi)


def kind_of(v: Any) -> str:
    if v is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false"}.get(
        type(v), type(v).__name__
    )


def unique(nodes: list[Node], ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for node, i in zip(nodes, ids, strict=True):
        if i in seen:
            raise node.fail(f"duplicate {what} id {i!r}")
        seen.add(i)


def options(node: Node) -> tuple[Option, ...]:
    nodes = node.items()
    out = []
    for n in nodes:
        n.mapping({"id", "label"})
        out.append(Option(n.get("id").ident(FIELD_ID), n.get("label").str(allow_empty=False)))
    unique(nodes, [o.id for o in out], "option")
    return tuple(out)
