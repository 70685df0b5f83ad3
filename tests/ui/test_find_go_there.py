"""'Go there' from the review pages uses the same navigation as find: the part opens, the box
scrolls into view, gets the focus, and the words are selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from tli_workbook.ui.main_window import MainWindow


def _on_screen(page, box) -> bool:  # type: ignore[no-untyped-def]
    """The box's selected line is inside the page's visible area."""
    at = box.viewport().mapTo(page.widget(), box.cursorRect().center())
    shown = page.viewport().rect().translated(0, page.verticalScrollBar().value())
    return shown.contains(at)


def test_privacy_go_there_scrolls_to_a_plan_cell_and_selects_the_name(
    qtbot, window: MainWindow, store
) -> None:
    wid = store.create_workbook("purposeful-collaboration", "Privacy", False)
    plan = [{"text": f"Objective {i}", "cells": {}} for i in range(1, 5)]
    plan.append({"text": "Share results", "cells": {"lead": "Maria Gonzalez"}})
    store.set_answer(wid, "artifact3.action_plan.objectives", plan)
    view = window.open_workbook(wid)
    privacy = view.show_review("privacy")
    qtbot.waitUntil(
        lambda: any(f.text == "Maria Gonzalez" for f in privacy.findings), timeout=20_000
    )
    item = next(
        privacy.tree.topLevelItem(i)
        for i in range(privacy.tree.topLevelItemCount())
        if privacy.tree.topLevelItem(i).text(1).startswith("Maria Gonzalez")
    )
    privacy.tree.setCurrentItem(item)
    qtbot.mouseClick(privacy.go_btn, Qt.MouseButton.LeftButton)

    assert view.current_part_id() == "artifact3"
    page = view.pages["artifact3"]
    lead = page.editor("artifact3.action_plan.objectives").rows[(4,)].cells["lead"].edit
    box = QApplication.focusWidget()
    assert box is lead
    assert isinstance(box, QPlainTextEdit)
    assert box.textCursor().selectedText() == "Maria Gonzalez"
    assert page.verticalScrollBar().value() > 0  # the page scrolled down to the fifth row
    assert _on_screen(page, box)


def test_readiness_go_there_focuses_the_box_to_finish(qtbot, window: MainWindow, store) -> None:
    wid = store.create_workbook("purposeful-collaboration", "Ready", False)
    view = window.open_workbook(wid)
    ready = view.show_review("readiness")
    item = next(
        ready.tree.topLevelItem(i).child(j)
        for i in range(ready.tree.topLevelItemCount())
        for j in range(ready.tree.topLevelItem(i).childCount())
        if ready.tree.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole)
        == ("part3", "part3.reflection")
    )
    ready.tree.scrollToItem(item)
    rect = ready.tree.visualItemRect(item)
    qtbot.mouseClick(ready.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_part_id() == "part3"
    box = QApplication.focusWidget()
    assert box is view.pages["part3"].editor("part3.reflection").edit
