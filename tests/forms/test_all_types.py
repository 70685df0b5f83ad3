"""Every field type, filled through the real widgets of a FormPage in the real main window,
then found again after quitting and reopening, and after an archive round trip.

The definition (all_types.yaml) is test data: the engine renders it with no code of its own.
"""

from __future__ import annotations

from formkit import click, focus, make_pdf, pick_in_combo, reopen, scroll_to, type_date
from PySide6.QtCore import Qt

from tli_workbook.store.archive import export_archive, import_archive
from tli_workbook.ui.pages.form_page import FormPage

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(all_window, store):  # type: ignore[no-untyped-def]
    wid = store.create_workbook("all-types", "Every type", False)
    store.upsert_map_entry(wid, {"id": "n1", "ring": "needs", "text": "Need one"})
    store.upsert_map_entry(wid, {"id": "n2", "ring": "needs", "text": "Need two"})
    view = all_window.open_workbook(wid)
    page = view.show_part("form")
    assert isinstance(page, FormPage)
    return wid, view, page


def _fill_everything(qtbot, page, monkeypatch, tmp_path, dialogs) -> None:  # type: ignore[no-untyped-def]
    ed = page.editor
    qtbot.keyClicks(ed("form.name").edit, "A short answer")
    qtbot.keyClicks(ed("form.essay").edit, "A few words of essay")
    type_date(qtbot, ed("form.when"), "20250314")
    type_date(qtbot, ed("form.meeting"), "202503141530")
    qtbot.keyClicks(ed("form.count").edit, "12")
    qtbot.keyClicks(ed("form.ratio").edit, "2,5")  # a decimal comma is read as a point

    colour = ed("form.colour")
    scroll_to(page, colour)
    click(qtbot, colour.radios.buttons["green"])
    pick_in_combo(qtbot, ed("form.size").combo, "Medium")
    days = ed("form.days")
    click(qtbot, days.boxes["mon"])
    click(qtbot, days.boxes["wed"])
    skills = ed("form.skills")
    scroll_to(page, skills)
    click(qtbot, skills.boxes["pause"])
    qtbot.keyClicks(skills.other_edit, "Mirror body language")  # ticks "Other" itself
    rating = ed("form.confidence")
    focus(qtbot, rating.radios.buttons["low"])
    qtbot.keyClick(rating.radios.buttons["low"], Qt.Key.Key_Space)
    qtbot.keyClick(rating.radios.buttons["low"], Qt.Key.Key_Right)  # arrows move the choice

    fixed = ed("form.outreach")
    scroll_to(page, fixed)
    qtbot.keyClicks(fixed.cells[1]["how"].edit, "Staff meeting")
    type_date(qtbot, fixed.cells[1]["by"], "20250401")
    qtbot.keyClicks(fixed.cells[1]["reach"].edit, "30")
    pick_in_combo(qtbot, fixed.cells[0]["channel"].combo, "Mail")

    log = ed("form.log")
    scroll_to(page, log)
    qtbot.keyClicks(log.cells[0]["what"].edit, "Kick-off")
    qtbot.mouseClick(log.add_btn, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(log.cells[1]["what"].edit, "Check-in")
    qtbot.keyClicks(log.cells[1]["notes"].edit, "Short notes")
    qtbot.mouseClick(log.add_btn, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(log.cells[2]["what"].edit, "Wrap-up")
    qtbot.mouseClick(log.row_buttons[2]["up"], Qt.MouseButton.LeftButton)  # reorder
    assert [r.get("what") for r in log.rows] == ["Kick-off", "Wrap-up", "Check-in"]
    qtbot.mouseClick(log.add_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(log.row_buttons[3]["remove"], Qt.MouseButton.LeftButton)  # empty: no ask
    assert len(log.rows) == 3

    talks = ed("form.talks")
    scroll_to(page, talks)
    assert "✗ Peer: 0" in talks.status_text()
    click(qtbot, talks.editors[0]["kind"].radios.buttons["peer"])
    type_date(qtbot, talks.editors[0]["held_on"], "20250110")
    qtbot.keyClicks(talks.editors[0]["steps"].cells[0]["step"].edit, "Draft")
    qtbot.mouseClick(talks.add_btn, Qt.MouseButton.LeftButton)
    click(qtbot, talks.editors[1]["kind"].radios.buttons["mentor"])
    qtbot.keyClicks(talks.editors[1]["notes"].edit, "Mentor notes")
    assert "✓ Peer: 1" in talks.status_text() and "✓ Mentor: 1" in talks.status_text()

    plan = ed("form.plan")
    scroll_to(page, plan)
    first = plan.rows[(0,)]
    qtbot.keyClicks(first.text, "Objective one")
    qtbot.keyClicks(first.cells["lead"].edit, "Me")
    click(qtbot, first.checks["specific"])
    qtbot.mouseClick(first.child_btn, Qt.MouseButton.LeftButton)  # add child: a task
    qtbot.keyClicks(plan.rows[(0, 0)].text, "Task one")
    focus(qtbot, plan.rows[(0, 0)].text)
    qtbot.keyClick(plan.rows[(0, 0)].text, Qt.Key.Key_Return, CTRL)  # add sibling
    qtbot.keyClicks(plan.rows[(0, 1)].text, "Task two")
    type_date(qtbot, plan.rows[(0, 1)].cells["due"], "20250501")

    needs = ed("form.needs")
    scroll_to(page, needs)
    click(qtbot, needs.boxes["n2"])

    files = ed("form.files")
    pdf = make_pdf(tmp_path)
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: pdf)
    qtbot.mouseClick(files.attach_btn, Qt.MouseButton.LeftButton)


def _expected(store, pdf_sha: str) -> dict:  # type: ignore[no-untyped-def]
    return {
        "form.name": "A short answer",
        "form.essay": "A few words of essay",
        "form.when": "2025-03-14",
        "form.meeting": "2025-03-14T15:30",
        "form.count": 12,
        "form.ratio": 2.5,
        "form.colour": "green",
        "form.size": "m",
        "form.days": ["mon", "wed"],
        "form.skills": ["pause", {"other": "Mirror body language"}],
        "form.confidence": "mid",
        "form.outreach": [
            {"_row": "parents", "channel": "mail"},
            {"_row": "staff", "how": "Staff meeting", "by": "2025-04-01", "reach": 30},
        ],
        "form.log": [
            {"what": "Kick-off"},
            {"what": "Wrap-up"},
            {"what": "Check-in", "notes": "Short notes"},
        ],
        "form.talks": [
            {"kind": "peer", "held_on": "2025-01-10", "steps": [{"step": "Draft"}]},
            {"kind": "mentor", "notes": "Mentor notes"},
        ],
        "form.plan": [
            {
                "level": "objective",
                "text": "Objective one",
                "cells": {"lead": "Me"},
                "checks": ["specific"],
                "children": [
                    {"level": "task", "text": "Task one", "cells": {}, "checks": [],
                     "children": []},
                    {"level": "task", "text": "Task two", "cells": {"due": "2025-05-01"},
                     "checks": [], "children": []},
                ],
            }
        ],  # fmt: skip
        "form.needs": ["n2"],
        "form.files": [
            {"file": pdf_sha, "name": "action-plan.pdf", "media_type": "application/pdf"}
        ],
    }  # fmt: skip


def test_every_type_through_the_widgets_then_reopen_and_archive(
    qtbot, all_window, store, data_dir, all_catalog, monkeypatch, tmp_path
) -> None:
    wid, view, page = _open(all_window, store)
    _fill_everything(qtbot, page, monkeypatch, tmp_path, all_window.dialogs)
    view.flush()
    answers = store.answers(wid)
    pdf_sha = answers["form.files"][0]["file"]
    expected = _expected(store, pdf_sha)
    for key, value in expected.items():
        assert answers.get(key) == value, key
    assert "form.intro" not in answers  # info stores nothing

    all_window.close()
    store2, w2 = reopen(qtbot, data_dir, all_catalog)
    p2 = w2.open_workbook(wid).show_part("form")
    for key, value in expected.items():
        assert p2.editor(key).value() == value, key
    # ... and what a person sees:
    ed = p2.editor
    assert ed("form.when").edit.text() == "2025-03-14"
    assert ed("form.meeting").edit.text() == "2025-03-14 15:30"
    assert ed("form.count").edit.text() == "12"
    assert ed("form.colour").radios.buttons["green"].isChecked()
    assert ed("form.size").combo.currentText() == "Medium"
    assert ed("form.skills").other_box.isChecked()
    assert ed("form.skills").other_edit.text() == "Mirror body language"
    assert ed("form.outreach").cells[1]["how"].edit.toPlainText() == "Staff meeting"
    assert ed("form.log").cells[1]["what"].edit.toPlainText() == "Wrap-up"
    assert ed("form.talks").editors[1]["kind"].radios.buttons["mentor"].isChecked()
    assert ed("form.plan").rows[(0, 1)].text.toPlainText() == "Task two"
    assert ed("form.plan").rows[(0, 1)].name == "Task 1.2"
    assert ed("form.plan").rows[(0,)].checks["specific"].isChecked()
    assert ed("form.needs").boxes["n2"].isChecked()
    assert ed("form.needs").boxes["n2"].text() == "Need two"
    assert "action-plan.pdf" in ed("form.files").rows[0].accessibleName()

    archive = export_archive(store2, wid, tmp_path / "every.tliwb")
    other = tmp_path / "other"
    other.mkdir()
    from tli_workbook.store import Store

    store3 = Store(other)
    new_id = import_archive(store3, archive)
    assert store3.answers(new_id) == store2.answers(wid)
    assert store3.file_path(pdf_sha).read_bytes() == make_pdf(tmp_path / "other").read_bytes()
    needs = [e["id"] for e in store3.map_entries(new_id) if e["ring"] == "needs"]
    assert needs == ["n1", "n2"]  # live links still point at the same needs
    store3.close()
    store2.close()


def test_malformed_stored_values_do_not_stop_the_page(qtbot, all_window, store, all_types):
    wid = store.create_workbook("all-types", "Broken", False)
    junk = [
        "text",
        42,
        {"a": [1, {"b": None}]},
        [None, "x", 3, {"children": "no", "cells": [1]}],
        True,
    ]
    fields = all_types.part("form").fields
    for i, f in enumerate(fields):
        store.set_answer(wid, f"form.{f.id}", junk[i % len(junk)])
    page = all_window.open_workbook(wid).show_part("form")
    for f in fields:
        if f.stores_value:
            page.editor(f"form.{f.id}").value()  # readable, no exception
    # Nothing is rewritten until the teacher edits: the stored values are untouched.
    assert store.answer(wid, "form.plan") == junk[fields.index(next(
        f for f in fields if f.id == "plan")) % len(junk)]  # fmt: skip
