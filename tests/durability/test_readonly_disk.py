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
