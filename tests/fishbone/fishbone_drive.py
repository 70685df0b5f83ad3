"""Driving the Fishbone editor with the mouse and keyboard, as a person would."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

LEFT = Qt.MouseButton.LeftButton


def point(editor: Any, kind: str, cause: str = "", why: str = "", branch: str = "") -> QPoint:
    """Where on the view's viewport a part of the diagram is (scrolled into view first)."""
    item = editor.scene.item_for(kind, cause, why, branch)
    editor.view.ensureVisible(item.sceneBoundingRect(), 10, 10)
    return editor.view.mapFromScene(item.sceneBoundingRect().center())


def click(qtbot: Any, editor: Any, kind: str, cause: str = "", why: str = "") -> None:
    editor.window().activateWindow()
    qtbot.mouseClick(editor.view.viewport(), LEFT, pos=point(editor, kind, cause, why))


def double_click(
    qtbot: Any, editor: Any, kind: str, cause: str = "", why: str = "", branch: str = ""
) -> None:
    pos = point(editor, kind, cause, why, branch)
    vp = editor.view.viewport()
    qtbot.mouseClick(vp, LEFT, pos=pos)
    qtbot.mouseDClick(vp, LEFT, pos=pos)


def type_in_place(qtbot: Any, editor: Any, text: str) -> None:
    """Type into the open in-place editor and press Enter."""
    qtbot.waitUntil(editor.inline.isVisible, timeout=10_000)
    qtbot.keyClicks(editor.inline, text)
    qtbot.keyClick(editor.inline, Qt.Key.Key_Return)
    assert not editor.inline.isVisible()


def pick_from_menu(qtbot: Any, editor: Any, label: str) -> None:
    menu = editor.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=10_000)
    action = next(a for a in menu.actions() if a.text() == label)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def causes(editor: Any) -> list[dict[str, Any]]:
    return editor.value()["causes"]


def draw_a_fishbone(qtbot: Any, editor: Any) -> None:
    """Issue, two causes, the top one ranked with five whys and a branch, the Pareto check."""
    double_click(qtbot, editor, "issue")
    type_in_place(qtbot, editor, "Students arrive late")
    click(qtbot, editor, "add_cause")  # the "+" at the tail of the spine
    type_in_place(qtbot, editor, "No breakfast at home")
    qtbot.mouseClick(editor.add_cause_btn, LEFT)  # or the toolbar
    type_in_place(qtbot, editor, "Buses run late")
    first, second = (c["id"] for c in causes(editor))
    click(qtbot, editor, "rank", first)
    pick_from_menu(qtbot, editor, "Rank 1")
    click(qtbot, editor, "rank", second)
    pick_from_menu(qtbot, editor, "Rank 2")
    for answer in WHYS:
        click(qtbot, editor, "add_why", first)
        type_in_place(qtbot, editor, answer)
    why2 = causes(editor)[0]["whys"][1]["id"]
    click(qtbot, editor, "add_branch", first, why2)
    type_in_place(qtbot, editor, "Shifts start at six")
    qtbot.mouseClick(editor.pareto_yes, LEFT, pos=QPoint(8, editor.pareto_yes.height() // 2))
    qtbot.keyClicks(editor.pareto_note, "Grab-and-go breakfast")


WHYS = [
    "Families leave early",
    "Parents work early shifts",
    "Few jobs nearby",
    "The plant moved",
    "Costs rose",
]


def click_button(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, LEFT)


def fill_a_chart(qtbot: Any, editor: Any) -> None:
    """District team > (Lincoln SLT > Grade 3 PLC, a future family committee), Labor council."""
    rows = editor.rows
    qtbot.keyClicks(rows[0].text, "District Leadership Team")
    click_button(qtbot, editor.add_btn)
    qtbot.keyClicks(editor.rows[1].text, "Lincoln SLT")
    click_button(qtbot, editor.rows[1].in_btn)  # under the district team
    qtbot.keyClick(editor.rows[1].text, Qt.Key.Key_Return)  # a row below, same level
    qtbot.keyClicks(editor.rows[2].text, "Grade 3 PLC")
    click_button(qtbot, editor.rows[2].in_btn)
    click_button(qtbot, editor.add_btn)
    qtbot.keyClicks(editor.rows[3].text, "Family committee")
    box = editor.rows[3].future
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    click_button(qtbot, editor.add_btn)
    qtbot.keyClicks(editor.rows[4].text, "Labor council")
    click_button(qtbot, editor.rows[4].out_btn)
    click_button(qtbot, editor.rows[4].out_btn)


CHART = [
    "District Leadership Team",
    "Lincoln SLT",
    "Grade 3 PLC",
    "Family committee",
    "Labor council",
]
