"""Credential and tool definitions, loaded from forms/ and validated.

The names below load on first use: the field types (tli_workbook.fields) build on
definitions.model, and the loader builds on the field types, so importing this package must
not import the loader before the model is there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tli_workbook.lazy_names import lazy_names

if TYPE_CHECKING:
    from tli_workbook.definitions.loader import (
        Catalog,
        DefinitionError,
        default_catalog,
        load_catalog,
        load_file,
        parse_credential,
    )
    from tli_workbook.definitions.model import STAGE_TITLES, STAGES, Credential, Field, Part
    from tli_workbook.definitions.tools import Tool, ToolCatalog, default_tools

_LAZY = {
    "Catalog": "tli_workbook.definitions.loader",
    "DefinitionError": "tli_workbook.definitions.yamlnode",
    "default_catalog": "tli_workbook.definitions.loader",
    "load_catalog": "tli_workbook.definitions.loader",
    "load_file": "tli_workbook.definitions.loader",
    "parse_credential": "tli_workbook.definitions.loader",
    "STAGE_TITLES": "tli_workbook.definitions.model",
    "STAGES": "tli_workbook.definitions.model",
    "Credential": "tli_workbook.definitions.model",
    "Field": "tli_workbook.definitions.model",
    "Part": "tli_workbook.definitions.model",
    "Tool": "tli_workbook.definitions.tools",
    "ToolCatalog": "tli_workbook.definitions.tools",
    "default_tools": "tli_workbook.definitions.tools",
}

__all__ = [
    "STAGES",
    "STAGE_TITLES",
    "Catalog",
    "Credential",
    "DefinitionError",
    "Field",
    "Part",
    "Tool",
    "ToolCatalog",
    "default_catalog",
    "default_tools",
    "load_catalog",
    "load_file",
    "parse_credential",
]


__getattr__ = lazy_names(__name__, _LAZY)
