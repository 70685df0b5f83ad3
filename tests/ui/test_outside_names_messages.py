"""A file name carrying a right-to-left override, a newline and 255 bytes reaches the app's
messages (import confirmations, import errors, attach progress, the status bar) only through
display_name: nothing reorders the app's words, breaks its lines or runs off-screen."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path
from typing import Any

from artifacts.helpers import make_pdf

from tli_workbook.text.display_names import ELLIPSIS
from tli_workbook.ui.tasks import Task, runner


def _hostile(suffix: str) -> str:
    """As long as the file system allows (255 bytes), with U+202E and a newline in it."""
    head = "evil\u202efdp.exe\nsecond line "
    room = 255 - len(head.encode()) - len(suffix)
    return head + "n" * room + suffix


def _clean(message: str, name: str) -> None:
    assert "\u202e" not in message, message
    assert name not in message  # never the whole raw name
    assert "n" * 80 not in message  # elided, not 230 letters in a row
    assert "fdp.exe\nsecond" not in message  # the newline inside the name is gone


def test_hostile_names_in_import_and_attach_messages(
    qtbot: Any, window: Any, store: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    shown: list[str] = []
    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(
            window.dialogs, kind, lambda *a, **k: shown.append(" ".join(map(str, a)))
        )
    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: shown.append(a[1]) or True)
    progress: list[str] = []
    original = Task.progress

    def record(self: Task[Any], fraction: float | None, message: str = "") -> bool:
        progress.append(message)
        return original(self, fraction, message)

    monkeypatch.setattr(Task, "progress", record)

    # Import: not a zip at all, then a zip whose member is a link with the hostile name.
    name = _hostile(".tliwb")
    assert len(name.encode()) == 255
    not_zip = tmp_path / name
    not_zip.write_bytes(b"not a zip file")
    task = window.offer_import(not_zip)
    assert task is not None
    qtbot.waitUntil(runner().is_idle, timeout=30_000)
    linked = tmp_path / "links" / name
    linked.parent.mkdir()
    with zipfile.ZipFile(linked, "w") as zf:
        info = zipfile.ZipInfo(name)
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    window.offer_import(linked)
    qtbot.waitUntil(runner().is_idle, timeout=30_000)
    assert len(shown) == 4, shown  # two confirmations, two errors
    assert "not a TLI Workbook archive" in shown[1] and "link" in shown[3]
    for message in shown:
        _clean(message, name)
        assert ELLIPSIS in message
    assert window.statusBar().currentMessage() == ""

    # Attach: the progress shown while the file is attached.
    shown.clear()
    pdf = tmp_path / "pdf" / _hostile(".pdf")
    pdf.parent.mkdir()
    make_pdf(pdf, pages=1)
    view = window.open_workbook(store.create_workbook("coaching-and-mentoring", "Names"))
    page = view.show_part("artifact4")
    page.attach_paths([pdf])
    qtbot.waitUntil(lambda: len(page.cards) == 1, timeout=60_000)
    qtbot.waitUntil(runner().is_idle, timeout=60_000)
    attaching = [m for m in progress if m.startswith("Attaching")]
    assert attaching, progress
    for message in attaching + shown:
        _clean(message, pdf.name)
    assert os.path.exists(pdf)
