"""prepare_image: markup burned in, metadata gone, print size, bombs refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tli_workbook.packet import ImageError, prepare_image
from tli_workbook.packet import images as images_mod

from .fixtures import REDACT_BOX, Workbook, make_photo, make_screenshot


def _open(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def test_photo_loses_exif_gps_and_icc(tmp_path: Path) -> None:
    src = tmp_path / "photo.jpg"
    src.write_bytes(make_photo())
    with Image.open(src) as original:  # the fixture really carries what must go
        assert original.getexif().get_ifd(0x8825)
        assert original.info.get("icc_profile")
    out = prepare_image(src, [])
    im = _open(out.data)
    exif = im.getexif()
    assert len(exif) == 0
    assert not exif.get_ifd(0x8825)
    assert "exif" not in im.info and "icc_profile" not in im.info
    assert b"A. Teacher" not in out.data and b"PhoneMaker" not in out.data


def test_png_text_chunks_dropped(tmp_path: Path) -> None:
    src = tmp_path / "shot.png"
    src.write_bytes(make_screenshot())
    out = prepare_image(src, [])
    assert out.format == "PNG"
    assert b"A. Teacher" not in out.data
    assert not _open(out.data).text  # type: ignore[attr-defined]


def test_redaction_is_solid_black_pixels(tmp_path: Path) -> None:
    src = tmp_path / "shot.png"
    src.write_bytes(make_screenshot())
    out = prepare_image(src, [{"kind": "redact", **REDACT_BOX}])
    im = _open(out.data).convert("RGB")
    w, h = im.size
    box = (
        int(REDACT_BOX["x"] * w) + 1,
        int(REDACT_BOX["y"] * h) + 1,
        int((REDACT_BOX["x"] + REDACT_BOX["w"]) * w) - 1,
        int((REDACT_BOX["y"] + REDACT_BOX["h"]) * h) - 1,
    )
    assert im.crop(box).getextrema() == ((0, 0), (0, 0), (0, 0))


def test_redaction_in_a_photo_is_exact(tmp_path: Path) -> None:
    src = tmp_path / "photo.jpg"
    src.write_bytes(make_photo())
    mark = {"kind": "redact", "x": 0.1, "y": 0.1, "w": 0.4, "h": 0.3}
    out = prepare_image(src, [mark])
    # JPEG blocks would smear the box's edge, so a redacted photo is written losslessly.
    assert out.format == "PNG"
    im = _open(out.data).convert("RGB")
    w, h = im.size
    box = (int(0.1 * w) + 1, int(0.1 * h) + 1, int(0.5 * w) - 1, int(0.4 * h) - 1)
    assert im.crop(box).getextrema() == ((0, 0), (0, 0), (0, 0))


def test_photo_without_redaction_stays_jpeg(tmp_path: Path) -> None:
    src = tmp_path / "photo.jpg"
    src.write_bytes(make_photo())
    out = prepare_image(src, [{"kind": "highlight", "x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2}])
    assert out.format == "JPEG"


def test_redaction_drawn_backwards_still_covers(tmp_path: Path) -> None:
    src = tmp_path / "shot.png"
    src.write_bytes(make_screenshot())
    backwards = {"kind": "redact", "x": 0.5, "y": 0.5, "w": -0.2, "h": -0.2}
    im = _open(prepare_image(src, [backwards]).data).convert("RGB")
    w, h = im.size
    assert im.getpixel((int(0.4 * w), int(0.4 * h))) == (0, 0, 0)


def test_damaged_redaction_refuses_the_image(tmp_path: Path) -> None:
    src = tmp_path / "shot.png"
    src.write_bytes(make_screenshot())
    with pytest.raises(ImageError, match="redaction"):
        prepare_image(src, [{"kind": "redact", "x": "left", "y": 0.1, "w": 0.2, "h": 0.2}])


def test_markup_draws_and_bad_marks_are_skipped(tmp_path: Path) -> None:
    src = tmp_path / "shot.png"
    src.write_bytes(make_screenshot())
    plain = _open(prepare_image(src, []).data).convert("RGB")
    marks = [
        {"kind": "highlight", "x": 0.6, "y": 0.6, "w": 0.2, "h": 0.1, "color": "#FFD400"},
        {"kind": "arrow", "x": 0.9, "y": 0.9, "w": -0.2, "h": -0.2, "color": "not a colour"},
        {"kind": "text", "x": 0.6, "y": 0.8, "w": 0.3, "h": 0.05, "text": "Look here"},
        {"kind": "highlight", "x": None},
        "not a mark",
    ]
    marked = _open(prepare_image(src, marks).data).convert("RGB")
    w, h = marked.size
    r, g, b = marked.getpixel((int(0.7 * w), int(0.65 * h)))
    assert (r, g, b) != plain.getpixel((int(0.7 * w), int(0.65 * h)))
    assert b < 200 and r > 200  # yellow tint over white


def test_downsampled_to_print_size(tmp_path: Path) -> None:
    src = tmp_path / "big.jpg"
    Image.new("RGB", (4000, 3000), (120, 140, 160)).save(src, quality=80)
    out = prepare_image(src, [], max_px=2000)
    assert (out.width, out.height) == (2000, 1500)
    assert _open(out.data).size == (2000, 1500)


def test_exif_orientation_applied(tmp_path: Path) -> None:
    src = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to view"
    Image.new("RGB", (400, 200), (10, 200, 10)).save(src, exif=exif.tobytes())
    out = prepare_image(src, [])
    assert (out.width, out.height) == (200, 400)


def test_decompression_bomb_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "wide.png"
    Image.new("L", (300, 300)).save(src)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 60_000)  # 90 000 px: over, under Pillow's 2x
    with pytest.raises(ImageError, match="too large"):
        prepare_image(src, [])
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)  # over 2x: Pillow's own error
    with pytest.raises(ImageError, match="too large"):
        prepare_image(src, [])


def test_not_an_image(tmp_path: Path) -> None:
    src = tmp_path / "notes.jpg"
    src.write_text("not really a picture")
    with pytest.raises(ImageError, match="not an image"):
        prepare_image(src, [])


def test_pdf_first_page_rendered(workbook: Workbook, tmp_path: Path) -> None:
    png = images_mod.render_pdf_first_page(workbook.files_dir / workbook.handout_sha, tmp_path)
    assert png is not None
    with Image.open(png) as im:
        assert im.width > 1000  # 8.5 in at 150 dpi


def test_pdf_render_without_poppler(
    workbook: Workbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(images_mod.shutil, "which", lambda _name: None)
    assert (
        images_mod.render_pdf_first_page(workbook.files_dir / workbook.handout_sha, tmp_path)
        is None
    )
