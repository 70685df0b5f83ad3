"""OCR of a 12 MP photo on this CPU: cold (engine loaded in the same call) and warm.

Run:  python benchmarks/ocr_bench.py [--runs N]

Draws a 4032 x 3024 JPEG (a phone photo's size) of a busy scene with a sign and a name tag,
then times tli_workbook.artifacts.ocr.read_file on it: first in a fresh process (importing and
loading the ONNX models included), then N more times with the engine loaded. Prints wall time
and this process's CPU time (on a shared machine the wall time includes waiting for a core),
and what was read. The budget (issue 13): a few seconds warm on a laptop CPU.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_photo(dest: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    from tli_workbook.packet.fonts import pillow_font_path

    bold = str(pillow_font_path(bold=True))
    body = str(pillow_font_path(bold=False))
    im = Image.new("RGB", (4032, 3024), (178, 168, 158))
    d = ImageDraw.Draw(im)
    rnd = random.Random(12)
    for _ in range(500):  # clutter: a classroom is not a white page
        x, y = rnd.randrange(4032), rnd.randrange(3024)
        colour = tuple(rnd.randrange(256) for _ in range(3))
        d.ellipse((x, y, x + rnd.randrange(20, 300), y + rnd.randrange(20, 300)), fill=colour)
    d.rectangle((700, 800, 3300, 2000), fill="white")
    d.text((2000, 1050), "Room 214 Reading Goals", font=ImageFont.truetype(bold, 150),
           fill="black", anchor="mm")  # fmt: skip
    d.text((2000, 1400), "Jayden Brooks - finish chapter 3",
           font=ImageFont.truetype(body, 110), fill="black", anchor="mm")  # fmt: skip
    d.text((2000, 1750), "Lincoln Middle School", font=ImageFont.truetype(body, 110),
           fill="navy", anchor="mm")  # fmt: skip
    d.rounded_rectangle((3350, 2200, 3950, 2650), 30, fill="white", outline="red", width=10)
    d.rectangle((3350, 2200, 3950, 2350), fill="red")
    d.text((3650, 2275), "HELLO", font=ImageFont.truetype(bold, 80), fill="white", anchor="mm")
    d.text((3650, 2500), "Ana Ruiz", font=ImageFont.truetype(bold, 80), fill="black",
           anchor="mm")  # fmt: skip
    im.save(dest, format="JPEG", quality=90)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3, help="warm runs after the cold one")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        photo = Path(tmp) / "photo.jpg"
        make_photo(photo)
        print(f"photo: 4032 x 3024 JPEG, {photo.stat().st_size // 1024} KB")

        t0, c0 = time.perf_counter(), time.process_time()
        from tli_workbook.artifacts.ocr import read_file

        doc = read_file(photo, "bench")
        cold = time.perf_counter() - t0, time.process_time() - c0
        print(f"cold (import + model load + read): {cold[0]:.2f} s wall, {cold[1]:.2f} s CPU")
        walls, cpus = [], []
        for _ in range(args.runs):
            t0, c0 = time.perf_counter(), time.process_time()
            doc = read_file(photo, "bench")
            walls.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
        if walls:
            print(
                f"warm, {args.runs} runs: median {statistics.median(walls):.2f} s wall "
                f"(min {min(walls):.2f}), {statistics.median(cpus):.2f} s CPU"
            )
        print(f"CPU: {os.cpu_count()} logical cores")
        print("read:", " | ".join(doc.pages[0].text.splitlines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
