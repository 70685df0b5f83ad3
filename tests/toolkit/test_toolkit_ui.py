"""The Toolkit in the real window: copies added, typed into, renamed, duplicated, deleted and
brought back; the three links sent with the buttons and undone; the team binder."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tli_workbook.definitions.binder import TEAM_BINDER_ID
from tli_workbook.definitions.keys import tool_key
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog
from tli_workbook.ui.tasks import runner
from tli_workbook.ui.toolkit.copy_page import ToolCopyPage
from tli_workbook.ui.toolkit.nav import TOOLKIT_KEY

LEFT = Qt.MouseButton.LeftButton


def _open(qtbot, window, monkeypatch, tools, cred="coaching-and-mentoring", title="Spring"):
    window.services["tools"] = tools
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(lambda cls, cat, parent=None: ((cred, title, False), True)),
    )
    qtbot.mouseClick(window.start.new_btn, LEFT)
    assert window.view is not None
    return window.view


def _click_nav(qtbot, view, item) -> None:
    rect = view.nav.visualItemRect(item)
    qtbot.mouseClick(view.nav.viewport(), LEFT, pos=rect.center())


def _add_copy(qtbot, view, tool_id: str) -> ToolCopyPage:
    _click_nav(qtbot, view, view.toolkit.overview_item)
    overview = view.toolkit.pages[TOOLKIT_KEY]
    assert view.stack.currentWidget() is overview
    qtbot.mouseClick(overview.add_buttons[tool_id], LEFT)
    page = view.stack.currentWidget()
    assert isinstance(page, ToolCopyPage)
    return page


def _edit_menu_undo(window) -> None:
    undo = next(
        a for a in window.edit_menu.actions() if a.text().replace("&", "").startswith("Undo")
    )
    assert undo.isEnabled()
    undo.trigger()


def _fill(page: ToolCopyPage, field: str, value) -> None:  # type: ignore[no-untyped-def]
    """Set a value the way its editor stores it (tables and outlines: the editor's own
    shape), through the page's autosave path."""
    key = tool_key(page.copy_id, field)
    editor = page.editor(key)
    editor.set_value(value)
    page.autosaver.set(key, editor.value)
    page.autosaver.flush()


def test_copies_add_type_rename_duplicate_delete_undo(
    qtbot, window, monkeypatch, store, fixture_tools
) -> None:
    view = _open(qtbot, window, monkeypatch, fixture_tools)
    assert view.toolkit.top.text(0) == "Toolkit"
    page = _add_copy(qtbot, view, "goals-and-objectives")
    wid, cid = view.workbook_id, page.copy_id
    goal = page.editor(tool_key(cid, "goal"))
    qtbot.keyClicks(goal.edit, "By June, twelve colleagues meet monthly")
    view.flush()
    assert store.answer(wid, tool_key(cid, "goal")) == "By June, twelve colleagues meet monthly"
    assert store.tool_copies(wid)[0]["title"] == "Goals and Objectives"

    monkeypatch.setattr(view.dialogs, "ask_text", lambda *a: ("Goals: Book club", True))
    qtbot.mouseClick(page.rename_button, LEFT)
    assert store.tool_copy(wid, cid)["title"] == "Goals: Book club"
    assert view.toolkit.copy_items[cid].text(0).strip() == "Goals: Book club"

    qtbot.mouseClick(page.duplicate_button, LEFT)
    dup = view.stack.currentWidget()
    assert isinstance(dup, ToolCopyPage) and dup.copy_id != cid
    assert store.tool_copy_answers(wid, dup.copy_id) == {
        "goal": "By June, twelve colleagues meet monthly"
    }

    view.toolkit.show_copy(cid)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert [c["id"] for c in store.tool_copies(wid)] == [dup.copy_id]
    assert store.answer(wid, tool_key(cid, "goal")) is None
    bar = view.toolkit.current_bar()
    assert "Deleted “Goals: Book club”" in bar.label.text()
    qtbot.mouseClick(bar.undo_button, LEFT)
    assert [c["id"] for c in store.tool_copies(wid)] == [cid, dup.copy_id]
    back = view.toolkit.show_copy(cid)
    assert back.editor(tool_key(cid, "goal")).value() == "By June, twelve colleagues meet monthly"
    _edit_menu_undo(window)  # undoes the duplicate
    assert [c["id"] for c in store.tool_copies(wid)] == [cid]


