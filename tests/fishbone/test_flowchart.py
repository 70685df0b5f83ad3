"""Sustaining Collaborative Structures prints a small flowchart per structure: drawn from a
repeating group's Yes/No branch (a choice that `show_if` sub-fields name)."""

from __future__ import annotations

from tests.tool_defs import group_of
from tli_workbook.circlemap.render import TextOp
from tli_workbook.definitions.tools import default_tools, parse_tool
from tli_workbook.structuretree.flowchart import group_flowchart

# The real definition: forms/tools/sustaining-collaborative-structures.yaml's group.
GROUP = default_tools().get("sustaining-collaborative-structures").part.fields[0]


def _words(dl) -> str:  # type: ignore[no-untyped-def]
    return " ".join(op.text for op in dl.ops if isinstance(op, TextOp))


def test_the_branch_taken_is_drawn_with_its_answers_the_other_greyed() -> None:
    entry = {
        "name": "Grade 3 PLC",
        "sustainable": "yes",
        "changes_impact": "Meet weekly",
        "scale": "Invite grade 4",
        "can_change": "left over from before",
    }
    words = _words(group_flowchart(GROUP, entry))
    for w in ["Grade 3 PLC", "Is the structure sustainable?", "Meet weekly", "Invite grade 4"]:
        assert w in words
    assert "No (not this way)" in words and "left over" not in words  # a branch not taken


def test_on_paper_both_branches_leave_room_and_other_groups_get_none() -> None:
    blank = group_flowchart(GROUP, {}, paper=True)
    assert blank is not None
    words = _words(blank)
    assert "Structure:" in words and "not this way" not in words
    assert "Can you make changes so that it is sustainable?" in words
    plain = parse_tool(
        group_of({"id": "name", "type": "short_text", "label": "Name"}),
        "forms/tools/x-tool.yaml",
    ).part.fields[0]
    assert group_flowchart(plain, {"name": "x"}) is None
