"""The window painted before the Store is open: what the teacher clicks in that moment is
done once the Store is there (once, in order), and handing the Store over updates the list
in place: no row rebuilt, the selection kept, progress counted and filled in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tli_workbook.definitions.titles import credential_titles
from tli_workbook.store import Store
from tli_workbook.store.listing import read_listing
from tli_workbook.ui.application import make_app
from tli_workbook.ui.main_window import MainWindow
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog
from tli_workbook.ui.start_screen import COUNTING, PROGRESS_COLUMN, StartScreen
from tli_workbook.ui.tasks import runner

CM = "coaching-and-mentoring"


def _early_window(qtbot, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as application.run paints it: the list read with sqlite3, no Store."""
    make_app()
    listing, titles = read_listing(folder), credential_titles()
    assert listing is not None and titles is not None
    window = MainWindow(None, None, listing=listing, titles=titles)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_new_workbook_clicked_before_the_store_opens_is_done_once_it_is(
    qtbot, data_dir, catalog, monkeypatch
) -> None:
    asked: list[bool] = []

    def get(cls, cat, parent=None):  # type: ignore[no-untyped-def]
        asked.append(window.ready)
        return (CM, "Started at once", False), True

    monkeypatch.setattr(NewWorkbookDialog, "get", classmethod(get))
    window = _early_window(qtbot, data_dir)
    panel = window.start.first_run
    assert panel.isVisible() and not window.ready
    qtbot.mouseClick(panel.new_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.new_btn, Qt.MouseButton.LeftButton)  # impatient: a second click
    assert window.act_new.isEnabled() and window.act_import.isEnabled()  # the menus are there
    window.act_new.trigger()  # File > New workbook…
    qtbot.wait(20)
    assert asked == []  # waiting for the Store, not lost and not failed
    assert window.statusBar().currentMessage() == "Opening your workbooks…"

    store = Store(data_dir)
    try:
        window.attach(store, catalog)
        qtbot.waitUntil(lambda: window.view is not None)
        assert asked == [True]  # asked once, with the Store there
        [info] = store.list_workbooks()
        assert info.title == "Started at once" and window.view.workbook_id == info.id
        assert window.statusBar().currentMessage() == ""
        qtbot.wait(20)
        assert asked == [True]
    finally:
        window.close()
        store.close()


def test_a_workbook_opened_before_the_store_opens_opens_once_it_is(
    qtbot, data_dir, catalog
) -> None:
    store = Store(data_dir)
    first = store.create_workbook(CM, "First")
    second = store.create_workbook(CM, "Second")
    store.close()
    window = _early_window(qtbot, data_dir)
    table = window.start.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Second", "First"]
    assert table.item(1, 1).text() == "Coaching and Mentoring"  # the title, from the file
    table.selectRow(1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Open the selected row
    assert window.view is None
    store = Store(data_dir)
    try:
        window.attach(store, catalog)
        qtbot.waitUntil(lambda: window.view is not None)
        assert window.view.workbook_id == first != second
    finally:
        window.close()
        store.close()


def test_closing_before_the_store_opens_writes_nothing(qtbot, data_dir) -> None:
    window = _early_window(qtbot, data_dir)
    qtbot.mouseClick(window.start.first_run.new_btn, Qt.MouseButton.LeftButton)
    assert window.close()
    assert not (data_dir / "backups").exists()  # no closing backup of a Store never opened
    assert not (data_dir / "workbooks.sqlite3").exists()


def test_handing_over_the_store_updates_the_list_in_place(qtbot, data_dir, catalog) -> None:
    store = Store(data_dir)
    ids = [store.create_workbook(CM, f"Workbook {i}") for i in range(4)]
    for wid in ids[1:]:
        store.set_summary(wid, 0, 8)
    store.close()
    make_app()
    listing, titles = read_listing(data_dir), credential_titles()
    assert listing is not None and titles is not None
    screen = StartScreen(None, None, listing=listing, titles=titles)
    qtbot.addWidget(screen)
    screen.show()
    table = screen.table
    # The newest first; the one never counted waits for its count.
    assert table.item(3, 0).text() == "Workbook 0"
    assert table.item(3, PROGRESS_COLUMN).text() == COUNTING
    assert table.item(0, PROGRESS_COLUMN).text() == "0 of 8 parts"
    table.selectRow(2)
    chosen = screen.selected_id()
    changed: list[tuple[int, int]] = []
    table.itemChanged.connect(lambda item: changed.append((item.row(), item.column())))
    removed: list[int] = []
    table.model().rowsRemoved.connect(lambda *_a: removed.append(1))
    table.model().modelReset.connect(lambda: removed.append(1))

    store = Store(data_dir)
    try:
        screen.attach(store, catalog)
        assert changed == [] and removed == []  # nothing repainted that had not changed
        assert screen.selected_id() == chosen
        qtbot.waitUntil(lambda: runner().is_idle() and table.item(3, 3).text() != COUNTING)
        counted = store.workbook(ids[0]).summary
        assert counted is not None  # kept, so the next start lists it from the query
        assert table.item(3, PROGRESS_COLUMN).text() == f"{counted[0]} of {counted[1]} parts"
        assert changed == [(3, PROGRESS_COLUMN)]  # the count filled in, nothing else
        assert screen.selected_id() == chosen
    finally:
        store.close()


def test_a_workbook_changed_while_counted_is_counted_again(qtbot, data_dir, catalog) -> None:
    store = Store(data_dir)
    try:
        wid = store.create_workbook(CM, "Busy")
        listed = store.workbook(wid).modified_at
        store.set_answer(wid, "part1.overview", "Typed while the count ran.")
        store.set_summary(wid, 0, 8, counted_at=listed)
        assert store.workbook(wid).summary is None  # counted for an older state: not kept
        store.set_summary(wid, 1, 8, counted_at=store.workbook(wid).modified_at)
        assert store.workbook(wid).summary == (1, 8)
    finally:
        store.close()


def test_open_recent_is_filled_once_the_store_opens(qtbot, data_dir, catalog) -> None:
    from tli_workbook.ui import window_memory

    store = Store(data_dir)
    wid = store.create_workbook(CM, "Opened last week")
    store.close()
    window_memory.add_recent(wid)
    window = _early_window(qtbot, data_dir)
    assert not window.recent_menu.isEnabled()  # its titles come from the Store
    store = Store(data_dir)
    try:
        window.attach(store, catalog)
        assert window.recent_menu.isEnabled()
        assert [a.text() for a in window.recent_menu.actions()] == ["&1 Opened last week"]
    finally:
        window.close()
        store.close()
