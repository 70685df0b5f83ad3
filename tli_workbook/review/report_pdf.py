"""The one-page readiness and privacy report as a PDF (reportlab, DejaVu fonts embedded).

Written directly with reportlab rather than through the packet's document model: the report is
a dense single page (small type, coloured status marks, a shrink-to-fit frame), which the
packet's writer, laid out for long documents with a cover and contents, does not aim at. The
fonts come from the packet's font finder, so both PDFs embed the same files.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tli_workbook import __version__
from tli_workbook.packet import fonts
from tli_workbook.review.report import Review, things_to_finish

GREEN, AMBER, GREY, RED = "#1e6b34", "#b06000", "#5f6368", "#b3261e"
MAX_FINDINGS = 18  # more would not fit on the page; the rest are counted
MARGIN = 0.6 * inch


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.BODY, fontSize=8.5, leading=10.5)
    return {
        "title": ParagraphStyle("title", base, fontName=fonts.BOLD, fontSize=16, leading=20),
        "meta": ParagraphStyle("meta", base, textColor=colors.HexColor(GREY)),
        "banner": ParagraphStyle("banner", base, fontName=fonts.BOLD, fontSize=11, leading=14),
        "h2": ParagraphStyle("h2", base, fontName=fonts.BOLD, fontSize=11, leading=14),
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5),
        "note": ParagraphStyle("note", base, fontSize=7.5, textColor=colors.HexColor(GREY)),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


def _mark(state: str) -> str:
    glyph, colour = {
        "complete": ("✓", GREEN),
        "started": ("◐", AMBER),
        "empty": ("○", GREY),
    }[state]
    return f"<font color='{colour}'>{glyph}</font>"


def _parts_table(review: Review, s: dict[str, ParagraphStyle], width: float) -> Table:
    rows = [[_p("", s["small"]), _p("<b>Part</b>", s["small"]), _p("<b>Status</b>", s["small"])]]
    for st in review.statuses:
        if st.state == "complete":
            n = len(st.items)
            status = {0: "Nothing required", 1: "Done"}.get(n, f"All {n} checks met")
        else:
            lines = [f"{st.done} of {len(st.items)} done. Still to do:"]
            for item in st.todo:
                detail = f" — {escape(item.detail)}" if item.detail else ""
                lines.append(f"<font color='{RED}'>✗</font> {escape(item.label)}{detail}")
            status = "<br/>".join(lines)
        rows.append(
            [
                _p(_mark(st.state), s["body"]),
                _p(escape(st.part.title), s["body"]),
                _p(status, s["small"]),
            ]
        )
    table = Table(
        rows, colWidths=[0.25 * inch, 2.3 * inch, width - 2.55 * inch], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(_grid())
    return table


def _findings_table(review: Review, s: dict[str, ParagraphStyle], width: float) -> Table:
    rows = [
        [_p(f"<b>{h}</b>", s["small"]) for h in ("What", "Found", "Where", "In context")],
    ]
    for f in review.findings[:MAX_FINDINGS]:
        rows.append(
            [
                _p(escape(f.label), s["small"]),
                _p(f"<b>{escape(f.text)}</b>{_times(f.count)}", s["small"]),
                _p(escape(f.where), s["small"]),
                _p(escape(f.context), s["small"]),
            ]
        )
    first = [1.0 * inch, 1.3 * inch, 1.9 * inch]
    table = Table(rows, colWidths=[*first, width - sum(first)], repeatRows=1, hAlign="LEFT")
    table.setStyle(_grid())
    return table


def _times(n: int) -> str:
    return f" <font color='{GREY}'>(×{n})</font>" if n > 1 else ""


def _grid() -> TableStyle:
    return TableStyle(
        [
            # Cells default to Helvetica (never embedded) even when they hold Paragraphs.
            ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#dadce0")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1f3f4")),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )


def _banner(review: Review, s: dict[str, ParagraphStyle], width: float) -> Table:
    if review.ok:
        text = "✓ Ready to submit: every requirement is met and nothing identifying was found."
        colour = GREEN
    else:
        text, colour = review.summary(), AMBER
    box = Table([[_p(escape(text), s["banner"])]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(colour)),
                ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(colour)),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def write_pdf(review: Review, out: Path, page: str = "letter") -> None:
    """Lay the report out on one page (shrinking the type if a long list needs it)."""
    fonts.register_pdf_fonts()
    size = A4 if page.lower() == "a4" else letter
    s = _styles()
    width = size[0] - 2 * MARGIN
    cred = review.credential
    story: list = [
        _p("Readiness and privacy check", s["title"]),
        _p(
            escape(
                f"{review.title} · {cred.title} micro-credential · checked "
                f"{review.made_at.strftime('%B %d, %Y at %H:%M')}"
            ),
            s["meta"],
        ),
        Spacer(1, 8),
        _banner(review, s, width),
        Spacer(1, 10),
        _p(f"Requirements: {things_to_finish(review.todo).lower()}", s["h2"]),
        Spacer(1, 3),
        _parts_table(review, s, width),
        Spacer(1, 10),
    ]
    n = len(review.findings)
    if n:
        story += [
            _p(f"Privacy: {n} finding{'s' if n != 1 else ''} to review", s["h2"]),
            _p(escape(cred.anonymity), s["note"]),
            Spacer(1, 3),
            _findings_table(review, s, width),
        ]
        if n > MAX_FINDINGS:
            more = n - MAX_FINDINGS
            story.append(_p(f"…and {more} more: see Review › Privacy in the app.", s["note"]))
    else:
        story.append(_p("Privacy: nothing identifying found", s["h2"]))
        story.append(_p(escape(cred.anonymity), s["note"]))
    story += [
        Spacer(1, 10),
        _p(
            "Check again after every change. Findings you marked as fine are not listed. "
            f"Made with TLI Workbook {escape(__version__)}; this page is for you, not for the "
            "reviewers.",
            s["note"],
        ),
    ]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title="Readiness and privacy check",
        author="",
        subject=cred.title,
        creator="TLI Workbook",
        # reportlab starts every page in Helvetica, which is never embedded
        initialFontName=fonts.BODY,
        initialFontSize=8.5,
    )
    frame_h = size[1] - 2 * MARGIN
    doc.build([KeepInFrame(width, frame_h, story, mode="shrink")])
