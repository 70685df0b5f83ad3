"""The blank participant feedback form a teacher hands out (Artifact 5, "feedback" parts).

Built once as a neutral document, written by the packet's DOCX and PDF writers, so the printed
form and the packet share one look. It carries the credential's prompts and nothing about the
teacher: no name, no workbook title, no school; participants are asked for their role only.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import IO

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Credential, Part
from tli_workbook.packet.document import (
    Cell,
    Document,
    Heading,
    Paragraph,
    Run,
    Section,
    Spacer,
    Table,
)

WRITING_LINES = 7  # lines of writing space under each prompt
FORMATS = ("docx", "pdf")
_GUIDANCE_TAIL = re.compile(r"\b(?:in|with|using)\s+(.+?)\.?\s*$", re.IGNORECASE)


def participant_guidance(answer_guidance: str) -> str:
    """The definition's guidance is addressed to the teacher ("Ask your chosen participants to
    respond to each prompt in 2-3 sentences..."); the form speaks to the participant."""
    m = _GUIDANCE_TAIL.search(answer_guidance or "")
    if m:
        return QCoreApplication.translate("Packet", "Please answer each question in {how}.").format(
            how=m.group(1)
        )
    return answer_guidance.strip() or QCoreApplication.translate(
        "Packet", "Please answer each question in a few sentences."
    )


def _blank(lines: int) -> Cell:
    # A no-break space on every line keeps both writers from collapsing the empty lines.
    return Cell("\n".join(["\u00a0"] * lines))


def build_feedback_form(credential: Credential, part: Part, lines: int = WRITING_LINES) -> Document:
    """The blank form for a `feedback` part, as a neutral document."""
    if part.kind != "feedback":
        raise ValueError(f"{part.id} is not a feedback part")
    title = QCoreApplication.translate("Packet", "Participant feedback form")
    blocks: list = [
        Heading(title, 1, anchor="feedback-form", toc=False),
        Paragraph(
            [
                Run(QCoreApplication.translate("Packet", "Thank you for taking part. "), bold=True),
                Run(
                    QCoreApplication.translate(
                        "Packet",
                        "The teacher leader who led this activity is earning a "
                        "{credential} micro-credential and will include your answers as "
                        "evidence of its impact. Honest answers help most.",
                    ).format(credential=credential.title)
                ),
            ],
            "lead",
        ),
        Paragraph.of(
            QCoreApplication.translate(
                "Packet",
                "Do not write your name, or the name of any student, colleague or school. "
                "Describe yourself by your role only, for example \u201cColleague, grade 7 "
                "math\u201d or \u201cParent of a grade 3 student\u201d.",
            ),
            "note",
        ),
        Table(
            header=[],
            rows=[
                [
                    Cell(
                        QCoreApplication.translate("Packet", "Your role (not your name)"), bold=True
                    ),
                    Cell("\u00a0\n\u00a0"),
                ],
                [
                    Cell(
                        QCoreApplication.translate("Packet", "Activity you took part in"), bold=True
                    ),
                    Cell("\u00a0\n\u00a0"),
                ],
                [Cell(QCoreApplication.translate("Packet", "Date"), bold=True), Cell("\u00a0")],
            ],
            widths=[1.7, 3.0],
        ),
        Paragraph.of(participant_guidance(part.answer_guidance), "body", bold=True),
    ]
    for n, prompt in enumerate(part.prompts, 1):
        blocks.append(Table(header=[f"{n}. {prompt.label}"], rows=[[_blank(lines)]]))
    blocks.append(Spacer(6))
    thanks = QCoreApplication.translate(
        "Packet", "Please return this form to the teacher leader. Thank you."
    )
    blocks.append(Paragraph.of(thanks, "note"))
    return Document(
        title=title,
        header_text=f"{credential.title} \u00b7 {title}",
        cover=None,
        toc=False,
        sections=[Section(blocks=blocks)],
        subject=f"{credential.title}: {part.title}",
        keywords="feedback form",  # notr: file metadata
    )


def write_feedback_form(
    credential: Credential,
    part: Part,
    target: Path | IO[bytes],
    fmt: str,
    page: str = "letter",
) -> None:
    """Write the blank form as "docx" or "pdf" to a path or binary stream."""
    doc = build_feedback_form(credential, part)
    if fmt == "docx":
        from tli_workbook.packet.docx_writer import write_docx

        write_docx(doc, target, page=page)
    elif fmt == "pdf":
        from tli_workbook.packet.pdf_writer import write_pdf

        write_pdf(doc, target, page=page)
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
