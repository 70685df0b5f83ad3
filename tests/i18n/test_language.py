"""The language choice, through the real Preferences dialog and window: stored, offered with a
restart, said once that NEA's own text stays English; dates in the chosen language; spelling
in the language each answer is written in."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.review.test_spelling_ui import _underlined
from tli_workbook import i18n
from tli_workbook.ui import application, preferences, settings
from tli_workbook.ui.main_window import MainWindow
from tli_workbook.ui.preferences import PreferencesDialog


@pytest.fixture
def spanish() -> Iterator[None]:
    i18n.install("es")
    try:
        yield
    finally:
        i18n.install("en")


def _choose(qtbot: Any, combo: Any, data: str) -> None:
    """Pick an entry with the keyboard, as a teacher would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != data:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{data} is not offered"


def test_language_row_stores_the_choice_and_says_when_it_applies(qtbot, window, store):
    dialog = PreferencesDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Same as the system", "English", "Español"]
    assert dialog.language.currentData() == "system"
    # Said once, beside the choice: NEA's own words are not translated.
    assert dialog.language_note.isVisible()
    assert "stay in English, as NEA wrote them" in dialog.language_note.text()
    assert not dialog.restart_row.isVisible()
    _choose(qtbot, dialog.language, "es")
    assert dialog.restart_row.isVisible() and dialog.restart_button.isVisible()
    assert "next start" in dialog.restart_note.text()
    _choose(qtbot, dialog.language, "system")
    assert not dialog.restart_row.isVisible()  # back to what it was: nothing to restart for
    _choose(qtbot, dialog.language, "es")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    dialog.save()
    assert preferences.language() == "es"
    assert settings.get_str(i18n.PREFERENCE_KEY) == "es"
    assert i18n.resolve(preferences.language()) == "es"
    assert not dialog.restart_requested
    assert i18n.current() == "en"  # applies at the next start


def test_restart_now_saves_closes_and_relaunches_the_same_command(
    qtbot, window, store, monkeypatch
):
    app = QCoreApplication.instance()
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        _choose(qtbot, dialog.language, "es")
        seen.append("chosen")
        qtbot.mouseClick(dialog.restart_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    try:
        window.show_preferences()
        assert seen == ["chosen"]
        assert settings.get_str(i18n.PREFERENCE_KEY) == "es"  # saved before closing
        assert not window.isVisible()  # closed as on quitting
        assert app.property("tli_restart") is True
    finally:
        app.setProperty("tli_restart", False)

    started: list[tuple[str, list[str], str]] = []
    monkeypatch.setattr(
        "PySide6.QtCore.QProcess.startDetached",
        lambda program, args, cwd: started.append((program, list(args), cwd)) or (True, 1),
    )
    assert application.relaunch()
    program, args, _cwd = started[0]
    assert program == sys.executable and args == list(sys.orig_argv[1:])


def test_notice_in_the_status_bar_once_in_spanish(qtbot, spanish, store, catalog):
    first = MainWindow(store, catalog)
    qtbot.addWidget(first)
    assert first.statusBar().currentMessage() == i18n.english_content_notice()
    assert settings.get_bool(i18n.NOTICE_KEY)
    again = MainWindow(store, catalog)
    qtbot.addWidget(again)
    assert again.statusBar().currentMessage() == ""


def test_no_notice_in_english(window):
    assert window.statusBar().currentMessage() == ""
    assert not settings.get_bool(i18n.NOTICE_KEY)


def _month_es() -> str:
    return QLocale("es").monthName(QDate.currentDate().month())


def test_start_screen_and_restore_dialog_dates_are_spanish(qtbot, spanish, window, store, catalog):
    from tli_workbook.store import backups
    from tli_workbook.ui.restore_dialog import RestoreDialog

    store.create_workbook("coaching-and-mentoring", "Primavera")
    window.start.refresh()
    when = window.start.table.item(0, 2).text()
    assert _month_es() in when and " de " in when, when
    window.backup("manual")
    dialog = RestoreDialog(backups.list_backups(store.data_dir), catalog, window)
    qtbot.addWidget(dialog)
    assert _month_es() in dialog.list.item(0).text()
    i18n.install("en")
    window.start.refresh()
    english = QLocale("en").monthName(QDate.currentDate().month())
    assert english in window.start.table.item(0, 2).text()


def test_packet_dates_follow_the_language(spanish):
    from tli_workbook.text.dates import format_date

    assert format_date("2025-03-03T15:30") == "3 de marzo de 2025, 15:30"
    i18n.install("en")
    assert format_date("2025-03-03T15:30") == "March 3, 2025, 3:30 PM"


# ----- spelling ------------------------------------------------------------------------------


def test_spanish_answer_is_checked_in_spanish_english_in_english(qtbot, store, catalog):
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.dialogs import Dialogs
    from tli_workbook.ui.workbook_view import WorkbookView

    make_app()
    wid = store.create_workbook("coaching-and-mentoring", "Bilingüe")
    view = WorkbookView(store, wid, catalog.get("coaching-and-mentoring"), Dialogs(), {})
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    service = view.services["spelling"]
    assert service.mode == "auto"  # the default
    page = view.show_part("part1")
    spanish_edit = page.editor("part1.overview").edit
    view3 = view.show_part("part3")
    english_edit = view3.editor("part3.reflection").edit
    view.show_part("part1")
    qtbot.keyClicks(
        spanish_edit, "Los estudiantes leyeron el libro en la escuelaa con sus maestras."
    )
    qtbot.waitUntil(lambda: service.is_loaded("es"), timeout=20_000)
    qtbot.waitUntil(lambda: _underlined(spanish_edit) == ["escuelaa"], timeout=20_000)
    view.show_part("part3")
    qtbot.keyClicks(english_edit, "Our team planned the nxt meeting with the teachers.")
    qtbot.waitUntil(lambda: service.is_loaded("en"), timeout=20_000)
    qtbot.waitUntil(lambda: _underlined(english_edit) == ["nxt"], timeout=20_000)
    assert _underlined(spanish_edit) == ["escuelaa"]
    # A fixed choice in Preferences checks every field in that language.
    service.set_mode("en")
    assert "estudiantes" in _underlined(spanish_edit)
    service.set_mode("auto")
    assert _underlined(spanish_edit) == ["escuelaa"]


def _settle() -> None:
    from tli_workbook.ui.tasks import runner

    for _ in range(3):
        QApplication.processEvents()
        runner().wait_idle()
    QApplication.processEvents()


def test_english_answer_opened_in_the_spanish_app_is_checked_in_english(
    qtbot, spanish, store, catalog
):
    """A saved answer fills its editor at one document revision; its language was once
    guessed from the still-empty field (the app's, Spanish), underlining every word of the
    sample's English Part 1."""
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.show()
    window.open_sample()
    _settle()
    view = window.open_workbook(store.list_workbooks()[0].id)
    service = view.services["spelling"]
    edit = view.show_part("part1").editor("part1.overview").edit
    _settle()  # the dictionaries the page asked for have loaded and the field is checked
    assert service.language_for(edit.toPlainText()) == "en"
    assert len(_underlined(edit)) < 10, _underlined(edit)[:20]
