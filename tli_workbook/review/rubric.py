"""Rubric self-assessment values: stored under "rubric.<row id>" as
{"level": scale id or None, "ticked": ["<scale id>:<criterion index>", ...]}.

`normalise` is the one reader of that shape: the rubric panel, the Circle Map checklist and
the packet's appendix all go through it. Ticks stored as bare numbers (an older shape) count
for the chosen level."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from tli_workbook.definitions.keys import rubric_key
from tli_workbook.definitions.model import Rubric, RubricRow

__all__ = [
    "assessed_level",
    "level_of",
    "normalise",
    "passing_rows",
    "rubric_key",
    "tick_id",
    "ticked_indices",
    "with_ticked",
]


def normalise(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {"level": None, "ticked": []}
    level = value.get("level") if isinstance(value.get("level"), str) else None
    ticked: list[str] = []
    raw = value.get("ticked")
    for t in raw if isinstance(raw, list) else []:
        if isinstance(t, bool):
            continue
        if isinstance(t, int) and t >= 0 and level is not None:
            t = tick_id(level, t)
        if isinstance(t, str) and _TICK.match(t) and t not in ticked:
            ticked.append(t)
    return {"level": level, "ticked": ticked}


def level_of(value: Any) -> str | None:
    """The level the teacher placed a row at (None: not yet)."""
    return normalise(value)["level"]


_TICK = re.compile(r"^[^:]+:\d+$")


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
    return level_of(answers.get(rubric_key(row)))


def passing_rows(rubric: Rubric, answers: dict[str, Any]) -> int:
    """How many rows the teacher has placed at a passing level."""
    return sum(assessed_level(rubric, answers, r) in rubric.passing for r in rubric.rows)
