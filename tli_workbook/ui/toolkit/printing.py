"""Saving and printing tool copies (filled) and tools (blank), through the packet's document
model: the same layout for PDF, Word and the printer."""

from __future__ import annotations

import importlib
import logging
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from tli_workbook.atomic_write import atomic_path
from tli_workbook.definitions.tools import Tool
from tli_workbook.packet.errors import ExportError
from tli_workbook.store import StoreError
from tli_workbook.ui.preferences import page_key, start_printer_paper
from tli_workbook.ui.tasks import Task, runner

if TYPE_CHECKING:
    from tli_workbook.ui.toolkit.nav import Toolkit

log = logging.getLogger(__name__)
FILTERS = {
    "docx": str(QT_TRANSLATE_NOOP("ToolkitPrinting", "Word documents (*.docx)")),
    "pdf": str(QT_TRANSLATE_NOOP("ToolkitPrinting", "PDF documents (*.pdf)")),
}


def _filter(fmt: str) -> str:
    return QCoreApplication.translate("ToolkitPrinting", FILTERS[fmt])


def _all_files() -> str:
    return QCoreApplication.translate("ToolkitPrinting", "All files (*)")


_BLANK_MODULE = "tli_workbook.packet.tool_form"


def file_stem(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", title).strip("_") or "Tool"


def _ask_dest(kit: Toolkit, title: str, stem: str, fmt: str) -> Path | None:
    dest = kit.view.dialogs.save_file(title, f"{stem}.{fmt}", f"{_filter(fmt)};;{_all_files()}")
    if dest is not None and dest.suffix.lower() != f".{fmt}":
        dest = dest.with_name(dest.name + f".{fmt}")
    return dest


def write_copy_file(kit: Toolkit, copy_id: str, dest: Path, fmt: str) -> Task[Path]:
    """Write the filled copy to dest on the task runner (a snapshot taken now, on the GUI
    thread, so what is written is what is on screen)."""
    from tli_workbook.packet.tool_copy import write_tool_copy

    kit.view.flush()
    store = kit.store
    snap = store.snapshot(kit.workbook_id)
    page = page_key()  # read here: settings belong to the GUI thread

    def file_path(sha: str) -> Path | None:
        p = store.file_path(sha)
        return p if p.exists() else None

    def work(_task: Task[Path]) -> Path:
        with tempfile.TemporaryDirectory(prefix="tli-tool-") as tmp, atomic_path(dest) as out:
            write_tool_copy(snap, copy_id, file_path, out, fmt, Path(tmp), page, kit.tools)
        return dest

    return runner().run(
        work,
        lambda p: kit.notify(QCoreApplication.translate("Toolkit", "Saved {0}").format(p)),
        label=QCoreApplication.translate("Toolkit", "writing {0}").format(dest.name),
        owner=kit.view,
        dialogs=kit.view.dialogs,
        failure_title=QCoreApplication.translate("Toolkit", "Could not save the tool"),
        failure_hint=QCoreApplication.translate(
            "Toolkit", "{0} was not written. Choose another folder and save again."
        ).format(dest),
        expected=(ExportError, OSError, StoreError),
    )


def save_copy(kit: Toolkit, copy_id: str, fmt: str) -> Task[Path] | None:
    title = kit.copy(copy_id)["title"]
    dest = _ask_dest(
        kit, QCoreApplication.translate("Toolkit", "Save the filled tool"), file_stem(title), fmt
    )
    return None if dest is None else write_copy_file(kit, copy_id, dest, fmt)


def run_preview(printer: QPrinter, paint: Any, parent: QWidget | None) -> bool:
    """The print preview (a seam: tests replace it to print to a PDF file)."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(paint)
    return bool(dialog.exec())


def print_copy(kit: Toolkit, copy_id: str, parent: QWidget | None = None) -> bool:
    from tli_workbook.packet.tool_copy import build_tool_copy_document
    from tli_workbook.packet.writer_qt import print_document

    kit.view.flush()
    store = kit.store
    snap = store.snapshot(kit.workbook_id)
    work = Path(tempfile.mkdtemp(prefix="tli-tool-print-"))

    def file_path(sha: str) -> Path | None:
        p = store.file_path(sha)
        return p if p.exists() else None

    try:
        doc, _warnings = build_tool_copy_document(snap, copy_id, file_path, work, kit.tools)
    except (ExportError, OSError, KeyError) as exc:
        kit.view.dialogs.error(
            QCoreApplication.translate("Toolkit", "Could not prepare the tool for printing"),
            str(exc),
        )
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    start_printer_paper(printer)
    printer.setDocName(doc.title)

    def paint(p: QPrinter) -> None:
        try:
            print_document(doc, p)
        except Exception:  # a failed paint must not take the preview dialog down
            log.exception("printing the tool copy failed")

    return run_preview(printer, paint, parent)


def blank_form_available() -> bool:
    try:
        importlib.import_module(_BLANK_MODULE)
    except ImportError:
        return False
    return True


def write_blank(tool: Tool, dest: Path, fmt: str) -> None:
    module: Any = importlib.import_module(_BLANK_MODULE)
    with atomic_path(dest) as out:
        module.write_blank_tool_form(tool, out, fmt, page_key())


def save_blank(kit: Toolkit, tool: Tool, fmt: str | None = None) -> Path | None:
    """Save the blank form (PDF unless the teacher names a .docx file)."""
    dest = kit.view.dialogs.save_file(
        QCoreApplication.translate("Toolkit", "Save the blank form to print"),
        f"{file_stem(tool.short_title)}_blank.{fmt or 'pdf'}",
        f"{_filter('pdf')};;{_filter('docx')};;{_all_files()}",
    )
    if dest is None:
        return None
    fmt = "docx" if dest.suffix.lower() == ".docx" else "pdf"
    if dest.suffix.lower() != f".{fmt}":
        dest = dest.with_name(dest.name + f".{fmt}")
    try:
        write_blank(tool, dest, fmt)
    except (ExportError, OSError, ValueError) as exc:
        kit.view.dialogs.error(
            QCoreApplication.translate("Toolkit", "Could not save the blank form"), str(exc)
        )
        return None
    kit.notify(QCoreApplication.translate("Toolkit", "Saved {0}").format(dest))
    return dest
