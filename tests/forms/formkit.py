"""Helpers for driving form pages in the real main window (imported by the form tests)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

REPO = Path(__file__).resolve().parents[2]
# The diagram editors are driven by the helpers their own tests use.
sys.path.insert(0, str(REPO / "tests" / "fishbone"))
DESIGN_SAMPLE = REPO / "resources" / "samples" / "content" / "design.yaml"
ALL_TYPES = Path(__file__).resolve().parent / "all_types.yaml"
# A minimal valid PDF: enough for the store, the file editor and the archive.
PDF_BYTES = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
SAMPLE_NEEDS = [
    {
        "id": "need-feedback",
        "ring": "needs",
        "text": "Early-career teachers want regular, non-evaluative feedback on their teaching",
    },
    {"id": "need-time", "ring": "needs", "text": "Common planning time for co-teachers"},
    {
        "id": "need-families",
        "ring": "needs",
        "text": "More ways for multilingual families to take part in school decisions",
    },
]


def design_sample() -> dict[str, Any]:
    return yaml.safe_load(DESIGN_SAMPLE.read_text(encoding="utf-8"))


def open_workbook(
    window,
    store,
    cred_id: str,
    *,
    fellow: bool = False,
    answers: dict[str, Any] | None = None,
    needs: list[dict] | None = None,
):  # type: ignore[no-untyped-def]
    wid = store.create_workbook(cred_id, f"Test {cred_id}", fellow)
    for entry in needs or []:
        store.upsert_map_entry(wid, entry)
    if answers:
        store.set_answers(wid, answers)
    view = window.open_workbook(wid)
    assert view is not None
    return view


def click(qtbot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator, as a person would."""
    button.window().activateWindow()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def scroll_to(page, widget) -> None:  # type: ignore[no-untyped-def]
    page.ensureWidgetVisible(widget, 40, 40)


def focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Give a widget keyboard focus in an active window (shortcuts need both)."""
    win = widget.window()
    win.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=10_000)


def type_date(qtbot, date_editor, digits: str) -> None:  # type: ignore[no-untyped-def]
    """Type a date into a DateEditor as a person would: year, month, day (and time)."""
    focus(qtbot, date_editor.edit)
    qtbot.keyClicks(date_editor.edit, digits)


def pick_in_combo(qtbot, combo, label: str) -> None:  # type: ignore[no-untyped-def]
    """Choose a dropdown entry with the keyboard (Down until the label is current)."""
    focus(qtbot, combo)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == label


def make_pdf(folder: Path, name: str = "action-plan.pdf") -> Path:
    path = folder / name
    path.write_bytes(PDF_BYTES)
    return path


def reopen(qtbot, data_dir: Path, catalog):  # type: ignore[no-untyped-def]
    """A fresh store and main window on the same data folder, as after quitting the app."""
    from tli_workbook.store import Store
    from tli_workbook.ui.main_window import MainWindow

    store = Store(data_dir)
    win = MainWindow(store, catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return store, win


# ----- every field type through the real widgets (all_types.yaml) ---------------------------

CTRL = Qt.KeyboardModifier.ControlModifier


def open_all_types(all_window, store):  # type: ignore[no-untyped-def]
    wid = store.create_workbook("all-types", "Every type", False)
    store.upsert_map_entry(wid, {"id": "n1", "ring": "needs", "text": "Need one"})
    store.upsert_map_entry(wid, {"id": "n2", "ring": "needs", "text": "Need two"})
    view = all_window.open_workbook(wid)
    page = view.show_part("form")
    from tli_workbook.ui.pages.form_page import FormPage

    assert isinstance(page, FormPage)
    return wid, view, page


def fill_every_type(qtbot, page, monkeypatch, tmp_path, dialogs) -> None:  # type: ignore[no-untyped-def]
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
    click(qtbot, colour.radios.buttons["other"])  # "Other" opens its box, cursor in it
    assert colour.other_edit.isVisible() and colour.other_edit.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Teal")
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

    from fishbone_drive import draw_a_fishbone, fill_a_chart

    rca = ed("form.rca")
    scroll_to(page, rca)
    draw_a_fishbone(qtbot, rca)

    teams = ed("form.teams")
    scroll_to(page, teams)
    fill_a_chart(qtbot, teams)
    fill_tool_types(qtbot, page)


def fill_tool_types(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """The guidebook tools' types: a style and its rows, partners' ticks and initials, a
    fill-in letter and a Yes/No branch (the branch not taken keeps its text, unprinted)."""
    ed = page.editor
    style = ed("form.style")
    scroll_to(page, style)
    pick_in_combo(qtbot, style.combo, "Plain")
    qtbot.keyClicks(style.edits["opener"], "Opening words")
    pick_in_combo(qtbot, style.combo, "Story")  # the opener keeps its text; new rows appear
    assert style.edits["opener"].toPlainText() == "Opening words"
    qtbot.keyClicks(style.edits["problem"], "Problem words")

    agree = ed("form.agree")
    scroll_to(page, agree)
    qtbot.keyClicks(agree.name_edits[0], "Ana Partner")
    qtbot.keyClicks(agree.name_edits[1], "Ben Partner")
    click(qtbot, agree.boxes["trust"][0])
    click(qtbot, agree.boxes["candour"][0])
    assert not agree.is_agreed("trust")
    click(qtbot, agree.boxes["trust"][1])
    assert agree.is_agreed("trust") and not agree.is_agreed("candour")

    sign = ed("form.sign")
    scroll_to(page, sign)
    qtbot.keyClicks(sign.name_edits[0], "Cara Lead")
    qtbot.keyClicks(sign.name_edits[1], "Dev Lead")
    qtbot.keyClicks(sign.notes["pledge"], "Pledge note")
    qtbot.keyClicks(sign.initials["pledge"][0], "CL")
    qtbot.keyClicks(sign.initials["pledge"][1], "DL")

    memo = ed("form.memo")
    scroll_to(page, memo)
    qtbot.keyClicks(memo.editors["to"].edit, "All staff")
    qtbot.keyClicks(memo.editors["topic"].edit, "early literacy")
    assert "Dear All staff," in memo.preview_text()
    assert "work on early literacy." in memo.preview_text()

    went = ed("form.went")
    scroll_to(page, went)
    click(qtbot, went.radios.buttons["no"])
    no_box = ed("form.if_no")
    assert no_box.isVisibleTo(page) and not ed("form.if_yes").isVisibleTo(page)
    qtbot.keyClicks(no_box.edit, "Untaken branch")
    click(qtbot, went.radios.buttons["yes"])
    assert ed("form.if_yes").isVisibleTo(page) and not no_box.isVisibleTo(page)
    qtbot.keyClicks(ed("form.if_yes").edit, "Taken branch")
