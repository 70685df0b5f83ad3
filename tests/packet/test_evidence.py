"""Every page, every file: PDF evidence whole and searchable, Word/ODT/PowerPoint laid out,
audio carried into the upload kit with a page that names it (issue 12, "Done when" 1)."""

from __future__ import annotations

import copy
import re
import struct
import subprocess
import wave
import zipfile
from pathlib import Path

import pytest

from tli_workbook.packet.builder import PacketOptions, build_document
from tli_workbook.packet.document import (
    BulletList,
    EvidencePage,
    Heading,
    Image,
    Paragraph,
    Table,
    plain_text,
)
from tli_workbook.packet.evidence.media import duration_seconds, format_duration

from . import evidence_files as ef
from .fixtures import PINNED_DATE, Workbook


def run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def evidence(workbook: Workbook, tmp_path_factory: pytest.TempPathFactory) -> dict:
    from tli_workbook.packet import export_packet

    snap = ef.evidence_workbook(workbook)
    out = tmp_path_factory.mktemp("evidence")
    warnings: list[str] = []
    export_packet(
        snap,
        workbook.credential,
        workbook.file_path,
        docx=out / "packet.docx",
        pdf=out / "packet.pdf",
        upload_kit=out / "kit",
        upload_kit_zip=out / "kit.zip",
        options=PacketOptions(date=PINNED_DATE),
        warnings=warnings,
    )
    return {"snap": snap, "out": out, "warnings": warnings}


def test_packet_pdf_has_every_page_and_the_word_text(evidence: dict) -> None:
    pdf = evidence["out"] / "packet.pdf"
    run("qpdf", "--check", str(pdf))
    text = squash(run("pdftotext", "-enc", "UTF-8", str(pdf), "-"))
    for line in ef.PLAN_PDF_LINES + ef.EVIDENCE_PDF_LINES:
        assert line in text, line
    at = 0
    for line in [ef.WORD_HEADING, ef.WORD_PARAGRAPH, *ef.WORD_BULLETS, "Week 2 Observation"]:
        at = text.find(line, at)
        assert at >= 0, f"missing or out of order: {line}"
    for caption in (
        "Artifact 3 \u00b7 Your TLI Fellows Action Plan \u00b7 page 2 of 2",
        "Artifact 4 \u00b7 Evidence 1 \u00b7 page 3 of 3",
    ):
        assert caption in text
    # The audio artifact's page: what it is, its length and the kit file to open.
    assert "Audio recording" in text and "Length 0:01" in text
    assert "Open in the upload kit Artifact4_Evidence3.wav" in text
    assert evidence["warnings"] == []


def test_evidence_pages_are_numbered_and_bookmarked(evidence: dict) -> None:
    """Each evidence page is a page of its own, counted in "Page N of M", and the bookmarks
    still land on the page that shows their heading."""
    from pypdf import PdfReader

    reader = PdfReader(str(evidence["out"] / "packet.pdf"))
    total = len(reader.pages)
    pages = [p.extract_text() for p in reader.pages]
    for i, page_text in enumerate(pages[1:], 2):
        assert f"Page {i} of {total}" in page_text
    where = {pages.index(p): p for p in pages if "Coaching log page two" in p}
    (n,) = where
    assert "Artifact 4 \u00b7 Evidence 1 \u00b7 page 2 of 3" in pages[n]

    def walk(items: list) -> list:
        out = []
        for it in items:
            out.extend(walk(it) if isinstance(it, list) else [it])
        return out

    marks = {m.title: reader.get_destination_page_number(m) for m in walk(reader.outline)}
    assert "Evidence 3: Voice message to the mentor phone list" in marks
    for title, n in marks.items():  # every bookmark lands on the page showing its heading
        assert squash(title)[:30] in squash(pages[n]), title


def test_pdf_evidence_pages_are_vector(evidence: dict) -> None:
    """The stamped pages carry the teacher's own text objects (no picture of them)."""
    from pypdf import PdfReader

    reader = PdfReader(str(evidence["out"] / "packet.pdf"))
    page = next(p for p in reader.pages if "Coaching log page three" in p.extract_text())
    xobjects = {k: v.get_object() for k, v in page["/Resources"].get("/XObject", {}).items()}
    # The original page is drawn as a form of its own content: vector, never a picture.
    assert [x["/Subtype"] for x in xobjects.values()] == ["/Form"]
    (form,) = xobjects.values()
    assert "/Image" not in str(form.get("/Resources", {}).get("/XObject", {}))


