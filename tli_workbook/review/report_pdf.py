"""The one-page readiness and privacy report, as a neutral document written by the packet's
PDF writer (same fonts, styles and shaping as the packet; shrunk to one page when a long list
needs it). Imports nothing from review.report at run time, so the two modules form no cycle.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from tli_workbook import __version__
from tli_workbook.packet.document import (
    Cell,
    Document,
    Heading,
    Paragraph,
    Run,
    Section,
    Spacer,
    Table,
    Tone,
)

if TYPE_CHECKING:
    from tli_workbook.review.report import Review

MAX_FINDINGS = 18  # more would not fit on the page; the rest are counted
TITLE = str(QT_TRANSLATE_NOOP("ReadinessReport", "Readiness and privacy check"))
_MARKS: dict[str, tuple[str, Tone]] = {
    "complete": ("\u2713", "ok"),
    "started": ("\u25d0", "warn"),
    "empty": ("\u25cb", "muted"),
}


def _parts_table(review: Review) -> Table:
    rows: list[list[Cell]] = []
    for st in review.statuses:
        glyph, tone = _MARKS[st.state]
        if st.state == "complete":
            n = len(st.items)
            if n == 0:
                met = QCoreApplication.translate("ReadinessReport", "Nothing required")
            elif n == 1:
                met = QCoreApplication.translate("ReadinessReport", "Done")
            else:
                met = QCoreApplication.translate("ReadinessReport", "All %n checks met", "", n)
            status = [Run(met)]
        else:
            total = len(st.items)
            still = QCoreApplication.translate(
                "ReadinessReport", "{done} of %n done. Still to do:", "", total
            )
            status = [Run(still.format(done=st.done))]
            for item in st.todo:
                detail = f" \u2014 {item.detail}" if item.detail else ""
                status += [Run("\n\u2717 ", tone="bad"), Run(f"{item.label}{detail}")]
        rows.append(
            [
                Cell(glyph, runs=[Run(glyph, tone=tone)], align="center"),
                Cell(st.part.title),
                Cell("".join(r.text for r in status), runs=status, small=True),
            ]
        )
    header = [
        "",
        QCoreApplication.translate("ReadinessReport", "Part"),
        QCoreApplication.translate("ReadinessReport", "Status"),
    ]
    return Table(header=header, rows=rows, widths=[0.35, 2.3, 4.1])


def _findings_table(review: Review) -> Table:
    rows = []
    for f in review.findings[:MAX_FINDINGS]:
        found = [Run(f.text, bold=True)]
        if f.count > 1:
            found.append(Run(f" (\u00d7{f.count})", tone="muted"))
        rows.append(
            [
                Cell(f.label, small=True),
                Cell(f.text, runs=found, small=True),
                Cell(f.where, small=True),
                Cell(f.context, small=True),
            ]
        )
    header = [
        QCoreApplication.translate("ReadinessReport", "What"),
        QCoreApplication.translate("ReadinessReport", "Found"),
        QCoreApplication.translate("ReadinessReport", "Where"),
        QCoreApplication.translate("ReadinessReport", "In context"),
    ]
    return Table(header=header, rows=rows, widths=[1.0, 1.3, 1.9, 2.6])


def build_report_document(review: Review) -> Document:
    cred = review.credential
    tone: Tone
    if review.ok:
        verdict = QCoreApplication.translate(
            "ReadinessReport",
            "\u2713 Ready to submit: every requirement is met and nothing identifying was found.",
        )
        tone = "ok"
    else:
        verdict, tone = review.summary(), "warn"
    title = QCoreApplication.translate("ReadinessReport", TITLE)
    made = review.made_at
    locale = QLocale()
    when = QCoreApplication.translate("ReadinessReport", "{date} at {time}").format(
        date=locale.toString(QDate(made.year, made.month, made.day), QLocale.FormatType.LongFormat),
        time=locale.toString(QTime(made.hour, made.minute), QLocale.FormatType.ShortFormat),
    )
    meta = QCoreApplication.translate(
        "ReadinessReport", "{title} \u00b7 {credential} micro-credential \u00b7 checked {when}"
    )
    blocks: list = [
        Heading(title, 1, toc=False),
        Paragraph.of(meta.format(title=review.title, credential=cred.title, when=when), "meta"),
        Paragraph([Run(verdict, bold=True, tone=tone)], "banner"),
        Heading(
            QCoreApplication.translate("ReadinessReport", "Requirements: {summary}").format(
                summary=review.todo_text().lower()
            ),
            2,
            toc=False,
        ),
        _parts_table(review),
    ]
    n = len(review.findings)
    if n:
        blocks += [
            Heading(
                QCoreApplication.translate(
                    "ReadinessReport", "Privacy: %n finding(s) to review", "", n
                ),
                2,
                toc=False,
            ),
            Paragraph.of(cred.anonymity, "note"),
            _findings_table(review),
        ]
        if n > MAX_FINDINGS:
            more = n - MAX_FINDINGS
            blocks.append(
                Paragraph.of(
                    QCoreApplication.translate(
                        "ReadinessReport",
                        "\u2026and %n more: see Review \u203a Privacy in the app.",
                        "",
                        more,
                    ),
                    "note",
                )
            )
    else:
        blocks += [
            Heading(
                QCoreApplication.translate("ReadinessReport", "Privacy: nothing identifying found"),
                2,
                toc=False,
            ),
            Paragraph.of(cred.anonymity, "note"),
        ]
    blocks += [
        Spacer(6),
        Paragraph.of(
            QCoreApplication.translate(
                "ReadinessReport",
                "Check again after every change. Findings you marked as fine are not listed. "
                "Made with TLI Workbook {version}; this page is for you, not for the reviewers.",
            ).format(version=__version__),
            "note",
        ),
    ]
    return Document(
        title=title,
        header_text=f"{cred.title} \u00b7 {title}",
        cover=None,
        toc=False,
        sections=[Section(blocks=blocks)],
        subject=cred.title,
        one_page=True,
        margin_in=0.6,
    )


def write_pdf(review: Review, out: Path, page: str = "letter") -> None:
    """Lay the report out on one page (shrinking the type if a long list needs it)."""
    from tli_workbook.packet.pdf_writer import write_pdf as write_document

    write_document(build_report_document(review), out, page=page)
