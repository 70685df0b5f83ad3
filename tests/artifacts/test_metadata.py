"""Readers of identifying metadata in attached files: EXIF and PNG text in images, authors in
DOCX and PDF documents (moved here from text/privacy with the split of the scanner)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tli_workbook.artifacts.metadata import (
    _pdf_metadata_fallback,
    document_metadata,
    image_metadata,
)
from tli_workbook.text import scan_metadata


def test_image_metadata_reads_exif(tmp_path: Path) -> None:
    from PIL import Image

    image = Image.new("RGB", (4, 4), "white")
    exif = Image.Exif()
    exif[0x013B] = "Maria Lopez"  # Artist
    exif[0x010F] = "Canon"  # Make
    exif[0x9C9D] = "Maria".encode("utf-16-le") + b"\x00\x00"  # XPAuthor
    exif.get_ifd(0x8769)[0xA430] = "M. Lopez"  # CameraOwnerName
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (40.0, 42.0, 46.08)
    gps[3] = "W"
    gps[4] = (74.0, 0.0, 21.6)
    path = tmp_path / "photo.jpg"
    image.save(path, exif=exif)

    meta = image_metadata(path)
    assert meta["Artist"] == "Maria Lopez"
    assert meta["Make"] == "Canon"
    assert meta["XPAuthor"] == "Maria"
    assert meta["CameraOwnerName"] == "M. Lopez"
    assert meta["GPSInfo"] == "40.71280, -74.00600"
    texts = [f.text for f in scan_metadata(meta, "photo.jpg")]
    assert "Artist: Maria Lopez" in texts
    assert "GPS location: 40.71280, -74.00600" in texts
    assert not any(t.startswith("Make") for t in texts)


def test_image_metadata_png_text_and_clean_image(tmp_path: Path) -> None:
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Maria Lopez")
    tagged = tmp_path / "tagged.png"
    Image.new("RGB", (2, 2)).save(tagged, pnginfo=info)
    assert image_metadata(tagged) == {"Author": "Maria Lopez"}

    clean = tmp_path / "clean.png"
    Image.new("RGB", (2, 2)).save(clean)
    assert image_metadata(clean) == {}


def test_image_metadata_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe1garbage")
    assert image_metadata(bad) == {}
    assert image_metadata(tmp_path / "missing.jpg") == {}


def test_document_metadata_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Hello")
    document.core_properties.author = "Maria Lopez"
    document.core_properties.last_modified_by = "mlopez"
    path = tmp_path / "plan.docx"
    document.save(path)
    meta = document_metadata(path)
    assert meta["author"] == "Maria Lopez"
    assert meta["last_modified_by"] == "mlopez"
    assert {f.text for f in scan_metadata(meta, "plan.docx")} >= {
        "Author: Maria Lopez",
        "Last modified by: mlopez",
    }


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


CORE = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    b"<dc:creator>Maria Lopez</dc:creator><cp:lastModifiedBy></cp:lastModifiedBy>"
    b"</cp:coreProperties>"
)
APP = (
    b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/extended-properties"><Company>Lincoln Elementary</Company><Manager>Dr. Okafor'
    b"</Manager></Properties>"
)


def test_document_metadata_ooxml_parts(tmp_path: Path) -> None:
    path = _zip(tmp_path / "a.docx", {"docProps/core.xml": CORE, "docProps/app.xml": APP})
    assert document_metadata(path) == {
        "author": "Maria Lopez",
        "company": "Lincoln Elementary",
        "manager": "Dr. Okafor",
    }


def test_document_metadata_refuses_entities_and_huge_parts(tmp_path: Path) -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<cp:coreProperties xmlns:cp="urn:x" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<dc:creator>&b;</dc:creator></cp:coreProperties>"
    )
    external = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<Properties><Company>&e;</Company></Properties>"
    )
    huge = b"<Properties><Company>" + b"x" * (2 << 20) + b"</Company></Properties>"
    path = _zip(tmp_path / "evil.docx", {"docProps/core.xml": evil, "docProps/app.xml": external})
    assert document_metadata(path) == {}
    path = _zip(tmp_path / "huge.docx", {"docProps/app.xml": huge})
    assert document_metadata(path) == {}
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert document_metadata(broken) == {}


def test_document_metadata_pdf(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=72, height=72)
    writer.add_metadata({"/Author": "Maria Lopez", "/Creator": "Microsoft Word"})
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "plan.pdf"
    path.write_bytes(buffer.getvalue())
    assert document_metadata(path) == {"author": "Maria Lopez"}

    writer = PdfWriter()
    writer.add_blank_page(width=72, height=72)
    path = tmp_path / "anonymous.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    assert document_metadata(path) == {}


def test_pdf_fallback_scan(tmp_path: Path) -> None:
    literal = tmp_path / "literal.pdf"
    literal.write_bytes(b"%PDF-1.4\n1 0 obj << /Author (Maria \\(M.\\) Lopez) >> endobj\n%%EOF")
    assert _pdf_metadata_fallback(literal) == {"author": "Maria (M.) Lopez"}
    utf16 = tmp_path / "hex.pdf"
    hex_name = ("\ufeffJosé".encode("utf-16-be")).hex().encode()
    utf16.write_bytes(b"%PDF-1.7\n<< /Author <" + hex_name + b"> >>\n")
    assert _pdf_metadata_fallback(utf16) == {"author": "José"}
    # A damaged PDF still gives its author through the fallback.
    assert document_metadata(literal) == {"author": "Maria (M.) Lopez"}


def test_document_metadata_other_files(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Author: Maria")
    assert document_metadata(text) == {}
    assert document_metadata(tmp_path / "missing.pdf") == {}


def _png_with_chunk_after_pixels(path: Path, kind: bytes, data: bytes, exif: Any = None) -> None:
    """A PNG with one more chunk between its image data and IEND (where Pillow sees it only
    after decoding the pixels)."""
    import struct
    import zlib

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buf, "PNG", **({"exif": exif} if exif else {}))
    png = buf.getvalue()
    chunk = struct.pack(">I", len(data)) + kind + data
    chunk += struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    end = png.rindex(b"IEND") - 4
    path.write_bytes(png[:end] + chunk + png[end:])


def test_png_metadata_is_read_without_decoding_the_pixels_unless_chunks_follow_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PNG's EXIF and text before its pixels are read from the header chunks; one with a
    metadata chunk after the pixels is decoded as before, so nothing is missed."""
    from PIL import Image, ImageFile, PngImagePlugin

    from tli_workbook.artifacts import metadata

    exif = Image.Exif()
    exif[0x013B] = "Maria Lopez"  # Artist
    early = tmp_path / "early.png"
    Image.new("RGB", (8, 8)).save(early, exif=exif)
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Sam Lee")
    text = tmp_path / "text.png"
    Image.new("RGB", (8, 8)).save(text, pnginfo=info)
    late_exif = tmp_path / "late-exif.png"
    _png_with_chunk_after_pixels(late_exif, b"eXIf", exif.tobytes()[6:])  # no "Exif\0\0"
    late_text = tmp_path / "late-text.png"
    _png_with_chunk_after_pixels(late_text, b"tEXt", b"Author\x00Ana Ruiz")
    cut = tmp_path / "cut.png"
    cut.write_bytes(early.read_bytes()[:-12])  # no IEND
    paths = (early, text, late_exif, late_text, cut)

    monkeypatch.setattr(metadata, "_png_metadata_after_pixels", lambda _p: True)
    decoded = [image_metadata(p) for p in paths]
    monkeypatch.undo()
    assert decoded[:4] == [
        {"Artist": "Maria Lopez"},
        {"Author": "Sam Lee"},
        {"Artist": "Maria Lopez"},
        {"Author": "Ana Ruiz"},
    ]

    loads: list[str] = []
    real_load = ImageFile.ImageFile.load

    def counting(self: Any) -> Any:
        loads.append(Path(self.filename).name)
        return real_load(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counting)
    assert [image_metadata(p) for p in paths] == decoded
    assert "early.png" not in loads and "text.png" not in loads
    assert "late-exif.png" in loads and "late-text.png" in loads
