"""Spell checking in the real long-text editors: underlines, suggestions, personal dictionary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCharFormat

from tli_workbook.store import Store
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.spelling_service import (
    PERSONAL_KEY,
    SpellingService,
    spelling_menu,
    spelling_service,
)

from .helpers import REPO


def _view(qtbot: Any, store: Store, catalog: Any) -> Any:
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.workbook_view import WorkbookView

    make_app()
    wid = store.create_workbook("coaching-and-mentoring", "Spelling")
    view = WorkbookView(store, wid, catalog.get("coaching-and-mentoring"), Dialogs(), {})
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    return view


def _underlined(edit: Any) -> list[str]:
    """The words the highlighter underlined, read from the block's format ranges."""
    block = edit.document().firstBlock()
    out = []
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                out.append(block.text()[r.start : r.start + r.length])
        block = block.next()
    return out


def _ready(qtbot: Any, service: SpellingService) -> None:
    if not service.loaded:
        service.checker()
        with qtbot.waitSignal(service.ready, timeout=10_000, raising=False):
            pass
    qtbot.waitUntil(lambda: service.loaded, timeout=10_000)


def _point_at(edit: Any, index: int) -> Any:
    cursor = edit.textCursor()
    cursor.setPosition(index + 1)
    return edit.cursorRect(cursor).center()


def test_typed_misspelling_is_underlined_and_replaced(qtbot: Any, store: Store, catalog) -> None:
    view = _view(qtbot, store, catalog)
    editor = view.show_part("part1").editor("part1.overview")
    service = view.services["spelling"]
    assert isinstance(service, SpellingService)
    _ready(qtbot, service)
    qtbot.keyClicks(editor.edit, "My coaching mispeled plan")
    qtbot.waitUntil(lambda: _underlined(editor.edit) == ["mispeled"], timeout=10_000)
    ranges = editor.edit.document().firstBlock().layout().formats()
    assert ranges[0].format.underlineColor().name() == "#d93025"

    text = editor.edit.toPlainText()
    menu = spelling_menu(editor.edit, service, _point_at(editor.edit, text.index("mispeled")))
    labels = [a.text() for a in menu.actions()]
    assert "misspelled" in labels[:6]  # suggestions come first
    assert "Add “mispeled” to dictionary" in labels and "Ignore “mispeled”" in labels
    assert "Copy" in " ".join(labels) or "&Copy" in " ".join(labels)  # the usual menu is kept
    next(a for a in menu.actions() if a.text() == "misspelled").trigger()
    assert editor.edit.toPlainText() == "My coaching misspelled plan"
    assert _underlined(editor.edit) == []
    editor.edit.undo()  # one undo step brings the typed word back
    assert editor.edit.toPlainText() == text


def test_no_menu_entries_on_a_correct_word(qtbot: Any, store: Store, catalog) -> None:
    view = _view(qtbot, store, catalog)
    editor = view.show_part("part1").editor("part1.overview")
    _ready(qtbot, view.services["spelling"])
    editor.edit.setPlainText("Coaching helps")
    menu = spelling_menu(editor.edit, view.services["spelling"], _point_at(editor.edit, 2))
    assert not any("dictionary" in a.text() for a in menu.actions())


def test_add_to_dictionary_persists_and_is_shared(
    qtbot: Any, store: Store, catalog: Any, data_dir: Path
) -> None:
    view = _view(qtbot, store, catalog)
    service = view.services["spelling"]
    _ready(qtbot, service)
    one = view.show_part("part1").editor("part1.overview")
    two = view.show_part("part3").editor("part3.reflection")
    one.edit.setPlainText("Our Zorblat protocol")
    two.edit.setPlainText("Zorblat again, and a wrng word")
    assert _underlined(one.edit) == ["Zorblat"]
    assert _underlined(two.edit) == ["Zorblat", "wrng"]
    menu = spelling_menu(one.edit, service, _point_at(one.edit, 4))
    next(a for a in menu.actions() if a.objectName() == "spellAdd").trigger()
    assert _underlined(one.edit) == []
    assert _underlined(two.edit) == ["wrng"]  # every editor shares the dictionary

    menu = spelling_menu(two.edit, service, _point_at(two.edit, two.edit.toPlainText().index("w")))
    next(a for a in menu.actions() if a.objectName() == "spellIgnore").trigger()
    assert _underlined(two.edit) == []

    again = Store(data_dir)
    try:
        assert again.setting(PERSONAL_KEY) == ["Zorblat"]
        fresh = spelling_service({}, again)
        fresh.load_now()
        assert fresh.misspelled("Zorblat wrng") == [(8, 12)]  # "Ignore" lasted one session
    finally:
        again.close()


