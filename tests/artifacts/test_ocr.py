"""Reading the text in pictures (tli_workbook.artifacts.ocr): line building, boxes, the cache,
and the real engine on pictures and PDF pages drawn with known text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tli_workbook.artifacts.ocr import (
    CACHE_VERSION,
    ENV_OCR_CACHE,
    OcrCache,
    OcrDoc,
    OcrPage,
    PictureReader,
    _lines,
    _segments,
    read_file,
)

from .ocr_images import STUDENT, name_tag

ROOT = Path(__file__).resolve().parents[2]


def _row(text: str, x: float, y: float, pitch: float, h: float = 40.0) -> list:
    """A RapidOCR result row with one box per character, `pitch` apart."""
    chars = [
        [[x + i * pitch, y], [x + (i + 0.8) * pitch, y], [x + (i + 0.8) * pitch, y + h],
         [x + i * pitch, y + h]]
        for i in range(len(text))
    ]  # fmt: skip
    w = len(text) * pitch
    quad = [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]
    return [quad, text, 0.99, chars, list(text), [0.99] * len(text)]


def test_split_segments_join_into_one_line_without_doubled_letters() -> None:
    # The detector split "Maria Lopez" at the gap and read the last "a" again as "A".
    rows = [_row("Maria", 0, 100, 30), _row("A Lopez", 135, 102, 30), _row("HELLO", 0, 0, 30)]
    lines = _lines(_segments(rows, 1.0))
    assert [ln.text for ln in lines] == ["HELLO", "Maria Lopez"]
    assert all(len(ln.chars) == len(ln.text) for ln in lines)


def test_dropped_spaces_are_put_back_and_far_columns_stay_apart() -> None:
    rows = [_row("SamPlaceholder", 0, 0, 30), _row("during", 2000, 5, 30)]
    assert [ln.text for ln in _lines(_segments(rows, 1.0))] == ["Sam Placeholder", "during"]


def test_weak_guesses_are_dropped() -> None:
    row = _row("noise", 0, 0, 30)
    row[2] = 0.2
    assert _segments([row], 1.0) == []


def test_boxes_cover_the_characters_of_a_match_per_line() -> None:
    lines = _lines(_segments([_row("my name is", 0, 0, 30), _row("Ann Lee", 0, 100, 30)], 2.0))
    page = OcrPage(0, 1000, 1000, tuple(lines))
    start = page.text.index("Ann Lee")
    (box,) = page.boxes(start, start + len("Ann Lee"), pad=0)
    # Scaled by 2: "Ann Lee" spans x 0..(6.8 * 30) * 2, y 200..280.
    assert box == pytest.approx((0, 200, 6.8 * 60, 80), abs=0.01)
    two = page.boxes(page.text.index("is"), start + 3, pad=0)
    assert len(two) == 2  # one box per line the match touches


def test_cache_round_trip_and_damaged_entries(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_OCR_CACHE, raising=False)
    lines = tuple(_lines(_segments([_row("Zoë Kowalczyk", 5, 5, 20)], 1.0)))
    doc = OcrDoc("ab" * 32, "image", (OcrPage(0, 640, 480, lines),), 1)
    cache = OcrCache(tmp_path)
    cache.put(doc)
    assert (tmp_path / "ocr" / f"{doc.sha}.json").is_file()
    assert cache.get(doc.sha) == OcrDoc(doc.sha, "image", cache.get(doc.sha).pages, 1)
    assert cache.get(doc.sha).pages[0].text == "Zoë Kowalczyk"
    # Damaged JSON, a wrong version or mismatched character boxes: read again, never crash.
    path = cache.path(doc.sha)
    path.write_text("{not json", encoding="utf-8")
    assert cache.get(doc.sha) is None
    data = json.loads(json.dumps({"version": CACHE_VERSION + 1, "sha": doc.sha}))
    path.write_text(json.dumps(data), encoding="utf-8")
    assert cache.get(doc.sha) is None
    cache.put(doc)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["pages"][0]["lines"][0]["chars"].pop()
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert cache.get(doc.sha) is None


def test_a_file_that_is_not_a_picture_is_not_read(tmp_path: Path) -> None:
    txt = tmp_path / "notes.png"  # the name says picture, the content does not
    txt.write_text("Jayden Brooks", encoding="utf-8")
    assert read_file(txt, "x") == OcrDoc("x", "")


def test_a_damaged_picture_gives_a_message_not_a_crash(tmp_path: Path) -> None:
    good = tmp_path / "good.png"
    name_tag(good)
    bad = tmp_path / "bad.png"
    bad.write_bytes(good.read_bytes()[:2000])  # cut short: the header is fine, the data not
    doc = read_file(bad, "y")
    assert doc.kind == "image" and doc.error and not doc.read


def test_the_name_on_a_name_tag_is_read_with_its_box(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_OCR_CACHE, raising=False)  # this test's own cache, empty
    pic = tmp_path / "tag.png"
    x0, y0, x1, y1 = name_tag(pic)
    reader = PictureReader(tmp_path, run=False)
    assert reader("s" * 64, pic) is None  # not read yet: the GUI thread never reads
    doc = PictureReader(tmp_path)("s" * 64, pic)
    assert doc is not None and doc.read, doc
    (page,) = doc.pages
    assert (page.width, page.height) == Image.open(pic).size
    assert "HELLO" in page.text and "my name is" in page.text
    assert STUDENT in page.text
    start = page.text.index(STUDENT)
    ((bx, by, bw, bh),) = page.boxes(start, start + len(STUDENT))
    # The box covers the drawn name (the recogniser's letter boxes are a little rough).
    assert bx <= x0 + 15 and by <= y0 + 5 and bx + bw >= x1 - 15 and by + bh >= y1 - 5
    assert bw < (x1 - x0) * 1.4 and bh < (y1 - y0) * 2
    assert PictureReader(tmp_path, run=False)("s" * 64, pic) == doc  # cached by hash


def test_rotated_photo_boxes_are_in_the_upright_picture(tmp_path: Path) -> None:
    """A phone photo stored on its side with an EXIF orientation tag: the boxes are in the
    picture as shown (and as the markup editor and the packet use it)."""
    pic = tmp_path / "tag.png"
    name_tag(pic)
    im = Image.open(pic).convert("RGB").rotate(90, expand=True)  # stored sideways
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 clockwise to show"
    photo = tmp_path / "photo.jpg"
    im.save(photo, format="JPEG", quality=92, exif=exif.tobytes())
    doc = read_file(photo, "r")
    (page,) = doc.pages
    assert (page.width, page.height) == (1600, 1000)  # upright, as shown
    assert STUDENT in page.text


def test_pdf_pages_are_read(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    from tli_workbook.packet.fonts import pillow_font_path

    pdf = tmp_path / "evidence.pdf"
    c = canvas.Canvas(str(pdf), pagesize=letter)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("OcrTestSans", str(pillow_font_path(bold=True))))
    for text in ("Meeting notes", "Notes from Oak Grove Intermediate"):
        c.setFont("OcrTestSans", 20)
        c.drawString(72, 600, text)
        c.showPage()
    c.save()
    doc = read_file(pdf, "p")
    assert doc.kind == "pdf" and doc.page_count == 2 and len(doc.pages) == 2
    assert "Meeting notes" in doc.pages[0].text
    assert "Oak Grove Intermediate" in doc.pages[1].text
    assert max(doc.pages[1].width, doc.pages[1].height) == 2000


NO_NETWORK = r"""
import sys
seen = []
sys.addaudithook(lambda e, a: seen.append(e) if e.startswith(("socket.", "urllib.", "http."))
                 else None)
from pathlib import Path
from tli_workbook.artifacts.ocr import read_file
doc = read_file(Path(sys.argv[1]), "n")
print(repr(doc.pages[0].text), "network", seen)
"""


def test_reading_needs_no_network(tmp_path: Path) -> None:
    """The models are inside the package: nothing is fetched, no socket is opened."""
    pic = tmp_path / "tag.png"
    name_tag(pic)
    env = dict(os.environ, **{ENV_OCR_CACHE: str(tmp_path / "cache")})
    r = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, str(pic)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert STUDENT in r.stdout
    assert r.stdout.rstrip().endswith("network []")
