"""The three Review pages and the export guard, on a real Store, as a teacher would use them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tli_workbook.review.privacy_scan import FINE_KEY, TERMS_KEY
from tli_workbook.review.readiness import readiness, todo_items
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.review.common import session_ignored
from tli_workbook.ui.review.export_guard import confirm_export, export_message, guard_export
from tli_workbook.ui.review.privacy_page import PrivacyPage
from tli_workbook.ui.review.readiness_page import ReadinessPage
from tli_workbook.ui.review.rubric_overview_page import RubricOverviewPage
from tli_workbook.ui.review.rubric_panel import RubricPanel
from tli_workbook.ui.tasks import runner


class FakeDialogs(Dialogs):
    """Records questions; answers them as told."""

    def __init__(self, answer: bool = False, save_to: Path | None = None) -> None:
        super().__init__(None)
        self.asked: list[tuple[str, str]] = []
        self.answer, self.save_to = answer, save_to

    def confirm(self, title: str, text: str, ok_label: str = "OK") -> bool:
        self.asked.append((title, text))
        return self.answer

    def save_file(self, title: str, suggested: str, filters: str) -> Path | None:
        return self.save_to

    def error(self, title: str, text: str, details: str = "") -> None:  # pragma: no cover
        raise AssertionError(f"unexpected error dialog: {title}: {text}")


@pytest.fixture
def make_page(qtbot: Any, store: Any, cm: Any):  # type: ignore[no-untyped-def]
    from tli_workbook.ui.application import make_app

    make_app()

    def make(cls: type, wid: int, dialogs: Dialogs | None = None) -> Any:
        jumps: list[tuple[str, str]] = []
        saver = Autosaver(store, wid)
        page = cls(
            store, wid, cm, dialogs or FakeDialogs(), saver, lambda p, t: jumps.append((p, t))
        )
        page.jumps = jumps
        qtbot.addWidget(page)
        page.resize(1100, 900)
        page.show()
        return page

    return make


def _children(tree: Any) -> list[Any]:
    return [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())]  # fmt: skip


def test_readiness_page_ready_and_half_done(
    qtbot: Any, make_page: Any, sample: int, half_done: int
) -> None:
    page = make_page(ReadinessPage, sample)
    _wait_for_pictures(qtbot, page)
    assert page.summary.text() == "Ready to submit"
    assert page.summary.property("state") == "ready"
    assert page.privacy.text() == "Privacy check: nothing identifying found."
    assert page.tree.topLevelItemCount() == 7
    assert not any(page.tree.topLevelItem(i).isExpanded() for i in range(7))

    half = make_page(ReadinessPage, half_done)
    # The privacy part of the check runs on the task runner; until then it says so.
    assert half.privacy.text() == "Privacy check: checking…"
    qtbot.waitUntil(runner().is_idle, timeout=120_000)
    n = len(todo_items(half.statuses))
    assert half.summary.text() == f"{n} things to finish" and n > 5
    assert half.privacy.text().startswith("Privacy check: 5 findings to review")
    needs = next(c for c in _children(half.tree) if c.text(0).startswith("Needs: 0 entries"))
    assert needs.text(1) == "Add at least 1"
    rect = half.tree.visualItemRect(needs)
    qtbot.mouseClick(half.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert half.jumps == [("artifact1", "map:needs")]


def test_readiness_page_follows_edits(make_page: Any, store: Any, sample: int) -> None:
    page = make_page(ReadinessPage, sample)
    page.autosaver.set("part3.reflection", "")  # (a short one only warns: a guide)
    page.refresh()  # pending edits are written before checking
    # What is left to write shows at once; the privacy part follows from the task runner.
    assert page.summary.text() == "1 thing to finish"
    assert page.summary.property("state") == "todo"


def test_report_button_writes_one_page(make_page: Any, half_done: int, tmp_path: Path) -> None:
    dialogs = FakeDialogs(answer=False, save_to=tmp_path / "my report")
    page = make_page(ReadinessPage, half_done, dialogs)
    out = page.save_report()
    assert out == tmp_path / "my report.pdf" and out.exists()
    assert dialogs.asked and dialogs.asked[0][0] == "Report saved"


def test_privacy_page_actions(qtbot: Any, make_page: Any, store: Any, half_done: int) -> None:
    page = make_page(PrivacyPage, half_done)
    assert page.summary.text() == "Checking your workbook for private details…"
    qtbot.waitUntil(lambda: page.scans_done > 0)  # the scan runs on the task runner
    rows = {page.tree.topLevelItem(i).text(1): i for i in range(page.tree.topLevelItemCount())}
    assert set(rows) == {
        "Lincoln Elementary",
        "Ms. Rivera",
        "jordan.smith@example.org",
        "555-123-4567",
        "Riverton",
    }
    assert page.summary.text() == "5 findings to review."
    item = page.tree.topLevelItem(rows["Ms. Rivera"])
    assert item.text(2) == "Part 1 Overview" and "Ms. Rivera mentors" in item.text(3)

    page.tree.setCurrentItem(item)
    page.go_there()
    assert page.jumps == [("part1", "part1.overview")]

    page.tree.setCurrentItem(page.tree.topLevelItem(rows["555-123-4567"]))
    page.ignore_once()
    assert page.summary.text() == "4 findings to review. 1 ignored for this session."
    assert store.answer(half_done, FINE_KEY) is None  # not stored

    item = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).text(1) == "Ms. Rivera"
    )
    page.tree.setCurrentItem(item)
    page.toggle_fine()
    assert page.summary.text().startswith("3 findings")
    assert len(store.answer(half_done, FINE_KEY)) == 1
    # A new page (the app reopened) still hides it; the ignored one is still ignored this session.
    again = make_page(PrivacyPage, half_done)
    qtbot.waitUntil(lambda: again.scans_done > 0)
    assert again.summary.text() == "3 findings to review. 1 ignored for this session."
    again.show_fine.setChecked(True)
    shown = [again.tree.topLevelItem(i).text(0) for i in range(again.tree.topLevelItemCount())]
    assert "Possible name  · marked as fine" in shown
    session_ignored(store, half_done).clear()


def _wait_for_pictures(qtbot: Any, page: Any) -> None:
    # The first scan of a session (on the task runner) asks for the sample's pictures to be
    # read in the background; reading done, the page scans again from what was read.
    qtbot.waitUntil(lambda: runner().is_idle() and not page.reading.busy, timeout=900_000)


def test_people_list_is_typed_once_and_looked_for(
    qtbot: Any, make_page: Any, store: Any, sample: int
) -> None:
    store.set_answer(
        sample,
        "part3.reflection",
        store.answer(sample, "part3.reflection") + " Oakvale. Jo said it helped.",
    )
    page = make_page(PrivacyPage, sample)
    _wait_for_pictures(qtbot, page)
    assert page.tree.topLevelItemCount() == 0
    assert page.summary.text() == "Nothing identifying found in what was checked."
    # 12 answers of the parts and 1 of the Project Plan the sample adds as a packet appendix.
    assert page.checked_label.text().startswith("Checked 13 answers, 15 map entries")
    assert "2 pictures read, 2 PDF pages read, 3 file names." in page.checked_label.text()

    table = page.people.table
    qtbot.mouseClick(page.people.add_btn, Qt.MouseButton.LeftButton)
    editor = table.focusWidget() if table.focusWidget() is not table else None
    assert editor is not None, "the new row's name cell is being edited"
    qtbot.keyClicks(editor, "Jordan Oakvale")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    combo = table.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData("town"))
    table.setCurrentCell(0, 2)
    table.editItem(table.item(0, 2))
    nick = table.focusWidget()
    qtbot.keyClicks(nick, "Oakvale, Jo")
    qtbot.keyClick(nick, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 2, timeout=10_000)
    found = {page.tree.topLevelItem(i).text(1) for i in range(2)}
    assert found == {"Oakvale", "Jo"}
    assert store.answer(sample, "privacy.people") == [
        {"name": "Jordan Oakvale", "category": "town", "nicknames": ["Oakvale", "Jo"]}
    ]
    # The older flat terms are now entries of the list: cleared so nothing is read twice.
    assert store.answer(sample, TERMS_KEY) == []
    # Typed once: a new page (the app reopened) shows the same list.
    again = make_page(PrivacyPage, sample)
    assert again.people.people() == store.answer(sample, "privacy.people")
    # An older workbook's plain terms are shown as entries.
    store.set_answer(sample, "privacy.people", None)
    store.set_answer(sample, TERMS_KEY, ["Riverton"])
    old = make_page(PrivacyPage, sample)
    assert old.people.people() == [{"name": "Riverton", "category": "other", "nicknames": []}]


def test_rubric_overview_is_one_view_of_all_rows(
    make_page: Any, store: Any, cm: Any, sample: int
) -> None:
    page = make_page(RubricOverviewPage, sample)
    assert [b.row.id for b in page.boxes] == [r.id for r in cm.rubric.rows]
    assert page.summary.text() == "0 of 3 rows at Proficient by your own judgement."
    # The same rows beside their part, through the same autosaver: one value, two views.
    beside = RubricPanel(cm.rubric, cm.rubric.rows_for("artifact3"), {}, page.autosaver)
    design = next(b for b in page.boxes if b.row.id == "design")
    other = next(b for b in beside.rows if b.row.id == "design")
    design.checks["proficient:0"].setChecked(True)
    design.levels.buttons()[0].setChecked(True)
    assert other.value() == {"level": "proficient", "ticked": ["proficient:0"]}
    other.checks["proficient:1"].setChecked(True)
    assert design.value()["ticked"] == ["proficient:0", "proficient:1"]
    page.autosaver.flush()
    assert store.answer(sample, "rubric.design") == {
        "level": "proficient",
        "ticked": ["proficient:0", "proficient:1"],
    }
    assert page.summary.text() == "1 of 3 rows at Proficient by your own judgement."
    # Written elsewhere (another page, an import): the overview takes the stored value.
    store.set_answer(sample, "rubric.design", {"level": "basic", "ticked": []})
    page.refresh()
    assert design.value() == {"level": "basic", "ticked": []} == other.value()
    beside.deleteLater()


def test_circle_map_checklist_binds_to_the_row(
    qtbot: Any, make_page: Any, cm: Any, store: Any, sample: int
) -> None:
    from tli_workbook.ui.circlemap.panels import GuidancePanel
    from tli_workbook.ui.review.rubric_panel import bind_checklist

    page = make_page(RubricOverviewPage, sample)
    row = next(r for r in cm.rubric.rows if r.part == "artifact1")
    box = next(b for b in page.boxes if b.row is row)
    box.checks["basic:1"].setChecked(True)  # a tick of another level must survive
    panel = GuidancePanel(cm.part("artifact1"), row.criteria["proficient"])
    qtbot.addWidget(panel)
    bind_checklist(panel, cm.rubric, row, store.answer(sample, "rubric.circle-map"), page.autosaver)
    panel.checklist.item(2).setCheckState(Qt.CheckState.Checked)
    assert set(box.value()["ticked"]) == {"proficient:2", "basic:1"}
    page.autosaver.flush()
    assert set(store.answer(sample, "rubric.circle-map")["ticked"]) == {"proficient:2", "basic:1"}
    box.checks["proficient:0"].setChecked(True)
    assert panel.checked() == [0, 2]


def test_export_guard(store: Any, cm: Any, sample: int, half_done: int) -> None:
    dialogs = FakeDialogs(answer=False)
    assert guard_export(dialogs, store, sample, cm, store.snapshot(sample)) is True
    assert dialogs.asked == []  # nothing to ask about: no question at all

    snap = store.snapshot(half_done)
    assert guard_export(dialogs, store, half_done, cm, snap) is False
    title, text = dialogs.asked[-1]
    assert title == "Before you export"
    assert "requirements are not met yet" in text and "Needs: 0 entries (Add at least 1)" in text
    assert "could identify you or your students" in text and "“Ms. Rivera” in Part 1" in text
    assert "…and" in text  # long lists are cut
    assert text.endswith("Export the packet anyway?")
    assert confirm_export(FakeDialogs(answer=True), [], todo_items(readiness(cm, snap)))
    assert export_message([], []) == ""


def test_export_guard_in_the_real_window(
    window: Any, store: Any, sample: int, half_done: int, monkeypatch: Any
) -> None:
    from tli_workbook.ui.review.export_guard import export_guard_service

    window.services["export_guard"] = export_guard_service
    asked: list[str] = []
    monkeypatch.setattr(window.dialogs, "confirm", lambda t, text, ok="OK": asked.append(text))
    window.open_workbook(sample)
    assert window.confirm_ready_to_export(store.snapshot(sample)) is True and asked == []
    window.open_workbook(half_done)
    assert window.confirm_ready_to_export(store.snapshot(half_done)) is False
    assert "Lincoln Elementary" in asked[0]


def _name_tag_workbook(store: Any, sample: int, tmp_path: Path) -> dict[str, Any]:
    from .test_picture_findings import add_name_tag

    return add_name_tag(store, sample, tmp_path)


def test_finding_on_a_picture_is_boxed_and_redacted_in_one_click(
    qtbot: Any, make_page: Any, store: Any, sample: int, tmp_path: Path
) -> None:
    import io
    import os

    from PIL import Image

    from tli_workbook.packet.images import prepare_image

    from .test_picture_findings import STUDENT

    art = _name_tag_workbook(store, sample, tmp_path)
    ready = make_page(ReadinessPage, sample)
    page = make_page(PrivacyPage, sample)
    _wait_for_pictures(qtbot, page)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1, timeout=10_000)
    item = page.tree.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("Possible name", STUDENT)
    assert item.text(2) == "A4 Evidence, artifact 1: text in the picture"
    assert page.summary.text() == "1 finding to review."
    # Never a false all-clear: everything is written, but a finding is open.
    qtbot.waitUntil(lambda: "privacy findings" in ready.summary.text(), timeout=10_000)
    assert ready.summary.property("state") == "todo"
    assert ready.privacy.text() == "Privacy check: 1 finding to review (see Privacy)."

    page.tree.setCurrentItem(item)
    assert page.picture_panel.isVisible() and page.redact_btn.isEnabled()
    assert STUDENT in page.picture_caption.text()
    shot = Path(os.environ.get("TLI_SHOTS", tmp_path))
    page.resize(1100, 1500)  # the whole page in one picture
    qtbot.wait(50)
    page.grab().save(str(shot / "privacy-finding-boxed.png"))

    qtbot.mouseClick(page.redact_btn, Qt.MouseButton.LeftButton)
    # The re-scan after the redaction runs on the task runner.
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 0, timeout=60_000)
    assert page.summary.text() == "Nothing identifying found in what was checked."
    (mark,) = [m for m in store.snapshot(sample)["artifacts"] if m["id"] == art["id"]][0]["markup"]
    assert mark["kind"] == "redact" and 0 < mark["w"] < 1
    ready.refresh()
    assert ready.summary.property("state") == "todo"  # never green before the privacy part
    qtbot.waitUntil(runner().is_idle, timeout=120_000)
    assert ready.summary.text() == "Ready to submit"
    exported = prepare_image(store.file_path(art["file"]), [mark])
    Image.open(io.BytesIO(exported.data)).save(shot / "privacy-redacted-export.png")


def test_go_there_selects_the_words(window: Any, store: Any, half_done: int) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    window.open_workbook(half_done)
    view = window.view
    view.jump("part1", "part1.overview", "Ms. Rivera")
    editor = view.page("part1").focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    assert editor.textCursor().selectedText() == "Ms. Rivera"


def test_pictures_read_refresh_only_the_review_page_on_screen(
    qtbot: Any, make_page: Any, store: Any, sample: int
) -> None:
    """When the background reader has read pictures, the page on screen checks again; a
    hidden one does not (the window refreshes it when it shows it), so two pages never
    rebuild in the same turn."""
    ready = make_page(ReadinessPage, sample)
    privacy = make_page(PrivacyPage, sample)
    qtbot.waitUntil(runner().is_idle, timeout=120_000)
    reads: list[int] = []
    real = store.snapshot
    store.snapshot = lambda wid: (reads.append(wid), real(wid))[1]
    ready.hide()
    scans = privacy.scans_done
    ready.reading.finished.emit()
    qtbot.waitUntil(lambda: privacy.scans_done > scans and runner().is_idle(), timeout=60_000)
    assert reads == [sample]  # the privacy page's scan only
    privacy.hide()
    ready.show()
    ready.reading.finished.emit()
    assert reads == [sample, sample]  # Ready to submit? checked again, on screen
    qtbot.waitUntil(runner().is_idle, timeout=60_000)
    assert privacy.scans_done == scans + 1