def test_editor_waits_for_the_dictionary(qtbot: Any, store: Store, catalog: Any) -> None:
    """Nothing is underlined (and nothing blocks) until the background load finishes."""
    view = _view(qtbot, store, catalog)
    editor = view.show_part("part1").editor("part1.overview")
    service = view.services["spelling"]
    editor.edit.setPlainText("Teh")
    qtbot.waitUntil(lambda: service.loaded, timeout=10_000)
    qtbot.waitUntil(lambda: _underlined(editor.edit) == ["Teh"], timeout=10_000)


def test_underlining_is_not_an_edit(qtbot: Any, store: Store, catalog: Any) -> None:
    """The dictionary arriving, or a word added, re-underlines but saves nothing."""
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.workbook_view import WorkbookView

    make_app()
    wid = store.create_workbook("coaching-and-mentoring", "Quiet")
    store.set_answer(wid, "part1.overview", "Teh first draft")
    before = store.workbook(wid).modified_at
    view = WorkbookView(store, wid, catalog.get("coaching-and-mentoring"), Dialogs(), {})
    qtbot.addWidget(view)
    editor = view.show_part("part1").editor("part1.overview")
    service = view.services["spelling"]
    qtbot.waitUntil(lambda: _underlined(editor.edit) == ["Teh"], timeout=10_000)
    service.add_word("Teh")
    assert _underlined(editor.edit) == []
    qtbot.wait(50)
    assert view.autosaver.pending_keys == [] and view.autosaver.state == "saved"
    assert store.workbook(wid).modified_at == before


@pytest.mark.slow
def test_spellchecker_is_not_imported_at_start(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TLI_WORKBOOK_DATA_DIR"] = str(tmp_path)
    r = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tli_workbook", "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=env,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    imported = {line.split("|")[-1].strip() for line in r.stderr.splitlines() if "|" in line}
    assert "tli_workbook.app" in imported or "tli_workbook" in imported
    assert not any(m == "spellchecker" or m.startswith("spellchecker.") for m in imported)


def test_a_held_word_is_underlined_when_the_cursor_leaves_its_paragraph(
    qtbot: Any, store: Store, catalog: Any
) -> None:
    """The word being typed is not underlined yet (its paragraph is held); moving the cursor
    to another paragraph underlines it at once, without waiting for the pause."""
    from PySide6.QtCore import Qt

    from tli_workbook.ui.spelling_service import SpellHighlighter

    view = _view(qtbot, store, catalog)
    editor = view.show_part("part1").editor("part1.overview")
    service = view.services["spelling"]
    _ready(qtbot, service)
    highlighter = editor.edit.document().findChild(SpellHighlighter)
    assert highlighter is not None
    qtbot.keyClicks(editor.edit, "Good words here")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.edit, "Second line")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Up)
    qtbot.keyClick(editor.edit, Qt.Key.Key_End)
    qtbot.keyClicks(editor.edit, " wrng")
    assert highlighter.held_block == 0
    highlighter._pause.stop()  # only the cursor can release it now
    assert _underlined(editor.edit) == []
    qtbot.keyClick(editor.edit, Qt.Key.Key_Down)
    assert highlighter.held_block is None
    assert _underlined(editor.edit) == ["wrng"]
    # Held again and released again: the watch is set up each time, not once.
    qtbot.keyClick(editor.edit, Qt.Key.Key_End)
    qtbot.keyClicks(editor.edit, " zqx")
    assert highlighter.held_block == 1
    highlighter._pause.stop()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Up)
    assert highlighter.held_block is None
    assert sorted(_underlined(editor.edit)) == ["wrng", "zqx"]