def test_ranked_issues_go_to_the_circle_map_and_back(
    qtbot, window, monkeypatch, store, fixture_tools
) -> None:
    view = _open(qtbot, window, monkeypatch, fixture_tools)
    page = _add_copy(qtbot, view, "discovering-shared-goals")
    _fill(
        page,
        "issues",
        [
            {"issue": "Family engagement in reading", "data": "Survey: 31% attend", "rank": 2},
            {"issue": "New teachers leave within 3 years", "data": "HR records", "rank": 1},
            {"issue": "", "data": "no issue named"},
        ],
    )
    assert "Circle Map" in page.link_button.text()
    qtbot.mouseClick(page.link_button, LEFT)
    wid = view.workbook_id
    needs = [e["text"] for e in store.map_entries(wid) if e["ring"] == "needs"]
    assert needs == ["New teachers leave within 3 years", "Family engagement in reading"]
    map_page = view.pages["artifact1"]
    assert [e.text for e in map_page.doc.map.in_ring("needs")] == needs
    _edit_menu_undo(window)
    assert [e for e in store.map_entries(wid) if e["ring"] == "needs"] == []
    assert map_page.doc.map.in_ring("needs") == []
    # Sending again copies again (no tie): the map gets fresh entries.
    qtbot.mouseClick(page.link_button, LEFT)
    assert len(store.map_entries(wid)) == 2


def test_goals_and_objectives_fill_the_action_plan_and_back(
    qtbot, window, monkeypatch, store, fixture_tools
) -> None:
    view = _open(qtbot, window, monkeypatch, fixture_tools)
    page = _add_copy(qtbot, view, "goals-and-objectives")
    goal = page.editor(tool_key(page.copy_id, "goal"))
    qtbot.keyClicks(goal.edit, "By May, every grade 3 family joins a reading night")
    _fill(page, "objectives", [{"objective": "Plan 3 nights"}, {"objective": "Invite families"}])
    assert "Artifact 3" in page.link_button.text()
    qtbot.mouseClick(page.link_button, LEFT)
    wid = view.workbook_id
    key_goal, key_obj = "artifact3.action_plan.goal", "artifact3.action_plan.objectives"
    plan = view.pages["artifact3"]
    assert plan.editor(key_goal).value() == "By May, every grade 3 family joins a reading night"
    assert store.answer(wid, key_goal) == "By May, every grade 3 family joins a reading night"
    assert [n["text"] for n in store.answer(wid, key_obj)] == ["Plan 3 nights", "Invite families"]
    bar = view.toolkit.current_bar()
    qtbot.mouseClick(bar.undo_button, LEFT)
    view.flush()
    assert not store.answer(wid, key_goal)
    assert not store.answer(wid, key_obj)
    assert plan.editor(key_goal).value() in ("", None)


def test_project_plan_becomes_artifact4_evidence_and_back(
    qtbot, window, monkeypatch, store, fixture_tools, tmp_path: Path
) -> None:
    view = _open(qtbot, window, monkeypatch, fixture_tools)
    art_page = view.page("artifact4")  # open, so the card must appear there too
    page = _add_copy(qtbot, view, "project-plan")
    qtbot.keyClicks(
        page.editor(tool_key(page.copy_id, "goal")).edit, "Launch a peer book club by March"
    )
    qtbot.mouseClick(page.link_button, LEFT)
    wid = view.workbook_id
    qtbot.waitUntil(lambda: len(store.artifacts(wid, "artifact4")) == 1, timeout=20_000)
    art = store.artifacts(wid, "artifact4")[0]
    assert art["title"] == "Project Plan" and art["filename"] == "Project_Plan.pdf"
    pdf = store.file_path(art["file"])
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Launch a peer book club by March" in text
    assert art["id"] in art_page.cards
    _edit_menu_undo(window)
    assert store.artifacts(wid, "artifact4") == []
    assert art_page.cards == {}
    runner().wait_idle()


