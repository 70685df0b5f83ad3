"""The packet says only what the credential says: parts the app built itself are labelled so,
the official form can be attached instead, and Educators Rising gets only its four parts."""

from __future__ import annotations

import copy
import re
import subprocess
from pathlib import Path

from tli_workbook.definitions import default_catalog
from tli_workbook.packet.builder import PacketOptions, build_document
from tli_workbook.packet.document import EvidencePage, Heading, plain_text

from . import evidence_files as ef
from .fixtures import PINNED_DATE, Workbook

ER = "educators-rising-collaboration"
WORDS = "We planned the lesson with a grade-level peer, a mentor and an online network. "

ER_ANSWERS = {
    "part1.notes.context": "I teach ninth-grade biology in an urban public high school. " * 4,
    "lesson_plan.goal_objective": "Students explain how enzymes speed up reactions.",
    "lesson_plan.standards": "HS-LS1-6: construct an explanation of how molecules form.",
    "lesson_plan.essential_questions": "Why do living things need enzymes?",
    "lesson_plan.activities": "- Warm-up with a demonstration\n- Lab in groups of four",
    "lesson_plan.assessment": "An exit ticket with one explanation question.",
    "lesson_plan.data_plan": "Exit tickets sorted by reasoning level decide the next lesson.",
    "lesson_plan.setting": "Ninth-grade biology classroom",
    "lesson_plan.planned_date": "2025-03-03",
    "lesson_plan.delivery_date": "2025-03-06",
    "collaboration_log.interactions": [
        {
            "role": "peer",
            "date": "2025-02-24",
            "collaborator": "Grade-level peer",
            "ideas": "Use a lab demonstration as the hook.",
        }
    ],
    "narrative.narrative": WORDS * 6,
    "part3.essay": "Collaborating changed the lesson in three specific ways. " * 8,
}


def run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120).stdout


def er_snapshot() -> dict:
    return {
        "workbook": {"title": "ER", "credential": ER, "fellow": False},
        "answers": copy.deepcopy(ER_ANSWERS),
        "circle_map": {"entries": [], "strokes": []},
        "artifacts": [],
        "respondents": [],
        "files": {},
    }


def test_er_packet_has_only_the_four_parts(tmp_path: Path) -> None:
    from tli_workbook.packet import export_packet

    cred = default_catalog().get(ER)
    written = export_packet(
        er_snapshot(),
        cred,
        lambda _sha: None,
        pdf=tmp_path / "er.pdf",
        upload_kit=tmp_path / "kit",
        options=PacketOptions(date=PINNED_DATE),
    )
    kit = sorted(p.name for p in written if p.parent.name == "kit")
    assert kit == [
        "Part1_ContextOverview.pdf",
        "Part2_CollaborativeNarrative.pdf",
        "Part2_LessonPlan.pdf",
        "Part3_ReflectiveEssay.pdf",
    ]
    text = re.sub(r"\s+", " ", run("pdftotext", "-enc", "UTF-8", str(tmp_path / "er.pdf"), "-"))
    assert "Planning Log" not in text and "Grade-level peer" not in text
    assert "Their role" not in text and "(optional)" not in text
    # Part 1's questions are the workbook's: never printed as the credential's questionnaire.
    assert "Your learners: what you know about them" not in text
    assert "written with the workbook's questions (the official questionnaire is in" in text
    assert "I teach ninth-grade biology" in text


def test_er_official_questionnaire_attached_instead(wb_tmp: tuple[Workbook, Path]) -> None:
    wb, tmp_path = wb_tmp
    cred = default_catalog().get(ER)
    snap = er_snapshot()
    snap["answers"]["part1.variant"] = "official_form"
    sha = ef.store(wb, snap, ef.pdf_bytes(["Official questionnaire answers"]), "application/pdf")
    snap["answers"]["part1.official_form.questionnaire_file"] = [
        {"file": sha, "name": "questionnaire.pdf", "media_type": "application/pdf"}
    ]
    doc, warnings = build_document(
        snap, cred, wb.file_path, tmp_path, PacketOptions(date=PINNED_DATE)
    )
    assert warnings == []
    part1 = doc.sections[0]
    text = [t for b in part1.all_blocks() for t in plain_text(b)]
    assert any(
        "Completed questionnaire from the Educators Rising submission form" in t for t in text
    )
    assert not any("I teach ninth-grade biology" in t for t in text)
    pages = [b for b in part1.all_blocks() if isinstance(b, EvidencePage)]
    assert [p.caption for p in pages] == [
        "Part 1. Instructional Context Overview \u00b7 Your completed Instructional Context "
        "Overview questionnaire \u00b7 page 1 of 1"
    ]


def test_option2_is_labelled_as_built_from_the_rubric(workbook: Workbook, tmp_path: Path) -> None:
    doc, _w = build_document(
        workbook.snapshot,
        workbook.credential,
        workbook.file_path,
        tmp_path,
        PacketOptions(date=PINNED_DATE),
    )
    design = doc.sections[3].all_blocks()
    text = [t for b in design for t in plain_text(b)]
    assert "Template: Option 2: Action/Design Plan (built from the credential's rubric)" in text
    heads = [b.text for b in design if isinstance(b, Heading)]
    assert "Needs addressed" in heads
    assert not any("(optional)" in h or "from your Circle Map" in h for h in heads)


def test_official_non_fellows_template_attached(workbook: Workbook, tmp_path: Path) -> None:
    snap = copy.deepcopy(workbook.snapshot)
    snap["answers"]["artifact3.variant"] = "official_plan"
    sha = ef.store(workbook, snap, ef.pdf_bytes(ef.PLAN_PDF_LINES), "application/pdf")
    snap["answers"]["artifact3.official_plan.plan_file"] = [
        {"file": sha, "name": "design-plan.pdf", "media_type": "application/pdf"}
    ]
    snap["answers"]["artifact3.official_plan.equity"] = "Participation by group is tracked."
    doc, _w = build_document(
        snap, workbook.credential, workbook.file_path, tmp_path, PacketOptions(date=PINNED_DATE)
    )
    design = doc.sections[3].all_blocks()
    text = [t for b in design for t in plain_text(b)]
    assert "Template: Option 2: official template, attached" in text
    assert sum(isinstance(b, EvidencePage) for b in design) == 2
    assert "Current reality" not in text


def test_no_credential_speaks_of_the_source_in_what_it_shows() -> None:
    for cred in default_catalog():
        for part in cred.parts:
            fields = list(part.fields) + [f for v in part.variants for f in v.fields]
            for f in fields:
                for text in (f.label, f.help, f.guidance, *f.prompts):
                    assert "the source" not in (text or "").lower(), (cred.id, f.id, text)
