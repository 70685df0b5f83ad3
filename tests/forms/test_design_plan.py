"""Artifact 3 (Design) of the NEA credentials, driven like a teacher would: live links to the
Circle Map's needs, the plan outline, the monitoring table, the two templates, the Fellows'
uploaded plan, and the sample content."""

from __future__ import annotations

import os
import stat

from formkit import (
    SAMPLE_NEEDS,
    click,
    design_sample,
    focus,
    make_pdf,
    open_workbook,
    reopen,
    scroll_to,
    type_date,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QToolButton

import tli_workbook.ui.forms.fields_file as fields_file
from tli_workbook.store.archive import export_archive, import_archive
from tli_workbook.text import count_words
from tli_workbook.text.privacy import scan_text
from tli_workbook.ui.forms.fields_links import BROKEN_TEXT

CM = "coaching-and-mentoring"
PLAN = "artifact3.action_plan"
FELLOWS = "artifact3.fellows_plan"
NEA = [CM, "facilitating-collaborative-relationships", "purposeful-collaboration"]
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    return " ".join(lab.text() for lab in widget.findChildren(QLabel))


def test_need_links_are_live(qtbot, window, store, data_dir, catalog) -> None:
    needs = [
        {"id": "n1", "ring": "needs", "text": "Mentors for new staff"},
        {"id": "n2", "ring": "needs", "text": "Time to observe colleagues"},
    ]
    view = open_workbook(window, store, CM, needs=needs)
    wid = view.workbook_id
    page = view.show_part("artifact3")
    links = page.editor(f"{PLAN}.needs")
    scroll_to(page, links)
    click(qtbot, links.boxes["n1"])
    view.flush()
    assert store.answer(wid, f"{PLAN}.needs") == ["n1"]

    # Renamed on the map: the signal re-reads it ...
    store.upsert_map_entry(wid, {"id": "n1", "ring": "needs", "text": "Mentors for every hire"})
    view.signals.mapChanged.emit()
    assert links.boxes["n1"].text() == "Mentors for every hire"
    assert links.boxes["n1"].isChecked()
    # ... and so does coming back to the page.
    store.upsert_map_entry(wid, {"id": "n1", "ring": "needs", "text": "Mentors, renamed again"})
    view.show_part("part1")
    view.show_part("artifact3")
    assert links.linked_texts() == ["Mentors, renamed again"]
    assert store.answer(wid, f"{PLAN}.needs") == ["n1"]  # the link is an id, not a copy

    # Deleted on the map: the plan says so and offers another.
    store.delete_map_entry(wid, "n1")
    view.signals.mapChanged.emit()
    assert "n1" not in links.boxes
    assert list(links.broken_rows) == [0]
    assert BROKEN_TEXT in _texts(links.broken_rows[0])
    button = links.broken_rows[0].findChild(QPushButton)
    assert button.text() == "Pick another…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    menu = links.pick_menu
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible, timeout=10_000)
    assert [a.text() for a in menu.actions()] == ["Time to observe colleagues"]
    qtbot.keyClick(menu, Qt.Key.Key_Return)  # the first need is highlighted
    assert links.broken_rows == {}
    assert links.boxes["n2"].isChecked()
    view.flush()
    assert store.answer(wid, f"{PLAN}.needs") == ["n2"]

    window.close()
    store2, w2 = reopen(qtbot, data_dir, catalog)
    links2 = w2.open_workbook(wid).show_part("artifact3").editor(f"{PLAN}.needs")
    assert links2.value() == ["n2"]
    assert links2.boxes["n2"].isChecked() and not links2.broken_rows
    store2.close()


def test_a_link_whose_need_is_gone_can_be_removed(qtbot, window, store) -> None:
    view = open_workbook(window, store, CM, answers={f"{PLAN}.needs": ["gone"]})
    links = view.show_part("artifact3").editor(f"{PLAN}.needs")
    assert "no needs yet" in links.note.text()
    assert "Artifact 1: Teacher Leadership Circle Map" in links.note.text()  # where to add them
    assert BROKEN_TEXT in _texts(links.broken_rows[0])
    qtbot.mouseClick(links.broken_rows[0].findChild(QToolButton), Qt.MouseButton.LeftButton)
    view.flush()
    assert store.answer(view.workbook_id, f"{PLAN}.needs") == []


