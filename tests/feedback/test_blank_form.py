"""The blank feedback form: one document model, written as DOCX and PDF, saved from the page
and printed through Qt, with the five prompts and nothing about the teacher."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from tli_workbook.artifacts.feedback import answer_shape, guidance_range, name_warning
from tli_workbook.packet.document import Table, plain_text
from tli_workbook.packet.feedback_form import build_feedback_form, participant_guidance
from tli_workbook.ui.feedback import printing

CRED = "coaching-and-mentoring"
TEACHER = "Rivera"


def prompts(catalog) -> list[str]:
    return [p.label for p in catalog.get(CRED).part("artifact5").prompts]


def squash(text: str) -> str:
    return " ".join(text.split())


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        parts.extend(c.text for row in t.rows for c in row.cells)
    return "\n".join(parts)


def test_document_model(catalog) -> None:
    cred = catalog.get(CRED)
    doc = build_feedback_form(cred, cred.part("artifact5"))
    assert doc.cover is None and not doc.toc
    tables = [b for b in doc.blocks() if isinstance(b, Table)]
    assert [t.header[0] for t in tables[1:]] == [
        f"{n}. {p}" for n, p in enumerate(prompts(catalog), 1)
    ]
    text = " ".join(s for b in doc.blocks() for s in plain_text(b))
    assert "Please answer each question in 2-3 sentences or 2-3 bulleted points." in text
    with pytest.raises(ValueError):
        build_feedback_form(cred, cred.part("artifact4"))


def test_participant_guidance() -> None:
    assert (
        participant_guidance(
            "Your chosen participants should respond to each prompt in two to three sentences or "
            "bulleted points."
        )
        == "Please answer each question in two to three sentences or bulleted points."
    )
    assert participant_guidance("Short answers.") == "Short answers."


def test_save_as_word_and_pdf_from_the_page(
    qtbot, window, store, catalog, dialog_log, monkeypatch, tmp_path
) -> None:
    wid = store.create_workbook(CRED, f"Ms. {TEACHER}'s coaching workbook")
    page = window.open_workbook(wid).show_part("artifact5")
    dialog_log.patch(monkeypatch, window.dialogs)
    targets = {"docx": tmp_path / "form", "pdf": tmp_path / "form.pdf"}
    asked: list[str] = []

    def save_file(title: str, suggested: str, filters: str) -> Path:
        asked.append(suggested)
        return targets["docx" if "docx" in filters else "pdf"]

    monkeypatch.setattr(window.dialogs, "save_file", save_file)
    qtbot.mouseClick(page.docx_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pdf_btn, Qt.MouseButton.LeftButton)
    assert asked == ["Artifact5_Feedback_blank_form.docx", "Artifact5_Feedback_blank_form.pdf"]
    assert dialog_log.messages == []
    word, pdf = tmp_path / "form.docx", tmp_path / "form.pdf"  # the extension is added
    assert page.status.text() == f"Saved the blank form to {pdf}"

    pdf_text = squash(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    word_text = squash(docx_text(word))
    for prompt in prompts(catalog):
        assert squash(prompt) in pdf_text
        assert squash(prompt) in word_text
    for text in (pdf_text, word_text):
        assert TEACHER not in text and "workbook" not in text.lower()
        assert "Your role (not your name)" in text
    props = docx.Document(str(word)).core_properties
    assert props.author == "" and props.last_modified_by == ""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert TEACHER not in info
    assert re.search(r"^Pages:\s+2$", info, re.MULTILINE)


def test_print_renders_the_pdf_pages(qtbot, window, store, catalog, monkeypatch, tmp_path) -> None:
    wid = store.create_workbook(CRED, "x")
    page = window.open_workbook(wid).show_part("artifact5")
    out = tmp_path / "printed.pdf"

    def fake_preview(printer: QPrinter, paint, parent) -> bool:  # type: ignore[no-untyped-def]
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        paint(printer)
        return True

    monkeypatch.setattr(printing, "run_preview", fake_preview)
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.MULTILINE)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
        check=True,
    )
    (png,) = tmp_path.glob("p-*.png")
    with Image.open(png) as im:
        dark = sum(1 for v in im.convert("L").get_flattened_data() if v < 128)
    assert dark > 500  # the form's text and boxes are on the printed page
    # Vector text, not page pictures: the prompts are text and the fonts are embedded.
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Your role (not your name)" in text and "Page 2 of 2" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts


def test_print_uses_the_printers_paper_and_never_splits_a_box(qtbot, catalog, tmp_path) -> None:
    from PySide6.QtGui import QPageSize

    from tli_workbook.packet.writer_qt import QtDocumentWriter, default_margins

    cred = catalog.get(CRED)
    part = cred.part("artifact5")
    for paper, points in (
        (QPageSize.PageSizeId.A5, "420 x 595"),
        (QPageSize.PageSizeId.Legal, "612 x 1008"),
    ):
        out = tmp_path / f"{paper.name}.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageSize(QPageSize(paper))
        n = printing.paint_form(printer, cred, part)
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert points in info and re.search(rf"^Pages:\s+{n}$", info, re.MULTILINE)
        # No table (box) straddles a page cut.
        probe = QPrinter(QPrinter.PrinterMode.HighResolution)
        probe.setPageSize(QPageSize(paper))
        default_margins(probe)
        w = QtDocumentWriter(printing.build_feedback_form(cred, part), probe)
        w.build()
        page_h = 300.0 if paper.name == "A5" else 420.0
        pages = w.paginate(page_h)
        assert pages >= 2
        for r in w.table_rects():
            assert int(r.top() // page_h) == int((r.bottom() - 1) // page_h), (r, page_h)


def test_role_name_check() -> None:
    for role in ("Ms. Lopez", "Dr Chen, principal", "mrs. lee", "Jordan Smith, grade 4"):
        assert name_warning(role), role
    for role in (
        "Colleague, grade 7 math",
        "Teacher, MS science",
        "Instructional Coach",
        "Parent of a grade 3 student",
        "Special education teacher",
    ):
        assert name_warning(role) == "", role


def test_answer_shape() -> None:
    g = "Ask your chosen participants to respond to each prompt in 2-3 sentences or bullets."
    assert guidance_range(g) == (2, 3)
    assert answer_shape("One. Two.", g).ok is True
    assert answer_shape("Only one, e.g. this.", g).ok is False
    assert answer_shape("- a\n- b\n- c\n- d", g).ok is False
    assert answer_shape("Anything.", "Answer briefly.").ok is None
