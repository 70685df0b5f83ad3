"""Odd file names on the Evidence page and over-long titles: the app's own text keeps its
order, "Add files..." stays on screen, line breaks are not stored, a too-long title is
refused with a message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from artifacts.helpers import make_pdf
from PySide6.QtCore import QPoint

from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog


def test_odd_file_names_on_the_evidence_page(
    qtbot: Any, window: Any, store: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    shown: list[str] = []
    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(window.dialogs, kind, lambda *a, **k: shown.append(str(a)))
    window.resize(1100, 800)
    long_name = "b" * 251 + ".pdf"
    names = ["report\u202efdp.pdf", long_name, "two\nlines.pdf"]
    paths = []
    for i, name in enumerate(names):
        p = tmp_path / name
        make_pdf(p, pages=i + 1)  # three different files
        paths.append(p)
    wid = store.create_workbook("coaching-and-mentoring", "Names")
    view = window.open_workbook(wid)
    page = view.show_part("artifact4")
    page.attach_paths(paths)
    qtbot.waitUntil(lambda: len(page.cards) == 3, timeout=60_000)
    assert shown == []
    cards = page.ordered()
    qtbot.waitUntil(
        lambda: all("preparing" not in c.file_label.text() for c in cards), timeout=30_000
    )
    for card in cards:
        text = card.file_label.text()
        assert "\u202e" not in text and "\n" not in text.split(" · ")[0]
        assert "\n" not in card.record()["filename"]
    long_card = next(c for c in cards if c.record()["filename"] == long_name)
    assert "…" in long_card.file_label.text()
    assert long_card.file_label.toolTip() == long_name  # the whole name on hover
    qtbot.wait(50)
    # "Add files..." and the card's buttons stay inside the window.
    for button in (page.add_btn, long_card.open_btn):
        right = button.mapTo(window, QPoint(button.width(), 0)).x()
        assert 0 < right <= window.width(), (button.text(), right, window.width())
    window.grab().save(str(tmp_path / "names.png"))


def test_a_title_longer_than_allowed_is_refused_with_a_message(
    qtbot: Any, window: Any, store: Any, monkeypatch: Any
) -> None:
    title = "T" * 10_000
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(lambda cls, cat, parent=None: (("coaching-and-mentoring", title, False), True)),
    )
    errors: list[str] = []
    monkeypatch.setattr(window.dialogs, "error", lambda t, m, d="": errors.append(m))
    before = store.list_workbooks()
    window.new_workbook()
    assert errors and "at most 200 characters" in errors[0] and "10,000" in errors[0]
    assert store.list_workbooks() == before  # nothing cut and saved silently
    wid = store.create_workbook("coaching-and-mentoring", "Short")
    monkeypatch.setattr(window.dialogs, "ask_text", lambda *a: (title, True))
    window.rename_workbook(wid)
    assert len(errors) == 2 and "at most 200 characters" in errors[1]
    assert store.workbook(wid).title == "Short"
