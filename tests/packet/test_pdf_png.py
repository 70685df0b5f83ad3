"""PNGs go into the PDF with their own compressed data: a reader draws the same pixels."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Image as RLImage

from tli_workbook.packet.pdf_png import PngImage, png_flowable, read_png

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler")


def _noisy(mode: str, size: tuple[int, int] = (97, 61)) -> Image.Image:
    """Random pixels: every PNG row filter gets used, so a wrong predictor shows."""
    rnd = random.Random(7)
    bands = len(mode)
    data = bytes(rnd.randrange(256) for _ in range(size[0] * size[1] * bands))
    return Image.frombytes(mode, size, data)


def _pdf_pixels(flow: Flowable, tmp: Path, size: tuple[int, int]) -> Image.Image:
    out = tmp / str(id(flow))
    out.mkdir()
    pdf = out / "one.pdf"
    canvas = Canvas(str(pdf), pagesize=size)
    flow.wrapOn(canvas, *size)
    flow.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    subprocess.run(["pdftoppm", "-r", "144", "-png", str(pdf), str(out / "page")], check=True)
    return Image.open(next(out.glob("page*.png"))).convert("RGB")


@pytest.mark.parametrize("mode", ["RGB", "L"])
def test_png_is_drawn_pixel_for_pixel(tmp_path: Path, mode: str) -> None:
    im = _noisy(mode)
    png = tmp_path / "pic.png"
    im.save(png, compress_level=3)
    flow = png_flowable(png, *im.size)
    assert isinstance(flow, PngImage)  # carried as it is, not decoded by reportlab
    # The same page drawn the way reportlab embeds a PNG (decoded, deflated again).
    ours = _pdf_pixels(flow, tmp_path, im.size)
    theirs = _pdf_pixels(RLImage(str(png), *im.size), tmp_path, im.size)
    assert ours.size == (2 * im.width, 2 * im.height)
    assert ours.tobytes() == theirs.tobytes()


def test_png_a_pdf_cannot_carry_as_it_is_goes_through_reportlab(tmp_path: Path) -> None:
    for name, im in {
        "palette.png": _noisy("RGB").convert("P"),
        "alpha.png": _noisy("RGBA"),
    }.items():
        path = tmp_path / name
        im.save(path)
        assert read_png(path.read_bytes()) is None
        assert not isinstance(png_flowable(path, *im.size), PngImage)


def test_damaged_png_is_left_to_reportlab(tmp_path: Path) -> None:
    path = tmp_path / "cut.png"
    _noisy("RGB").save(path)
    data = path.read_bytes()
    assert read_png(data[: len(data) // 2]) is None
    assert read_png(b"not a png") is None
