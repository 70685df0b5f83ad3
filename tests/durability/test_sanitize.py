"""An attached PDF that runs JavaScript on open (OpenAction), on page open (AA), in a form
field, with launch/submit/URI actions and an embedded file: the upload kit and the packet
built from it carry none of that (checked in qpdf's uncompressed --qdf form), and the kit
still carries the handout's page."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from durability.hostile_pdfs import scripted_pdf

from tli_workbook.definitions import default_catalog
from tli_workbook.packet import export_packet
from tli_workbook.store import Store

ACTIVE = re.compile(
    rb"/(JavaScript|JS|OpenAction|AA|Launch|URI|SubmitForm|ImportData|EmbeddedFiles?|EF|XFA)\b"
)


def _qdf(pdf: Path, tmp: Path) -> bytes:
    out = tmp / (pdf.stem + ".qdf.pdf")
    r = subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(pdf), str(out)],
        capture_output=True,
        text=True,
    )
    assert r.returncode in (0, 3), r.stderr  # 3: warnings only
    return out.read_bytes()


def test_hostile_fixture_really_is_hostile(tmp_path: Path) -> None:
    raw = _qdf(scripted_pdf(tmp_path / "h.pdf"), tmp_path)
    found = {m.group(1) for m in ACTIVE.finditer(raw)}
    assert {b"JavaScript", b"OpenAction", b"AA", b"Launch", b"URI", b"SubmitForm"} <= found


@pytest.mark.slow
def test_kit_and_packet_carry_no_javascript_or_actions(qapp, tmp_path: Path) -> None:
    # qapp: the packet draws the Circle Map with Qt; a QApplication must exist first, or
    # the packet makes a QGuiApplication that later widget tests cannot use.
    store = Store(tmp_path / "data")
    try:
        wid = store.create_workbook("coaching-and-mentoring", "Scripts")
        sha = store.add_file(scripted_pdf(tmp_path / "handout.pdf"), "application/pdf")
        store.upsert_artifact(
            wid,
            {"part": "artifact4", "title": "Handout", "filename": "handout.pdf", "file": sha},
        )
        snap = store.snapshot(wid)
        out = tmp_path / "out"
        out.mkdir()
        credential = default_catalog().get("coaching-and-mentoring")
        written = export_packet(
            snap,
            credential,
            store.file_path,
            pdf=out / "packet.pdf",
            docx=out / "packet.docx",
            upload_kit=out / "kit",
        )
    finally:
        store.close()
    pdfs = [p for p in written if p.suffix == ".pdf"]
    assert out / "packet.pdf" in pdfs and len(pdfs) > 2
    carrying = []
    for pdf in pdfs:
        raw = _qdf(pdf, tmp_path)
        hits = sorted({m.group(1).decode() for m in ACTIVE.finditer(raw)})
        assert not hits, f"{pdf.name} still has {hits}"
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        if "Parent night handout" in text:
            carrying.append(pdf.name)
    # The handout's own page is still in the kit (sanitised, not dropped).
    assert any(name.startswith("Artifact") for name in carrying), carrying
