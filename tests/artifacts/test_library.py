"""The widget-free core: type sniffing, file checks, thumbnails, open-copies, annotation."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PIL import Image

from artifacts.helpers import make_jpeg_with_gps, make_pdf, make_png
from tli_workbook.artifacts import thumbs
from tli_workbook.artifacts.annotation import draft_description, format_datetime, missing_elements
from tli_workbook.artifacts.inspect import check_image, inspect_file
from tli_workbook.artifacts.opening import make_open_copy, purge_open_copies, safe_filename
from tli_workbook.artifacts.sniff import sniff_bytes, sniff_file

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.parametrize(
    ("head", "media"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "image/png"),
        (b"\xff\xd8\xff\xe0\0\x10JFIF", "image/jpeg"),
        (b"GIF89a\x01\0", "image/gif"),
        (b"RIFF\0\0\0\0WEBPVP8 ", "image/webp"),
        (b"II*\0\x08\0\0\0", "image/tiff"),
        (b"%PDF-1.7\n", "application/pdf"),
        (b"\0\0\0\x18ftypmp42", "video/mp4"),
        (b"\0\0\0\x14ftypqt  ", "video/quicktime"),
        (b"\0\0\0\x18ftypheic", "image/heic"),
        (b"ID3\x04\0", "audio/mpeg"),
        (b"RIFF\0\0\0\0WAVEfmt ", "audio/wav"),
        (b"<!DOCTYPE html><html>", "text/html"),
        (b"<?xml version='1.0'?><svg xmlns='x'>", "image/svg+xml"),
        (b"Plain notes from the meeting", "text/plain"),
        (b"\x00\x01\x02\x03binary", "application/octet-stream"),
    ],
)
def test_sniff_by_magic_numbers(head: bytes, media: str) -> None:
    assert sniff_bytes(head, "misleading.png") == media


def test_zip_containers_are_told_apart(samples) -> None:
    assert sniff_file(samples.docx).media_type == DOCX
    renamed = samples.docx.with_name("agenda.png")
    renamed.write_bytes(samples.docx.read_bytes())
    assert sniff_file(renamed).media_type == DOCX  # the name does not matter


def test_good_files_pass_with_their_real_type(samples) -> None:
    png = inspect_file(samples.png)
    assert (png.ok, png.kind, png.media_type, png.notes) == (True, "image", "image/png", [])
    assert (png.image.width, png.image.height) == (400, 300)
    jpg = inspect_file(samples.jpeg_gps)
    assert (jpg.kind, jpg.media_type) == ("image", "image/jpeg")
    assert inspect_file(samples.pdf).kind == "pdf"
    doc = inspect_file(samples.docx)
    assert (doc.ok, doc.kind, doc.media_type) == (True, "file", DOCX)


def test_empty_file_is_refused(samples) -> None:
    res = inspect_file(samples.empty)
    assert not res.ok
    assert "empty (0 bytes)" in res.refused and "empty-scan.jpg" in res.refused


def test_truncated_jpeg_is_refused_clearly(samples) -> None:
    res = inspect_file(samples.truncated)
    assert not res.ok
    assert "broken-photo.jpg is incomplete" in res.refused


def test_png_that_is_not_an_image_becomes_a_plain_file(samples) -> None:
    res = inspect_file(samples.fake_png)
    assert res.ok and res.kind == "file" and res.media_type == "text/html"
    assert "named like an image but is not one" in res.notes[0]
    assert "not previewed" in res.notes[0]


def test_pdf_named_png_is_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    make_pdf(tmp_path / "real.pdf").rename(path)
    res = inspect_file(path)
    assert res.kind == "pdf" and res.media_type == "application/pdf"
    assert "is a PDF document" in res.notes[0]


def test_jpeg_named_png_is_previewed_as_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    make_jpeg_with_gps(tmp_path / "p.jpg").rename(path)
    res = inspect_file(path)
    assert (res.kind, res.media_type, res.notes) == ("image", "image/jpeg", [])


def test_pixel_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    bomb = tmp_path / "huge.png"
    Image.new("1", (10_000, 10_000)).save(bomb)  # 100 MP in a few kilobytes
    assert bomb.stat().st_size < 200_000
    res = inspect_file(bomb)
    assert not res.ok and "too large to use safely" in res.refused and "megapixels" in res.refused


def test_file_over_the_size_cap_is_refused(samples) -> None:
    res = inspect_file(samples.png, max_bytes=1000)
    assert not res.ok and "the most one attachment may be is 1000 bytes" in res.refused


def test_damaged_png_is_refused(tmp_path: Path) -> None:
    path = make_png(tmp_path / "a.png")
    data = bytearray(path.read_bytes())
    data[60:80] = b"\0" * 20  # inside the image data: the CRC no longer matches
    path.write_bytes(bytes(data))
    with pytest.raises(Exception) as info:
        check_image(path)
    assert "a.png" in str(info.value)


# ----- thumbnails and PDF rendering ---------------------------------------------------------


def test_image_thumbnail_is_cached_by_sha_and_markup(tmp_path: Path, samples) -> None:
    sha = "a" * 64
    t1 = thumbs.thumbnail(tmp_path, samples.png, sha, "image/png")
    assert t1 == tmp_path / "thumbs" / f"{sha}-t320.png"
    with Image.open(t1) as im:
        assert max(im.size) <= 320
    redact = [{"kind": "redact", "x": 0, "y": 0, "w": 0.5, "h": 0.5}]
    t2 = thumbs.thumbnail(tmp_path, samples.png, sha, "image/png", redact)
    assert t2 != t1 and t2.name.startswith(f"{sha}-t320-m")
    with Image.open(t2) as im:
        assert im.convert("RGB").getpixel((5, 5)) == (0, 0, 0)
    mtime = t2.stat().st_mtime_ns
    assert thumbs.thumbnail(tmp_path, samples.png, sha, "image/png", redact) == t2
    assert t2.stat().st_mtime_ns == mtime  # served from the cache


def test_pdf_thumbnail_renders_the_first_page(tmp_path: Path, samples) -> None:
    t = thumbs.thumbnail(tmp_path, samples.pdf, "b" * 64, "application/pdf")
    with Image.open(t) as im:
        assert max(im.size) <= 320
        # The black box drawn on page 1 is there.
        assert im.convert("L").getextrema()[0] < 40


def test_other_types_get_no_thumbnail(tmp_path: Path, samples) -> None:
    assert thumbs.thumbnail(tmp_path, samples.docx, "c" * 64, DOCX) is None


def test_damaged_pdf_gives_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    with pytest.raises(thumbs.PreviewError, match="could not be drawn"):
        thumbs.thumbnail(tmp_path, bad, "d" * 64, "application/pdf")


def test_pdf_render_timeout_gives_a_message(tmp_path: Path, samples, monkeypatch) -> None:
    import threading

    from tli_workbook.artifacts import pdf_render

    release = threading.Event()
    real = pdf_render._render

    def slow(*args):  # type: ignore[no-untyped-def]
        release.wait(10)  # a page that takes "forever" to draw
        return real(*args)

    monkeypatch.setattr(pdf_render, "_render", slow)
    try:
        with pytest.raises(pdf_render.RenderError, match="took longer than"):
            pdf_render.render_page(samples.pdf, 0, 200, timeout=0.2)
    finally:
        release.set()
    monkeypatch.undo()
    # The renderer is usable again once the slow page has finished.
    assert max(pdf_render.render_page(samples.pdf, 0, 200).size) == 200


def test_clear_cache(tmp_path: Path, samples) -> None:
    thumbs.thumbnail(tmp_path, samples.png, "e" * 64, "image/png")
    assert thumbs.clear_cache(tmp_path, "e" * 64) == 1
    assert thumbs.clear_cache(tmp_path) == 0


# ----- open copies --------------------------------------------------------------------------


def test_open_copy_is_a_read_only_copy(tmp_path: Path, samples) -> None:
    copy = make_open_copy(samples.png, "newsletter_feb.png", "image/png", root=tmp_path)
    assert copy != samples.png and copy.read_bytes() == samples.png.read_bytes()
    assert not os.stat(copy).st_mode & stat.S_IWUSR
    assert copy.name == "newsletter_feb.png"


def test_open_copy_name_matches_content() -> None:
    assert safe_filename("photo.png", "image/jpeg") == "photo.jpg"
    assert safe_filename("photo.JPEG", "image/jpeg") == "photo.JPEG"
    assert safe_filename("../../etc/passwd", "text/plain") == "passwd.txt"
    assert safe_filename("", "application/pdf") == "attachment.pdf"


def test_stale_open_copies_are_purged(tmp_path: Path, samples) -> None:
    copy = make_open_copy(samples.png, "a.png", "image/png", root=tmp_path)
    assert purge_open_copies(tmp_path) == 0
    old = copy.parent.stat().st_mtime - 3 * 86400
    os.utime(copy.parent, (old, old))
    assert purge_open_copies(tmp_path) == 1 and not copy.exists()


# ----- annotation ---------------------------------------------------------------------------


def test_draft_description_uses_every_element(catalog) -> None:
    part = catalog.get("coaching-and-mentoring").part("artifact4")
    fields = {
        "date_time": "2025-02-12T15:45",
        "participants": 12,
        "purpose": "guided the launch workshop for peer coaching",
        "equity": "each item asked which students a practice serves",
        "artifact_type": "Presentations",
    }
    text = draft_description(part, fields)
    assert text == (
        "Time/Date: February 12, 2025, 3:45 PM. Number of participants: 12. Guided the launch "
        "workshop for peer coaching. Each item asked which students a practice serves."
    )
    assert missing_elements(part, fields) == []
    assert missing_elements(part, {"participants": 0}) == [
        "Time/Date",
        "Purpose of artifact and how it was used",
        "Explain how equity is supported and promoted",
    ]


def test_no_equity_element_where_the_credential_has_none(catalog) -> None:
    part = catalog.get("purposeful-collaboration").part("artifact4")
    assert "equity" not in [e.id for e in part.annotation_elements]
    text = draft_description(part, {"equity": "ignored", "purpose": "Shared notes"})
    assert text == "Shared notes."


def test_format_datetime() -> None:
    assert format_datetime("2025-03-05T09:05") == "March 5, 2025, 9:05 AM"
    assert format_datetime("early March") == "early March"
    assert format_datetime(None) == ""
