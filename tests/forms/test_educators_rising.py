"""Educators Rising: the lesson plan's six required elements and the collaboration log, whose
live indicator shows whether the three required kinds of planning conversation are there."""

from __future__ import annotations

from formkit import click, open_workbook, pick_in_combo, reopen, scroll_to, type_date
from PySide6.QtCore import Qt

from tli_workbook.review.readiness import part_status

ER = "educators-rising-collaboration"
LOG = "collaboration_log.interactions"
SIX = [
    "goal_objective",
    "standards",
    "essential_questions",
    "activities",
    "assessment",
    "data_plan",
]


def test_lesson_plan_six_elements(qtbot, window, store, catalog) -> None:
    view = open_workbook(window, store, ER)
    page = view.show_part("lesson_plan")
    part = catalog.get(ER).part("lesson_plan")
    required = [f.id for f in part.fields if f.required]
    assert required == SIX
    for element in SIX:
        editor = page.editor(f"lesson_plan.{element}")
        scroll_to(page, editor)
        qtbot.keyClicks(editor.edit, f"The {element.replace('_', ' ')} of my lesson")
    type_date(qtbot, page.editor("lesson_plan.planned_date"), "20250203")
    view.flush()
    status = part_status(catalog.get(ER), part, store.snapshot(view.workbook_id))
    assert status.state == "complete", [i.label for i in status.todo]
    assert store.answer(view.workbook_id, "lesson_plan.planned_date") == "2025-02-03"


def _fill(qtbot, page, log, index: int, kind: str, who: str, day: str) -> None:  # type: ignore[no-untyped-def]
    editors = log.editors[index]
    scroll_to(page, editors["role"])
    click(qtbot, editors["role"].radios.buttons[kind])
    type_date(qtbot, editors["date"], day)
    pick_in_combo(qtbot, editors["format"].combo, "Video call")
    qtbot.keyClicks(editors["collaborator"].edit, who)
    qtbot.keyClicks(editors["ideas"].edit, f"An idea from the {who}")


def test_collaboration_log_coverage_is_live(qtbot, window, store, catalog, data_dir, monkeypatch):  # type: ignore[no-untyped-def]
    view = open_workbook(window, store, ER)
    wid = view.workbook_id
    page = view.show_part("collaboration_log")
    log = page.editor(LOG)
    assert log.status_text().startswith("✗ 0 of at least 3 planning conversation(s)")
    assert "✗ Peer or peer group: 0" in log.status_text()

    _fill(qtbot, page, log, 0, "peer", "grade-level peer", "20250201")
    assert "✓ Peer or peer group: 1" in log.status_text()
    assert "Still missing: Expert or mentor, Online professional network" in (
        log.status.accessibleDescription()
    )
    qtbot.mouseClick(log.add_btn, Qt.MouseButton.LeftButton)
    _fill(qtbot, page, log, 1, "online", "subject-area forum", "20250202")
    qtbot.mouseClick(log.add_btn, Qt.MouseButton.LeftButton)
    _fill(qtbot, page, log, 2, "expert", "cooperating teacher", "20250203")
    text = log.status_text()
    assert "✓ 3 of at least 3" in text
    assert "✓ Expert or mentor: 1" in text and "✓ Online professional network: 1" in text
    assert log.status.accessibleDescription() == "All required kinds present."

    qtbot.mouseClick(log.buttons[2]["up"], Qt.MouseButton.LeftButton)  # reorder
    view.flush()
    stored = store.answer(wid, LOG)
    assert [i["role"] for i in stored] == ["peer", "expert", "online"]
    assert stored[1] == {
        "role": "expert",
        "date": "2025-02-03",
        "format": "video_call",
        "collaborator": "cooperating teacher",
        "ideas": "An idea from the cooperating teacher",
    }
    status = part_status(catalog.get(ER), catalog.get(ER).part("collaboration_log"),
                         store.snapshot(wid))  # fmt: skip
    assert status.state == "complete"

    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(log.buttons[1]["remove"], Qt.MouseButton.LeftButton)
    assert "✗ Expert or mentor: 0" in log.status_text()
    view.flush()

    window.close()
    store2, w2 = reopen(qtbot, data_dir, catalog)
    log2 = w2.open_workbook(wid).show_part("collaboration_log").editor(LOG)
    assert log2.value() == store2.answer(wid, LOG)
    assert [i["role"] for i in log2.value()] == ["peer", "online"]
    assert log2.editors[1]["collaborator"].edit.text() == "subject-area forum"
    assert "✗ Expert or mentor: 0" in log2.status_text()
    store2.close()
