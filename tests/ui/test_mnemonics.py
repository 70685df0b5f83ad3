"""Every labelled box on a page has an Alt+letter of its own, and the letter reaches it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tli_workbook.ui.forms.mnemonics import RESERVED, _marked
from tli_workbook.ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def view(qtbot, window: MainWindow, store):  # type: ignore[no-untyped-def]
    wid = store.create_workbook("purposeful-collaboration", "Letters", False)
    store.upsert_artifact(wid, {"part": "artifact4", "title": "Agenda"})
    v = window.open_workbook(wid)
    assert v is not None
    return v


def _buddy_labels(page) -> list[QLabel]:  # type: ignore[no-untyped-def]
    return [lab for lab in page.findChildren(QLabel) if lab.buddy() is not None]


@pytest.mark.parametrize("part_id", ["artifact3", "artifact4", "part3"])
def test_letters_are_unique_per_page_and_never_the_menus(qtbot, view, part_id: str) -> None:
    page = view.show_part(part_id)
    # Cards are built after the page shows; their letters follow.
    qtbot.waitUntil(lambda: any(_marked(lab.text()) for lab in _buddy_labels(page)))
    letters = [_marked(lab.text()) for lab in _buddy_labels(page)]
    given = [x for x in letters if x and not x.isdigit()]
    assert given, "no label got a letter"
    assert len(given) == len(set(given))
    assert not set(given) & RESERVED


def test_alt_letter_focuses_the_box(qtbot, view) -> None:
    page = view.show_part("artifact3")
    qtbot.waitUntil(lambda: bool(_buddy_labels(page)))
    lettered = [
        lab
        for lab in _buddy_labels(page)
        if (x := _marked(lab.text())) and x.isalpha() and lab.buddy().isVisibleTo(page)
    ][:4]
    assert lettered
    start = next(b for b in page.findChildren(QWidget) if b.focusPolicy() & Qt.FocusPolicy.TabFocus)
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    for lab in lettered:
        letter = _marked(lab.text())
        assert letter is not None
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
        target = lab.buddy().focusProxy() or lab.buddy()
        qtbot.waitUntil(lambda t=target: QApplication.focusWidget() is t)
    # The label still reads as written (the "&" is Qt's underline, not text).
    assert all("&&" not in re.sub(r"&(?=\w)", "", lab.text()) for lab in lettered)
