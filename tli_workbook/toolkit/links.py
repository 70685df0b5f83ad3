"""What a filled tool copy can send to the credential, computed without Qt.

Every link copies (never ties): the values are read from the copy once and written into the
target part, which the teacher then edits freely. Which tools offer which link is listed in
LINKS; where a link lands is found from the credential's definition by part kind and field
shape (a `circle_map` part, the form fields `goal` and `objectives`, an `artifacts` part), so
no credential is named here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tli_workbook.definitions.keys import answer_key
from tli_workbook.definitions.model import Credential, Field, Part, Variant
from tli_workbook.definitions.tools import Tool
from tli_workbook.fields.outline import Outline as OutlineKind
from tli_workbook.fields.registry import kind_of
from tli_workbook.fields.table import Table as TableKind

NEEDS, PLAN, EVIDENCE = "needs", "plan", "evidence"
# tool id -> the link its copies offer
LINKS: dict[str, str] = {
    "discovering-shared-goals": NEEDS,
    "goals-and-objectives": PLAN,
    "project-plan": EVIDENCE,
    "monitoring-plan": EVIDENCE,
}
# Copies of these tools are shown beside the reflection (the Reflect stage's form part).
REFLECTION_TOOLS: tuple[str, ...] = (
    "results-analysis",
    "lessons-learned",
    "where-are-you-going-next",
)
MAX_NEEDS = 12  # a Circle Map's outer ring stays readable


def link_of(tool: Tool) -> str:
    return LINKS.get(tool.id, "")


# ----------------------------------------------------------------------- ranked issues -> needs


def _cell_text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return str(value.get("text") or value.get("value") or "").strip()
    return "" if value is None else str(value).strip()


def _rank(value: Any) -> float:
    m = re.match(
        r"\s*(\d+(?:\.\d+)?)", _cell_text(value) if not isinstance(value, int) else str(value)
    )
    return float(m.group(1)) if m else float("inf")


def _issue_table(tool: Tool) -> tuple[Field, str, str] | None:
    """The table listing the issues: (field, issue column id, rank column id or "")."""
    for f in tool.part.fields:
        if f.type != "table":
            continue
        cols = [c.id for c in f.columns]
        issue = next((c for c in cols if "issue" in c), "")
        if issue:
            rank = next((c for c in cols if "rank" in c), "")
            return f, issue, rank
    return None


def ranked_issues(tool: Tool, answers: Mapping[str, Any]) -> list[str]:
    """The issues of a copy (answers by field id), best rank first; unranked ones keep their
    order after the ranked ones."""
    found = _issue_table(tool)
    if found is None:
        return []
    field, issue, rank = found
    rows = answers.get(field.id)
    out: list[tuple[float, int, str]] = []
    for i, row in enumerate(rows if isinstance(rows, list) else []):
        if not isinstance(row, dict):
            continue
        text = _cell_text(row.get(issue))
        if text:
            out.append((_rank(row.get(rank)) if rank else float("inf"), i, text))
    return [t for _r, _i, t in sorted(out)]


def needs_part(credential: Credential) -> Part | None:
    return next(iter(credential.parts_of_kind("circle_map")), None)


def new_needs(issues: list[str], existing: list[str]) -> list[str]:
    """The issues not already on the map (same words, any case), at most MAX_NEEDS."""
    have = {e.strip().casefold() for e in existing}
    out: list[str] = []
    for text in issues:
        if text.casefold() not in have:
            have.add(text.casefold())
            out.append(text)
    return out[:MAX_NEEDS]


# ------------------------------------------------------------ goals and objectives -> the plan


@dataclass(frozen=True)
class PlanTarget:
    part: Part
    variant: Variant | None
    goal: Field
    objectives: Field

    @property
    def goal_key(self) -> str:
        return answer_key(self.part, self.goal, self.variant)

    @property
    def objectives_key(self) -> str:
        return answer_key(self.part, self.objectives, self.variant)

    @property
    def where(self) -> str:
        label = self.variant.label.split(":")[0] if self.variant else ""
        return f"{self.part.title}" + (f" ({label})" if label else "")


def plan_target(credential: Credential) -> PlanTarget | None:
    """The first form with a `goal` text field and an `objectives` outline or table."""
    for part in credential.parts_of_kind("form"):
        groups: list[tuple[Variant | None, tuple[Field, ...]]] = [(None, part.fields)]
        groups += [(v, v.fields) for v in part.variants]
        for variant, fields in groups:
            by_id = {f.id: f for f in fields}
            goal, objectives = by_id.get("goal"), by_id.get("objectives")
            if (
                goal is not None
                and objectives is not None
                and kind_of(goal).prose
                and isinstance(kind_of(objectives), (OutlineKind, TableKind))
            ):
                return PlanTarget(part, variant, goal, objectives)
    return None


def goal_and_objectives(tool: Tool, answers: Mapping[str, Any]) -> tuple[str, list[str]]:
    """The copy's goal text and objective texts."""
    goal = ""
    objectives: list[str] = []
    for f in tool.part.fields:
        value = answers.get(f.id)
        if not goal and "goal" in f.id and kind_of(f).prose:
            goal = _cell_text(value)
        elif "objective" in f.id and isinstance(kind_of(f), TableKind) and isinstance(value, list):
            col = next((c.id for c in f.columns if "objective" in c.id), "")
            col = col or (f.columns[0].id if f.columns else "")
            objectives += [
                t for r in value if isinstance(r, dict) and (t := _cell_text(r.get(col)))
            ]
        elif (
            "objective" in f.id and isinstance(kind_of(f), OutlineKind) and isinstance(value, list)
        ):
            objectives += [
                t for n in value if isinstance(n, dict) and (t := _cell_text(n.get("text")))
            ]
    return goal, objectives


def objectives_value(target: Field, texts: list[str], keep: Any) -> Any:
    """The target's stored value with the objectives added after the ones it has."""
    current = list(keep) if isinstance(keep, list) else []
    if isinstance(kind_of(target), OutlineKind):
        level = target.levels[0].id if target.levels else "objective"
        new = [
            {"level": level, "text": t, "cells": {}, "checks": [], "children": []} for t in texts
        ]
    else:
        col = target.columns[0].id if target.columns else "objective"
        new = [{col: t} for t in texts]
    return current + new


# ----------------------------------------------------------------- project plan -> evidence


def evidence_part(credential: Credential) -> Part | None:
    return next(iter(credential.parts_of_kind("artifacts")), None)


def evidence_description(tool: Tool, title: str) -> str:
    """A first annotation (the teacher rewrites it to the part's word range)."""
    return (
        f"My {tool.short_title} from the guidebook Collaborating for Student Success, filled in "
        f"for this work ({title}): it shows the tasks, leads, dates and milestones I planned "
        "and used to carry out and monitor the action plan."
    )
