"""The readiness and privacy report: plain text for `tli-workbook check`, and a one-page PDF
the teacher can print (laid out by review.report_pdf as a document for the packet's PDF
writer; that module does not import this one at run time). No Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook.definitions.model import Credential
from tli_workbook.review.privacy_scan import PictureRead, ScanFinding, open_findings
from tli_workbook.review.readiness import PartStatus, is_ready, readiness, todo_items

if TYPE_CHECKING:
    from tli_workbook.store.snapshot import Snapshot

FilePath = Callable[[str], Path | None]

_STATES = {
    "complete": str(QT_TRANSLATE_NOOP("Report", "complete")),
    "started": str(QT_TRANSLATE_NOOP("Report", "in progress")),
    "empty": str(QT_TRANSLATE_NOOP("Report", "not started")),
}


@dataclass(frozen=True)
class Review:
    """Everything the report shows, computed once."""

    title: str
    credential: Credential
    statuses: list[PartStatus]
    findings: list[ScanFinding]
    made_at: datetime

    @property
    def todo(self) -> int:
        return len(todo_items(self.statuses))

    @property
    def ready(self) -> bool:
        return is_ready(self.statuses)

    @property
    def ok(self) -> bool:
        return self.ready and not self.findings

    def summary(self) -> str:
        """'Ready to submit' or '3 things to finish · 2 privacy findings to review'."""
        bits = []
        if not self.ready:
            bits.append(things_to_finish(self.todo))
        if self.findings:
            n = len(self.findings)
            bits.append(
                QCoreApplication.translate("Report", "%n privacy finding(s) to review", "", n)
            )
        return " · ".join(bits) if bits else QCoreApplication.translate("Report", "Ready to submit")

    def todo_text(self) -> str:
        return things_to_finish(self.todo)


def things_to_finish(n: int) -> str:
    if n == 0:
        return QCoreApplication.translate("Report", "Ready to submit")
    return QCoreApplication.translate("Report", "%n thing(s) to finish", "", n)


def review_workbook(
    snap: Snapshot,
    cred: Credential,
    file_path: FilePath | None,
    fine_keys: Iterable[str] | None = None,
    ignored: Iterable[str] = (),
    pictures: PictureRead | None = None,
) -> Review:
    def exists(sha: str) -> bool:
        return file_path is not None and file_path(sha) is not None

    return Review(
        title=str(snap.get("workbook", {}).get("title", "")),
        credential=cred,
        statuses=readiness(cred, snap, exists if file_path is not None else None),
        findings=open_findings(snap, cred, file_path, fine_keys, ignored, pictures),
        made_at=datetime.now(),
    )


def format_text(review: Review) -> str:
    """Every readiness item and every open finding, one per line, for a terminal."""
    lines = [f"{review.title} ({review.credential.title})", ""]
    lines.append(
        QCoreApplication.translate("Report", "Readiness: {summary}").format(
            summary=things_to_finish(review.todo)
        )
    )
    for st in review.statuses:
        state = QCoreApplication.translate("Report", _STATES[st.state])
        lines.append(f"  {st.part.title}: {state} ({st.done}/{len(st.items)})")
        for item in st.items:
            mark = "note" if item.warning else "ok  " if item.ok else "TODO"  # notr: fixed tags
            shown = item.detail and (item.warning or not item.ok)
            detail = f" - {item.detail}" if shown else ""
            lines.append(f"    [{mark}] {item.label}{detail}")
    lines.append("")
    n = len(review.findings)
    lines.append(
        QCoreApplication.translate("Report", "Privacy: %n finding(s) to review", "", n)
        if n
        else QCoreApplication.translate("Report", "Privacy: ok")
    )
    for f in review.findings:
        lines.append("  " + _finding_line(f))
        if f.context and f.context != f.text:
            lines.append(f"      {f.context}")
    lines.append("")
    lines.append(
        QCoreApplication.translate("Report", "Result: READY")
        if review.ok
        else QCoreApplication.translate("Report", "Result: NOT READY ({summary})").format(
            summary=review.summary()
        )
    )
    return "\n".join(lines)


def _finding_line(f: ScanFinding) -> str:
    times = f.count
    if times > 1:
        text = QCoreApplication.translate(
            "Report", "[{label}] {text} (%n times) in {where}", "", times
        )
    else:
        text = QCoreApplication.translate("Report", "[{label}] {text} in {where}")
    return text.format(label=f.label, text=repr(f.text), where=f.where)


def format_problems(review: Review) -> str:
    """What `check` would flag, without the items that are done: every unfinished item, every
    note (a guide outside its range, evidence that travels only as a file) and every open
    privacy finding, for `export` to print on stderr before it writes."""
    lines: list[str] = []
    for st in review.statuses:
        shown = [i for i in st.items if not i.ok or i.warning]
        if not shown:
            continue
        lines.append(f"  {st.part.title}:")
        for item in shown:
            mark = "note" if item.ok else "TODO"  # notr: fixed tags
            detail = f" - {item.detail}" if item.detail else ""
            lines.append(f"    [{mark}] {item.label}{detail}")
    for f in review.findings:
        lines.append(
            "  "
            + QCoreApplication.translate("Report", "Privacy {finding}").format(
                finding=_finding_line(f)
            )
        )
    return "\n".join(lines)


def check_report(
    snapshot: Snapshot,
    credential: Credential,
    file_path: FilePath | None,
    pictures: PictureRead | None = None,
) -> tuple[str, bool]:
    """The text `tli-workbook check` prints, and whether everything is ready with no open
    finding (findings the teacher marked as fine in the workbook do not count). With
    `pictures`, the text in pictures is read and scanned too."""
    review = review_workbook(snapshot, credential, file_path, pictures=pictures)
    return format_text(review), review.ok


def write_report(
    snapshot: Snapshot,
    credential: Credential,
    file_path: FilePath | None,
    out: Path,
    ignored: Iterable[str] = (),
    page: str = "letter",
) -> Review:
    """Write the one-page PDF report to `out`; return what it shows."""
    from tli_workbook.review.report_pdf import write_pdf

    review = review_workbook(snapshot, credential, file_path, ignored=ignored)
    write_pdf(review, out, page)
    return review
