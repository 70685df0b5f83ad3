"""Saving and printing the blank participant feedback form.

Printing renders the same PDF the "Save as PDF" action writes (pdftoppm, 200 dpi) onto the
printer's pages, so the paper copy is the PDF, not a third layout. The main window's File menu
can call these directly ("Save blank feedback form…", "Print blank feedback form…").
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from tli_workbook.artifacts.thumbs import PreviewError, render_pdf_pages
from tli_workbook.atomic_write import atomic_path
from tli_workbook.definitions.model import Credential, Part
from tli_workbook.packet.errors import ExportError
from tli_workbook.packet.feedback_form import write_feedback_form
from tli_workbook.ui.dialogs import Dialogs

PRINT_DPI = 200
FILTERS = {"docx": "Word documents (*.docx)", "pdf": "PDF documents (*.pdf)"}


def suggested_name(part: Part, fmt: str) -> str:
    return f"{part.upload_name or 'Feedback'}_blank_form.{fmt}"


def save_blank_form(
    credential: Credential, part: Part, dialogs: Dialogs, fmt: str, page: str = "letter"
) -> Path | None:
    """Ask where to save, then write the blank form as .docx or .pdf. Returns the path."""
    dest = dialogs.save_file(
        "Save blank feedback form", suggested_name(part, fmt), f"{FILTERS[fmt]};;All files (*)"
    )
    if dest is None:
        return None
    if dest.suffix.lower() != f".{fmt}":
        dest = dest.with_name(dest.name + f".{fmt}")
    try:
        write_atomic(credential, part, dest, fmt, page)
    except ExportError as exc:
        dialogs.error("Could not save the form", str(exc))
        return None
    except OSError as exc:
        dialogs.error(
            "Could not save the form",
            f"{dest} could not be written: {exc.strerror or exc}. Choose another folder.",
        )
        return None
    return dest


def write_atomic(credential: Credential, part: Part, dest: Path, fmt: str, page: str) -> None:
    """Write beside dest and rename, so an existing file is replaced whole or not at all."""
    with atomic_path(dest) as tmp:
        write_feedback_form(credential, part, tmp, fmt, page)


def form_page_images(
    credential: Credential, part: Part, page: str = "letter", dpi: int = PRINT_DPI
) -> list[QImage]:
    """The blank form's PDF pages as images. Raises PreviewError or ExportError."""
    with tempfile.TemporaryDirectory(prefix="tli-form-") as tmp:
        pdf = Path(tmp) / "form.pdf"
        write_feedback_form(credential, part, pdf, "pdf", page)
        return [QImage(str(p)) for p in render_pdf_pages(pdf, Path(tmp) / "pages", dpi=dpi)]


def paint_pages(printer: QPrinter, pages: list[QImage]) -> None:
    """Draw each page image over a whole sheet (the PDF already has its margins)."""
    painter = QPainter(printer)
    try:
        for i, img in enumerate(pages):
            if i:
                printer.newPage()
            target = painter.viewport()
            size = img.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = target.x() + (target.width() - size.width()) // 2
            y = target.y() + (target.height() - size.height()) // 2
            painter.drawImage(QRect(x, y, size.width(), size.height()), img)
    finally:
        painter.end()


def run_preview(
    printer: QPrinter, paint: Callable[[QPrinter], None], parent: QWidget | None
) -> bool:
    """Show the print preview (a seam: tests replace it to print to a PDF file instead)."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print blank feedback form")
    dialog.paintRequested.connect(paint)
    return bool(dialog.exec())


def print_blank_form(
    credential: Credential, part: Part, dialogs: Dialogs, parent: QWidget | None = None
) -> bool:
    """Preview and print the blank form. False if it could not be prepared or was cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setDocName("Participant feedback form")
    # Lay the form out for the printer's paper: A4 where that is the default, else Letter.
    a4 = printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    page = "a4" if a4 else "letter"
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if a4 else QPageSize.PageSizeId.Letter))
    try:
        pages = form_page_images(credential, part, page)
    except (PreviewError, ExportError, OSError) as exc:
        dialogs.error("Could not prepare the form for printing", str(exc))
        return False
    return run_preview(printer, lambda p: paint_pages(p, pages), parent)
