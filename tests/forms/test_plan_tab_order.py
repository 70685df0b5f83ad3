"""A plan row is read with Tab in reading order: its text, its cells, its checks, and only
then its buttons; a space typed after Tab lands in the Lead cell, never on "+ Task"."""

from __future__ import annotations

from formkit import open_workbook, scroll_to
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

CM = "coaching-and-mentoring"
PLAN = "artifact3.action_plan"


def _owner(w: QWidget, row: QWidget, parts: list[QWidget]) -> QWidget | None:
    """Which of the row's parts holds the focused widget."""
    while w is not None and w is not row:
        if w in parts:
            return w
        w = w.parentWidget()
    return None


def test_tab_goes_through_a_plan_row_in_reading_order(qtbot, window, store) -> None:
    view = open_workbook(window, store, CM)
    page = view.show_part("artifact3")
    plan = page.editor(f"{PLAN}.objectives")
    scroll_to(page, plan)
    row = plan.rows[(0,)]
    row.text.setFocus()
    qtbot.waitUntil(row.text.hasFocus)
    qtbot.keyClicks(row.text, "Train two peer coaches")
    cells = [row.cells[c] for c in ("lead", "due", "output")]
    checks = list(row.checks.values())
    assert row.child_btn is not None
    parts: list[QWidget] = [row.text, *cells, *checks, row.child_btn, row.menu_btn]
    seen: list[QWidget] = []
    for _ in range(30):
        part = _owner(QApplication.focusWidget(), row, parts)
        if part is None:
            break
        if not seen or seen[-1] is not part:
            seen.append(part)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen == parts


def test_space_after_tab_types_into_the_lead_cell(qtbot, window, store) -> None:
    view = open_workbook(window, store, CM)
    page = view.show_part("artifact3")
    plan = page.editor(f"{PLAN}.objectives")
    scroll_to(page, plan)
    row = plan.rows[(0,)]
    row.text.setFocus()
    qtbot.waitUntil(row.text.hasFocus)
    qtbot.keyClicks(row.text, "Train two peer coaches")
    qtbot.keyClick(row.text, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), " Grade 7 team lead")
    assert list(plan.rows) == [(0,)]  # no stray task
    view.flush()
    saved = store.answer(view.workbook_id, f"{PLAN}.objectives")
    assert saved[0]["cells"]["lead"] == " Grade 7 team lead" and saved[0]["children"] == []
