"""Rubric self-assessment values: stored under "rubric.<row id>" as
{"level": scale id or None, "ticked": ["<scale id>:<criterion index>", ...]}."""

from __future__ import annotations

from typing import Any

from tli_workbook.definitions.model import RubricRow


def rubric_key(row: RubricRow) -> str:
    return f"rubric.{row.id}"


def normalise(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {"level": None, "ticked": []}
    level = value.get("level") if isinstance(value.get("level"), str) else None
    ticked = [t for t in value.get("ticked", []) if isinstance(t, str)]
    return {"level": level, "ticked": ticked}


def tick_id(level: str, index: int) -> str:
    return f"{level}:{index}"
