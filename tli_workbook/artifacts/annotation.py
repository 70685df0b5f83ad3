"""Annotation of an implementation artifact: its structured fields and the drafted description.

The elements an annotation must give come from the credential (`annotation_elements`); this
module knows only how each element id is edited. Element ids are shared vocabulary of the
definitions format (forms/README.md), so no credential is named here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from tli_workbook.definitions.model import Part
from tli_workbook.text.dates import format_date

TYPE_KEY = "artifact_type"  # in an artifact's `fields`, beside the element ids

# How an element is edited; anything not listed is free text.
ELEMENT_KINDS: dict[str, str] = {"date_time": "datetime", "participants": "number"}
MAX_PARTICIPANTS = 100_000


def element_kind(element_id: str) -> str:
    """ "datetime", "number" or "text"."""
    return ELEMENT_KINDS.get(element_id, "text")


def parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def format_datetime(value: Any) -> str:
    """ISO "2025-02-03T15:30" -> "February 3, 2025, 3:30 PM"; other text is kept as is."""
    return format_date(value)


def format_number(value: Any) -> str:
    if isinstance(value, bool) or value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def draft_description(part: Part, fields: Mapping[str, Any]) -> str:
    """One paragraph built from the structured fields, in the definition's element order.

    Dates and counts become short labelled sentences ("Time/Date: February 3, 2025, 3:30 PM.")
    so a reviewer finds each required element; free-text elements are used as written.
    """
    out: list[str] = []
    for el in part.annotation_elements:
        value = fields.get(el.id)
        kind = element_kind(el.id)
        if kind == "datetime":
            text = format_datetime(value)
            if text:
                out.append(f"{el.label}: {text}.")
        elif kind == "number":
            text = format_number(value)
            if text:
                out.append(f"{el.label}: {text}.")
        elif isinstance(value, str) and value.strip():
            out.append(_sentence(value))
    return " ".join(out)


def missing_elements(part: Part, fields: Mapping[str, Any]) -> list[str]:
    """Labels of the elements with no value yet."""
    missing = []
    for el in part.annotation_elements:
        value = fields.get(el.id)
        if value is None or (isinstance(value, str) and not value.strip()):
            missing.append(el.label)
    return missing
