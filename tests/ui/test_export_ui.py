"""Exporting the packet from the window: off the GUI thread, progress, cancel, nothing half
written; and the same from the command line with no display."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from tli_workbook.packet import export as export_module
from tli_workbook.ui.export_dialog import ExportChoice, ExportDialog
from tli_workbook.ui.tasks import runner

ROOT = Path(__file__).resolve().parents[2]


def _sample(window):
    window.open_sample()
    return window.view


def _choice(folder: Path, **kw) -> ExportChoice:
    base = dict(
        folder=folder,
        stem="Packet",
        docx=True,
        pdf=True,
        upload_kit=False,
        page="letter",
        include_rubric=False,
        author_name=None,
    )
    base.update(kw)
    return ExportChoice(**base)


def test_export_from_the_window_writes_docx_and_pdf(qtbot, window, monkeypatch, tmp_path):
    _sample(window)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        ExportDialog,
        "get",
        classmethod(lambda cls, cred, folder, parent=None: (_choice(out), True)),
    )
    shown = []
    monkeypatch.setattr(window.dialogs, "run", lambda dialog: shown.append(dialog))
    # The export runs on the task runner: a zero-interval timer on the GUI thread keeps firing
    # while it writes, and the writing happens on another thread.
    ticks = [0]
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    seen: dict[str, object] = {}
    real = export_module.export_packet

    def export_packet(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["thread"] = threading.current_thread()
        seen["ticks_before"] = ticks[0]
        written = real(*args, **kwargs)
        seen["ticks_after"] = ticks[0]
        return written

    monkeypatch.setattr(export_module, "export_packet", export_packet)
    timer.start()
    window.export_packet()
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert seen["ticks_after"] > seen["ticks_before"]  # the GUI thread kept processing events
    assert runner().is_idle()
    assert sorted(p.name for p in out.iterdir()) == ["Packet.docx", "Packet.pdf"]
    assert shown[0].pdf == out / "Packet.pdf" and shown[0].show_pdf is not None
    text = subprocess.run(
        ["pdftotext", str(out / "Packet.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Part 1. Overview Questions" in text and "Coaching and Mentoring" in text


def test_cancel_leaves_nothing(qtbot, window, monkeypatch, tmp_path):
    _sample(window)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        ExportDialog,
        "get",
        classmethod(lambda cls, cred, folder, parent=None: (_choice(out, upload_kit=True), True)),
    )

    def cancel_soon() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible():
                w.cancel()
                return
        from PySide6.QtCore import QTimer

        QTimer.singleShot(5, cancel_soon)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, cancel_soon)
    errors = []
    monkeypatch.setattr(window.dialogs, "error", lambda t, m, d="": errors.append(m))
    window.export_packet()
    assert list(out.iterdir()) == []
    assert not errors or "cancel" in errors[0].lower()


def test_unwritable_destination_gives_a_clear_message(qtbot, window, monkeypatch, tmp_path):
    _sample(window)
    target = tmp_path / "a-file-not-a-folder"
    target.write_text("x")
    monkeypatch.setattr(
        ExportDialog,
        "get",
        classmethod(lambda cls, cred, folder, parent=None: (_choice(target), True)),
    )
    errors = []
    monkeypatch.setattr(window.dialogs, "error", lambda t, m, d="": errors.append(m))
    window.export_packet()
    assert errors and len(errors[0]) > 20
    assert target.read_text() == "x"


def test_cli_export_and_export_map_without_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["TLI_WORKBOOK_DATA_DIR"] = str(tmp_path / "d")
    sample = ROOT / "resources" / "samples" / "coaching-and-mentoring-sample.tliwb"

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "tli_workbook", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=ROOT,
        )

    r = run("export", "--archive", str(sample), "--pdf", str(tmp_path / "a.pdf"), "--page", "a4")
    assert r.returncode == 0, r.stderr
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "a.pdf")], capture_output=True, text=True
    ).stdout
    assert "595.276 x 841.89" in info or "595.28 x 841.89" in info
    wid = run("import-archive", str(sample)).stdout.strip()
    r = run(
        "export", wid, "--docx", str(tmp_path / "b.docx"), "--upload-kit", str(tmp_path / "kit")
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "b.docx").stat().st_size > 10_000
    assert (tmp_path / "kit" / "Part1_Overview.pdf").exists()
    for name in ("map.pdf", "map.png", "map.svg"):
        r = run("export-map", wid, str(tmp_path / name), "--landscape")
        assert r.returncode == 0, r.stderr
        assert (tmp_path / name).stat().st_size > 1000
    r = run("export", "999", "--pdf", str(tmp_path / "c.pdf"))
    assert r.returncode != 0 and "no workbook with id 999" in r.stderr


def _ticking() -> tuple[QTimer, list[int]]:
    ticks = [0]
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    return timer, ticks


def test_archive_import_runs_off_the_gui_thread(qtbot, window, store, monkeypatch):
    from tli_workbook.store import archive as archive_module

    sample = ROOT / "resources" / "samples" / "coaching-and-mentoring-sample.tliwb"
    monkeypatch.setattr(window.dialogs, "open_file", lambda *a, **k: sample)
    timer, ticks = _ticking()
    seen: dict[str, object] = {}
    real = archive_module.import_archive

    def import_archive(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["thread"] = threading.current_thread()
        seen["before"] = ticks[0]
        wid = real(*args, **kwargs)
        seen["after"] = ticks[0]
        return wid

    monkeypatch.setattr(archive_module, "import_archive", import_archive)
    timer.start()
    window.import_archive()
    assert window.start.table.rowCount() == 0  # the menu action returned at once
    qtbot.waitUntil(runner().is_idle, timeout=120_000)
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert seen["after"] > seen["before"]
    assert window.start.table.rowCount() == 1
    assert "Coaching" in window.start.table.item(0, 1).text()
    assert "Imported" in window.statusBar().currentMessage()


def test_damaged_archive_gives_a_clear_message_and_adds_nothing(
    qtbot, window, store, monkeypatch, tmp_path
):
    bad = tmp_path / "broken.tliwb"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    monkeypatch.setattr(window.dialogs, "open_file", lambda *a, **k: bad)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window.dialogs, "error", lambda t, m, d="": errors.append((t, m)))
    window.import_archive()
    qtbot.waitUntil(runner().is_idle, timeout=60_000)
    assert errors and errors[0][0] == "Could not import the archive"
    assert "Nothing was added to your workbooks." in errors[0][1]
    assert store.list_workbooks() == []


def test_archive_export_from_the_window(qtbot, window, store, monkeypatch, tmp_path):
    import zipfile

    _sample(window)
    dest = tmp_path / "My workbook"
    monkeypatch.setattr(window.dialogs, "save_file", lambda *a, **k: dest)
    task = window.export_archive()
    assert task is not None and not task.done  # runs on the task runner
    qtbot.waitUntil(runner().is_idle, timeout=120_000)
    out = dest.with_suffix(".tliwb")
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None and "workbook.json" in zf.namelist()
    assert "Saved archive" in window.statusBar().currentMessage()

    # A destination that cannot be written: one clear message, nothing half-written.
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window.dialogs, "error", lambda t, m, d="": errors.append((t, m)))
    blocked = tmp_path / "a-file" / "archive.tliwb"
    (tmp_path / "a-file").write_text("x")
    monkeypatch.setattr(window.dialogs, "save_file", lambda *a, **k: blocked)
    window.export_archive()
    qtbot.waitUntil(runner().is_idle, timeout=60_000)
    assert errors and errors[0][0] == "Could not export"
    assert "Choose another folder" in errors[0][1]
