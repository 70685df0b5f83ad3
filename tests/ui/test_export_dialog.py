"""The export dialog keeps the teacher's choices: a missing folder is offered to be created
(the dialog stays open otherwise), folder, formats and upload kit are remembered across
sessions, and success ends with "Open folder" and "Show the PDF"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMessageBox

from tli_workbook.ui import settings
from tli_workbook.ui.export_dialog import ExportChoice, ExportDialog, ExportDoneDialog


def _answer_box(button_text: str, seen: list[str]) -> None:
    """Click a button of the message box the dialog opens (it runs its own event loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(5, click)
            return
        seen.append(box.text())
        for b in box.buttons():
            if b.text().replace("&", "") == button_text:
                b.click()
                return
        raise AssertionError(f"no {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


def _tick(qtbot, box: QCheckBox) -> None:
    """Click the box itself (the widget is as wide as the form; its middle may be empty)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def _dialog(qtbot, catalog, folder: Path) -> ExportDialog:
    dlg = ExportDialog(catalog.get("purposeful-collaboration"), folder)
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    return dlg


def test_missing_folder_is_offered_and_created(qtbot, catalog, data_dir, tmp_path):
    dlg = _dialog(qtbot, catalog, tmp_path)
    target = tmp_path / "packets" / "spring"
    dlg.folder.clear()
    qtbot.keyClicks(dlg.folder, str(target))
    seen: list[str] = []
    _answer_box("Create folder", seen)
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in seen[0]
    assert target.is_dir()
    assert dlg.result() == ExportDialog.DialogCode.Accepted
    assert dlg.choice().folder == target


def test_declining_keeps_the_dialog_and_the_choices(qtbot, catalog, data_dir, tmp_path):
    dlg = _dialog(qtbot, catalog, tmp_path)
    target = tmp_path / "not-yet"
    dlg.folder.clear()
    qtbot.keyClicks(dlg.folder, str(target))
    _tick(qtbot, dlg.kit)
    seen: list[str] = []
    _answer_box("Cancel", seen)
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert seen and not target.exists()
    assert dlg.isVisible()  # still open, nothing lost
    assert dlg.folder.text() == str(target) and dlg.kit.isChecked()


def test_a_file_in_place_of_the_folder_keeps_the_dialog_open(qtbot, catalog, data_dir, tmp_path):
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    dlg = _dialog(qtbot, catalog, tmp_path)
    dlg.folder.setText(str(blocker))
    seen: list[str] = []
    _answer_box("OK", seen)
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert "is a file, not a folder" in seen[0]
    assert dlg.isVisible() and blocker.read_text() == "x"


def test_choices_are_remembered_across_sessions(qtbot, catalog, data_dir, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, tmp_path)
    dlg.folder.setText(str(out))
    _tick(qtbot, dlg.docx)  # off
    _tick(qtbot, dlg.kit)  # on
    dlg.page.setCurrentIndex(dlg.page.findData("a4"))
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == ExportDialog.DialogCode.Accepted
    # On disk in the data folder, not only in memory.
    text = settings.settings_file().read_text()
    assert str(out) in text and settings.settings_file().parent == data_dir
    again = _dialog(qtbot, catalog, tmp_path / "default")
    assert again.folder.text() == str(out)
    assert not again.docx.isChecked() and again.pdf.isChecked() and again.kit.isChecked()
    assert again.page.currentData() == "a4"


def _choice(folder: Path, **kw: object) -> ExportChoice:
    base: dict[str, object] = dict(
        folder=folder,
        stem="Packet",
        docx=True,
        pdf=True,
        upload_kit=True,
        page="letter",
        include_rubric=False,
        author_name=None,
    )
    base.update(kw)
    return ExportChoice(**base)  # type: ignore[arg-type]


def test_done_dialog_opens_the_folder_and_the_pdf(qtbot, monkeypatch, tmp_path):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    c = _choice(tmp_path)
    kit = tmp_path / "Packet_upload_kit"
    paths = [str(tmp_path / "Packet.docx"), str(tmp_path / "Packet.pdf")]
    paths += [str(kit / f"{n}.pdf") for n in ("Part1", "Artifact1", "Part3")]
    done = ExportDoneDialog(c, paths)
    qtbot.addWidget(done)
    done.open()
    text = " ".join(lbl.text() for lbl in done.findChildren(QLabel))
    assert "Word document: Packet.docx" in text and "PDF: Packet.pdf" in text
    assert "Upload kit: 3 files" in text
    assert done.show_pdf is not None and done.show_pdf.text() == "Show the PDF"
    qtbot.mouseClick(done.show_pdf, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "Packet.pdf"))]
    done2 = ExportDoneDialog(_choice(tmp_path, pdf=False), paths[:1])
    qtbot.addWidget(done2)
    done2.open()
    assert done2.show_pdf is None  # no PDF written, no button for it
    qtbot.mouseClick(done2.open_folder, Qt.MouseButton.LeftButton)
    assert opened[-1] == QUrl.fromLocalFile(str(tmp_path))