def test_reflection_panel_shows_results_analysis(
    qtbot, window, monkeypatch, store, fixture_tools
) -> None:
    view = _open(qtbot, window, monkeypatch, fixture_tools)
    page = _add_copy(qtbot, view, "results-analysis")
    qtbot.keyClicks(
        page.editor(tool_key(page.copy_id, "results")).edit, "Attendance rose from 4 to 11"
    )
    part3 = view.show_part("part3")
    panel = part3.reflection_panel
    assert panel.isVisible()
    assert "Attendance rose from 4 to 11" in panel.text()
    assert panel.view.isReadOnly()


def test_compare_two_copies_side_by_side(qtbot, window, monkeypatch, store, fixture_tools) -> None:
    view = _open(qtbot, window, monkeypatch, fixture_tools)
    first = _add_copy(qtbot, view, "results-analysis")
    qtbot.keyClicks(first.editor(tool_key(first.copy_id, "results")).edit, "Before: 4 came")
    second = _add_copy(qtbot, view, "results-analysis")
    qtbot.keyClicks(second.editor(tool_key(second.copy_id, "results")).edit, "After: 11 came")
    view.toolkit.show(TOOLKIT_KEY)
    overview = view.toolkit.pages[TOOLKIT_KEY]
    assert "Results Analysis 2" in overview.open_buttons[second.copy_id].text()
    dlg = overview.compare("results-analysis")
    qtbot.addWidget(dlg)
    assert "Before: 4 came" in dlg.text(0) and "After: 11 came" in dlg.text(1)
    dlg.close()


