"""The shared writer base, the Markdown writer, fonts without the system, RTL and fallback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tli_workbook.packet.document import (
    BulletList,
    Cell,
    Document,
    Heading,
    Paragraph,
    Run,
    Section,
    Table,
)
from tli_workbook.packet.writer import BLOCK_METHODS, Writer, column_widths

REPO = Path(__file__).resolve().parents[2]
MIXED = (
    "שלום לכולם, אני מורה. مرحبا بكم في صفنا. Hola a todos: ¿cómo están? 😀👍 中文 日本語 한국어"
)


def _doc(*blocks: object) -> Document:
    return Document("t", "Header", None, False, [Section(blocks=list(blocks))])  # type: ignore[arg-type]


def run(*cmd: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, check=False)
    assert done.returncode == 0, done.stderr[-800:]
    return done.stdout


def test_every_block_kind_has_a_method_in_every_writer() -> None:
    from tli_workbook.packet.docx_writer import DocxWriter
    from tli_workbook.packet.md_writer import MarkdownWriter
    from tli_workbook.packet.pdf_writer import PdfWriter
    from tli_workbook.packet.writer_qt import QtDocumentWriter

    for cls in (DocxWriter, PdfWriter, MarkdownWriter, QtDocumentWriter):
        assert issubclass(cls, Writer)
        for method in BLOCK_METHODS.values():
            assert callable(getattr(cls, method, None)), (cls, method)


def test_unknown_block_kind_prints_its_text() -> None:
    from tli_workbook.packet.md_writer import markdown_text

    class Novel:  # a block kind no writer knows yet
        pass

    import tli_workbook.packet.document as d

    saved = d.plain_text
    try:
        d.plain_text = lambda b: ["novel text"] if isinstance(b, Novel) else saved(b)  # type: ignore[assignment]
        import tli_workbook.packet.writer as w

        w.plain_text = d.plain_text  # type: ignore[attr-defined]
        assert "novel text" in markdown_text(_doc(Novel()))
    finally:
        d.plain_text = saved
        w.plain_text = saved  # type: ignore[attr-defined]


def test_markdown_escapes_and_structures() -> None:
    from tli_workbook.packet.md_writer import markdown_text

    text = markdown_text(
        _doc(
            Heading("Part *1*", 1, anchor="a1"),
            Paragraph([Run("1. not a list "), Run("bold", bold=True), Run(" # x | y")]),
            BulletList([[Run("done")], [Run("open")]], checked=[True, False]),
            Table(header=["A", "B"], rows=[[Cell("x|y"), Cell("two\nlines")]]),
        )
    )
    assert '<a id="a1"></a>\n# Part \\*1\\*' in text
    assert "1\\. not a list **bold** \\# x \\| y" in text
    assert "- [x] done\n- [ ] open" in text
    assert "| x\\|y | two<br>lines |" in text


def test_cli_export_md(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    data = tmp_path / "data"
    sample = REPO / "resources" / "samples" / "coaching-and-mentoring-sample.tliwb"
    wid = run(sys.executable, "-m", "tli_workbook", "--data-dir", str(data), "import-archive",
              str(sample), env=env).strip()  # fmt: skip
    out = tmp_path / "packet.md"
    run(sys.executable, "-m", "tli_workbook", "--data-dir", str(data), "export", wid,
        "--md", str(out), env=env)  # fmt: skip
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Coaching and Mentoring")
    assert "## Contents" in text and "| --- |" in text
    pictures = sorted((tmp_path / "packet_files").iterdir())
    assert pictures and all(f"packet_files/{p.name}" in text for p in pictures)


def test_columns_fit_their_longest_word() -> None:
    from tli_workbook.packet.pdf_writer import table_column_widths

    t = Table(
        header=["#", "Conversations", "Notes"],
        rows=[[Cell("1"), Cell("conversations"), Cell("a b c")]],
        widths=[0.2, 0.2, 5],
    )
    widths, size = table_column_widths(t, 468)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert widths[1] >= stringWidth("Conversations", "DejaVuSans-Bold", size) + 10
    assert abs(sum(widths) - 468) < 0.01
    assert column_widths(t, 100) == pytest.approx([100 * 0.2 / 5.4, 100 * 0.2 / 5.4, 100 * 5 / 5.4])


def test_mixed_scripts_without_system_fonts(tmp_path: Path) -> None:
    """Hebrew and Arabic in order and joined, emoji and CJK from the shipped fonts, Korean as
    a visible U+FFFD; every font embedded; no system font used."""
    pdf = tmp_path / "mixed.pdf"
    code = (
        "import sys; from pathlib import Path;"
        "from tli_workbook.packet.document import *;"
        "from tli_workbook.packet.pdf_writer import write_pdf;"
        f"d=Document('t','H',None,False,[Section([Paragraph([Run({MIXED!r})]),"
        "Paragraph([Run('نحن نتعلم معًا', italic=True)])])]);"
        f"write_pdf(d, Path({str(pdf)!r}))"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO), TLI_WORKBOOK_NO_SYSTEM_FONTS="1",
               FONTCONFIG_FILE="/dev/null")  # fmt: skip
    run(sys.executable, "-c", code, env=env)
    fonts = run("pdffonts", str(pdf)).splitlines()[2:]
    names = [row.split()[0] for row in fonts]
    assert all(row.split()[-5] == "yes" for row in fonts), fonts
    assert any("DroidSansFallback" in n for n in names) and any("Symbola" in n for n in names)
    text = run("pdftotext", "-enc", "UTF-8", str(pdf), "-")
    assert "\ufffd" in text  # Korean: visible replacement marks, not nothing
    # Arabic is shaped: presentation forms (joined letters) in the text layer.
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in text)
    # Hebrew in visual order: the first word sits at the right end of its line.
    assert "םולש" in text or "שלום" in text
    from tli_workbook.packet.shaping import log2vis

    v2l: list[int] = []
    assert log2vis("abc אבג", "LTR", positions_V_to_L=v2l) == "abc גבא"
    assert v2l == [0, 1, 2, 3, 6, 5, 4]
