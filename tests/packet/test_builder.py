"""The neutral document: content and order, decided once."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any

import pytest

from tli_workbook.definitions.model import Field, Option, OptionGroup, Part
from tli_workbook.packet.builder import (
    LINK_BROKEN,
    PacketOptions,
    build_document,
    format_date,
    text_blocks,
)
from tli_workbook.packet.document import (
    BulletList,
    CircleMapFigure,
    Document,
    EvidencePage,
    Heading,
    Image,
    Paragraph,
    Table,
    plain_text,
)

from .fixtures import PINNED_DATE, Workbook


def build(
    wb: Workbook,
    tmp_path: Path,
    snapshot: dict[str, Any] | None = None,
    credential: Any = None,
    **opts: Any,
) -> Document:
    doc, _warnings = build_document(
        snapshot or wb.snapshot,
        credential or wb.credential,
        wb.file_path,
        tmp_path,
        PacketOptions(date=PINNED_DATE, **opts),
    )
    return doc


def all_text(doc: Document) -> str:
    parts = [t for b in doc.blocks() for t in plain_text(b)]
    if doc.cover:
        parts += [doc.cover.title, doc.cover.subtitle, doc.cover.statement]
        parts += [f"{k}: {v}" for k, v in doc.cover.lines]
    return "\n".join(parts)


def answer_lines(text: str) -> list[str]:
    return [line.strip().lstrip("-").strip() for line in text.splitlines() if line.strip()]


def test_parts_in_definition_order(workbook: Workbook, tmp_path: Path) -> None:
    doc = build(workbook, tmp_path)
    h1 = [h.text for h in doc.headings() if h.level == 1]
    expected = [p.title for p in workbook.credential.parts if p.packet and p.kind != "learn"]
    assert h1 == expected
    assert [s.upload_name for s in doc.sections] == [
        "Part1_Overview",
        "Artifact1_CircleMap",
        "Artifact2_Review",
        "Artifact3_Design",
        "Artifact4_Evidence",
        "Artifact5_Feedback",
        "Part3_Reflection",
    ]
    evidence = doc.sections[4].children
    assert [c.upload_name for c in evidence] == [f"Artifact4_Evidence{i}" for i in (1, 2, 3)]


def test_every_answer_is_in_the_document_in_order(workbook: Workbook, tmp_path: Path) -> None:
    text = all_text(build(workbook, tmp_path))
    snap = workbook.snapshot
    expected: list[str] = []
    for key in (
        "part1.overview",
        "artifact2.role_needs",
        "artifact2.inspire_leaders",
        "artifact3.action_plan.current_reality",
        "artifact3.action_plan.goal",
    ):
        expected += answer_lines(snap["answers"][key])
    for key in ("desired_results", "activity", "equity"):
        expected += answer_lines(snap["answers"][f"artifact3.action_plan.{key}"])
    for art in snap["artifacts"]:
        expected += answer_lines(art["description"])
        # Printed: the annotation as counted; not the structured elements beside it.
        assert art["fields"]["purpose"] not in text
    for person in snap["respondents"]:
        expected.append(person["role"])
        for answer in person["answers"].values():
            expected += answer_lines(answer)
    expected += answer_lines(snap["answers"]["part3.reflection"])
    at = 0
    for line in expected:
        found = text.find(line, at)
        assert found >= 0, f"missing or out of order: {line[:60]!r}"
        at = found + len(line)


def test_cover_is_anonymous_unless_asked(workbook: Workbook, tmp_path: Path) -> None:
    doc = build(workbook, tmp_path)
    text = all_text(doc)
    assert workbook.snapshot["workbook"]["title"] not in text  # "A. Teacher's ..." workbook
    assert "Submitted by" not in text
    assert "May 20, 2025" in text and "NEA Teacher Leadership Institute" in text
    named = build(workbook, tmp_path, author_name="Sam Rivera")
    assert ("Submitted by", "Sam Rivera") in named.cover.lines  # type: ignore[union-attr]


def test_circle_map_figure_and_listing(workbook: Workbook, tmp_path: Path) -> None:
    doc = build(workbook, tmp_path)
    blocks = doc.sections[1].all_blocks()
    fig = next(b for b in blocks if isinstance(b, CircleMapFigure))
    assert fig.ring_labels == {
        "center": "Core Belief/Theme",
        "context": "Context",
        "needs": "Needs",
    }
    assert len(fig.map_data["entries"]) == 10
    text = "\n".join(t for b in blocks for t in plain_text(b))
    for entry in workbook.snapshot["circle_map"]["entries"]:
        assert entry["text"] in text
    assert text.index("Core Belief/Theme") < text.index("Context") < text.index("Needs")


def test_need_links_resolve_and_broken_link_shows(workbook: Workbook, tmp_path: Path) -> None:
    snap = copy.deepcopy(workbook.snapshot)
    snap["answers"]["artifact3.action_plan.needs"] = ["need-feedback", "gone-entry"]
    blocks = build(workbook, tmp_path, snap).sections[3].all_blocks()
    i = next(
        i
        for i, b in enumerate(blocks)
        if isinstance(b, Heading) and b.text.startswith("Needs addressed")
    )
    links = blocks[i + 1]
    assert isinstance(links, BulletList)
    assert plain_text(links) == [
        "New teachers ask for regular, non-evaluative feedback on their teaching",
        LINK_BROKEN,
    ]


def test_variant_defaults_by_fellow_flag(workbook: Workbook, tmp_path: Path) -> None:
    snap = copy.deepcopy(workbook.snapshot)
    del snap["answers"]["artifact3.variant"]
    snap["workbook"]["fellow"] = True
    snap["answers"]["artifact3.fellows_plan.equity"] = "Fellows plan equity answer."
    snap["answers"]["artifact3.fellows_plan.plan_file"] = [
        {"file": workbook.handout_sha, "name": "fellows-plan.pdf"}
    ]
    doc = build(workbook, tmp_path, snap)
    section = doc.sections[3]
    text = "\n".join(t for b in section.all_blocks() for t in plain_text(b))
    assert "Option 1: 2018" in text and "Fellows plan equity answer." in text
    assert "Current reality" not in text
    # Every page of the plan is in the packet, captioned with the part and the field.
    pages = [b for b in section.all_blocks() if isinstance(b, EvidencePage)]
    assert [(p.index, p.caption) for p in pages] == [
        (0, "Artifact 3 \u00b7 Your TLI Fellows Action Plan \u00b7 page 1 of 2"),
        (1, "Artifact 3 \u00b7 Your TLI Fellows Action Plan \u00b7 page 2 of 2"),
    ]
    assert all(p.path == workbook.files_dir / workbook.handout_sha for p in pages)
    assert section.all_originals() == []
    snap["workbook"]["fellow"] = False
    text = all_text(build(workbook, tmp_path, snap))
    assert "Option 2: Action/Design Plan" in text


def test_outline_table_and_checks(workbook: Workbook, tmp_path: Path) -> None:
    blocks = build(workbook, tmp_path).sections[3].all_blocks()
    tables = [b for b in blocks if isinstance(b, Table)]
    outline = next(t for t in tables if t.header[0] == "Objective / Task / Subtask")
    assert outline.header[1:] == ["Lead", "Due date", "Output / metric"]
    first = [row[0] for row in outline.rows]
    assert first[0].text.startswith("Objective 1: Recruit") and first[0].indent == 0
    assert first[1].text.startswith("Task 1.1: ") and first[1].indent == 1
    assert first[3].text.startswith("Subtask 1.2.1: ") and first[3].indent == 2
    assert outline.rows[0][2].text == "January 31, 2025"
    assert 0 in outline.shaded_rows and 4 in outline.shaded_rows
    checks = next(t for t in tables if t.header[0] == "Objective self-check")
    assert checks.header[1:] == ["Objective 1", "Objective 2"]
    data_row = next(r for r in checks.rows if r[0].text.startswith("Data-informed"))
    assert [c.text for c in data_row[1:]] == ["\u2713", ""]


def test_artifacts_images_and_files(workbook: Workbook, tmp_path: Path) -> None:
    doc = build(workbook, tmp_path)
    evidence = doc.sections[4].children
    images = [b for c in evidence for b in c.blocks if isinstance(b, Image)]
    assert len(images) == 2  # photo, screenshot
    assert all(max(i.width_px, i.height_px) <= 2000 for i in images)
    pages = [b for b in evidence[2].blocks if isinstance(b, EvidencePage)]
    assert [p.caption for p in pages] == [
        "Artifact 4 \u00b7 Evidence 3 \u00b7 page 1 of 2",
        "Artifact 4 \u00b7 Evidence 3 \u00b7 page 2 of 2",
    ]
    assert pages[0].image is None  # vector: stamped into the PDF, not a picture
    assert (pages[0].width_pt, pages[0].height_pt) == (612.0, 792.0)
    text = "\n".join(t for c in evidence for b in c.blocks for t in plain_text(b))
    assert "https://forum.example.org/t/coaching-cycle/42" in text
    assert "Screenshot of the linked page" in text
    # The structured elements help write the annotation; they are not printed beside it.
    assert "March 4, 2025, 7:05 PM" not in text
    assert "Number of participants" not in text


def test_missing_file_is_named_not_fatal(workbook: Workbook, tmp_path: Path) -> None:
    snap = copy.deepcopy(workbook.snapshot)
    snap["artifacts"][0]["file"] = "0" * 64
    doc, warnings = build_document(
        snap, workbook.credential, workbook.file_path, tmp_path, PacketOptions(date=PINNED_DATE)
    )
    assert "(The file IMG_2041.jpg is missing from the workbook.)" in all_text(doc)
    assert warnings and "IMG_2041.jpg" in warnings[0]


def test_pdf_evidence_needs_no_poppler(
    workbook: Workbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    monkeypatch.setattr(shutil, "which", lambda _name, *a, **k: None)
    doc = build(workbook, tmp_path)
    pages = [b for b in doc.blocks() if isinstance(b, EvidencePage)]
    assert len(pages) == 2
    assert "Attached PDF: talk-map-template.pdf (all 2 pages follow)." in all_text(doc)


def test_feedback_roles_only_and_how_collected(workbook: Workbook, tmp_path: Path) -> None:
    blocks = build(workbook, tmp_path).sections[5].all_blocks()
    heads = [b.text for b in blocks if isinstance(b, Heading) and b.level == 2]
    assert heads == [
        "Respondent 1: Mentee, second-year teacher",
        "Respondent 2: Colleague and co-observer",
    ]
    how = next(b for b in blocks if isinstance(b, Paragraph) and b.style == "meta")
    assert how.text == "How collected: Email (1), In person (1)."
    prompts = [b.text for b in blocks if isinstance(b, Heading) and b.level == 3]
    assert len(prompts) == 10 and prompts[0].startswith("How did the teacher leader engage")


def test_rubric_appendix_is_optional(workbook: Workbook, tmp_path: Path) -> None:
    assert "Rubric self-assessment" not in all_text(build(workbook, tmp_path))
    doc = build(workbook, tmp_path, include_rubric=True)
    last = doc.sections[-1].blocks
    assert last[0].text == "Appendix: Rubric self-assessment"  # type: ignore[union-attr]
    ticks = [b for b in last if isinstance(b, BulletList) and b.checked is not None]
    assert ticks[0].checked == [True] * 6
    assert ticks[2].checked == [True, True, False, False]  # design: basic, 2 of 4 ticked
    text = all_text(doc)
    assert "Self-assessed level: Basic" in text


def test_single_long_answer_gets_no_second_heading(workbook: Workbook, tmp_path: Path) -> None:
    blocks = build(workbook, tmp_path).sections[0].blocks
    assert [b.text for b in blocks if isinstance(b, Heading)] == ["Part 1. Overview Questions"]
    assert isinstance(blocks[1], BulletList) and blocks[1].style == "prompt"


def test_text_blocks_bullets_and_paragraphs() -> None:
    blocks = text_blocks("Intro line\n- one\n* two\n  - nested\n\nAfter.")
    assert [type(b).__name__ for b in blocks] == [
        "Paragraph",
        "BulletList",
        "BulletList",
        "Paragraph",
    ]
    assert plain_text(blocks[1]) == ["one", "two"] and blocks[2].level == 1  # type: ignore[union-attr]


def test_format_date() -> None:
    assert format_date("2025-01-13") == "January 13, 2025"
    assert format_date("2025-01-28T15:30") == "January 28, 2025, 3:30 PM"
    assert format_date("after lunch") == "after lunch"


def _synthetic_part() -> Part:
    opt = Option
    return Part(
        id="tool",
        title="Tool page",
        short_title="Tool",
        stage="do",
        kind="form",
        upload_name="Tool_Page",
        fields=(
            Field(id="guide", type="info", label="Read me", text="Guidance only"),
            Field(
                id="kinds",
                type="multi_choice",
                label="Kinds",
                options=(opt("a", "Alpha"), opt("b", "Beta")),
            ),
            Field(
                id="steps",
                type="checklist",
                label="Steps",
                allow_other=True,
                groups=(
                    OptionGroup("Before", (opt("s1", "Plan"), opt("s2", "Invite"))),
                    OptionGroup("After", (opt("s3", "Reflect"),)),
                ),
            ),
            Field(
                id="feel",
                type="rating",
                label="Confidence",
                scale=(opt("lo", "Low"), opt("hi", "High")),
            ),
            Field(
                id="grid",
                type="table",
                label="Grid",
                rows=(opt("r1", "Row one"),),
                columns=(Field(id="c", type="short_text", label="Col"),),
            ),
            Field(
                id="talks",
                type="group",
                label="Conversations",
                item_label="Conversation",
                fields=(
                    Field(id="who", type="short_text", label="With"),
                    Field(id="notes", type="long_text", label="Notes"),
                ),
            ),
            Field(id="files", type="file", label="Uploads"),
        ),
    )


def test_other_field_types(workbook: Workbook, tmp_path: Path) -> None:
    cred = dataclasses.replace(workbook.credential, parts=(_synthetic_part(),))
    snap = copy.deepcopy(workbook.snapshot)
    snap["answers"] = {
        "tool.kinds": ["b"],
        "tool.steps": {"items": ["s1", "s3"], "other": "Thank-you note"},
        "tool.feel": "hi",
        "tool.grid": {"r1": {"c": "cell text"}},
        "tool.talks": [{"who": "Peer", "notes": "- listened\n- asked"}],
        "tool.files": [
            {"file": workbook.photo_sha, "name": "board.jpg"},
            {"file": "f" * 64, "name": "lost.docx"},
        ],
    }
    doc = build(workbook, tmp_path, snap, cred)
    blocks = doc.sections[0].all_blocks()
    text = all_text(doc)
    assert "Guidance only" not in text
    assert "Beta" in text and "Alpha" not in text
    checks = [b for b in blocks if isinstance(b, BulletList) and b.checked is not None]
    assert [c.checked for c in checks] == [[True, False], [True], [True]]
    assert "Other: Thank-you note" in text
    assert ["Confidence", "High"] in [plain_text(b) for b in blocks if isinstance(b, Table)]
    grid = next(b for b in blocks if isinstance(b, Table) and b.header == ["", "Col"])
    assert [c.text for c in grid.rows[0]] == ["Row one", "cell text"]
    assert "Conversation 1" in text and "listened" in text
    assert any(isinstance(b, Image) for b in blocks)
    assert "(The file lost.docx is missing from the workbook.)" in text


def test_redacted_pdf_is_not_attached_in_full(workbook: Workbook, tmp_path: Path) -> None:
    snap = copy.deepcopy(workbook.snapshot)
    snap["artifacts"][2]["markup"] = [{"kind": "redact", "x": 0.1, "y": 0.1, "w": 0.5, "h": 0.1}]
    doc, warnings = build_document(
        snap, workbook.credential, workbook.file_path, tmp_path, PacketOptions(date=PINNED_DATE)
    )
    evidence3 = doc.sections[4].children[2]
    assert any("has redactions" in w for w in warnings)
    pages = [b for b in evidence3.blocks if isinstance(b, EvidencePage)]
    # The marked first page is a picture with the box burned in; page 2 stays vector.
    assert pages[0].image is not None and pages[1].image is None
    from PIL import Image as PILImage

    with PILImage.open(pages[0].image) as im:
        w, h = im.size
        box = (int(0.1 * w) + 2, int(0.1 * h) + 2, int(0.6 * w) - 2, int(0.2 * h) - 2)
        assert im.convert("RGB").crop(box).getextrema() == ((0, 0), (0, 0), (0, 0))
