"""Every guidebook tool prints blank: the CLI lists the tools, and `tool-form` writes a PDF
that qpdf accepts and a DOCX that LibreOffice opens, read back as a person would (pdftotext)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tli_workbook.definitions.tools import default_tools
from tli_workbook.packet.document import BulletList, Table, plain_text
from tli_workbook.packet.tool_form import BOX, build_blank_tool_form, write_blank_tool_form

ROOT = Path(__file__).resolve().parents[2]
FILLABLE = {
    1,
    2,
    4,
    5,
    6,
    8,
    10,
    11,
    12,
    13,
    14,
    17,
    18,
    20,
    23,
    24,
    25,
    27,
    28,
    29,
    30,
    31,
    32,
    33,
}


def cli(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["TLI_WORKBOOK_DATA_DIR"] = str(data)
    return subprocess.run(
        [sys.executable, "-m", "tli_workbook", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_tools_lists_every_tool_in_guidebook_order(tmp_path: Path) -> None:
    r = cli("tools", data=tmp_path)
    assert r.returncode == 0, r.stderr
    lines = [line.split("\t") for line in r.stdout.strip().splitlines()]
    catalog = default_tools()
    assert [row[0] for row in lines] == catalog.ids()
    assert all(len(row) == 3 and row[1] in ("prepare", "act", "reflect") for row in lines)
    by_id = {row[0]: row for row in lines}
    assert by_id["project-plan"] == ["project-plan", "act", "Project Plan Template"]
    # All fillable tools of the guidebook (the two diagram tools come with their own editor).
    numbers = {t.number for t in catalog if t.kind == "form"}
    assert numbers >= FILLABLE
    assert {t.number for t in catalog if t.kind == "guide"} == {7, 9, 21}
    assert {t.chapter for t in catalog if t.kind == "reflection"} == set(range(1, 12))
    for number in (3, 16, 19, 26):
        (tool,) = [t for t in catalog if t.number == number and t.kind == "form"]
        assert tool.inferred, tool.id


def test_tool_form_cli_writes_the_file_and_refuses_bad_input(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    r = cli("tool-form", "project-plan", str(out), data=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == str(out) and out.read_bytes().startswith(b"%PDF")
    r = cli("tool-form", "no-such-tool", str(tmp_path / "x.pdf"), data=tmp_path)
    assert r.returncode == 1 and "unknown tool 'no-such-tool'" in r.stderr
    assert not (tmp_path / "x.pdf").exists()
    r = cli("tool-form", "project-plan", str(tmp_path / "x.txt"), data=tmp_path)
    assert r.returncode == 1 and ".pdf or .docx" in r.stderr
    r = cli("tool-form", "project-plan", str(tmp_path / "missing" / "x.pdf"), data=tmp_path)
    assert r.returncode == 1 and "does not exist" in r.stderr
    assert list(tmp_path.glob(".*.part")) == []


def test_every_blank_pdf_passes_qpdf_and_reads_as_its_form(tmp_path: Path) -> None:
    for tool in default_tools():
        pdf = tmp_path / f"{tool.id}.pdf"
        write_blank_tool_form(tool, pdf, "pdf")
        check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
        assert check.returncode == 0, (tool.id, check.stdout, check.stderr)
        text = squash(
            subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True
            ).stdout
        )
        assert squash(tool.title) in text, tool.id
    outreach = squash(
        subprocess.run(
            [
                "pdftotext",
                "-enc",
                "UTF-8",
                str(tmp_path / "sharing-the-case-for-collaboration-with-others.pdf"),
                "-",
            ],
            capture_output=True,
            text=True,
        ).stdout
    )
    for row in ("Education Association/union", "School board", "Community organizations"):
        assert row.lower() in outreach.lower()


def test_the_blank_form_holds_preset_rows_boxes_and_scales() -> None:
    tools = default_tools()
    doc = build_blank_tool_form(tools.get("sharing-the-case-for-collaboration-with-others"))
    tables = [b for b in doc.blocks() if isinstance(b, Table)]
    outreach = next(t for t in tables if t.header[:2] == ["", "Specific person(s)"])
    assert [r[0].text for r in outreach.rows][-1] == "Other" and len(outreach.rows) == 7
    assert all(c.text.strip("\u00a0\n") == "" for r in outreach.rows for c in r[1:])
    resources = next(b for b in doc.blocks() if isinstance(b, BulletList) and b.checked)
    assert resources.checked == [False] * 6
    text = "\n".join(line for b in doc.blocks() for line in plain_text(b))
    assert f"{BOX} Other:" in text

    skills = build_blank_tool_form(tools.get("collaboration-skills-checklist"))
    (boxes,) = [b for b in skills.blocks() if isinstance(b, BulletList) and b.checked]
    assert len(boxes.items) == 31

    plan = build_blank_tool_form(tools.get("project-plan"))
    (grid,) = [b for b in plan.blocks() if isinstance(b, Table) and b.header[0].startswith("Goal")]
    labels = [r[0].text for r in grid.rows]
    assert labels[:6] == ["Goal:", "Objective:", "Task:", "Task:", "Subtask:", "Task:"]


@pytest.mark.slow
def test_libreoffice_converts_every_blank_docx(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is needed for this check"
    tools = list(default_tools())
    src = tmp_path / "docx"
    src.mkdir()
    for tool in tools:
        write_blank_tool_form(tool, src / f"{tool.id}.docx", "docx")
    out = tmp_path / "pdf"
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *sorted(str(p) for p in src.iterdir()),
        ],
        capture_output=True,
        timeout=900,
        check=True,
    )
    for tool in tools:
        pdf = out / f"{tool.id}.pdf"
        assert pdf.exists(), tool.id
        text = squash(
            subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True
            ).stdout
        )
        assert squash(tool.title) in text, tool.id
