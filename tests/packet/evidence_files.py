"""Evidence files made in the test, as a teacher would attach them: PDFs drawn with reportlab,
a Word document written with python-docx (heading, paragraphs, a bullet list, a table and a
picture), a PowerPoint deck with python-pptx, an OpenDocument text as LibreOffice stores it,
and a one-second WAV voice message written with `wave`."""

from __future__ import annotations

import copy
import hashlib
import io
import math
import struct
import wave
import zipfile
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from .fixtures import Workbook

WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"

# One line per page that the packet's text must contain.
EVIDENCE_PDF_LINES = [
    "Coaching log page one: planning conversation notes",
    "Coaching log page two: observation tally by student group",
    "Coaching log page three: reflecting conversation next steps",
]
PLAN_PDF_LINES = [
    "Fellows action plan page one: goal and objectives",
    "Fellows action plan page two: timeline and monitoring",
]
WORD_HEADING = "Newsletter: coaching corner"
WORD_PARAGRAPH = "This month two new teachers finished a full coaching cycle with a colleague."
WORD_BULLETS = ["Partner talk before discussion", "Talk maps shared in the PLC"]
WORD_TABLE = [["Week", "Focus"], ["Week 1", "Planning conversation"], ["Week 2", "Observation"]]

ANNOTATIONS = [
    "The coaching log from February 3, 2025 kept by the two participants across the cycle; "
    "its purpose was to record agreed steps, and the tally by student group keeps equity for "
    "multilingual learners in view.",
    "The March 10, 2025 newsletter told all 31 staff about the cycle; its purpose was to invite "
    "colleagues to try peer coaching, and it names how partner talk widened participation "
    "for every student group.",
    "A voice message recorded on March 12, 2025 for the phone list of 12 mentors; its purpose "
    "was to remind them of the reflecting conversation, and it offers times that suit "
    "colleagues with caring duties.",
]


def pdf_bytes(lines: list[str], rotate_last: bool = False) -> bytes:
    """One page per line, Letter, with a box and the line as real text."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    c.setAuthor("A. Teacher")
    for i, line in enumerate(lines):
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, line)
        c.setFont("Helvetica", 12)
        c.drawString(72, 670, f"Page {i + 1} of {len(lines)} of the teacher's own file.")
        c.rect(72, 200, 468, 400)
        c.showPage()
    c.save()
    data = out.getvalue()
    if rotate_last:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.pages[-1].rotate(90)
        buf = io.BytesIO()
        writer.write(buf)
        data = buf.getvalue()
    return data


def picture_png() -> bytes:
    im = Image.new("RGB", (600, 300), (240, 244, 250))
    d = ImageDraw.Draw(im)
    d.rectangle((20, 20, 580, 280), outline=(30, 60, 120), width=6)
    d.ellipse((60, 60, 240, 240), fill=(214, 40, 40))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def docx_bytes() -> bytes:
    import docx
    from docx.shared import Inches

    d = docx.Document()
    d.core_properties.author = "A. Teacher"
    d.add_heading(WORD_HEADING, level=1)
    p = d.add_paragraph("This month ")
    p.add_run("two new teachers").bold = True
    p.add_run(" finished a full coaching cycle with a colleague.")
    for item in WORD_BULLETS:
        d.add_paragraph(item, style="List Bullet")
    t = d.add_table(rows=len(WORD_TABLE), cols=2)
    for r, row in enumerate(WORD_TABLE):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.add_picture(io.BytesIO(picture_png()), width=Inches(3))
    d.add_paragraph("Ask me about joining the next cycle.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def pptx_bytes() -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    s1 = prs.slides.add_slide(prs.slide_layouts[1])
    s1.shapes.title.text = "The coaching cycle"
    body = s1.placeholders[1].text_frame
    body.text = "Plan the focus together"
    para = body.add_paragraph()
    para.text = "Observe who talks"
    para.level = 1
    s2 = prs.slides.add_slide(prs.slide_layouts[5])
    s2.shapes.title.text = "What changed"
    s2.shapes.add_picture(io.BytesIO(picture_png()), Inches(1), Inches(2), width=Inches(4))
    box = s2.shapes.add_textbox(Inches(1), Inches(5), Inches(6), Inches(1))
    box.text_frame.text = "Eleven students spoke who had not spoken before."
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def odt_bytes() -> bytes:
    """A minimal OpenDocument text as LibreOffice writes it: a heading, a bold span, a list
    and a table."""
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
  xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:h text:outline-level="1">Meeting notes</text:h>
  <text:p>We agreed on <text:span text:style-name="T1">partner talk</text:span> first.</text:p>
  <text:list><text:list-item><text:p>Bring the talk map</text:p></text:list-item>
   <text:list-item><text:p>Share one next step</text:p></text:list-item></text:list>
  <office:annotation><text:p>Comment by Jordan Example</text:p></office:annotation>
  <table:table><table:table-row><table:table-cell><text:p>Role</text:p></table:table-cell>
   <table:table-cell><text:p>Task</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell><text:p>Mentor</text:p></table:table-cell>
   <table:table-cell><text:p>Observe</text:p></table:table-cell></table:table-row></table:table>
 </office:text></office:body>
</office:document-content>"""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ODT)
        z.writestr("content.xml", content)
        z.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
        )
    return out.getvalue()


def wav_bytes(seconds: float = 1.0, rate: int = 8000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = b"".join(
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate)))
            for i in range(int(seconds * rate))
        )
        w.writeframes(frames)
    return out.getvalue()


def store(wb: Workbook, snap: dict[str, Any], data: bytes, media_type: str) -> str:
    sha = hashlib.sha256(data).hexdigest()
    (wb.files_dir / sha).write_bytes(data)
    snap["files"][sha] = {"size": len(data), "media_type": media_type}
    return sha


def evidence_workbook(wb: Workbook) -> dict[str, Any]:
    """The fixture workbook as a TLI Fellow whose artifacts are a 3-page PDF, a Word document
    and a WAV voice message, with a 2-page PDF as the Fellows plan."""
    snap = copy.deepcopy(wb.snapshot)
    snap["workbook"]["fellow"] = True
    snap["answers"]["artifact3.variant"] = "fellows_plan"
    plan = store(wb, snap, pdf_bytes(PLAN_PDF_LINES), "application/pdf")
    snap["answers"]["artifact3.fellows_plan.plan_file"] = [
        {"file": plan, "name": "fellows-action-plan.pdf", "media_type": "application/pdf"}
    ]
    snap["answers"]["artifact3.fellows_plan.equity"] = (
        "The plan puts participation by student group at the centre of every observation."
    )
    files = [
        (pdf_bytes(EVIDENCE_PDF_LINES), "application/pdf", "coaching-log.pdf", "Coaching log"),
        (docx_bytes(), WORD, "newsletter.docx", "Coaching corner newsletter"),
        (wav_bytes(), "audio/wav", "reminder.wav", "Voice message to the mentor phone list"),
    ]
    for art, (data, media, name, title), text in zip(
        snap["artifacts"], files, ANNOTATIONS, strict=True
    ):
        art["file"] = store(wb, snap, data, media)
        art["filename"] = name
        art["title"] = title
        art["description"] = text
        art["url"] = ""
        art["markup"] = []
    return snap


def evidence_archive(wb: Workbook, snap: dict[str, Any], dest: Path) -> Path:
    """The snapshot as a .tliwb archive (for the command line)."""
    import json

    with zipfile.ZipFile(dest, "w") as z:
        z.writestr("workbook.json", json.dumps(snap))
        for sha in snap["files"]:
            z.write(wb.files_dir / sha, f"files/{sha}")
    return dest
