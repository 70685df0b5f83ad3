"""Filled tools through the packet's document model: every tool prints, the packet appendix
holds the chosen copies, the privacy scan reads them, and `tli-workbook export-tool`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tli_workbook.definitions import default_catalog, default_tools
from tli_workbook.definitions.binder import TEAM_BINDER_ID
from tli_workbook.definitions.keys import tool_key
from tli_workbook.packet.builder import build_document
from tli_workbook.packet.document import plain_text
from tli_workbook.packet.tool_copy import build_tool_copy_document, write_tool_copy
from tli_workbook.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "data")
    yield s
    s.close()


def _text(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [t for b in doc.blocks() for t in plain_text(b)]


def test_every_tool_prints_filled_as_pdf_and_docx(store: Store, tmp_path: Path) -> None:
    """One workbook with a copy of every fillable tool; each copy's one answer is the text a
    teacher could type first (a short text or long text field)."""
    wid = store.create_workbook(TEAM_BINDER_ID, "All tools")
    tools = [t for t in default_tools() if t.fillable]
    assert tools
    for t in tools:
        text = next((f for f in t.part.fields if f.type in ("long_text", "short_text")), None)
        answers = {text.id: f"Answer for {t.short_title}"} if text else {}
        store.add_tool_copy(wid, t.id, f"{t.short_title}: spring", answers)
    snap = store.snapshot(wid)
    for c in snap["tools"]:
        doc, warnings = build_tool_copy_document(snap, c["id"], store.file_path, tmp_path)
        assert c["title"] in _text(doc) and not warnings
    # The whole binder as one PDF: every copy, readable as a reader sees it.
    doc, _w = build_document(snap, default_catalog().get(""), store.file_path, tmp_path)
    from tli_workbook.packet.pdf_writer import write_pdf

    write_pdf(doc, tmp_path / "binder.pdf")
    assert subprocess.run(["qpdf", "--check", str(tmp_path / "binder.pdf")]).returncode == 0
    out = subprocess.run(
        ["pdftotext", str(tmp_path / "binder.pdf"), "-"], capture_output=True, text=True
    ).stdout
    for c in snap["tools"]:
        assert c["title"] in out.replace("\n", " ") or c["title"][:30] in out
    first = snap["tools"][0]["id"]
    write_tool_copy(snap, first, store.file_path, tmp_path / "one.docx", "docx", tmp_path)
    import docx  # python-docx: the Word file opens and holds the copy's title

    body = "\n".join(p.text for p in docx.Document(str(tmp_path / "one.docx")).paragraphs)
    assert snap["tools"][0]["title"] in body


def test_packet_appendix_holds_only_chosen_copies(store: Store, tmp_path: Path) -> None:
    cred = default_catalog().get("coaching-and-mentoring")
    wid = store.create_workbook(cred.id, "Spring")
    a = store.add_tool_copy(wid, "goals-and-objectives", "Goals: chosen", {"goal": "Chosen goal"})
    store.add_tool_copy(wid, "goals-and-objectives", "Goals: not chosen", {"goal": "Other goal"})
    doc, _w = build_document(store.snapshot(wid), cred, store.file_path, tmp_path)
    assert "Appendix: guidebook tools" not in _text(doc)
    store.update_tool_copy(wid, a, in_packet=True)
    doc, _w = build_document(store.snapshot(wid), cred, store.file_path, tmp_path)
    text = _text(doc)
    assert "Appendix: guidebook tools" in text and "Chosen goal" in text
    assert "Other goal" not in text


def test_privacy_scan_reads_copies_the_packet_prints(store: Store) -> None:
    from tli_workbook.review.privacy_scan import scan_workbook

    cred = default_catalog().get("coaching-and-mentoring")
    wid = store.create_workbook(cred.id, "Spring")
    a = store.add_tool_copy(wid, "goals-and-objectives", "Goals")
    store.set_answer(wid, tool_key(a, "goal"), "Write to jane.doe@example.org by June.")
    found = lambda: [f for f in scan_workbook(store.snapshot(wid), cred) if f.kind == "email"]  # noqa: E731
    assert found() == []  # not in the packet: no reviewer reads it
    store.update_tool_copy(wid, a, in_packet=True)
    hits = found()
    assert hits and hits[0].target == tool_key(a, "goal")


def _cli(data: Path, *argv: str) -> int:
    from tli_workbook.app import build_parser
    from tli_workbook.cli import run_command

    args = build_parser().parse_args(["--data-dir", str(data), *argv])
    return run_command(args)


def test_export_tool_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    s = Store(data)
    wid = s.create_workbook("coaching-and-mentoring", "Spring")
    cid = s.add_tool_copy(wid, "goals-and-objectives", "Goals: club", {"goal": "Read together"})
    s.close()
    from tli_workbook.store.lock import InstanceLock

    lock = InstanceLock(data).acquire()  # the window is open: a read-only command still runs
    try:
        assert _cli(data, "export-tool", str(wid), "list") == 0
        assert f"{cid}\tgoals-and-objectives\tGoals: club" in capsys.readouterr().out
        for fmt in ("pdf", "docx"):
            assert _cli(data, "export-tool", str(wid), cid, str(tmp_path / f"g.{fmt}")) == 0
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "g.pdf"), "-"], capture_output=True, text=True
        ).stdout
        assert "Read together" in text
        assert _cli(data, "export-tool", str(wid), "nope", str(tmp_path / "x.pdf")) == 1
        assert "has no tool copy 'nope'" in capsys.readouterr().err
        assert _cli(data, "export-tool", str(wid), cid, str(tmp_path / "x.txt")) == 1
        assert not (tmp_path / "x.pdf").exists()
    finally:
        lock.release()


def test_export_command_writes_a_team_binder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    s = Store(data)
    wid = s.create_workbook(TEAM_BINDER_ID, "Leadership team")
    s.add_tool_copy(wid, "goals-and-objectives", "Goals: families", {"goal": "Reading nights"})
    s.close()
    assert _cli(data, "export", str(wid), "--pdf", str(tmp_path / "binder.pdf")) == 0
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "binder.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Team binder" in text and "Goals: families" in text and "Reading nights" in text
