"""Find over a real workbook snapshot: every kind of text, with its place and offset."""

from __future__ import annotations

from tli_workbook.review.find import SearchText, find, register_source, snippet


def _cred(catalog):  # type: ignore[no-untyped-def]
    return catalog.get("purposeful-collaboration")


def test_finds_answers_plan_cells_map_and_artifacts(store, catalog) -> None:
    cred = _cred(catalog)
    wid = store.create_workbook(cred.id, "Find", False)
    store.set_answer(wid, "part1.overview", "I teach Grade 4. Rivera coaches me.")
    store.set_answer(
        wid,
        "artifact3.action_plan.objectives",
        [
            {
                "text": "Build a mentoring team",
                "cells": {"lead": "Ms Rivera"},
                "children": [{"text": "Meet weekly", "cells": {"output": "Notes by RIVERA"}}],
            }
        ],
    )
    store.set_answer(
        wid, "artifact3.action_plan.milestones", [{"milestone": "Kick-off with Rivera"}]
    )
    snap = store.snapshot(wid)
    snap["circle_map"]["entries"] = [
        {"id": "e1", "ring": "needs", "text": "Time with Rivera", "note": ""},
        {"id": "c1", "ring": "center", "text": "Leading together", "note": "from Rivera"},
    ]
    hits = find(snap, cred, "rivera")
    places = [h.source.place for h in hits]
    assert places[:3] == [
        "Part 1 Overview",
        "A3 Design › Objectives, tasks and subtasks › Objective 1 › Lead",
        "A3 Design › Objectives, tasks and subtasks › Task 1.1 › Output / metric",
    ]
    assert "A3 Design › Monitoring plan: milestones › Row 1 › Milestone" in places
    assert "A1 Circle Map › Needs" in places
    assert "A1 Circle Map › Core Belief/Theme › note" in places
    first = hits[0]
    assert first.source.target == "part1.overview"
    assert first.source.text[first.offset : first.offset + first.length] == "Rivera"
    lead = hits[1]
    assert lead.source.path == (0, "cells", "lead")
    assert lead.place.needle == "Rivera" and lead.place.offset == 3
    cell = hits[2]
    assert cell.source.path == (0, "children", 0, "cells", "output")
    assert cell.place.needle == "RIVERA"  # the words as written, found in any case
    map_hit = next(h for h in hits if h.source.place == "A1 Circle Map › Needs")
    assert map_hit.source.target == "map:entry:e1"


def test_every_occurrence_is_a_hit_and_limits_hold(store, catalog) -> None:
    cred = _cred(catalog)
    wid = store.create_workbook(cred.id, "Find", False)
    store.set_answer(wid, "part1.overview", "aa " * 50)
    snap = store.snapshot(wid)
    assert len(find(snap, cred, "aa")) == 50
    assert len(find(snap, cred, "a", limit=20)) == 20
    assert find(snap, cred, "   ") == []
    assert find(snap, cred, "zz") == []


def test_a_registered_source_is_searched_and_a_broken_one_is_skipped(store, catalog) -> None:
    from tli_workbook.review import find as find_mod

    cred = _cred(catalog)
    snap = store.snapshot(store.create_workbook(cred.id, "Find", False))
    before = list(find_mod._SOURCES)
    try:

        @register_source
        def tool(_snap, _cred):  # type: ignore[no-untyped-def]
            yield SearchText("part1", "tool:goals", ("goal",), "Goals tool › Goal", "A goal")

        @register_source
        def broken(_snap, _cred):  # type: ignore[no-untyped-def]
            raise ValueError("damaged")

        hits = find(snap, cred, "goal")
        assert [h.source.place for h in hits] == ["Goals tool › Goal"]
    finally:
        find_mod._SOURCES[:] = before


def test_snippet_cuts_at_words() -> None:
    text = "one two three four five six seven eight nine ten eleven twelve"
    s = snippet(text, text.index("seven"), 5, context=12)
    assert s == "…five six seven eight nine…"
    assert snippet("short", 0, 5) == "short"
