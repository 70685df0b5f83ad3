"""The feedback page in the real window: respondents added, answered, warned about names,
reordered, removed, saved within a second and there after reopening."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tli_workbook.store import Store
from tli_workbook.ui.feedback.page import FeedbackPage
from tli_workbook.ui.main_window import MainWindow

CRED = "coaching-and-mentoring"
PROMPTS = ["engaged", "outcomes", "gained", "differently", "equity"]


def open_page(window, store, monkeypatch, dialog_log):
    wid = store.create_workbook(CRED, "Ms. Rivera's workbook")
    view = window.open_workbook(wid)
    dialog_log.patch(monkeypatch, window.dialogs)
    page = view.show_part("artifact5")
    assert isinstance(page, FeedbackPage)
    return wid, page


def answer_all(qtbot, card, text="First point here. Second point here.") -> None:
    for pid in PROMPTS:
        box = card.answers[pid]
        for i, line in enumerate(text.split("\n")):
            if i:
                qtbot.keyClick(box, Qt.Key.Key_Return)  # keyClicks cannot type a newline
            qtbot.keyClicks(box, line)


def test_respondents_added_answered_reordered_removed(
    qtbot, window, store, catalog, data_dir, dialog_log, monkeypatch
) -> None:
    wid, page = open_page(window, store, monkeypatch, dialog_log)
    assert page.status.text() == "0 of at least 2 stakeholders with all prompts answered."
    qtbot.mouseClick(page.add_btn, Qt.MouseButton.LeftButton)
    (first,) = page.ordered()
    assert first.number.text() == "Respondent 1"
    assert len(first.answers) == 5
    guidance = catalog.get(CRED).part("artifact5").answer_guidance
    assert first.answers["engaged"].placeholderText() == guidance

    # A personal name in the role is flagged; a role is not.
    qtbot.keyClicks(first.role, "Ms. Lopez")
    assert not first.role_warning.isHidden() and "person's name" in first.role_warning.text()
    first.role.clear()
    qtbot.keyClicks(first.role, "Maria Lopez, grade 7")
    assert not first.role_warning.isHidden()
    first.role.clear()
    qtbot.keyClicks(first.role, "Colleague, grade 7 math")
    assert first.role_warning.isHidden()
    first.method.setCurrentText("Paper form")

    answer_all(qtbot, first)
    assert first.shapes["engaged"].text() == "2 sentences  ✓"
    first.answers["gained"].clear()
    qtbot.keyClicks(first.answers["gained"], "Just one.")
    assert "1 sentence" in first.shapes["gained"].text()
    assert "the guidance asks for 2-3" in first.shapes["gained"].text()
    qtbot.waitUntil(
        lambda: store.respondents(wid)[0]["answers"].get("equity", "") != "", timeout=10_000
    )
    # The status follows the confirmed save, which arrives from the writer thread.
    qtbot.waitUntil(
        lambda: page.status.text() == "1 of at least 2 stakeholders with all prompts answered.",
        timeout=10_000,
    )

    qtbot.mouseClick(page.add_btn, Qt.MouseButton.LeftButton)
    second = page.ordered()[1]
    qtbot.keyClicks(second.role, "Instructional assistant, science")
    second.method.setCurrentText("Online form")
    answer_all(qtbot, second, "- one point\n- another point")
    assert second.shapes["engaged"].text() == "2 bullets  ✓"
    qtbot.waitUntil(lambda: page.status.text().startswith("✓ 2 of at least 2"), timeout=10_000)

    # Reorder: the second moves up, in the page and in the store.
    qtbot.mouseClick(second.up_btn, Qt.MouseButton.LeftButton)
    assert [c.uid for c in page.ordered()] == [second.uid, first.uid]
    assert [r["id"] for r in store.respondents(wid)] == [second.uid, first.uid]
    assert second.number.text() == "Respondent 1"

    # A third, then removed (a confirmation guards it).
    qtbot.mouseClick(page.add_btn, Qt.MouseButton.LeftButton)
    third = page.ordered()[2]
    qtbot.keyClicks(third.role, "Parent of a grade 6 student")
    dialog_log.confirm_answer = False
    qtbot.mouseClick(third.remove_btn, Qt.MouseButton.LeftButton)
    assert len(store.respondents(wid)) == 3
    dialog_log.confirm_answer = True
    qtbot.mouseClick(third.remove_btn, Qt.MouseButton.LeftButton)
    assert "Parent of a grade 6 student" in dialog_log.confirms[-1]
    assert [r["id"] for r in store.respondents(wid)] == [second.uid, first.uid]

    # Close straight away, reopen: everything is there.
    window.close()
    reopened = Store(data_dir)
    try:
        w2 = MainWindow(reopened, catalog)
        qtbot.addWidget(w2)
        p2 = w2.open_workbook(wid).show_part("artifact5")
        cards = p2.ordered()
        assert [c.role.text() for c in cards] == [
            "Instructional assistant, science",
            "Colleague, grade 7 math",
        ]
        assert [c.method.currentText() for c in cards] == ["Online form", "Paper form"]
        assert cards[1].answers["gained"].toPlainText() == "Just one."
        assert cards[0].answers["equity"].toPlainText() == "- one point\n- another point"
        assert p2.status.text().startswith("✓ 2 of at least 2")
    finally:
        reopened.close()
