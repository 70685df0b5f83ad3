"""A minimal guidebook tool definition for tests that parse their own (forms/README.md)."""

from __future__ import annotations

from typing import Any

MINIMAL: dict[str, Any] = {
    "format": 1,
    "id": "x-tool",
    "number": 40,
    "title": "X Tool",
    "stage": "act",
    "chapter": 7,
    "chapter_title": "Define Content for Collaboration",
    "purpose": "A test tool.",
    "source": "A test.",
    "fields": [{"id": "a", "type": "long_text", "label": "A"}],
}


def group_of(*subs: dict[str, Any], **keys: Any) -> dict[str, Any]:
    """MINIMAL holding one group field "g" of the given sub-fields."""
    return {
        **MINIMAL,
        "fields": [{"id": "g", "type": "group", "label": "G", **keys, "fields": list(subs)}],
    }
