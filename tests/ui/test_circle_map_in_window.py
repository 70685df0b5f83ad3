"""The Circle Map page inside the real window: undo through Edit menu, live links, jumps."""

from __future__ import annotations

from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog


def _view(window, monkeypatch):
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(lambda cls, cat, parent=None: (("coaching-and-mentoring", "Map", False), True)),
    )
    window.new_workbook()
    return window.view


def test_map_page_undo_is_kept_across_pages(qtbot, window, monkeypatch, store):
    view = _view(window, monkeypatch)
    page = view.show_part("artifact1")
    fired = []
    view.signals.mapChanged.connect(lambda: fired.append(1))
    page.add_entry("needs", "More planning time")
    assert [e["text"] for e in store.map_entries(view.workbook_id)] == ["More planning time"]
    assert fired
    view.show_part("part1")
    view.show_part("artifact1")
    assert window.undo_group.activeStack() is page.undo_stack
    assert window.undo_group.canUndo()
    window.undo_group.undo()
    assert store.map_entries(view.workbook_id) == []
    window.undo_group.redo()
    assert len(store.map_entries(view.workbook_id)) == 1


def test_jump_to_map_targets(qtbot, window, monkeypatch, store):
    view = _view(window, monkeypatch)
    view.jump("artifact1", "map:center")
    assert view.current_part_id() == "artifact1"
    window.activateWindow()
    view.jump("part1", "part1.overview")
    assert view.current_part_id() == "part1"
    editor = view.pages["part1"].editor("part1.overview").edit
    qtbot.waitUntil(editor.hasFocus, timeout=10_000)
