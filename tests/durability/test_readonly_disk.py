"""A disk that turns read-only under the app (a real remount of a real file system) is
reported in plain words, not SQLite's "disk I/O error", and saving resumes once it is
writable again. Needs root to mount a tmpfs; skipped elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tli_workbook.store import Store, StoreError

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0, reason="needs root on Linux"
)


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "disk"
    point.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=32m", "tmpfs", str(point)):
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield point
    finally:
        _mount("-o", "remount,rw", str(point))
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_read_only_disk_is_reported_in_plain_words(disk: Path) -> None:
    store = Store(disk / "data")
    wid = store.create_workbook("coaching-and-mentoring", "Read-only")
    store.set_answers(wid, {"part1.overview": "before"})
    # Linux will not remount a file system read-only while a file on it is open for writing,
    # so the store's connections are closed first (they open again on the next write).
    store.engine.dispose()
    assert _mount("-o", "remount,ro", str(disk))
    with pytest.raises(StoreError) as caught:
        store.set_answers(wid, {"part1.overview": "x" * 200_000})
    message = str(caught.value)
    assert "read-only" in message and "i/o" not in message.lower(), message
    assert _mount("-o", "remount,rw", str(disk))
    store.set_answers(wid, {"part1.overview": "after"})
    assert store.answer(wid, "part1.overview") == "after"
    store.close()


def test_disk_turns_read_only_under_the_open_window(qtbot, disk: Path, monkeypatch) -> None:  # noqa: ANN001
    """The real window on a real tmpfs: the disk is remounted read-only while the teacher
    types. Linux refuses that remount while a file on it is open for writing (EBUSY), and a
    read-only bind mount laid over the folder does not reach descriptors already open (a write
    through an open connection still succeeds), so the store's idle connections are closed
    first; the window, the editor and the writer thread stay as they are, and the writes after
    the remount open new connections on the read-only disk, as after a disk error."""
    from tli_workbook.definitions import default_catalog
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    make_app()
    store = Store(disk / "data")
    window = MainWindow(store, default_catalog())
    qtbot.addWidget(window)
    window.show()
    view = window.open_workbook(store.create_workbook("coaching-and-mentoring", "Read-only"))
    editor = view.show_part("part1").editor("part1.overview")
    qtbot.keyClicks(editor.edit, "typed before")
    assert view.flush()
    store.engine.dispose()
    assert _mount("-o", "remount,ro", str(disk))
    try:
        qtbot.keyClicks(editor.edit, " and while read-only")
        qtbot.waitUntil(lambda: window.saved_label.text() == "⚠ Not saved", timeout=15_000)
        message = window.saved_label.toolTip()
        assert "read-only" in message and "i/o" not in message.lower(), message
        assert editor.edit.toPlainText() == "typed before and while read-only"
        asked: list[tuple] = []
        monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: asked.append(a) or True)
        window.close()
        assert asked and window.isVisible() and "read-only" in asked[0][1]
    finally:
        # The connections opened while it was read-only are not closed here: the store must
        # drop them itself (SQLite opened them read-only, and they would stay so).
        assert _mount("-o", "remount,rw", str(disk))
    qtbot.keyClicks(editor.edit, ".")
    qtbot.waitUntil(lambda: window.saved_label.text() == "✓ All changes saved", timeout=15_000)
    assert store.answer(view.workbook_id, "part1.overview") == "typed before and while read-only."
    monkeypatch.undo()
    window.close()
    store.close()
