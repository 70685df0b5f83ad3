"""The body face is read when the PDF fonts are registered; bold, italic and bold italic
only when a document first sets them, and then they are embedded as before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tli_workbook.packet import pdf_writer
from tli_workbook.packet.document import Document, Paragraph, Run, Section


def _printed_by(code: str) -> list[str]:
    """The words a fresh interpreter prints running `code` (fonts are registered once a
    process, so each case needs its own)."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()


def test_a_face_is_read_when_first_asked_for() -> None:
    code = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "from tli_workbook.packet import fonts\n"
        "fonts.register_pdf_fonts()\n"
        "names = set(pdfmetrics.getRegisteredFontNames())\n"
        "print(fonts.BODY in names, fonts.BOLD_ITALIC in names)\n"
        "print(type(pdfmetrics.getFont(fonts.BOLD_ITALIC)).__name__)\n"
        "print(fonts.BOLD_ITALIC in set(pdfmetrics.getRegisteredFontNames()))\n"
    )
    out = _printed_by(code)
    assert out == ["True", "False", "TTFont", "True"]


def test_pictures_still_find_the_body_face_after_a_pdf() -> None:
    """Registering the PDF fonts left the cached list of font files without its body face:
    text burned into a picture after an export (markup labels) failed with KeyError."""
    code = (
        "from tli_workbook.packet import fonts\n"
        "before = fonts.pillow_font_path(), fonts.pillow_font_path(bold=True)\n"
        "fonts.register_pdf_fonts()\n"
        "after = fonts.pillow_font_path(), fonts.pillow_font_path(bold=True)\n"
        "print(before == after, before[0].name, after[1].name)\n"
    )
    assert _printed_by(code) == ["True", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]


def test_every_face_a_document_sets_is_embedded(tmp_path: Path) -> None:
    from pypdf import PdfReader

    runs = [
        Run("plain "),
        Run("bold ", bold=True),
        Run("italic ", italic=True),
        Run("both", bold=True, italic=True),
    ]
    doc = Document("Faces", "Faces", None, False, [Section(blocks=[Paragraph(runs)])])
    out = tmp_path / "faces.pdf"
    pdf_writer.write_pdf(doc, out)
    page = PdfReader(str(out)).pages[0]
    names = {
        str(f.get_object()["/BaseFont"]).split("+")[-1]
        for f in page["/Resources"]["/Font"].values()
    }
    assert {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
    } <= names


def test_two_threads_asking_for_a_face_at_once_both_get_it() -> None:
    code = (
        "import threading\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from tli_workbook.packet import fonts\n"
        "fonts.register_pdf_fonts()\n"
        "got, start = [], threading.Barrier(4)\n"
        "def ask():\n"
        "    start.wait()\n"
        "    got.append(type(pdfmetrics.getFont(fonts.BOLD_ITALIC)).__name__)\n"
        "threads = [threading.Thread(target=ask) for _ in range(4)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "print(*got)\n"
    )
    out = _printed_by(code)
    assert out == ["TTFont"] * 4


def test_a_built_in_face_is_still_found_by_reportlab() -> None:
    # reportlab's own search for Helvetica asks getFont for its encoding on the way: it must
    # not wait on the lock that guards the app's faces.
    code = (
        "import threading\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from tli_workbook.packet import fonts\n"
        "fonts.register_pdf_fonts()\n"
        "t = threading.Thread(target=lambda: print(pdfmetrics.getFont('Helvetica').fontName))\n"
        "t.start()\n"
        "t.join(60)\n"
        "print('stuck' if t.is_alive() else 'done', flush=True)\n"
        "import os; os._exit(0)\n"
    )
    out = _printed_by(code)
    assert out == ["Helvetica", "done"]
