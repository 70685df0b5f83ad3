"""DocxPictures: the DOCX's drawn pictures, started ahead on a worker, are the ones the writer
draws in place, each drawn once, and a failure reaches the writer as before."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tli_workbook.circlemap.sample import SAMPLE_MAP
from tli_workbook.packet import docx_pictures
from tli_workbook.packet.document import (
    CircleMapFigure,
    Document,
    EvidencePage,
    Paragraph,
    Section,
)
from tli_workbook.packet.docx_pictures import DocxPictures
from tli_workbook.packet.docx_writer import write_docx
from tli_workbook.packet.theme import page_size

from .evidence_files import pdf_bytes

LABELS = {"center": "Core Belief/Theme", "context": "Context", "needs": "Needs"}


def _doc(tmp_path: Path, pages: int = 3) -> Document:
    pdf = tmp_path / "evidence.pdf"
    pdf.write_bytes(pdf_bytes([f"Evidence page {i + 1}" for i in range(pages)]))
    blocks: list = [CircleMapFigure(dict(SAMPLE_MAP), dict(LABELS), caption="The map")]
    blocks.append(Paragraph.of("Between the pictures."))
    blocks += [EvidencePage(pdf, i, f"page {i + 1}") for i in range(pages)]
    return Document("T", "T", None, False, [Section(blocks=blocks)])


def _media(docx: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        names = sorted(n for n in z.namelist() if n.startswith("word/media/"))
        out = []
        for n in names:
            with Image.open(z.open(n)) as im:
                out.append(im.convert("RGB").tobytes())
        return out


def test_pictures_ahead_are_the_pictures_drawn_in_place_each_once(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _doc(tmp_path)
    calls: list[str] = []
    for name in ("_circle_map", "_evidence"):
        real = getattr(docx_pictures, name)

        def counted(*args, _real=real, _name=name):  # type: ignore[no-untyped-def]
            calls.append(_name)
            return _real(*args)

        monkeypatch.setattr(docx_pictures, name, counted)
    ahead = io.BytesIO()
    pictures = DocxPictures(doc, page_size("letter"))
    try:
        write_docx(doc, ahead, pictures=pictures)
    finally:
        pictures.close()
    assert sorted(calls) == ["_circle_map"] + ["_evidence"] * 3
    calls.clear()
    in_place = io.BytesIO()
    write_docx(doc, in_place, pictures=DocxPictures(doc, page_size("letter"), ahead=False))
    assert sorted(calls) == ["_circle_map"] + ["_evidence"] * 3
    assert len(_media(ahead.getvalue())) == 4
    assert _media(ahead.getvalue()) == _media(in_place.getvalue())


def test_a_picture_that_fails_on_the_worker_fails_the_writer(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(block):  # type: ignore[no-untyped-def]
        raise RuntimeError("pdfium fell over")

    monkeypatch.setattr(docx_pictures, "_evidence", broken)
    doc = _doc(tmp_path, pages=1)
    pictures = DocxPictures(doc, page_size("letter"))
    try:
        with pytest.raises(RuntimeError, match="fell over"):
            write_docx(doc, io.BytesIO(), pictures=pictures)
    finally:
        pictures.close()
