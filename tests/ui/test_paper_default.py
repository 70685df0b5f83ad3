"""The Preferences paper is where every export and print starts: the export dialog (until
the teacher picks another paper there; a new default in Preferences wins again), the printed
Circle Map, fishbone, blank feedback form and tool copies."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from tli_workbook.ui.export_dialog import ExportDialog
from tli_workbook.ui.feedback import printing as feedback_printing
from tli_workbook.ui.preferences import PreferencesDialog
from tli_workbook.ui.toolkit import printing as tool_printing

A4, LETTER = QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter


def set_paper(qtbot, window, store, paper: str) -> None:  # type: ignore[no-untyped-def]
    """Choose the paper in the real Preferences dialog and press OK."""
    dialog = PreferencesDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.paper.setCurrentIndex(dialog.paper.findData(paper))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    dialog.save()  # as the Edit menu does after OK


def open_export(qtbot, catalog, folder: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    dlg = ExportDialog(catalog.get("purposeful-collaboration"), folder)
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    return dlg


def test_export_dialog_starts_on_the_preferences_paper(qtbot, window, store, catalog, tmp_path):
    assert open_export(qtbot, catalog, tmp_path).page.currentData() == "letter"
    set_paper(qtbot, window, store, "A4")
    dlg = open_export(qtbot, catalog, tmp_path)
    assert dlg.page.currentData() == "a4" and dlg.choice().page == "a4"
    # The teacher picks Letter for an export: the next export remembers it...
    dlg.page.setCurrentIndex(dlg.page.findData("letter"))
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == ExportDialog.DialogCode.Accepted
    assert open_export(qtbot, catalog, tmp_path).page.currentData() == "letter"
    # ...until a new default is chosen in Preferences, even the same one as before.
    set_paper(qtbot, window, store, "Letter")
    set_paper(qtbot, window, store, "A4")
    assert open_export(qtbot, catalog, tmp_path).page.currentData() == "a4"


def test_printing_starts_on_the_preferences_paper(qtbot, window, store, monkeypatch):
    """Qt's own printer default here is A4: Letter, the Preferences default, must win; then
    A4 once chosen in Preferences."""
    assert QPrinter(QPrinter.PrinterMode.HighResolution).pageLayout().pageSize().id() == A4
    window.open_sample()
    view = window.view
    seen: dict[str, QPageSize.PageSizeId] = {}

    def capture(name: str):  # type: ignore[no-untyped-def]
        def preview(printer: QPrinter, paint, parent) -> bool:  # type: ignore[no-untyped-def]
            seen[name] = printer.pageLayout().pageSize().id()
            return False  # the teacher closes the preview

        return preview

    monkeypatch.setattr(feedback_printing, "run_preview", capture("feedback"))
    monkeypatch.setattr(tool_printing, "run_preview", capture("tool"))
    feedback = view.show_part("artifact5")
    qtbot.mouseClick(feedback.print_btn, Qt.MouseButton.LeftButton)
    tool_printing.print_copy(view.toolkit, view.toolkit.copies[0]["id"], window)
    assert seen == {"feedback": LETTER, "tool": LETTER}
    set_paper(qtbot, window, store, "A4")
    qtbot.mouseClick(feedback.print_btn, Qt.MouseButton.LeftButton)
    tool_printing.print_copy(view.toolkit, view.toolkit.copies[0]["id"], window)
    assert seen == {"feedback": A4, "tool": A4}
    assert view.show_part("artifact1").print_page == "a4"  # the Circle Map's print preview
