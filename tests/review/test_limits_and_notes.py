"""Limits as the credential states them, and private notes.

A count the source gives "as a guide" warns when missed, in readiness and in `check`, and does
not hold up submission; a hard count still does. FCR's rubric states a word count for the
Artifact 2 answers, so a bullet answer must also keep to it. A field declared private (the
teacher's own summary of the plan) never reaches the packet or the privacy scan.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tli_workbook.definitions.keys import answer_key
from tli_workbook.packet.builder import PacketOptions, build_document
from tli_workbook.packet.document import plain_text
from tli_workbook.review.privacy_scan import open_findings
from tli_workbook.review.readiness import part_status, readiness, todo_items, warning_items
from tli_workbook.review.report import check_report

from .helpers import build_sample, file_path_of


def _words(n: int) -> str:
    return " ".join(["word"] * n)


def _bullets(total_words: int, n: int) -> str:
    per = total_words // n
    lines = [_words(per) for _ in range(n)]
    lines[-1] = _words(total_words - per * (n - 1))
    return "\n".join(f"- {line}" for line in lines)


def _snap(cred_id: str, answers: dict[str, Any]) -> dict[str, Any]:
    return {"workbook": {"credential": cred_id, "fellow": False}, "answers": answers}


def test_a_guide_missed_is_a_warning_not_a_failure(store: Any, cm: Any) -> None:
    wid = build_sample(store)
    part = cm.part("part3")
    key = answer_key(part, part.fields[0])
    store.set_answer(wid, key, _words(560))  # 400-500 "as a guide"
    snap = store.snapshot(wid)
    exists = file_path_of(store)
    statuses = readiness(cm, snap, lambda sha: exists(sha) is not None)
    assert todo_items(statuses) == []
    (warn,) = warning_items(statuses)
    assert warn.target == key and warn.ok
    assert warn.label == "Reflection: 560 / 400–500 words"
    assert warn.detail == "Above range: 60 words over (the word count is a guide)"
    text, ok = check_report(snap, cm, exists)
    assert ok and text.rstrip().endswith("Result: READY")
    assert "[note] Reflection: 560 / 400–500 words - Above range: 60 words over" in text

    # An empty answer is still missing: a guide says how long, not whether.
    store.set_answer(wid, key, "")
    statuses = readiness(cm, store.snapshot(wid))
    assert [i.target for i in todo_items(statuses)] == [key]


def test_a_hard_limit_still_fails(catalog: Any) -> None:
    fcr = catalog.get("facilitating-collaborative-relationships")
    part = fcr.part("part3")
    key = answer_key(part, part.fields[0])
    (item,) = part_status(fcr, part, _snap(fcr.id, {key: _words(560)})).items
    assert not item.ok and not item.warning
    assert item.detail == "Above range: 60 words over"


def test_fcr_bullets_must_also_keep_the_rubric_word_count(catalog: Any, cm: Any) -> None:
    fcr = catalog.get("facilitating-collaborative-relationships")

    def artifact2(cred: Any, text: str) -> list[Any]:
        part = cred.part("artifact2")
        answers = {answer_key(part, f): text for f in part.fields}
        return list(part_status(cred, part, _snap(cred.id, answers)).items)

    long_bullets = _bullets(168, 4)
    for item in artifact2(fcr, long_bullets):
        assert not item.ok, item
        assert item.label.endswith("168 / 50–150 words · 4 / 3–5 bullets")
        assert item.detail == "Above range: 18 words over"
    assert all(i.ok for i in artifact2(fcr, _bullets(120, 4)))
    assert all(i.ok for i in artifact2(fcr, _words(120)))
    # Coaching and Mentoring says "50-150 words or 3-5 bullet points" and no more.
    assert all(i.ok for i in artifact2(cm, long_bullets))


def test_a_private_note_never_reaches_the_packet_or_the_scan(
    store: Any, cm: Any, tmp_path: Path
) -> None:
    wid = build_sample(store)
    store.set_answer(wid, "artifact3.variant", "fellows_plan")
    part = cm.part("artifact3")
    variant = part.variant("fellows_plan")
    summary = next(f for f in variant.fields if f.id == "summary")
    note = "My own reminder: ask Jordan Smith at Lincoln Elementary"
    store.set_answer(wid, answer_key(part, summary, variant), note)
    snap = store.snapshot(wid)

    doc, _w = build_document(snap, cm, file_path_of(store), tmp_path, PacketOptions(toc=False))
    lines = [t for s in doc.sections for b in s.blocks for t in plain_text(b)]
    assert not any("Jordan" in t or "reminder" in t for t in lines)
    assert "Summary" not in lines and "Summary (optional)" not in lines
    assert not any("(optional)" in t for t in lines)
    assert not any("Jordan" in f.text for f in open_findings(snap, cm, file_path_of(store)))
    status = part_status(cm, part, snap)
    assert not any(i.target.endswith(".summary") for i in status.items)


def test_the_packet_prints_labels_without_teacher_hints(
    store: Any, cm: Any, tmp_path: Path
) -> None:
    wid = build_sample(store)
    store.set_answer(wid, "artifact3.variant", "action_plan")
    snap = store.snapshot(wid)
    doc, _w = build_document(snap, cm, file_path_of(store), tmp_path, PacketOptions(toc=False))
    lines = [t for s in doc.sections for b in s.blocks for t in plain_text(b)]
    assert "Needs addressed" in lines
    assert not any("(optional)" in t or "from your Circle Map" in t for t in lines)
