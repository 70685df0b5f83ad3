"""png_write: the PNG bytes decode to exactly the pixels given, with the resolution asked."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image

from tli_workbook.png_write import picture_png, rgb_png


def test_rgb_png_round_trips_pixels_and_dpi() -> None:
    rng = random.Random(7)
    w, h = 37, 23
    pixels = bytes(rng.randrange(256) for _ in range(w * h * 3))
    with Image.open(io.BytesIO(rgb_png(pixels, w, h, dpi=300))) as im:
        assert (im.mode, im.size) == ("RGB", (w, h))
        assert im.tobytes() == pixels
        assert im.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    with Image.open(io.BytesIO(rgb_png(pixels, w, h))) as im:
        assert "dpi" not in im.info  # no resolution chunk unless asked


def test_rgb_png_refuses_a_wrong_size() -> None:
    with pytest.raises(ValueError):
        rgb_png(b"\0" * 10, 2, 2)


def test_picture_png_round_trips_pixels() -> None:
    rng = random.Random(11)
    w, h = 41, 29
    # Noise and flat runs, so every difference (and its wrap below zero) occurs.
    pixels = bytes(rng.choice((0, 255, rng.randrange(256))) for _ in range(w * h * 3))
    picture = Image.frombytes("RGB", (w, h), pixels)
    with Image.open(io.BytesIO(picture_png(picture))) as im:
        assert (im.mode, im.size) == ("RGB", (w, h))
        assert im.tobytes() == pixels


def test_picture_png_wants_rgb() -> None:
    with pytest.raises(ValueError):
        picture_png(Image.new("RGBA", (2, 2)))
