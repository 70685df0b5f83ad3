"""Readiness from the definition: the sample is ready, and taking away each requirement makes
exactly the matching item fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tli_workbook.review.privacy_scan import open_findings
from tli_workbook.review.readiness import is_ready, readiness, todo_items

from .helpers import build_sample, file_path_of

Snap = dict[str, Any]


def failing(cred: Any, snap: Snap, exists: Callable[[str], bool] | None = None) -> set[str]:
    """Failing items as "part id|label" strings (labels carry counts, so compare prefixes)."""
    return {f"{i.part_id}|{i.label}" for i in todo_items(readiness(cred, snap, exists))}


def test_sample_is_ready_with_no_findings(store: Any, cm: Any) -> None:
    """scripts/build_sample.py's workbook, as shipped: ready, and nothing identifying in it."""
    wid = build_sample(store)
    snap = store.snapshot(wid)
    statuses = readiness(cm, snap, lambda sha: file_path_of(store)(sha) is not None)
    assert todo_items(statuses) == []
    assert is_ready(statuses)
    assert [s.part.id for s in statuses] == [p.id for p in cm.parts if p.kind != "learn"]
    assert open_findings(snap, cm, file_path_of(store)) == []


def _artifacts(snap: Snap) -> list[dict[str, Any]]:
    return [a for a in snap["artifacts"] if a["part"] == "artifact4"]


def _respondents(snap: Snap) -> list[dict[str, Any]]:
    return [r for r in snap["respondents"] if r["part"] == "artifact5"]


def blank_part1(store: Any, wid: int, snap: Snap) -> None:
    store.set_answer(wid, "part1.overview", "")


def short_review_answer(store: Any, wid: int, snap: Snap) -> None:
    # (The reflection's 400-500 words are a guide in this credential: a short one warns.)
    store.set_answer(wid, "artifact2.role_needs", " ".join(["mentoring"] * 30))


def long_review_answer(store: Any, wid: int, snap: Snap) -> None:
    store.set_answer(wid, "artifact2.inspire_leaders", " ".join(["mentoring"] * 160))


def delete_linked_need(store: Any, wid: int, snap: Snap) -> None:
    linked = snap["answers"]["artifact3.action_plan.needs"]
    store.delete_map_entry(wid, linked[0])


def unlink_needs(store: Any, wid: int, snap: Snap) -> None:
    store.set_answer(wid, "artifact3.action_plan.needs", [])


def blank_core_belief(store: Any, wid: int, snap: Snap) -> None:
    for e in snap["circle_map"]["entries"]:
        if e["ring"] == "center":
            store.delete_map_entry(wid, e["id"])


def remove_context(store: Any, wid: int, snap: Snap) -> None:
    for e in snap["circle_map"]["entries"]:
        if e["ring"] == "context":
            store.delete_map_entry(wid, e["id"])


def blank_equity(store: Any, wid: int, snap: Snap) -> None:
    store.set_answer(wid, "artifact3.action_plan.equity", "  ")


def no_milestones(store: Any, wid: int, snap: Snap) -> None:
    store.set_answer(wid, "artifact3.action_plan.milestones", [{"milestone": ""}])


def no_objectives(store: Any, wid: int, snap: Snap) -> None:
    store.set_answer(wid, "artifact3.action_plan.objectives", [])


def remove_artifact(store: Any, wid: int, snap: Snap) -> None:
    store.delete_artifact(wid, _artifacts(snap)[1]["id"])


def short_annotation(store: Any, wid: int, snap: Snap) -> None:
    art = dict(_artifacts(snap)[0])
    art["description"] = "Our staff newsletter invited new colleagues to coaching."
    store.upsert_artifact(wid, art)


def same_file_twice(store: Any, wid: int, snap: Snap) -> None:
    first, second = _artifacts(snap)[:2]
    store.upsert_artifact(wid, {**second, "file": first["file"], "url": first["url"]})


def remove_answer(store: Any, wid: int, snap: Snap) -> None:
    r = dict(_respondents(snap)[0])
    r["answers"] = {k: v for k, v in r["answers"].items() if k != "gained"}
    store.upsert_respondent(wid, r)


def remove_role(store: Any, wid: int, snap: Snap) -> None:
    store.upsert_respondent(wid, {**_respondents(snap)[1], "role": ""})


def remove_respondent(store: Any, wid: int, snap: Snap) -> None:
    store.delete_respondent(wid, _respondents(snap)[0]["id"])


