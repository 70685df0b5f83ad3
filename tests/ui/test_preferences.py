"""Preferences and memory: the dialog's choices are saved (in the test's own data folder, so
the user's settings are never touched) and used; the window's place, the navigator split, the
last page and File > Open Recent come back after a restart."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QSplitter

from tli_workbook.ui import preferences, settings, window_memory
from tli_workbook.ui.main_window import MainWindow
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog
from tli_workbook.ui.preferences import PreferencesDialog


def _new(window, monkeypatch, title="Prefs"):
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(lambda cls, cat, parent=None: (("coaching-and-mentoring", title, False), True)),
    )
    window.new_workbook()
    return window.view


def test_settings_live_in_the_test_data_folder(window, data_dir):
    assert settings.settings_file() == data_dir / "settings.ini"


def test_preferences_dialog_saves_and_is_read(qtbot, window, store, data_dir):
    dialog = PreferencesDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.folder_label.text() == str(data_dir)
    assert dialog.spelling.count() >= 1 and dialog.spelling.currentData() == "auto"
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.theme.setFocus()
    qtbot.keyClick(dialog.theme, Qt.Key.Key_End)  # the last choice: Dark
    dialog.backups.selectAll()
    qtbot.keyClicks(dialog.backups, "4")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    dialog.save()
    assert preferences.paper_size() == "A4"
    assert preferences.theme() == "dark"
    assert store.setting("backup.keep") == 4
    ini = (data_dir / "settings.ini").read_text()
    assert ini.startswith("[preferences]\n") and "\npaper=A4\n" in ini
    # The backup made on quitting keeps only that many.
    for _ in range(6):
        window.backup("manual")
    from tli_workbook.store import backups

    assert len(backups.list_backups(data_dir)) <= 4


def test_damaged_settings_fall_back(window, data_dir):
    (data_dir / "settings.ini").write_bytes(b"\xff\x00[preferences]\ntheme=purple\npaper=B5\n")
    assert preferences.theme() == "system"
    assert preferences.paper_size() == "Letter"
    assert window_memory.recent() == []


def test_window_page_split_and_recent_are_remembered(qtbot, window, store, catalog, monkeypatch):
    a = _new(window, monkeypatch, "First").workbook_id
    view = _new(window, monkeypatch, "Second")
    b = view.workbook_id
    view.show_part("artifact1")
    view.findChild(QSplitter).setSizes([300, 700])
    window.setGeometry(QRect(10, 20, 700, 500))  # inside the 800x600 offscreen screen
    saved = window.geometry()
    window.close()
    assert window_memory.recent() == [b, a]
    assert settings.get_str(window_memory.KEY_GEOMETRY).endswith(
        f"{saved.width()},{saved.height()}"
    )

    again = MainWindow(store, catalog)
    qtbot.addWidget(again)
    screen = QApplication.primaryScreen().availableGeometry()
    # Back at its size, or the screen's if it grew wider than the screen (a workbook's pages
    # ask for more width than the 800 px offscreen screen has).
    assert again.width() == min(saved.width(), screen.width())
    assert again.height() == min(saved.height(), screen.height())
    assert screen.contains(again.geometry())
    again._fill_recent()
    titles = [a.text() for a in again.recent_menu.actions()]
    assert titles == ["&1 Second", "&2 First"]
    again.recent_menu.actions()[0].trigger()
    assert again.view is not None and again.view.workbook_id == b
    assert again.view.current_part_id() == "artifact1"
    assert again.view.findChild(QSplitter).sizes()[0] == 300
    # A workbook deleted since is dropped from the list.
    again.show_start()
    store.delete_workbook(a)
    again._fill_recent()
    assert [x.text() for x in again.recent_menu.actions()] == ["&1 Second"]


def test_geometry_is_clamped_to_the_screen():
    screen = QApplication.primaryScreen().availableGeometry()
    far = QRect(screen.right() + 2000, screen.bottom() + 900, 5000, 4000)
    r = window_memory.clamp_to_screen(far, screen)
    assert screen.contains(r)
    assert r.width() <= screen.width() and r.height() <= screen.height()