def test_team_binder_created_filled_and_exported(
    qtbot, window, monkeypatch, store, fixture_tools, tmp_path: Path
) -> None:
    view = _open(qtbot, window, monkeypatch, fixture_tools, cred=TEAM_BINDER_ID, title="Team")
    assert view.credential.parts == ()
    assert view.stack.currentWidget() is view.toolkit.pages[TOOLKIT_KEY]
    assert list(view._review_items) == ["privacy"]  # no requirements, no rubric
    page = _add_copy(qtbot, view, "goals-and-objectives")
    assert page.in_packet.isHidden()  # a binder prints all its tools
    assert page.findChildren(QPushButton, "tool:link") == []  # no credential to send to
    qtbot.keyClicks(page.editor(tool_key(page.copy_id, "goal")).edit, "Our team reads together")
    window.show_start()
    assert window.start.table.item(0, 3).text() == "1 filled tool"
    wid = view.workbook_id

    from tli_workbook.packet.builder import build_document
    from tli_workbook.packet.document import plain_text
    from tli_workbook.packet.pdf_writer import write_pdf

    snap = store.snapshot(wid)
    assert snap["workbook"]["credential"] == ""
    doc, warnings = build_document(snap, window.catalog.get(""), store.file_path, tmp_path)
    text = [t for b in doc.blocks() for t in plain_text(b)]
    assert "Appendix: guidebook tools" in text and "Our team reads together" in text
    write_pdf(doc, tmp_path / "binder.pdf")
    out = subprocess.run(
        ["pdftotext", str(tmp_path / "binder.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Our team reads together" in out and "Guidebook tools" in out
    assert not warnings


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_save_filled_copy(qtbot, window, monkeypatch, store, fixture_tools, tmp_path, fmt) -> None:
    from tli_workbook.ui.tasks import wait_for

    view = _open(qtbot, window, monkeypatch, fixture_tools)
    page = _add_copy(qtbot, view, "goals-and-objectives")
    qtbot.keyClicks(page.editor(tool_key(page.copy_id, "goal")).edit, "Read four books")
    dest = tmp_path / f"goals.{fmt}"
    monkeypatch.setattr(view.dialogs, "save_file", lambda *a: dest)
    task = page._save(fmt)
    wait_for(task)
    assert task.error is None and dest.stat().st_size > 1000


def test_print_blank_guide_page_packet_choice_and_jump(
    qtbot, window, monkeypatch, store, tmp_path: Path
) -> None:
    """With the real tools: a blank form saved from the overview, a guide read-only, the
    packet checkbox stored, and a privacy finding's jump into a copy."""
    from tli_workbook.definitions import default_tools

    tools = default_tools()
    guide = next(t for t in tools if t.kind == "guide")
    view = _open(qtbot, window, monkeypatch, tools)
    _click_nav(qtbot, view, view.toolkit.overview_item)
    overview = view.toolkit.pages[TOOLKIT_KEY]
    dest = tmp_path / "blank.pdf"
    monkeypatch.setattr(view.dialogs, "save_file", lambda *a: dest)
    qtbot.mouseClick(overview.blank_buttons["results-analysis"], LEFT)
    assert subprocess.run(["qpdf", "--check", str(dest)], capture_output=True).returncode == 0

    qtbot.mouseClick(overview.add_buttons[guide.id], LEFT)
    page = view.stack.currentWidget()
    from PySide6.QtWidgets import QLabel

    shown = [lab.text() for lab in page.findChildren(QLabel)]
    assert guide.title in shown and f"Source: {guide.source}" in shown
    assert not any(e.field.stores_value for v in page.views.values() for e in v.editors.values())

    copy = _add_copy(qtbot, view, "results-analysis")
    from PySide6.QtCore import QPoint

    # On the box itself (the row is wider than its text).
    qtbot.mouseClick(copy.in_packet, LEFT, pos=QPoint(8, copy.in_packet.height() // 2))
    assert store.tool_copy(view.workbook_id, copy.copy_id)["in_packet"] is True
    key = tool_key(copy.copy_id, "results")
    view.show_part("part1")
    view.jump(f"tool.{copy.copy_id}", key)
    assert view.stack.currentWidget() is copy
    focus = copy.focusWidget()
    assert focus is not None and copy.editor(key).isAncestorOf(focus)


def test_links_with_the_real_tool_definitions(qtbot, window, monkeypatch, store) -> None:
    from tli_workbook.definitions import default_tools

    view = _open(qtbot, window, monkeypatch, default_tools())
    wid = view.workbook_id
    dsg = _add_copy(qtbot, view, "discovering-shared-goals")
    _fill(dsg, "issues", [{"issue": "Little feedback for new teachers", "rank": 1}])
    qtbot.mouseClick(dsg.link_button, LEFT)
    assert [e["text"] for e in store.map_entries(wid)] == ["Little feedback for new teachers"]

    goals = _add_copy(qtbot, view, "goals-and-objectives")
    qtbot.keyClicks(goals.editor(tool_key(goals.copy_id, "goal")).edit, "Two cycles each by March")
    qtbot.mouseClick(goals.link_button, LEFT)
    assert store.answer(wid, "artifact3.action_plan.goal") == "Two cycles each by March"

    plan = _add_copy(qtbot, view, "project-plan")
    _fill(plan, "plan", [{"level": "goal", "text": "Peer coaching", "cells": {}, "children": []}])
    qtbot.mouseClick(plan.link_button, LEFT)
    qtbot.waitUntil(lambda: len(store.artifacts(wid, "artifact4")) == 1, timeout=20_000)
    # Edit > Undo walks back: the evidence, the Project Plan copy, the plan's goal, the Goals
    # copy, the needs.
    for _ in range(5):
        _edit_menu_undo(window)
    assert store.artifacts(wid) == [] and store.map_entries(wid) == []
    assert [c["tool"] for c in store.tool_copies(wid)] == ["discovering-shared-goals"]
    assert not store.answer(wid, "artifact3.action_plan.goal")
    runner().wait_idle()