# mutation, the failing items expected afterwards (prefixes of "part|label")
CASES: list[tuple[Callable[[Any, int, Snap], None], set[str]]] = [
    (blank_part1, {"part1|Overview (provide context): 0 /"}),
    (short_review_answer, {"artifact2|1. Your role in meeting"}),
    (long_review_answer, {"artifact2|2. Your role in inspiring"}),
    (delete_linked_need, {"artifact3|Needs addressed"}),
    (unlink_needs, {"artifact3|Needs addressed"}),
    (blank_core_belief, {"artifact1|Core Belief/Theme written"}),
    (remove_context, {"artifact1|Context: 0 entries"}),
    (blank_equity, {"artifact3|How the plan supports and promotes equity"}),
    (no_milestones, {"artifact3|Monitoring plan: milestones: 0 rows"}),
    (no_objectives, {"artifact3|Objectives, tasks and subtasks: 0 objective(s)"}),
    (remove_artifact, {"artifact4|2 of 3 artifacts"}),
    (short_annotation, {"artifact4|Artifact 1 annotation: 8 / 20–50 words"}),
    (same_file_twice, {"artifact4|Each artifact is different"}),
    (
        remove_answer,
        {"artifact5|1 of at least 2 stakeholders", "artifact5|Stakeholder 1"},
    ),
    (remove_role, {"artifact5|1 of at least 2 stakeholders", "artifact5|Stakeholder 2"}),
    (remove_respondent, {"artifact5|1 of at least 2 stakeholders"}),
]


@pytest.mark.parametrize("mutate,expected", CASES, ids=[c[0].__name__ for c in CASES])
def test_each_requirement_fails_alone(
    store: Any, cm: Any, sample: int, mutate: Any, expected: set[str]
) -> None:
    snap = store.snapshot(sample)
    assert failing(cm, snap) == set()
    mutate(store, sample, snap)
    got = failing(cm, store.snapshot(sample))
    assert len(got) == len(expected), got
    for prefix in expected:
        assert any(g.startswith(prefix) for g in got), (prefix, got)


def test_item_targets_point_at_the_place_to_fix(store: Any, cm: Any, sample: int) -> None:
    snap = store.snapshot(sample)
    targets = {i.target for s in readiness(cm, snap) for i in s.items}
    art = _artifacts(snap)[0]["id"]
    resp = _respondents(snap)[0]["id"]
    for t in ("part1.overview", "map:needs", "artifacts", f"artifact:{art}", "respondents"):
        assert t in targets
    assert f"respondent:{resp}" in targets
    assert "artifact3.action_plan.needs" in targets


def test_missing_artifact_file_fails(store: Any, cm: Any, sample: int) -> None:
    snap = store.snapshot(sample)
    gone = _artifacts(snap)[2]["file"]
    got = failing(cm, snap, lambda sha: sha != gone)
    assert got == {"artifact4|Artifact 3: file or link attached"}
    item = next(i for i in todo_items(readiness(cm, snap, lambda sha: sha != gone)))
    assert "attach it again" in item.detail


def test_fellow_variant_asks_for_its_file(store: Any, cm: Any, sample: int, tmp_path) -> None:
    store.set_answer(sample, "artifact3.variant", "fellows_plan")
    got = failing(cm, store.snapshot(sample))
    assert got == {
        "artifact3|Your TLI Fellows Action Plan",
        "artifact3|How the plan supports and promotes equity",
    }
    doc = tmp_path / "plan.pdf"
    doc.write_bytes(b"%PDF-1.4\n%%EOF\n")
    sha = store.add_file(doc, "application/pdf")
    store.set_answers(
        sample,
        {
            "artifact3.fellows_plan.plan_file": [{"file": sha, "name": "plan.pdf"}],
            "artifact3.fellows_plan.equity": "Every grade-level team chose its own focus.",
        },
    )
    snap = store.snapshot(sample)
    assert failing(cm, snap) == set()
    assert failing(cm, snap, lambda s: s != sha) == {"artifact3|Your TLI Fellows Action Plan"}


def _er_interactions(*roles: str) -> list[dict[str, Any]]:
    return [
        {"date": "2025-02-0" + str(n), "role": r, "ideas": "Use exit tickets to check."}
        for n, r in enumerate(roles, 1)
    ]


def test_educators_rising_three_kinds_of_collaboration(store: Any, catalog: Any) -> None:
    er = catalog.get("educators-rising-collaboration")
    wid = store.create_workbook(er.id, "ER")
    store.set_answer(wid, "collaboration_log.interactions", _er_interactions("peer", "expert"))
    log = next(s for s in readiness(er, store.snapshot(wid)) if s.part.id == "collaboration_log")
    bad = {i.label: i.detail for i in log.todo}
    assert bad["Planning conversations: 2 of at least 3"] == "Add 1 more"
    cover = next(k for k in bad if k.startswith("At least one conversation with a peer"))
    assert bad[cover] == "Missing: Online professional network"

    store.set_answer(
        wid, "collaboration_log.interactions", _er_interactions("peer", "expert", "online")
    )
    log = next(s for s in readiness(er, store.snapshot(wid)) if s.part.id == "collaboration_log")
    assert log.state == "complete", log.todo

    rows = _er_interactions("peer", "expert", "online")
    rows[2]["date"] = ""
    store.set_answer(wid, "collaboration_log.interactions", rows)
    log = next(s for s in readiness(er, store.snapshot(wid)) if s.part.id == "collaboration_log")
    assert [(i.label, i.detail) for i in log.todo] == [
        ("Planning conversation 3", "Date: Required")
    ]


