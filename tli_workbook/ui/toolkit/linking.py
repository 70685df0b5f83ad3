"""The three links from a tool copy to the credential, each one button that says what it does,
each an undo command (Edit > Undo, or "Undo" in the message it leaves)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Credential
from tli_workbook.store import StoreError
from tli_workbook.toolkit import links
from tli_workbook.ui.tasks import Task, runner
from tli_workbook.ui.toolkit.commands import (
    AddEvidenceCommand,
    FillPlanCommand,
    SendNeedsCommand,
)

if TYPE_CHECKING:
    from tli_workbook.ui.toolkit.nav import Toolkit

log = logging.getLogger(__name__)


def needs_label(cred: Credential) -> str:
    part = links.needs_part(cred)
    if part is None:
        return ""
    ring = part.rings.get("needs")
    return QCoreApplication.translate(
        "ToolkitLinks", "Send ranked issues to the Circle Map as {0}"
    ).format((ring.label if ring else QCoreApplication.translate("ToolkitLinks", "needs")).lower())


def plan_label(cred: Credential) -> str:
    target = links.plan_target(cred)
    if target is None:
        return ""
    return QCoreApplication.translate(
        "ToolkitLinks", "Copy the goal and objectives into {0}"
    ).format(target.where)


def evidence_label(cred: Credential) -> str:
    part = links.evidence_part(cred)
    if part is None:
        return ""
    return QCoreApplication.translate(
        "ToolkitLinks", "Add this filled tool to {0} as evidence (with its PDF)"
    ).format(part.title.split(":")[0])


def run_link(kit: Toolkit, copy_id: str, link: str) -> object:
    kit.view.flush()
    if link == links.NEEDS:
        return send_needs(kit, copy_id)
    if link == links.PLAN:
        return fill_plan(kit, copy_id)
    if link == links.EVIDENCE:
        return add_evidence(kit, copy_id)
    return None


def _tool_and_answers(kit: Toolkit, copy_id: str):  # type: ignore[no-untyped-def]
    c = kit.copy(copy_id)
    return c, kit.tools.get(c["tool"]), kit.store.tool_copy_answers(kit.workbook_id, copy_id)


def send_needs(kit: Toolkit, copy_id: str) -> bool:
    _c, tool, answers = _tool_and_answers(kit, copy_id)
    part = links.needs_part(kit.view.credential)
    if part is None:
        return False
    issues = links.ranked_issues(tool, answers)
    existing = [e.get("text", "") for e in kit.store.map_entries(kit.workbook_id)]
    texts = links.new_needs(issues, existing)
    if not texts:
        kit.notify(
            QCoreApplication.translate(
                "ToolkitLinks", "There are no issues to send: list and rank them first."
            )
            if not issues
            else QCoreApplication.translate(
                "ToolkitLinks", "Every issue listed is already on the Circle Map."
            )
        )
        return False
    cmd = SendNeedsCommand(kit, part.id, texts)
    count = len(texts)
    message = QCoreApplication.translate(
        "ToolkitLinks",
        "Added %n need(s) to the Circle Map, best ranked first: {needs}.",
        "",
        count,
    )
    return kit.push(cmd, message.format(needs="; ".join(texts)))


def fill_plan(kit: Toolkit, copy_id: str) -> bool:
    _c, tool, answers = _tool_and_answers(kit, copy_id)
    target = links.plan_target(kit.view.credential)
    if target is None:
        return False
    goal, objectives = links.goal_and_objectives(tool, answers)
    if not goal and not objectives:
        kit.notify(
            QCoreApplication.translate(
                "ToolkitLinks", "This copy has no goal or objectives yet: fill them in first."
            )
        )
        return False
    current = kit.store.answers(kit.workbook_id)
    after: dict[str, object] = {}
    if goal:
        after[target.goal_key] = goal
    if objectives:
        after[target.objectives_key] = links.objectives_value(
            target.objectives, objectives, current.get(target.objectives_key)
        )
    cmd = FillPlanCommand(kit, target, after)
    count = len(objectives)
    return kit.push(
        cmd,
        QCoreApplication.translate(
            "ToolkitLinks",
            "Copied the goal and %n objective(s) into {where}. Edit them there freely.",
            "",
            count,
        ).format(where=target.where),
    )


def add_evidence(kit: Toolkit, copy_id: str) -> Task[str] | None:
    """Write the copy's PDF (on the task runner), store it, then add the artifact."""
    from tli_workbook.packet.tool_copy import write_tool_copy

    c, tool, _answers = _tool_and_answers(kit, copy_id)
    part = links.evidence_part(kit.view.credential)
    if part is None:
        return None
    store = kit.store
    snap = store.snapshot(kit.workbook_id)
    title = str(c["title"])
    stem = "".join(ch if ch.isalnum() else "_" for ch in title).strip("_") or "Tool"

    def file_path(sha: str) -> Path | None:
        p = store.file_path(sha)
        return p if p.exists() else None

    def work(_task: Task[str]) -> str:
        with tempfile.TemporaryDirectory(prefix="tli-evidence-") as tmp:
            pdf = Path(tmp) / f"{stem}.pdf"
            write_tool_copy(snap, copy_id, file_path, pdf, "pdf", Path(tmp), tools=kit.tools)
            return store.add_file(pdf, "application/pdf")

    def done(sha: str) -> None:
        record = {
            "title": title,
            "filename": f"{stem}.pdf",
            "file": sha,
            "description": links.evidence_description(tool, title),
        }
        kit.push(
            AddEvidenceCommand(kit, part.id, record),
            QCoreApplication.translate(
                "ToolkitLinks", "Added “{0}” to {1} with its PDF. Shorten its annotation there."
            ).format(title, part.title.split(":")[0]),
        )

    return runner().run(
        work,
        done,
        label=QCoreApplication.translate("ToolkitLinks", "making the PDF of {0}").format(title),
        owner=kit.view,
        dialogs=kit.view.dialogs,
        failure_title=QCoreApplication.translate(
            "ToolkitLinks", "Could not add the tool as evidence"
        ),
        failure_hint=QCoreApplication.translate(
            "ToolkitLinks", "Nothing was added. Free some disk space and try again."
        ),
        expected=(StoreError, OSError),
    )