def test_objectives_outline_by_keyboard(qtbot, window, store, monkeypatch) -> None:
    view = open_workbook(window, store, CM)
    page = view.show_part("artifact3")
    plan = page.editor(f"{PLAN}.objectives")
    scroll_to(page, plan)
    qtbot.keyClicks(plan.rows[(0,)].text, "Train two peer coaches")
    for check in ("specific", "time_bound"):
        click(qtbot, plan.rows[(0,)].checks[check])
    focus(qtbot, plan.rows[(0,)].text)
    qtbot.keyClick(plan.rows[(0,)].text, Qt.Key.Key_Return, CTRL_SHIFT)
    qtbot.keyClicks(plan.rows[(0, 0)].text, "Invite volunteers")  # a task (child)
    qtbot.keyClick(plan.rows[(0, 0)].text, Qt.Key.Key_Return, CTRL)
    qtbot.keyClicks(plan.rows[(0, 1)].text, "Write the guide")  # a second task (sibling)
    qtbot.keyClick(plan.rows[(0, 1)].text, Qt.Key.Key_Right, ALT_SHIFT)  # indent: a subtask
    assert plan.rows[(0, 0, 0)].name == "Subtask 1.1.1"
    type_date(qtbot, plan.rows[(0, 0, 0)].cells["due"], "20251010")
    qtbot.keyClick(plan.rows[(0, 0, 0)].text, Qt.Key.Key_Left, ALT_SHIFT)  # outdent again
    assert plan.rows[(0, 1)].name == "Task 1.2"
    qtbot.keyClick(plan.rows[(0, 1)].text, Qt.Key.Key_Up, ALT_SHIFT)  # move up
    assert plan.rows[(0, 0)].text.toPlainText() == "Write the guide"
    # Delete asks first when the row has content.
    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: False)
    focus(qtbot, plan.rows[(0, 1)].text)  # keys go to the focused row
    qtbot.keyClick(plan.rows[(0, 1)].text, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert (0, 1) in plan.rows
    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: True)
    qtbot.keyClick(plan.rows[(0, 1)].text, Qt.Key.Key_Delete, CTRL_SHIFT)
    view.flush()
    assert store.answer(view.workbook_id, f"{PLAN}.objectives") == [
        {
            "level": "objective",
            "text": "Train two peer coaches",
            "cells": {},
            "checks": ["specific", "time_bound"],
            "children": [
                {
                    "level": "task",
                    "text": "Write the guide",
                    "cells": {"due": "2025-10-10"},
                    "checks": [],
                    "children": [],
                }
            ],
        }
    ]


def test_milestones_rows_add_remove_reorder(qtbot, window, store, monkeypatch) -> None:
    view = open_workbook(window, store, CM)
    page = view.show_part("artifact3")
    table = page.editor(f"{PLAN}.milestones")
    scroll_to(page, table)
    assert len(table.cells) == 1  # min_rows: one row ready to type in
    qtbot.keyClicks(table.cells[0]["milestone"].edit, "Coaches trained")
    qtbot.keyClicks(table.cells[0]["feedback_data"].edit, "Sign-in sheet")
    qtbot.mouseClick(table.add_btn, Qt.MouseButton.LeftButton)
    assert table.cells[1]["milestone"].edit.hasFocus()  # focus follows the new row
    qtbot.keyClicks(table.cells[1]["milestone"].edit, "First cycle done")
    qtbot.mouseClick(table.row_buttons[1]["up"], Qt.MouseButton.LeftButton)
    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(table.row_buttons[1]["remove"], Qt.MouseButton.LeftButton)
    view.flush()
    assert store.answer(view.workbook_id, f"{PLAN}.milestones") == [
        {"milestone": "First cycle done"}
    ]


def test_switching_templates_keeps_both(
    qtbot, window, store, data_dir, catalog, monkeypatch, tmp_path
) -> None:
    view = open_workbook(window, store, CM)  # not a Fellow: Option 2 is the default
    wid = view.workbook_id
    page = view.show_part("artifact3")
    assert page.current_variant() == "action_plan"
    assert page.variant_stack["action_plan"].isVisible()
    assert not page.variant_stack["fellows_plan"].isVisible()
    qtbot.keyClicks(page.editor(f"{PLAN}.goal").edit, "Six teachers finish two cycles")

    fellows = page.variant_radios["fellows_plan"]
    scroll_to(page, fellows)
    click(qtbot, fellows)
    assert page.variant_stack["fellows_plan"].isVisible()
    assert not page.variant_stack["action_plan"].isVisible()
    pdf = make_pdf(tmp_path)
    monkeypatch.setattr(window.dialogs, "open_file", lambda *a, **k: pdf)
    attach = page.editor(f"{FELLOWS}.plan_file")
    qtbot.mouseClick(attach.attach_btn, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor(f"{FELLOWS}.summary").edit, "Made in the state cohort")

    click(qtbot, page.variant_radios["action_plan"])
    view.flush()
    answers = store.answers(wid)
    assert answers["artifact3.variant"] == "action_plan"
    assert answers[f"{PLAN}.goal"] == "Six teachers finish two cycles"
    assert answers[f"{FELLOWS}.summary"] == "Made in the state cohort"
    assert answers[f"{FELLOWS}.plan_file"][0]["name"] == "action-plan.pdf"

    window.close()
    store2, w2 = reopen(qtbot, data_dir, catalog)
    p2 = w2.open_workbook(wid).show_part("artifact3")
    assert p2.current_variant() == "action_plan"
    assert p2.editor(f"{PLAN}.goal").value() == "Six teachers finish two cycles"
    assert p2.editor(f"{FELLOWS}.summary").value() == "Made in the state cohort"
    assert not p2.variant_stack["fellows_plan"].isVisible()
    store2.close()


