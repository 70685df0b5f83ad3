"""Ctrl+F finds words anywhere in the open workbook and selects them where they are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from tli_workbook.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _find(qtbot, window: MainWindow, words: str):  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)
    bar = window.view.find_bar
    assert bar is not None and bar.isVisible()
    assert QApplication.focusWidget() is bar.query
    qtbot.keyClicks(bar.query, words)
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    return bar


@pytest.fixture
def design(qtbot, window: MainWindow, store):  # type: ignore[no-untyped-def]
    wid = store.create_workbook("purposeful-collaboration", "Find", False)
    view = window.open_workbook(wid)
    page = view.show_part("artifact3")
    return window, view, page


def test_ctrl_f_finds_a_word_typed_in_a_plan_cell_and_selects_it(qtbot, design) -> None:
    window, view, page = design
    outline = page.editor("artifact3.action_plan.objectives")
    lead = outline.rows[(0,)].cells["lead"].edit
    _focus(qtbot, lead)
    qtbot.keyClicks(lead, "Ms Okonkwo and the grade team")
    view.show_part("part1")  # somewhere else entirely
    _focus(qtbot, view.pages["part1"].editor("part1.overview").edit)

    bar = _find(qtbot, window, "okonkwo")
    assert bar.results.count() == 1
    assert "A3 Design › Objectives, tasks and subtasks › Objective 1 › Lead" in (
        bar.results.item(0).text()
    )
    assert view.current_part_id() == "artifact3"
    focused = QApplication.focusWidget()
    assert focused is outline.rows[(0,)].cells["lead"].edit
    assert isinstance(focused, QPlainTextEdit)
    assert focused.textCursor().selectedText() == "Okonkwo"
    # ... and the box is on screen, not only focused.
    top_left = focused.mapTo(page.widget(), focused.rect().topLeft())
    shown = page.viewport().rect().translated(0, page.verticalScrollBar().value())
    assert shown.contains(top_left)


def test_find_lists_every_place_and_jumps_to_the_chosen_one(qtbot, design, store) -> None:
    window, view, page = design
    view.show_part("part1")
    p1 = view.pages["part1"].editor("part1.overview").edit
    _focus(qtbot, p1)
    qtbot.keyClicks(p1, "Our rural district values mentoring.")
    qtbot.keyClick(p1, Qt.Key.Key_Return)
    # A long answer (pasted, as teachers do), so the last hit is far below the box's top.
    QApplication.clipboard().setText("Our rural district values mentoring.\n" * 30)
    qtbot.keyClick(p1, Qt.Key.Key_V, CTRL)
    qtbot.keyClicks(p1, "Mentoring again.")
    a2 = view.show_part("artifact2").editor("artifact2.inspire_leaders").edit
    _focus(qtbot, a2)
    qtbot.keyClicks(a2, "I will start a mentoring circle.")

    bar = _find(qtbot, window, "mentoring")
    assert bar.results.count() == 33
    assert bar.count.text() == "33 places"
    assert QApplication.focusWidget() is p1  # Enter went to the first hit
    assert p1.textCursor().selectionStart() == len("Our rural district values ")
    assert p1.textCursor().selectedText() == "mentoring"
    # Down into the list, to the last hit, Enter: Artifact 2's box, its words selected.
    _focus(qtbot, bar.query)
    qtbot.keyClick(bar.query, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is bar.results
    qtbot.keyClick(bar.results, Qt.Key.Key_End)
    qtbot.keyClick(bar.results, Qt.Key.Key_Return)
    assert view.current_part_id() == "artifact2"
    assert QApplication.focusWidget() is a2
    assert a2.textCursor().selectedText() == "mentoring"
    # The second-to-last is the last "Mentoring" in Part 1, far down the long answer.
    bar.go(31)
    assert QApplication.focusWidget() is p1
    assert p1.textCursor().selectionStart() == p1.toPlainText().rindex("Mentoring")
    assert p1.cursorRect().intersects(p1.viewport().rect())  # scrolled to the line
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_find_reaches_map_entries_and_nothing_found_says_so(qtbot, window, store) -> None:
    wid = store.create_workbook("purposeful-collaboration", "Find", False)
    view = window.open_workbook(wid)
    page = view.show_part("artifact1")
    eid = page.add_entry("needs", "More planning time for co-teachers")
    view.show_part("part1")
    _focus(qtbot, view.pages["part1"].editor("part1.overview").edit)
    bar = _find(qtbot, window, "co-teachers")
    assert bar.results.count() == 1
    assert bar.results.item(0).text().startswith("A1 Circle Map › Needs")
    assert view.current_part_id() == "artifact1"
    assert page._list_selected_ids() == [eid]
    bar.query.clear()
    qtbot.keyClicks(bar.query, "xylophone")
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    assert bar.results.count() == 0
    assert bar.count.text() == "Not found"


def test_find_goes_to_an_artifact_annotation_and_a_feedback_answer(
    qtbot, window: MainWindow, store
) -> None:
    wid = store.create_workbook("purposeful-collaboration", "Find", False)
    store.upsert_artifact(wid, {"part": "artifact4", "title": "Agenda for the lesson study"})
    store.upsert_artifact(
        wid, {"part": "artifact4", "title": "Sign-in sheet", "description": "Ten colleagues came"}
    )
    store.upsert_respondent(
        wid,
        {"part": "artifact5", "role": "Teacher", "answers": {"gained": "Time with colleagues"}},
    )
    view = window.open_workbook(wid)
    view.show_part("part1")
    _focus(qtbot, view.pages["part1"].editor("part1.overview").edit)
    bar = _find(qtbot, window, "colleagues")
    assert [bar.results.item(i).text().split("\n")[0] for i in range(bar.results.count())] == [
        "A4 Evidence › Artifact 2 › Annotation",
        "A5 Feedback › Stakeholder 1 › Answer 3",
    ]
    assert view.current_part_id() == "artifact4"
    # The cards are built a few at a time; the find waits for the one it goes to.
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit))
    box = QApplication.focusWidget()
    assert box.toPlainText() == "Ten colleagues came"
    assert box.textCursor().selectedText() == "colleagues"

    bar.go(1)
    assert view.current_part_id() == "artifact5"
    qtbot.waitUntil(
        lambda: getattr(QApplication.focusWidget(), "toPlainText", str)() == "Time with colleagues"
    )
    assert QApplication.focusWidget().textCursor().selectedText() == "colleagues"
