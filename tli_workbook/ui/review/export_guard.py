"""Before a packet is exported: list what is unfinished and what could identify someone, and
ask whether to go on. The checks are the same as the Review pages'."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.artifacts.ocr import PictureReader
from tli_workbook.definitions.model import Credential
from tli_workbook.review.privacy_scan import ScanFinding, open_findings
from tli_workbook.review.readiness import Item, readiness, todo_items
from tli_workbook.store import Store
from tli_workbook.store.snapshot import Snapshot
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.review.common import session_ignored, stored_file

MAX_LISTED = 8  # per list; a message box longer than the screen helps nobody


def export_message(findings: Sequence[ScanFinding], not_ready_items: Sequence[Item]) -> str:
    """The text of the question (empty when there is nothing to ask about)."""
    parts: list[str] = []
    if not_ready_items:
        n = len(not_ready_items)
        lines = [QCoreApplication.translate("ExportGuard", "%n requirement(s) not met yet:", "", n)]
        for item in not_ready_items[:MAX_LISTED]:
            detail = f" ({item.detail})" if item.detail else ""
            lines.append(f"  • {item.label}{detail}")
        if n > MAX_LISTED:
            more = n - MAX_LISTED
            lines.append(
                QCoreApplication.translate(
                    "ExportGuard", "  • …and %n more (see Review › Readiness)", "", more
                )
            )
        parts.append("\n".join(lines))
    if findings:
        n = len(findings)
        lines = [
            QCoreApplication.translate(
                "ExportGuard", "%n detail(s) could identify you or your students:", "", n
            )
        ]
        for f in findings[:MAX_LISTED]:
            lines.append(
                QCoreApplication.translate(
                    "ExportGuard", "  • {what}: “{found}” in {where}"
                ).format(what=f.label, found=f.text, where=f.where)
            )
        if n > MAX_LISTED:
            more = n - MAX_LISTED
            lines.append(
                QCoreApplication.translate(
                    "ExportGuard", "  • …and %n more (see Review › Privacy)", "", more
                )
            )
        parts.append("\n".join(lines))
    if not parts:
        return ""
    return "\n\n".join(parts) + QCoreApplication.translate(
        "ExportGuard", "\n\nExport the packet anyway?"
    )


def confirm_export(
    parent_dialogs: Dialogs,
    findings: Sequence[ScanFinding],
    not_ready_items: Sequence[Item],
) -> bool:
    """True to go on: nothing to report, or the teacher chose to export anyway."""
    text = export_message(findings, not_ready_items)
    if not text:
        return True
    return parent_dialogs.confirm(
        QCoreApplication.translate("ExportGuard", "Before you export"),
        text,
        QCoreApplication.translate("ExportGuard", "Export anyway"),
    )


def guard_export(
    dialogs: Dialogs,
    store: Store,
    workbook_id: int,
    credential: Credential,
    snapshot: Snapshot,
) -> bool:
    """Check a workbook snapshot and ask (findings ignored this session do not count)."""
    files = stored_file(store)
    statuses = readiness(credential, snapshot, lambda sha: files(sha) is not None)
    ignored = session_ignored(store, workbook_id)
    # Pictures count from what was already read (the Privacy page reads them off this thread).
    pictures = PictureReader(store.data_dir, run=False)
    findings = open_findings(snapshot, credential, files, ignored=ignored, pictures=pictures)
    return confirm_export(dialogs, findings, todo_items(statuses))


def export_guard_service(window: Any, snapshot: Snapshot) -> bool:
    """The shape MainWindow.services["export_guard"] is called with: (window, snapshot)."""
    view = window.view
    return guard_export(window.dialogs, window.store, view.workbook_id, view.credential, snapshot)
