"""Print preview of the Circle Map page: Qt's preview dialog (its page setup gives paper,
orientation and margins) plus a paper-size choice and an optional title line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar

from tli_workbook.circlemap.export import qt_page_layout

if TYPE_CHECKING:
    from tli_workbook.ui.circlemap.editor import CircleMapPage


def run_print_preview(page: CircleMapPage) -> int:
    """Show the preview (through page._exec_dialog) and remember the chosen page setup."""
    printer = page.make_printer()
    dialog = QPrintPreviewDialog(printer, page)
    dialog.setWindowTitle(QCoreApplication.translate("CircleMapPrint", "Print circle map"))
    preview = dialog.findChild(QPrintPreviewWidget)
    bar = dialog.findChild(QToolBar)
    title_edit = QLineEdit(page.print_title)
    title_edit.setPlaceholderText(
        QCoreApplication.translate("CircleMapPrint", "Title line (optional)")
    )
    title_edit.setAccessibleName(QCoreApplication.translate("CircleMapPrint", "Title line"))
    title_edit.setMinimumWidth(220)
    paper = QComboBox()
    paper.addItems([QCoreApplication.translate("CircleMapPrint", "Letter"), "A4"])
    paper.setCurrentIndex(0 if page.print_page == "letter" else 1)
    paper.setAccessibleName(QCoreApplication.translate("CircleMapPrint", "Paper size"))

    def refresh() -> None:
        if preview is not None:
            preview.updatePreview()

    def paper_changed(i: int) -> None:
        layout = printer.pageLayout()
        landscape = layout.orientation() == layout.Orientation.Landscape
        printer.setPageLayout(qt_page_layout("letter" if i == 0 else "a4", landscape))
        refresh()

    if bar is not None:
        bar.addSeparator()
        bar.addWidget(paper)
        bar.addWidget(QLabel(QCoreApplication.translate("CircleMapPrint", " Title: ")))
        bar.addWidget(title_edit)
    title_edit.textChanged.connect(lambda _t: refresh())
    paper.currentIndexChanged.connect(paper_changed)
    dialog.paintRequested.connect(lambda p: page.print_to(p, title_edit.text()))
    result = page._exec_dialog(dialog)
    page.print_title = title_edit.text()
    layout = printer.pageLayout()
    page.print_landscape = layout.orientation() == layout.Orientation.Landscape
    page.print_page = "a4" if "A4" in layout.pageSize().name() else "letter"
    return result
