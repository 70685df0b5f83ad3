"""Names in pictures: a sample-based workbook with a photographed name tag, checked by the real
`tli-workbook check`, and one-click redaction as the packet exports it."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

from PIL import Image

from tli_workbook.artifacts.ocr import PictureReader, read_picture
from tli_workbook.packet.images import prepare_image
from tli_workbook.review.privacy_scan import (
    PictureFinding,
    checked_text,
    redaction_marks,
    scan_workbook,
    what_was_checked,
)
from tli_workbook.store.archive import export_archive

from .helpers import file_path_of
from .test_check_and_report import run_check as _run_check

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from artifacts.ocr_images import STUDENT, name_tag  # noqa: E402


def run_check(*args: str, data: Path) -> Any:
    return _run_check(*args, data=data)


def add_name_tag(store: Any, wid: int, tmp_path: Path) -> dict[str, Any]:
    """The sample's first Artifact 4 evidence item, now a photo of a name tag (no metadata in
    the file); its annotation is complete, so only privacy is left to review."""
    pic = tmp_path / "welcome-table.png"
    name_tag(pic)
    assert not Image.open(pic).info and not Image.open(pic).getexif()
    sha = store.add_file(pic, "image/png")
    first = next(a for a in store.snapshot(wid)["artifacts"] if a["part"] == "artifact4")
    store.upsert_artifact(wid, {**first, "file": sha, "filename": pic.name, "markup": []})
    return next(a for a in store.snapshot(wid)["artifacts"] if a["id"] == first["id"])


def test_check_archive_lists_the_name_on_a_name_tag(
    store: Any, sample: int, tmp_path: Path
) -> None:
    art = add_name_tag(store, sample, tmp_path)
    arc = tmp_path / "with-name-tag.tliwb"
    export_archive(store, sample, arc)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    r = run_check("--archive", str(arc), data=elsewhere)
    assert r.returncode == 1, r.stdout + r.stderr
    line = f"[Possible name] '{STUDENT}' in A4 Evidence, artifact 1: text in the picture"
    assert line in r.stdout, r.stdout[-2000:]
    assert "Privacy: 1 finding to review" in r.stdout
    assert r.stdout.rstrip().endswith("Result: NOT READY (1 privacy finding to review)")
    assert art["title"] not in r.stdout  # the title itself identifies nobody

    quick = run_check("--archive", str(arc), "--no-pictures", data=elsewhere)
    assert quick.returncode == 0, quick.stdout[-2000:]
    assert STUDENT not in quick.stdout


def test_one_click_redaction_hides_the_name_in_the_export(
    store: Any, cm: Any, sample: int, tmp_path: Path
) -> None:
    art = add_name_tag(store, sample, tmp_path)
    files = file_path_of(store)
    reader = PictureReader(store.data_dir)
    (f,) = [x for x in scan_workbook(store.snapshot(sample), cm, files, pictures=reader)]
    assert isinstance(f, PictureFinding) and f.text == STUDENT and f.redactable
    assert f.target == f"artifact:{art['id']}" and f.size == (1600, 1000)

    marks = redaction_marks(f)
    store.upsert_artifact(sample, {**art, "markup": marks})
    after = scan_workbook(store.snapshot(sample), cm, files, pictures=reader)
    assert after == []  # under a redaction: nothing left to review

    path = files(art["file"])
    assert path is not None
    exported = prepare_image(path, marks)
    im = Image.open(io.BytesIO(exported.data)).convert("RGB")
    for x, y, w, h in f.fractions():
        cx, cy = int((x + w / 2) * im.width), int((y + h / 2) * im.height)
        assert im.getpixel((cx, cy)) == (0, 0, 0)
    text = read_picture(im).text
    assert "HELLO" in text and STUDENT not in text and "Jayden" not in text
    assert Image.open(path).tobytes() == Image.open(path).tobytes()  # original untouched
    assert store.file_path(art["file"]).read_bytes() == path.read_bytes()


def test_what_was_checked_names_pictures_and_pages(
    store: Any, cm: Any, sample: int, monkeypatch: Any
) -> None:
    files = file_path_of(store)
    reader = PictureReader(store.data_dir)
    checked = what_was_checked(store.snapshot(sample), cm, files, reader)
    assert (checked.pictures, checked.pdf_pages, checked.unread) == (2, 2, 0)
    text = checked_text(checked)
    assert text.startswith("Checked ") and "2 pictures read" in text
    assert "2 PDF pages read" in text and "3 file names" in text
    # From the cache only (the GUI thread): a fresh data folder has read nothing yet.
    monkeypatch.delenv("TLI_WORKBOOK_OCR_CACHE")
    cold = PictureReader(store.data_dir / "elsewhere", run=False)
    unread = what_was_checked(store.snapshot(sample), cm, files, cold)
    assert unread.unread == 3
    assert "3 pictures are still being read." in checked_text(unread)
