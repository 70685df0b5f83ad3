"""Saving and printing the blank participant feedback form.

Printing lays the same neutral document the "Save as PDF" action writes out through the Qt
writer (packet.writer_qt): vector text on the printer's own paper size, pages cut only between
boxes. The main window's File menu can call these directly ("Save blank feedback form…",
"Print blank feedback form…").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from tli_workbook.atomic_write import atomic_path
from tli_workbook.definitions.model import Credential, Part
from tli_workbook.packet.errors import ExportError
from tli_workbook.packet.feedback_form import build_feedback_form, write_feedback_form
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.preferences import page_key, start_printer_paper

log = logging.getLogger(__name__)
FILTERS = {
    "docx": str(QT_TRANSLATE_NOOP("FeedbackPrint", "Word documents (*.docx)")),
    "pdf": str(QT_TRANSLATE_NOOP("FeedbackPrint", "PDF documents (*.pdf)")),
}


def suggested_name(part: Part, fmt: str) -> str:
    return f"{part.upload_name or 'Feedback'}_blank_form.{fmt}"


def save_blank_form(
    credential: Credential, part: Part, dialogs: Dialogs, fmt: str, page: str | None = None
) -> Path | None:
    """Ask where to save, then write the blank form as .docx or .pdf (on the Preferences
    paper unless page is given). Returns the path."""
    page = page or page_key()
    dest = dialogs.save_file(
        QCoreApplication.translate("FeedbackPrint", "Save blank feedback form"),
        suggested_name(part, fmt),
        QCoreApplication.translate("FeedbackPrint", FILTERS[fmt])
        + ";;"
        + QCoreApplication.translate("FeedbackPrint", "All files (*)"),
    )
    if dest is None:
        return None
    if dest.suffix.lower() != f".{fmt}":
        dest = dest.with_name(dest.name + f".{fmt}")
    try:
        write_atomic(credential, part, dest, fmt, page)
    except ExportError as exc:
        dialogs.error(
            QCoreApplication.translate("FeedbackPrint", "Could not save the form"), str(exc)
        )
        return None
    except OSError as exc:
        dialogs.error(
            QCoreApplication.translate("FeedbackPrint", "Could not save the form"),
            QCoreApplication.translate(
                "FeedbackPrint", "{path} could not be written: {reason}. Choose another folder."
            ).format(path=dest, reason=exc.strerror or exc),
        )
        return None
    return dest


def write_atomic(credential: Credential, part: Part, dest: Path, fmt: str, page: str) -> None:
    """Write beside dest and rename, so an existing file is replaced whole or not at all."""
    with atomic_path(dest) as tmp:
        write_feedback_form(credential, part, tmp, fmt, page)


def paint_form(printer: QPrinter, credential: Credential, part: Part) -> int:
    """Lay the blank form out on the printer's paper and print it; returns the page count."""
    from tli_workbook.packet.writer_qt import print_document

    return print_document(build_feedback_form(credential, part), printer)


def run_preview(
    printer: QPrinter, paint: Callable[[QPrinter], None], parent: QWidget | None
) -> bool:
    """Show the print preview (a seam: tests replace it to print to a PDF file instead)."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("FeedbackPrint", "Print blank feedback form"))
    dialog.paintRequested.connect(paint)
    return bool(dialog.exec())


def print_blank_form(
    credential: Credential, part: Part, dialogs: Dialogs, parent: QWidget | None = None
) -> bool:
    """Preview and print the blank form. False if it could not be prepared or was cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("FeedbackPrint", "Participant feedback form"))
    # The Preferences paper, or what the teacher picks in the dialog.
    start_printer_paper(printer)
    try:
        build_feedback_form(credential, part)
        from tli_workbook.packet.fonts import font_paths

        font_paths()
    except (ExportError, OSError, ValueError) as exc:
        dialogs.error(
            QCoreApplication.translate("FeedbackPrint", "Could not prepare the form for printing"),
            str(exc),
        )
        return False

    def paint(p: QPrinter) -> None:
        try:
            paint_form(p, credential, part)
        except Exception:  # a failed paint must not take the preview dialog down
            log.exception("printing the blank form failed")

    return run_preview(printer, paint, parent)
