"""The written packet, checked the way a reviewer's tools see it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from tests.golden import check_golden
from tli_workbook.definitions import default_catalog
from tli_workbook.packet.builder import PacketOptions, build_document
from tli_workbook.packet.document import (
    BulletList,
    CircleMapFigure,
    Document,
    Heading,
    Paragraph,
    Table,
    plain_text,
)
from tli_workbook.packet.document import (
    Image as ImageBlock,
)

from .fixtures import PINNED_DATE, REDACT_BOX, Exported

GOLDEN = Path(__file__).parent / "golden"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BOXES = "\u2611\u2610"


def run(*cmd: str, timeout: int = 120) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"{cmd[0]} failed: {done.stderr[-500:]}"
    return done.stdout


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def doc(exported: Exported, tmp_path_factory: pytest.TempPathFactory) -> Document:
    """The same neutral document the export wrote (the builder is deterministic)."""
    wb = exported.wb
    d, _ = build_document(
        wb.snapshot,
        wb.credential,
        wb.file_path,
        tmp_path_factory.mktemp("doc"),
        PacketOptions(date=PINNED_DATE),
    )
    return d


# ------------------------------------------------------------------------------------------ PDF


def test_pdf_passes_qpdf_check(exported: Exported) -> None:
    out = run("qpdf", "--check", str(exported.pdf))
    assert "No syntax or stream encoding errors" in out


def test_pdf_fonts_all_embedded(exported: Exported) -> None:
    """The packet's own text is embedded DejaVu. Evidence pages keep the fonts the teacher's
    PDF has: the fixture handout uses Helvetica, which PDFs may leave to the reader."""
    handout = exported.wb.files_dir / exported.wb.handout_sha
    theirs = {r.split()[0] for r in run("pdffonts", str(handout)).splitlines()[2:]}
    assert theirs == {"Helvetica", "Helvetica-Bold"}
    rows = run("pdffonts", str(exported.pdf)).splitlines()[2:]
    assert rows, "no fonts listed"
    ours = [r for r in rows if r.split()[0] not in theirs]
    assert len(ours) < len(rows), "the evidence pages' fonts are missing"
    for row in ours:
        cols = row.split()
        assert "DejaVu" in cols[0], row
        # name, type (may be two words), encoding, emb, sub, uni, object id, generation
        assert cols[-5] == "yes", f"not embedded: {row}"


def test_pdf_metadata_anonymous(exported: Exported) -> None:
    info = dict(
        line.split(":", 1) for line in run("pdfinfo", str(exported.pdf)).splitlines() if ":" in line
    )
    info = {k.strip(): v.strip() for k, v in info.items()}
    assert info["Author"] == ""
    assert info["Creator"] == "TLI Workbook"
    assert info["Producer"] == "TLI Workbook"
    assert info["Page size"].startswith("612 x 792")  # Letter by default
    assert info["Title"] == "Coaching and Mentoring: micro-credential submission"
    assert b"A. Teacher" not in exported.pdf.read_bytes()


def test_pdf_text_in_order(exported: Exported, doc: Document) -> None:
    lines = run("pdftotext", "-enc", "UTF-8", str(exported.pdf), "-").splitlines()
    # Running header and footer lines interrupt paragraphs that cross a page.
    body = [
        ln
        for ln in lines
        if ln.strip() not in (doc.header_text,) and not re.fullmatch(r"\s*Page \d+ of \d+\s*", ln)
    ]
    text = squash("\n".join(body))
    flat = re.sub(r"\s+", "", text)
    at = 0
    for block in doc.blocks():
        if isinstance(block, Table):
            for cell in plain_text(block):  # cells wrap side by side: presence only
                assert re.sub(r"\s+", "", cell) in flat, f"table cell missing: {cell[:50]!r}"
            continue
        for item in plain_text(block):
            item = squash(item)
            if not item:
                continue
            found = text.find(item, at)
            assert found >= 0, f"missing or out of order in the PDF: {item[:70]!r}"
            at = found + len(item)


def test_pdf_outline_follows_headings(exported: Exported, doc: Document) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(exported.pdf))
    top = [o.title for o in reader.outline if not isinstance(o, list)]
    assert top == [h.text for h in doc.headings() if h.level == 1]
    nested = [o for o in reader.outline if isinstance(o, list)]
    titles = {x.title for group in nested for x in group if not isinstance(x, list)}
    assert "Evidence 1: Planning board from the first cycle" in titles
    toc = run("pdftotext", "-layout", "-f", "2", "-l", "2", str(exported.pdf), "-")
    assert "Contents" in toc
    assert re.search(r"Part 3\. Reflection[ .]*\d+", toc)  # page numbers in the TOC


def test_pdf_page_numbers_and_header(exported: Exported) -> None:
    pages = run("pdftotext", "-enc", "UTF-8", str(exported.pdf), "-").split("\f")
    pages = [p for p in pages if p.strip()]
    n = len(pages)
    assert "Page 1 of" not in pages[0]  # the cover stays clean
    assert f"Page 2 of {n}" in pages[1] and "Coaching and Mentoring" in pages[1]
    assert f"Page {n} of {n}" in pages[-1]


# ----------------------------------------------------------------------------------------- DOCX


def docx_texts(path: Path) -> list[str]:
    import docx

    d = docx.Document(str(path))
    out: list[str] = []
    for el in d.element.body.iterchildren():
        if el.tag == f"{W}p":
            out.append("".join(t.text or "" for t in el.iter(f"{W}t")))
        elif el.tag == f"{W}tbl":
            for p in el.iter(f"{W}p"):  # cell by cell, paragraph by paragraph
                out.append("".join(t.text or "" for t in p.iter(f"{W}t")))
    return [squash(t.lstrip(BOXES)) for t in out if squash(t.lstrip(BOXES))]


def expected_texts(doc: Document) -> list[str]:
    out: list[str] = []
    if doc.cover:
        out += [doc.cover.title, doc.cover.subtitle]
        out += [f"{k}: {v}" for k, v in doc.cover.lines]
        out += ["Competency", doc.cover.statement]
    out.append("Contents")
    out += [h.text for h in doc.headings() if h.toc and h.level <= 2]
    for block in doc.blocks():
        out += plain_text(block)
    return [squash(t) for t in out if squash(t)]


def test_docx_reopens_with_same_text_in_order(exported: Exported, doc: Document) -> None:
    assert docx_texts(exported.docx) == expected_texts(doc)


def test_docx_headings_use_heading_styles(exported: Exported, doc: Document) -> None:
    import docx

    d = docx.Document(str(exported.docx))
    got = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith("Heading")]
    want = [(f"Heading {h.level}", h.text) for h in doc.headings()]
    assert got == want


def test_docx_toc_field_with_static_entries(exported: Exported) -> None:
    with zipfile.ZipFile(exported.docx) as z:
        xml = z.read("word/document.xml").decode()
    assert 'TOC \\o "1-2" \\h \\z \\u' in xml
    assert xml.count('w:fldCharType="begin"') == 1 and xml.count('w:fldCharType="end"') == 1
    assert '<w:hyperlink w:anchor="_Toc000001"' in xml
    assert '<w:bookmarkStart w:id="1" w:name="_Toc000001"/>' in xml


def test_docx_properties_anonymous(exported: Exported) -> None:
    import docx

    cp = docx.Document(str(exported.docx)).core_properties
    assert cp.author == "" and cp.last_modified_by == "" and cp.comments == ""
    with zipfile.ZipFile(exported.docx) as z:
        names = z.namelist()
        app = z.read("docProps/app.xml").decode()
        core = z.read("docProps/core.xml").decode()
    assert "<Company>" not in app and "<Manager>" not in app and "Macintosh" not in app
    assert "python-docx" not in core and "A. Teacher" not in core
    assert "docProps/thumbnail.jpeg" not in names


def test_docx_images_have_no_exif_and_redaction_is_black(exported: Exported) -> None:
    with zipfile.ZipFile(exported.docx) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        blobs = {n: z.read(n) for n in media}
    assert len(media) == 5  # circle map, photo, screenshot, both pages of the PDF
    redacted = 0
    for name, data in blobs.items():
        im = Image.open(io.BytesIO(data))
        exif = im.getexif()
        assert not exif.get_ifd(0x8825), f"GPS left in {name}"
        assert 0x013B not in exif and "icc_profile" not in im.info
        assert max(im.size) <= 2000
        if im.size == (1400, 900):  # the forum screenshot
            rgb = im.convert("RGB")
            w, h = rgb.size
            box = (
                int(REDACT_BOX["x"] * w) + 1,
                int(REDACT_BOX["y"] * h) + 1,
                int((REDACT_BOX["x"] + REDACT_BOX["w"]) * w) - 1,
                int((REDACT_BOX["y"] + REDACT_BOX["h"]) * h) - 1,
            )
            assert rgb.crop(box).getextrema() == ((0, 0), (0, 0), (0, 0))
            redacted += 1
    assert redacted == 1


def _normalized(xml: bytes) -> str:
    """Pretty-printed XML without rsids (editing-session ids that say nothing about content)."""
    root = etree.fromstring(xml)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if etree.QName(el).localname in ("rsid", "rsids", "rsidRoot"):
            el.getparent().remove(el)
            continue
        for attr in list(el.attrib):
            if etree.QName(attr).localname.lower().startswith("rsid"):
                del el.attrib[attr]
    etree.indent(root, space="  ")
    return etree.tostring(root, encoding="unicode")


@pytest.mark.parametrize("part", ["document.xml", "styles.xml"])
def test_docx_matches_golden(exported: Exported, part: str) -> None:
    with zipfile.ZipFile(exported.docx) as z:
        got = _normalized(z.read(f"word/{part}"))
    check_golden(GOLDEN / part, got)


@pytest.mark.slow
def test_libreoffice_converts_the_docx(exported: Exported, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is needed for this check"
    profile = tmp_path / "lo-profile"  # a private profile: no clash with another soffice
    # Generous: a cold LibreOffice start on a busy machine can take a minute or more.
    run(
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(tmp_path),
        str(exported.docx),
        timeout=600,
    )
    pdf = tmp_path / "packet.pdf"
    assert pdf.exists() and pdf.stat().st_size > 10_000
    text = squash(run("pdftotext", "-enc", "UTF-8", str(pdf), "-"))
    assert "Part 3. Reflection" in text and "Respondent 2: Colleague and co-observer" in text


# ------------------------------------------------------------------------------ kit and options


def test_upload_kit_files(exported: Exported) -> None:
    from pypdf import PdfReader

    names = sorted(p.name for p in exported.kit.iterdir())
    assert names == sorted(
        [
            "Part1_Overview.pdf",
            "Artifact1_CircleMap.pdf",
            "Artifact2_Review.pdf",
            "Artifact3_Design.pdf",
            "Artifact4_Evidence1.pdf",
            "Artifact4_Evidence2.pdf",
            "Artifact4_Evidence3.pdf",
            "Artifact5_Feedback.pdf",
            "Part3_Reflection.pdf",
        ]
    )
    for path in exported.kit.iterdir():
        run("qpdf", "--check", str(path))
        info = PdfReader(str(path)).metadata
        assert info.get("/Author", "") == "" and info.get("/Creator") == "TLI Workbook"
    evidence3 = PdfReader(str(exported.kit / "Artifact4_Evidence3.pdf"))
    text = evidence3.pages[0].extract_text()
    assert "Artifact 4: Do (part 1)" in text and "Evidence 3: Talk map" in text
    # The annotation with the handout's first page under it, then its second page; each
    # captioned, and counted by the footer.
    assert len(evidence3.pages) == 2
    assert "Page 1 of 2" in text
    assert "Artifact 4 \u00b7 Evidence 3 \u00b7 page 1 of 2" in text
    assert "Talk map: observation template" in text
    assert "Reflecting conversation prompts" in evidence3.pages[-1].extract_text()
    with zipfile.ZipFile(exported.zip) as z:
        assert sorted(z.namelist()) == names


def test_written_list_and_progress(exported: Exported) -> None:
    assert exported.written[:2] == [exported.docx, exported.pdf]
    assert exported.written[-1] == exported.zip
    fractions = [f for f, _m in exported.progress]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert not [p for p in exported.folder.rglob(".*tmp*")]


def test_export_upload_kit_alone_reports_warnings(exported: Exported, tmp_path: Path) -> None:
    import copy

    from tli_workbook.packet import export_upload_kit

    wb = exported.wb
    snap = copy.deepcopy(wb.snapshot)
    snap["artifacts"][0]["file"] = "0" * 64
    found: list[str] = []
    written = export_upload_kit(
        snap,
        wb.credential,
        wb.file_path,
        tmp_path / "kit",
        zip_path=tmp_path / "kit.zip",
        warnings=found,
    )
    assert len(written) == 10 and written[-1] == tmp_path / "kit.zip"
    assert found == [
        "Evidence 1 (Planning board from the first cycle): the file IMG_2041.jpg "
        "is missing from the workbook."
    ]


def test_a4_in_both_writers(exported: Exported, tmp_path: Path) -> None:
    import docx

    from tli_workbook.packet import export_packet

    wb = exported.wb
    export_packet(
        wb.snapshot,
        wb.credential,
        wb.file_path,
        docx=tmp_path / "a4.docx",
        pdf=tmp_path / "a4.pdf",
        page="a4",
        options=PacketOptions(date=PINNED_DATE, toc=False),
    )
    assert "595.276 x 841.89" in run("pdfinfo", str(tmp_path / "a4.pdf"))
    section = docx.Document(str(tmp_path / "a4.docx")).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


def test_importing_the_package_is_cheap() -> None:
    code = (
        "import sys, tli_workbook.packet as p; "
        "heavy = ('docx', 'reportlab', 'PIL', 'PySide6.QtWidgets'); "
        "print([m for m in heavy if m in sys.modules])"
    )
    repo = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=repo,
        timeout=60,
        check=True,
    )
    assert out.stdout.strip() == "[]"


def test_no_qt_widgets_in_the_package() -> None:
    package = Path(__file__).resolve().parents[2] / "tli_workbook" / "packet"
    for source in package.glob("*.py"):
        assert "QtWidgets" not in source.read_text(), source.name


def test_document_has_every_block_kind(doc: Document) -> None:
    kinds = {type(b) for b in doc.blocks()}
    assert {Heading, Paragraph, BulletList, Table, ImageBlock, CircleMapFigure} <= kinds


@pytest.mark.parametrize("credential_id", default_catalog().ids())
def test_empty_workbook_of_every_credential(credential_id: str, tmp_path: Path) -> None:
    """A fresh workbook (nothing answered, Fellow) still makes a valid, honest packet."""
    from tli_workbook.packet import export_packet

    cred = default_catalog().get(credential_id)
    snap = {
        "workbook": {"title": "x", "credential": credential_id, "fellow": True},
        "answers": {},
        "circle_map": {"entries": [], "strokes": []},
        "artifacts": [],
        "respondents": [],
        "files": {},
    }
    written = export_packet(
        snap,
        cred,
        lambda _sha: None,
        docx=tmp_path / "e.docx",
        pdf=tmp_path / "e.pdf",
        upload_kit=tmp_path / "kit",
        options=PacketOptions(date=PINNED_DATE, include_rubric=True),
    )
    run("qpdf", "--check", str(tmp_path / "e.pdf"))
    text = squash(run("pdftotext", "-enc", "UTF-8", str(tmp_path / "e.pdf"), "-"))
    assert "(No answer.)" in text
    if cred.parts_of_kind("artifacts"):
        assert "(No artifacts added yet.)" in text
    if cred.parts_of_kind("feedback"):
        assert "(No feedback recorded yet.)" in text
    assert "Not self-assessed yet." in text
    kit = {p.name for p in written if p.parent.name == "kit"}
    assert {p.upload_name + ".pdf" for p in cred.parts if p.packet and p.upload_name} == kit
