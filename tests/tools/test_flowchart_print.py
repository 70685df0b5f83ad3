"""Sustaining Collaborative Structures prints each structure as a small Yes/No flowchart."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.tool_defs import group_of
from tli_workbook.definitions.tools import default_tools, parse_tool
from tli_workbook.definitions.yamlnode import DefinitionError
from tli_workbook.packet.document import VectorFigure
from tli_workbook.packet.tool_copy import build_tool_copy_document, write_tool_copy

TOOL = "sustaining-collaborative-structures"
# As the group editor stores it: one dict per item, only what was typed or picked.
STRUCTURES = [
    {
        "name": "Grade 3 PLC",
        "sustainable": "yes",
        "changes_impact": "Meet every week, not every other week.",
        "scale": "Invite the grade 4 team to one meeting each month.",
    },
    {
        "name": "Family reading night committee",
        "sustainable": "no",
        "can_change": "Share the planning with the PTA so two teachers do not carry it.",
    },
]


def _copy(store: Any) -> tuple[int, str]:
    wid = store.create_workbook("", "Leadership team binder")
    cid = store.add_tool_copy(wid, TOOL, "Sustaining: spring", {"structures": STRUCTURES})
    return wid, cid


def test_each_structure_is_a_vector_flowchart(store: Any, tmp_path: Path) -> None:
    wid, cid = _copy(store)
    snap = store.snapshot(wid)
    doc, _warnings = build_tool_copy_document(snap, cid, lambda sha: None, tmp_path)
    figures = [b for s in doc.sections for b in s.blocks if isinstance(b, VectorFigure)]
    assert len(figures) == 2

    out = tmp_path / "sustaining.pdf"
    write_tool_copy(snap, cid, lambda sha: None, out, "pdf", tmp_path)
    images = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert len(images) == 2, images  # the header lines only: drawn, not pasted as a picture
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Each question appears in the drawing and again in the text that follows it; the branch
    # not taken is drawn, marked, and its question is not asked in the text.
    assert text.count("sustainable?") >= 4
    assert text.count("Grade 3 PLC") == 2 and text.count("Family reading night committee") == 2
    assert "No (not this way)" in text and "Yes (not this way)" in text


def test_a_flowchart_needs_a_branching_choice() -> None:
    tool = default_tools().get(TOOL)
    assert tool.part.fields[0].flowchart
    data = group_of({"id": "a", "type": "short_text", "label": "A"}, flowchart=True)
    with pytest.raises(DefinitionError, match=r"fields\[0\]\.flowchart: a flowchart needs"):
        parse_tool(data, "forms/tools/x-tool.yaml")