@pytest.mark.parametrize(
    "cred_id",
    [
        "coaching-and-mentoring",
        "educators-rising-collaboration",
        "facilitating-collaborative-relationships",
        "purposeful-collaboration",
    ],
)
def test_empty_workbook_of_every_credential(store: Any, catalog: Any, cred_id: str) -> None:
    cred = catalog.get(cred_id)
    wid = store.create_workbook(cred_id, "Empty")
    statuses = readiness(cred, store.snapshot(wid))
    assert not is_ready(statuses)
    for st in statuses:
        assert st.items, f"{st.part.id} checks nothing"
        assert st.state == "empty", (st.part.id, [i for i in st.items if i.started])
        for item in st.items:
            assert item.target and item.label and item.part_id == st.part.id


def _value_for(field: Any, store: Any, tmp_path: Path, need_id: str) -> Any:
    """An answer that meets `field`, made from the definition alone."""
    kind = field.type
    if kind == "long_text":
        lo = (field.words.min if field.words and field.words.min else 0) or 0
        return " ".join(["evidence"] * max(lo, 30))
    if kind == "short_text":
        return "A short answer"
    if kind in ("date", "datetime"):
        return "2025-02-03" if kind == "date" else "2025-02-03T15:30"
    if kind == "number":
        return field.min if field.min is not None else 3
    if kind in ("choice", "rating"):
        return (field.options or field.scale)[0].id
    if kind in ("multi_choice", "checklist"):
        return [field.all_items[0].id]
    if kind == "need_link":
        return [need_id]
    if kind == "file":
        path = tmp_path / f"{field.id}.pdf"
        path.write_bytes(b"%PDF-1.4\n% " + field.id.encode() + b"\n%%EOF\n")
        return [{"file": store.add_file(path, "application/pdf"), "name": path.name}]
    if kind == "outline":
        return [{"level": field.levels[0].id, "text": "Objective", "cells": {}, "children": []}]
    if kind == "table":
        row = {c.id: _value_for(c, store, tmp_path, need_id) for c in field.columns}
        if field.rows:
            return [{"id": r.id, **row} for r in field.rows]
        return [dict(row) for _ in range(max(field.min_rows, 1))]
    if kind == "group":
        entry = {f.id: _value_for(f, store, tmp_path, need_id) for f in field.fields}
        entries = [dict(entry) for _ in range(max(field.min_rows, 1))]
        if field.coverage:
            cov = field.coverage
            entries += [
                {**entry, cov.field: v} for v in cov.values for _ in range(cov.each_at_least)
            ]
        return entries
    return None


@pytest.mark.parametrize(
    "cred_id",
    [
        "coaching-and-mentoring",
        "educators-rising-collaboration",
        "facilitating-collaborative-relationships",
        "purposeful-collaboration",
    ],
)
def test_every_credential_can_be_completed(
    store: Any, catalog: Any, cred_id: str, tmp_path: Path
) -> None:
    """Filled from its definition alone, every credential's workbook reaches ready: the checks
    ask for nothing a definition does not state."""
    from tli_workbook.review.readiness import form_fields

    cred = catalog.get(cred_id)
    wid = store.create_workbook(cred_id, "Complete")
    entries = [{"id": "c", "ring": "center", "text": "Core belief"}]
    answers: dict[str, Any] = {}
    for part in cred.parts:
        if part.kind == "circle_map":
            for ring, n in (("context", part.min_context), ("needs", part.min_needs)):
                entries += [{"id": f"{ring}{i}", "ring": ring, "text": "Fact"} for i in range(n)]
        elif part.kind == "form":
            snap = {"workbook": {"fellow": False}, "answers": {}}
            for f, key in form_fields(part, snap):
                answers[key] = _value_for(f, store, tmp_path, "needs0")
        elif part.kind == "artifacts":
            for i in range(part.count):
                doc = tmp_path / f"artifact{i}.pdf"
                doc.write_bytes(b"%PDF-1.4\n% artifact " + str(i).encode() + b"\n%%EOF\n")
                store.upsert_artifact(
                    wid,
                    {
                        "part": part.id,
                        "title": f"Evidence {i}",
                        "file": store.add_file(doc, "application/pdf"),
                        "description": " ".join(["annotated"] * 30),
                        "fields": {el.id: "Given" for el in part.annotation_elements},
                    },
                )
        elif part.kind == "feedback":
            for _ in range(part.min_respondents):
                store.upsert_respondent(
                    wid,
                    {
                        "part": part.id,
                        "role": "Colleague",
                        "answers": {p.id: "It helped." for p in part.prompts},
                    },
                )
    store.set_answers(wid, answers)
    if any(p.kind == "circle_map" for p in cred.parts):
        store.save_map(wid, entries=entries)
    statuses = readiness(cred, store.snapshot(wid))
    assert todo_items(statuses) == [] and is_ready(statuses)