def test_upload_kit_carries_the_same(evidence: dict) -> None:
    kit = evidence["out"] / "kit"
    names = sorted(p.name for p in kit.iterdir())
    assert "Artifact4_Evidence3.wav" in names
    assert "Artifact4_Evidence3.pdf" in names  # its page: what to open
    for p in kit.glob("*.pdf"):
        run("qpdf", "--check", str(p))

    def text(name: str) -> str:
        return squash(run("pdftotext", "-enc", "UTF-8", str(kit / name), "-"))

    for line in ef.EVIDENCE_PDF_LINES:
        assert line in text("Artifact4_Evidence1.pdf")
    for line in ef.PLAN_PDF_LINES:
        assert line in text("Artifact3_Design.pdf")
    word = text("Artifact4_Evidence2.pdf")
    for line in [ef.WORD_HEADING, ef.WORD_PARAGRAPH, *ef.WORD_BULLETS]:
        assert line in word
    with wave.open(str(kit / "Artifact4_Evidence3.wav"), "rb") as w:
        assert w.getnframes() == 8000 and w.getframerate() == 8000
    with zipfile.ZipFile(evidence["out"] / "kit.zip") as z:
        assert sorted(z.namelist()) == names


def test_docx_shows_pdf_pages_as_pictures_and_the_word_text(evidence: dict) -> None:
    import docx
    from PIL import Image as PILImage

    path = evidence["out"] / "packet.docx"
    d = docx.Document(str(path))
    body = "\n".join(p.text for p in d.paragraphs)
    assert ef.WORD_HEADING in body and ef.WORD_PARAGRAPH in body
    assert "Artifact 4 \u00b7 Evidence 1 \u00b7 page 3 of 3" in body
    with zipfile.ZipFile(path) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        page_like = 0
        for n in media:
            with PILImage.open(z.open(n)) as im:
                if abs(im.width / im.height - 8.5 / 11) < 0.01 and im.width >= 1200:
                    page_like += 1
    assert page_like == 5  # 2 plan pages + 3 evidence pages, at 150 dpi


def test_word_blocks_keep_structure(workbook: Workbook, tmp_path: Path) -> None:
    snap = ef.evidence_workbook(workbook)
    doc, _w = build_document(
        snap, workbook.credential, workbook.file_path, tmp_path, PacketOptions(date=PINNED_DATE)
    )
    blocks = doc.sections[4].children[1].blocks
    assert any(isinstance(b, Heading) and b.text == ef.WORD_HEADING and not b.toc for b in blocks)
    para = next(b for b in blocks if isinstance(b, Paragraph) and b.text == ef.WORD_PARAGRAPH)
    assert [r.bold for r in para.runs] == [False, True, False]
    bullets = next(b for b in blocks if isinstance(b, BulletList))
    assert ["".join(r.text for r in i) for i in bullets.items] == ef.WORD_BULLETS
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.header == ["Week", "Focus"]
    assert [c.text for c in table.rows[1]] == ["Week 2", "Observation"]
    assert sum(isinstance(b, Image) for b in blocks) == 1
    assert "A. Teacher" not in "".join(t for b in blocks for t in plain_text(b))


def test_slides_and_odt_laid_out(workbook: Workbook, tmp_path: Path) -> None:
    snap = ef.evidence_workbook(workbook)
    snap["artifacts"][0]["file"] = ef.store(workbook, snap, ef.pptx_bytes(), ef.PPTX)
    snap["artifacts"][0]["filename"] = "cycle.pptx"
    snap["artifacts"][1]["file"] = ef.store(workbook, snap, ef.odt_bytes(), ef.ODT)
    snap["artifacts"][1]["filename"] = "notes.odt"
    doc, warnings = build_document(
        snap, workbook.credential, workbook.file_path, tmp_path, PacketOptions(date=PINNED_DATE)
    )
    assert warnings == []
    slides = doc.sections[4].children[0].blocks
    heads = [b.text for b in slides if isinstance(b, Heading) and b.level == 3]
    assert heads == ["Slide 1 of 2: The coaching cycle", "Slide 2 of 2: What changed"]
    text = [t for b in slides for t in plain_text(b)]
    assert "Artifact 4 \u00b7 Evidence 1 \u00b7 slide 2 of 2" in text
    lists = [b for b in slides if isinstance(b, BulletList)]
    assert [(b.level, plain_text(b)) for b in lists] == [
        (0, ["Plan the focus together"]),
        (1, ["Observe who talks"]),
    ]
    assert "Eleven students spoke who had not spoken before." in text
    assert sum(isinstance(b, Image) for b in slides) == 1
    odt = doc.sections[4].children[1].blocks
    text = [t for b in odt for t in plain_text(b)]
    assert "Meeting notes" in text and "We agreed on partner talk first." in text
    assert "Bring the talk map" in text and "Observe" in text
    assert not any("Jordan" in t for t in text)  # comments stay out
    bold = next(b for b in odt if isinstance(b, Paragraph) and b.text.startswith("We agreed"))
    assert [r.text for r in bold.runs if r.bold] == ["partner talk"]


