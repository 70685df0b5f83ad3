"""The fishbone and chart values as every reader sees them: hostile stored values, readiness
steps and the drawing's limits (no Qt widgets here)."""

from __future__ import annotations

from tli_workbook.definitions.model import Field
from tli_workbook.fields.registry import KINDS
from tli_workbook.fishbone import model
from tli_workbook.fishbone.layout import layout_fishbone
from tli_workbook.fishbone.render import build_display_list
from tli_workbook.structuretree import model as tree

FIELD = Field(id="rca", type="fishbone", label="Fishbone", required=True)


def _chain(n: int) -> list[dict[str, object]]:
    return [{"text": f"why {i}"} for i in range(1, n + 1)]


def test_a_broken_or_hostile_value_reads_as_far_as_it_makes_sense() -> None:
    hostile = {
        "issue": 42,
        "causes": [
            "not a cause",
            {"id": "c1", "text": "Kept", "rank": True, "whys": _chain(8)},
            {"id": "c1", "text": "Same id", "rank": 3, "whys": [{"text": None, "branches": "x"}]},
            {"rank": 0},
        ],
        "pareto": {"answer": "maybe", "note": ["x"]},
    }
    data = model.normalise(hostile)
    assert data["issue"] == ""
    first, second, third = data["causes"]
    assert (first["text"], first["rank"], len(first["whys"])) == ("Kept", None, model.MAX_WHYS)
    assert second["id"] != first["id"] and second["rank"] == 3
    assert second["whys"] == [{"id": second["whys"][0]["id"], "text": "", "branches": []}]
    assert third["rank"] is None
    assert data["pareto"] == {"answer": "", "note": ""}
    assert model.normalise(data) == data  # one shape: normalising again changes nothing
    for junk in (None, "text", 3, [], {"causes": {"a": 1}}):
        assert model.normalise(junk) == model.empty()


def test_readiness_names_the_next_step_of_the_tool() -> None:
    kind = KINDS["fishbone"]
    value = {"issue": "Late arrivals", "causes": [{"text": "Buses"}, {"text": "Breakfast"}]}
    details = [d for _what, ok, d in kind.checks(value) if not ok]
    assert details == [
        "Rank every cause (1 = the biggest driver)",
        "Rank a cause 1 first",
        "Answer the Pareto check",
    ]
    value["causes"][0].update(rank=1, whys=_chain(3))
    value["causes"][1]["rank"] = 1
    details = [d for _what, ok, d in kind.checks(value) if not ok]
    assert details[:2] == ["Two causes share rank 1", "Ask why five times (3 of 5)"]
    value["causes"][1]["rank"] = 2
    value["causes"][0]["whys"] = _chain(5)
    value["pareto"] = {"answer": "no", "note": ""}
    assert all(ok for _what, ok, _d in kind.checks(value))
    # An optional diagram still flags shared ranks, and nothing else.
    optional = Field(id="rca", type="fishbone", label="Fishbone", required=False)
    value["causes"][1]["rank"] = 1
    items = list(kind.items("form", optional, "form.rca", value, ctx=None))  # type: ignore[arg-type]
    assert [(i.label, i.ok) for i in items] == [("Fishbone: causes ranked", False)]


def test_a_huge_paste_is_kept_whole_and_drawn_short() -> None:
    huge = "word " * 200_000  # a megabyte pasted into one why
    data = model.normalise({"issue": huge, "causes": [{"text": huge, "whys": [{"text": huge}]}]})
    assert data["causes"][0]["whys"][0]["text"] == huge  # nothing is cut from the answer
    lay = layout_fishbone(data)
    assert len(lay.head_text.lines) <= 8 and lay.head_text.lines[-1].endswith("\u2026")
    assert all(len(t.lines) <= 3 for b in lay.bones for t in b.texts)
    texts = [KINDS["fishbone"].texts(FIELD, data, "Fishbone", "form.rca")]
    assert sum(len(p.text) for p in texts[0]) == 3 * len(huge)  # the privacy scan reads it all
    assert build_display_list(data).bounds.w < 2000  # the drawing does not grow with it


def test_a_chart_value_reads_back_from_any_shape() -> None:
    deep = {"text": "level 0", "children": []}
    node = deep
    for i in range(1, 10):
        child = {"text": f"level {i}", "children": []}
        node["children"] = [child]
        node = child
    nodes = tree.normalise([deep, "junk", {"text": "", "children": []}, {"future": True}])
    rows = tree.flatten(nodes)
    assert max(d for d, _n in rows) == tree.MAX_DEPTH - 1  # deeper levels kept, one up
    assert [n["text"] for _d, n in rows][-1] == ""  # a future placeholder with no name yet
    assert len(rows) == 11
    assert tree.nest(rows) == nodes
    assert tree.normalise(nodes) == nodes


def test_the_blank_form_has_bones_circles_and_five_lines_each() -> None:
    from tli_workbook.circlemap.render import CircleOp, TextOp
    from tli_workbook.packet.document import VectorFigure

    figure, prompt = KINDS["fishbone"].blank_blocks(FIELD)
    assert isinstance(figure, VectorFigure) and "five times" in prompt.text
    ops = figure.display.ops
    assert sum(isinstance(op, CircleOp) for op in ops) == 6  # an empty rank circle per bone
    numbers = [op.text for op in ops if isinstance(op, TextOp)]
    assert sorted(numbers) == sorted(["1.", "2.", "3.", "4.", "5."] * 6)  # nothing else written
