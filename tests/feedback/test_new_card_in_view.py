"""Adding a respondent or an artifact scrolls to the new card and puts the cursor in it,
however far down the page it lands (it used to jump to the top)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tli_workbook.ui.feedback.page import FeedbackPage


def _in_view(page, card) -> bool:
    top = card.mapTo(page.widget(), QPoint(0, 0)).y()
    bar = page.verticalScrollBar().value()
    return bar <= top < bar + page.viewport().height()


def test_add_respondent_shows_and_focuses_the_new_card(
    qtbot, window, store, data_dir, dialog_log, monkeypatch
) -> None:
    wid = store.create_workbook("coaching-and-mentoring", "Feedback")
    view = window.open_workbook(wid)
    dialog_log.patch(monkeypatch, window.dialogs)
    window.resize(1024, 768)
    page = view.show_part("artifact5")
    assert isinstance(page, FeedbackPage)
    for n in range(3):
        qtbot.mouseClick(page.add_btn, Qt.MouseButton.LeftButton)
        card = page.ordered()[-1]
        qtbot.waitUntil(lambda c=card: c.role.hasFocus())
        assert _in_view(page, card), n
        qtbot.keyClicks(QApplication.focusWidget(), f"Colleague {n + 1}")
    assert page.verticalScrollBar().value() > 0  # the third card is below the fold
    assert [c.role.text() for c in page.ordered()] == [f"Colleague {n}" for n in (1, 2, 3)]


def test_add_link_shows_and_focuses_the_new_artifact(
    qtbot, window, store, data_dir, dialog_log, monkeypatch
) -> None:
    wid = store.create_workbook("coaching-and-mentoring", "Artifacts")
    view = window.open_workbook(wid)
    dialog_log.patch(monkeypatch, window.dialogs)
    window.resize(1024, 768)
    page = view.show_part("artifact4")
    for n in range(3):
        dialog_log.text_answer = (f"https://example.org/page{n}", True)
        qtbot.mouseClick(page.link_btn, Qt.MouseButton.LeftButton)
        card = page.ordered()[-1]
        qtbot.waitUntil(lambda c=card: c.title.hasFocus())
        assert _in_view(page, card), n
    assert page.verticalScrollBar().value() > 0
