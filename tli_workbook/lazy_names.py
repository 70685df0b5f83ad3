"""A package's names loaded on first use (PEP 562 module __getattr__): a package can offer
`from tli_workbook.store import Store` without importing SQLAlchemy for everyone who only
needs its errors, and the start screen paints before the heavy modules load."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_names(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """The __getattr__ of `package`: each name of `homes` is imported from its module when
    first asked for, then kept in the package so later look-ups are plain attributes."""

    def __getattr__(name: str) -> Any:  # noqa: N807 (the module hook's name)
        module = homes.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
