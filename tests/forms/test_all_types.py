"""Every field type, filled through the real widgets of a FormPage in the real main window,
then found again after quitting and reopening, and after an archive round trip.

The definition (all_types.yaml) is test data: the engine renders it with no code of its own.
"""

from __future__ import annotations

from formkit import fill_every_type, make_pdf, open_all_types, reopen

from tli_workbook.store.archive import export_archive, import_archive


def _expected(store, pdf_sha: str) -> dict:  # type: ignore[no-untyped-def]
    return {
        "form.name": "A short answer",
        "form.essay": "A few words of essay",
        "form.when": "2025-03-14",
        "form.meeting": "2025-03-14T15:30",
        "form.count": 12,
        "form.ratio": 2.5,
        "form.colour": {"other": "Teal"},
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
    wid, view, page = open_all_types(all_window, store)
    fill_every_type(qtbot, page, monkeypatch, tmp_path, all_window.dialogs)
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
    colour = ed("form.colour")
    assert colour.radios.buttons["other"].isChecked()
    assert colour.other_edit.isVisibleTo(p2) and colour.other_edit.text() == "Teal"
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
