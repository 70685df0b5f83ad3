"""Credential and tool definitions, loaded from forms/ and validated."""

from tli_workbook.definitions.loader import (
    Catalog,
    DefinitionError,
    default_catalog,
    load_catalog,
    load_file,
    parse_credential,
)
from tli_workbook.definitions.model import STAGE_TITLES, STAGES, Credential, Field, Part

__all__ = [
    "STAGES",
    "STAGE_TITLES",
    "Catalog",
    "Credential",
    "DefinitionError",
    "Field",
    "Part",
    "default_catalog",
    "load_catalog",
    "load_file",
    "parse_credential",
]