def test_damaged_word_file_travels_as_original(workbook: Workbook, tmp_path: Path) -> None:
    snap = ef.evidence_workbook(workbook)
    broken = b"PK\x03\x04" + b"\x00" * 200
    snap["artifacts"][1]["file"] = ef.store(workbook, snap, broken, ef.WORD)
    doc, warnings = build_document(
        snap, workbook.credential, workbook.file_path, tmp_path, PacketOptions(date=PINNED_DATE)
    )
    child = doc.sections[4].children[1]
    assert [o.kit_name for o in child.originals] == ["Artifact4_Evidence2.docx"]
    assert any("newsletter.docx" in w and "upload kit" in w for w in warnings)
    text = " ".join(t for b in child.blocks for t in plain_text(b))
    assert "Artifact4_Evidence2.docx" in text


def test_rotated_page_is_upright_and_searchable(workbook: Workbook, tmp_path: Path) -> None:
    from tli_workbook.packet import export_packet

    snap = ef.evidence_workbook(workbook)
    snap["artifacts"][0]["file"] = ef.store(
        workbook, snap, ef.pdf_bytes(ef.EVIDENCE_PDF_LINES, rotate_last=True), "application/pdf"
    )
    export_packet(
        snap,
        workbook.credential,
        workbook.file_path,
        pdf=tmp_path / "p.pdf",
        options=PacketOptions(date=PINNED_DATE),
    )
    text = squash(run("pdftotext", "-enc", "UTF-8", str(tmp_path / "p.pdf"), "-"))
    assert ef.EVIDENCE_PDF_LINES[2] in text
    doc, _w = build_document(
        snap, workbook.credential, workbook.file_path, tmp_path, PacketOptions(date=PINNED_DATE)
    )
    last = [b for b in doc.blocks() if isinstance(b, EvidencePage)][4]
    assert (last.width_pt, last.height_pt) == (792.0, 612.0)


def test_media_lengths(tmp_path: Path) -> None:
    wav = tmp_path / "a.wav"
    wav.write_bytes(ef.wav_bytes(2.5))
    assert duration_seconds(wav) == pytest.approx(2.5)
    assert format_duration(2.5) == "0:03" or format_duration(2.5) == "0:02"
    assert format_duration(3725) == "1:02:05"
    junk = tmp_path / "a.m4a"
    junk.write_bytes(b"\x00\x00\x00\x18ftypM4A " + b"\x00" * 64)
    assert duration_seconds(junk) is None  # damaged: the length is left out, no crash


def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(body), kind) + body


def test_lengths_from_container_headers(tmp_path: Path) -> None:
    """Phone formats, built byte by byte as their specifications lay them out."""
    mvhd = _box(b"mvhd", b"\x00\x00\x00\x00" + struct.pack(">IIII", 0, 0, 1000, 61_500))
    m4a = tmp_path / "memo.m4a"
    m4a.write_bytes(_box(b"ftyp", b"M4A \x00\x00\x00\x00") + _box(b"moov", mvhd))
    assert duration_seconds(m4a) == pytest.approx(61.5)
    assert format_duration(duration_seconds(m4a)) == "1:02"
    # MP3, constant 128 kbit/s: 2 s of 417-byte frames after an ID3v2 tag.
    frame = b"\xff\xfb\x90\x00" + b"\x00" * 413
    mp3 = tmp_path / "memo.mp3"
    tag = b"ID3\x03\x00\x00\x00\x00\x00\x0a" + b"\x00" * 10
    mp3.write_bytes(tag + frame * 77)
    assert duration_seconds(mp3) == pytest.approx(77 * 417 * 8 / 128_000)

    # Ogg Opus: the last page's granule position counts 48 kHz samples.
    def page(granule: int, body: bytes) -> bytes:
        return b"OggS\x00\x00" + struct.pack("<q", granule) + b"\x00" * 13 + body

    ogg = tmp_path / "memo.ogg"
    ogg.write_bytes(page(0, b"OpusHead" + b"\x00" * 11) + page(3 * 48_000, b"\x00" * 20))
    assert duration_seconds(ogg) == pytest.approx(3.0)


def test_copy_strips_wav_metadata(tmp_path: Path) -> None:
    import io

    from tli_workbook.packet.evidence.media import copy_for_kit

    data = bytearray(ef.wav_bytes(0.1))
    info = b"INFO" + b"IART" + (12).to_bytes(4, "little") + b"A. Teacher\x00\x00"
    chunk = b"LIST" + len(info).to_bytes(4, "little") + info
    data += chunk
    data[4:8] = (len(data) - 8).to_bytes(4, "little")
    src = tmp_path / "tagged.wav"
    src.write_bytes(bytes(data))
    out = io.BytesIO()
    copy_for_kit(src, out)
    assert b"A. Teacher" not in out.getvalue()
    with wave.open(io.BytesIO(out.getvalue())) as w:
        assert w.getnframes() == 800


def test_every_credential_builds_with_audio(workbook: Workbook, tmp_path: Path) -> None:
    snap = copy.deepcopy(ef.evidence_workbook(workbook))
    doc, _w = build_document(
        snap, workbook.credential, workbook.file_path, tmp_path, PacketOptions(date=PINNED_DATE)
    )
    originals = [o.kit_name for s in doc.sections for o in s.all_originals()]
    assert originals == ["Artifact4_Evidence3.wav"]
