"""The work a keystroke costs in a long answer, counted (never timed): the navigator marks
refresh the edited part from the answers, not a full snapshot of every part. Times are in
benchmarks/typing_bench.py."""

from __future__ import annotations

from typing import Any

from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog


def _part1_of_a_new_workbook(window: Any, monkeypatch: Any, title: str) -> tuple[Any, Any]:
    """A workbook made through File > New (the dialog answered), its Part 1 overview shown."""
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(lambda cls, cat, parent=None: (("coaching-and-mentoring", title, False), True)),
    )
    window.new_workbook()
    view = window.view
    return view, view.show_part("part1").editor("part1.overview")


def test_marks_refresh_only_the_edited_part_without_a_snapshot(
    qtbot: Any, window: Any, monkeypatch: Any, store: Any
) -> None:
    view, editor = _part1_of_a_new_workbook(window, monkeypatch, "Marks")
    item = view._items["part1"]
    assert view._statuses["part1"].state == "empty"
    mark_before = item.text(0)
    snapshots: list[int] = []
    real = store.snapshot
    monkeypatch.setattr(store, "snapshot", lambda wid: (snapshots.append(wid), real(wid))[1])
    full = view.full_refreshes
    for _ in range(3):  # three saves, each followed by a marks refresh
        qtbot.keyClicks(editor.edit, "We met weekly. ")
        assert view.flush()
        qtbot.waitUntil(lambda: not view._refresh_timer.isActive(), timeout=5000)
    assert snapshots == [] and view.full_refreshes == full
    assert view._statuses["part1"].state != "empty"  # the edited part's mark moved on
    assert item.text(0) != mark_before


def test_marks_wait_for_a_pause_in_typing_but_not_for_ever(
    qtbot: Any, window: Any, monkeypatch: Any
) -> None:
    import tli_workbook.ui.workbook_view as workbook_view

    view, editor = _part1_of_a_new_workbook(window, monkeypatch, "Pause")
    item = view._items["part1"]
    qtbot.waitUntil(lambda: not view._refresh_timer.isActive(), timeout=5000)
    mark_before = item.text(0)
    runs: list[int] = []
    real = workbook_view.runner

    def counting_runner() -> Any:
        runs.append(1)
        return real()

    monkeypatch.setattr(workbook_view, "runner", counting_runner)

    # A save while the teacher goes on typing: edits are pending again when the marks are due.
    qtbot.keyClicks(editor.edit, "We met weekly. ")
    assert view.flush()
    view._part_changed("part1")
    qtbot.keyClicks(editor.edit, "Then ")
    assert view.autosaver.pending_keys
    view._refresh_changed_marks()
    assert runs == [] and item.text(0) == mark_before  # waited
    assert view._refresh_timer.isActive()  # and comes back

    # Typing that never pauses still gets its marks, MARKS_WHILE_TYPING_MS after they were due.
    monkeypatch.setattr(workbook_view, "MARKS_WHILE_TYPING_MS", 0)
    view._refresh_changed_marks()
    assert runs == [1]
    qtbot.waitUntil(lambda: item.text(0) != mark_before, timeout=5000)

    # A pause (nothing pending): the next marks are refreshed at once.
    monkeypatch.setattr(workbook_view, "MARKS_WHILE_TYPING_MS", 60_000)
    qtbot.keyClicks(editor.edit, "We planned. ")
    assert view.flush()
    view._part_changed("part1")
    view._refresh_changed_marks()
    assert runs == [1, 1]