def test_a_fellow_starts_on_the_fellows_template(window, store) -> None:
    page = open_workbook(window, store, CM, fellow=True).show_part("artifact3")
    assert page.current_variant() == "fellows_plan"


def test_fellows_plan_file_attach_open_remove(qtbot, window, store, monkeypatch, tmp_path) -> None:
    view = open_workbook(window, store, CM, fellow=True)
    page = view.show_part("artifact3")
    files = page.editor(f"{FELLOWS}.plan_file")

    wrong = tmp_path / "notes.txt"
    wrong.write_text("not a plan")
    warned: list[str] = []
    monkeypatch.setattr(window.dialogs, "warning", lambda t, text: warned.append(text))
    monkeypatch.setattr(window.dialogs, "open_file", lambda *a, **k: wrong)
    qtbot.mouseClick(files.attach_btn, Qt.MouseButton.LeftButton)
    assert files.value() == [] and "not one of the accepted" in warned[0]

    pdf = make_pdf(tmp_path, "Our action plan.pdf")
    monkeypatch.setattr(window.dialogs, "open_file", lambda *a, **k: pdf)
    qtbot.mouseClick(files.attach_btn, Qt.MouseButton.LeftButton)
    pdf.unlink()  # the teacher's original may go: the workbook holds a copy
    ref = files.value()[0]
    assert ref["name"] == "Our action plan.pdf" and ref["media_type"] == "application/pdf"
    assert "Our action plan.pdf" in _texts(files.rows[0]) and "bytes" in _texts(files.rows[0])

    opened: list[str] = []
    monkeypatch.setattr(
        fields_file, "open_url", lambda url: opened.append(url.toLocalFile()) or True
    )
    buttons = {b.text(): b for b in files.rows[0].findChildren(QToolButton)}
    qtbot.mouseClick(buttons["Open"], Qt.MouseButton.LeftButton)
    copy = opened[0]
    stored = store.file_path(ref["file"])
    assert copy != str(stored) and os.path.basename(copy) == "Our action plan.pdf"
    with open(copy, "rb") as fh:
        assert fh.read() == stored.read_bytes()
    assert not os.stat(copy).st_mode & stat.S_IWUSR  # a read-only copy

    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(buttons["Remove"], Qt.MouseButton.LeftButton)
    view.flush()
    assert store.answer(view.workbook_id, f"{FELLOWS}.plan_file") == []
    assert stored.exists()  # removing the reference never deletes stored bytes in use elsewhere


def test_sample_design_content(qtbot, window, store, catalog, tmp_path) -> None:
    sample = design_sample()
    cred = catalog.get(CM)
    variant = cred.part("artifact3").variant("action_plan")
    fields = {f"{PLAN}.{f.id}": f for f in variant.fields}
    assert sample["artifact3.variant"] == "action_plan"
    assert sample[f"{PLAN}.needs"] == ["need-feedback"]
    assert set(fields) <= set(sample) | {f"{PLAN}.resources"}, "every field is answered"
    for key, value in sample.items():
        field = fields.get(key)
        if field is not None and field.type == "long_text":
            assert field.words is None or field.words.contains(count_words(value)), key
        for text in _strings(value):
            assert not scan_text(text), f"{key}: identifying detail in {text[:40]!r}"

    view = open_workbook(window, store, CM, answers=sample, needs=SAMPLE_NEEDS)
    page = view.show_part("artifact3")
    assert page.current_variant() == "action_plan"
    for key, value in sample.items():
        if key != "artifact3.variant":
            assert page.editor(key).value() == value, f"{key} is not in the editor's shape"
    assert page.editor(f"{PLAN}.needs").linked_texts() == [SAMPLE_NEEDS[0]["text"]]
    view.flush()
    assert store.answers(view.workbook_id) == sample  # showing it rewrote nothing

    archive = export_archive(store, view.workbook_id, tmp_path / "design.tliwb")
    new_id = import_archive(store, archive)
    assert store.answers(new_id) == sample


def _strings(value):  # type: ignore[no-untyped-def]
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


def test_every_nea_design_page_renders_all_its_fields(window, store, catalog) -> None:
    for cred_id in NEA:
        page = open_workbook(window, store, cred_id).show_part("artifact3")
        part = catalog.get(cred_id).part("artifact3")
        assert [v.id for v in part.variants] == ["fellows_plan", "action_plan", "official_plan"]
        for v in part.variants:
            for f in v.fields:
                assert page.editor(f"artifact3.{v.id}.{f.id}").field is f
        objectives = page.editor(f"{PLAN}.objectives")
        assert [o.id for o in objectives.field.checks["objective"]] == [
            "specific", "pertinent", "realistic", "data_informed", "time_bound"
        ]  # fmt: skip
        assert list(objectives.rows[(0,)].checks) == [
            o.id for o in objectives.field.checks["objective"]
        ]
        assert page.rubric_panel.rows  # the plan's rubric rows sit with the form
