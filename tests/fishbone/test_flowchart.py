"""Sustaining Collaborative Structures prints a small flowchart per structure: drawn from a
repeating group's Yes/No branch (a choice that `show_if` sub-fields name)."""

from __future__ import annotations

from types import SimpleNamespace

from tli_workbook.circlemap.render import TextOp
from tli_workbook.structuretree.flowchart import group_flowchart

YES_NO = (SimpleNamespace(id="yes", label="Yes"), SimpleNamespace(id="no", label="No"))


def _sub(id: str, type: str, label: str, when: str | None = None, **kw: object) -> SimpleNamespace:
    show_if = SimpleNamespace(field="sustainable", values=(when,)) if when else None
    return SimpleNamespace(id=id, type=type, label=label, show_if=show_if, **kw)


# The shape of forms/tools/sustaining-collaborative-structures.yaml's group.
GROUP = SimpleNamespace(
    fields=(
        _sub("name", "short_text", "Structure"),
        _sub("sustainable", "choice", "Is the structure sustainable?", options=YES_NO),
        _sub("changes_impact", "long_text", "Changes needed to maximize its impact?", "yes"),
        _sub("scale", "long_text", "How can you scale and/or spread it?", "yes"),
        _sub("can_change", "long_text", "Can you make changes so that it is sustainable?", "no"),
    )
)


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
    plain = SimpleNamespace(fields=(_sub("name", "short_text", "Name"),))
    assert group_flowchart(plain, {"name": "x"}) is None
