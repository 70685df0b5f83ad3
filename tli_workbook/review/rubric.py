"""Rubric self-assessment values: stored under "rubric.<row id>" as
{"level": scale id or None, "ticked": ["<scale id>:<criterion index>", ...]}."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tli_workbook.definitions.model import Rubric, RubricRow


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


def ticked_indices(value: Any, level: str) -> list[int]:
    """Indices of the ticked criteria of one level (for checklists that show one level, like
    the Circle Map page's "Proficient looks like")."""
    out = []
    for t in normalise(value)["ticked"]:
        lv, _, idx = t.partition(":")
        if lv == level and idx.isdigit():
            out.append(int(idx))
    return sorted(out)


def with_ticked(value: Any, level: str, indices: Iterable[int]) -> dict[str, Any]:
    """`value` with the ticks of one level replaced, the other levels' ticks and the chosen
    level kept: so a checklist showing one level never erases the rest of the row."""
    state = normalise(value)
    others = [t for t in state["ticked"] if not t.startswith(f"{level}:")]
    return {"level": state["level"], "ticked": others + [tick_id(level, i) for i in indices]}


def assessed_level(rubric: Rubric, answers: dict[str, Any], row: RubricRow) -> str | None:
    return normalise(answers.get(rubric_key(row)))["level"]


def passing_rows(rubric: Rubric, answers: dict[str, Any]) -> int:
    """How many rows the teacher has placed at a passing level."""
    return sum(assessed_level(rubric, answers, r) in rubric.passing for r in rubric.rows)
