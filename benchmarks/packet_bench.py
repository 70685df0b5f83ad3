"""Packet export timings and memory (a script; prints numbers, asserts the budgets).

    /work/venv/bin/python benchmarks/packet_bench.py            # both runs
    /work/venv/bin/python benchmarks/packet_bench.py --quick    # fixture workbook only
    /work/venv/bin/python benchmarks/packet_bench.py --screenshots docs/screenshots
    /work/venv/bin/python benchmarks/packet_bench.py --cold [--tree DIR ...] [--photos N]

1. The test fixture workbook (Coaching and Mentoring, 3 artifacts) to DOCX + PDF: budget 3 s.
   This is warm and in-process (imports done): it is NOT comparable with LibreOffice's cold
   process, printed beside it only as a reference. The cold-versus-cold comparison (the
   `tli-workbook export` command against `soffice --convert-to pdf`, both fresh processes) is
   the export row of benchmarks/run_all.py.
2. A workbook with 30 twelve-megapixel photos (4000 x 3000 JPEGs with noise) to DOCX + PDF in
   a child process: budget 20 s and 600 MB peak memory (ru_maxrss of the child); the images
   inside the DOCX must be at print size, not the raw photos.
3. --cold: `python -m tli_workbook export ID --docx --pdf` and `soffice --convert-to pdf` of
   that DOCX, both fresh processes, interleaved, on the shipped sample and on it with N
   photos of 12 MP (the data of run_all.py): median wall AND CPU seconds (user + system of
   the child, from getrusage), so a loaded machine, which stretches wall time, still gives
   a fair ratio. Several --tree folders (e.g. main and a branch) are measured in one run.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURE_BUDGET_S = 3.0
PHOTOS = 30
PHOTOS_BUDGET_S = 20.0
PHOTOS_BUDGET_MB = 600.0


def fixture_run(work: Path) -> dict[str, float]:
    from tests.packet.fixtures import PINNED_DATE, make_workbook
    from tli_workbook.packet import PacketOptions, export_packet

    wb = make_workbook(work / "wb")
    out = work / "out"
    out.mkdir()
    # Warm imports (python-docx, reportlab, Qt for the circle map) out of the measurement: the
    # app has them loaded after the first export; report the cold number too.
    t0 = time.perf_counter()
    export_packet(
        wb.snapshot,
        wb.credential,
        wb.file_path,
        docx=out / "cold.docx",
        options=PacketOptions(date=PINNED_DATE),
    )
    cold_docx = time.perf_counter() - t0
    t0 = time.perf_counter()
    export_packet(
        wb.snapshot,
        wb.credential,
        wb.file_path,
        docx=out / "packet.docx",
        pdf=out / "packet.pdf",
        options=PacketOptions(date=PINNED_DATE),
    )
    ours = time.perf_counter() - t0
    lo = float("nan")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        profile = (work / "lo-profile").as_uri()
        t0 = time.perf_counter()
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "lo"),
                str(out / "packet.docx"),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        lo = time.perf_counter() - t0
    return {"cold_first_docx_s": cold_docx, "docx_pdf_s": ours, "libreoffice_s": lo}


KEY_PAGES = (  # (label, text that starts the page) for the side-by-side
    ("Cover", "Micro-credential submission"),
    ("Contents", "Contents"),
    ("Part 1", "Part 1. Overview Questions"),
    ("Circle Map", "Artifact 1: Teacher Leadership Circle Map"),
    ("Design", "Objectives, tasks and subtasks"),
    ("Evidence 1", "Evidence 1: Planning board"),
    ("Evidence 2", "Evidence 2: Online forum"),
    ("Feedback", "Respondent 1:"),
    ("Reflection", "Part 3. Reflection"),
)


def screenshots(folder: Path) -> None:
    """Render both packets (the DOCX through LibreOffice) at 50 dpi: all pages of each, and the
    key pages side by side, PDF left and DOCX right."""
    from PIL import Image, ImageDraw, ImageFont

    from tli_workbook.packet.fonts import font_paths

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="packet-shots-") as tmp:
        work = Path(tmp)
        fixture_run(work)
        pdfs = {
            "PDF (reportlab)": work / "out" / "packet.pdf",
            "DOCX (LibreOffice render)": work / "lo" / "packet.pdf",
        }
        pages: dict[str, list[Image.Image]] = {}
        texts: dict[str, list[str]] = {}
        for name, pdf in pdfs.items():
            prefix = work / name.split()[0]
            subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(prefix)], check=True)
            pages[name] = [
                Image.open(p).convert("RGB") for p in sorted(work.glob(f"{prefix.name}-*.png"))
            ]
            raw = subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            texts[name] = [" ".join(t.split()) for t in raw.split("\f")]
        font = ImageFont.truetype(str(font_paths()["DejaVuSans-Bold"]), 15)
        for name, imgs in pages.items():
            _grid(imgs, 6, None).save(
                folder / f"packet-{name.split()[0].lower()}.png", optimize=True
            )
        w, h = pages["PDF (reportlab)"][0].size
        pair_w, label_h, gap = 2 * w + 10, 26, 16
        cols, rows = 3, (len(KEY_PAGES) + 2) // 3
        sheet = Image.new(
            "RGB", (cols * (pair_w + gap) + gap, rows * (h + label_h + gap) + gap), (96, 99, 106)
        )
        draw = ImageDraw.Draw(sheet)
        for k, (label, needle) in enumerate(KEY_PAGES):
            x = gap + (k % cols) * (pair_w + gap)
            y = gap + (k // cols) * (h + label_h + gap)
            for j, name in enumerate(pdfs):
                start = 0 if k < 2 else 2  # past the contents page, which names every heading
                index = next(
                    (i for i, t in enumerate(texts[name]) if i >= start and needle in t), 0
                )
                sheet.paste(pages[name][index], (x + j * (w + 10), y + label_h))
                tag = f"{label}: {'PDF' if j == 0 else 'DOCX'} p.{index + 1}"
                draw.text((x + j * (w + 10), y + 4), tag, font=font, fill=(255, 255, 255))
        sheet.save(folder / "packet-compare.png", optimize=True)
    print(f"screenshots written to {folder}")


def _grid(images: list, cols: int, _label: str | None):  # type: ignore[no-untyped-def]
    from PIL import Image

    w = max(i.width for i in images)
    h = max(i.height for i in images)
    rows = (len(images) + cols - 1) // cols
    sheet = Image.new("RGB", (cols * (w + 8) + 8, rows * (h + 8) + 8), (96, 99, 106))
    for k, im in enumerate(images):
        sheet.paste(im, (8 + (k % cols) * (w + 8), 8 + (k // cols) * (h + 8)))
    return sheet


def make_photos(folder: Path, n: int) -> list[tuple[str, int]]:
    """n distinct 4000 x 3000 JPEGs: one noisy gradient (noise is what makes JPEGs heavy and
    slow to decode), each stamped with its own number so every file is different."""
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    size = (4000, 3000)
    base = Image.linear_gradient("L").resize(size)
    noisy = Image.merge(
        "RGB", [Image.blend(base, Image.effect_noise(size, 40 + 5 * c), 0.5) for c in range(3)]
    )
    out = []
    for i in range(n):
        im = noisy.copy()
        ImageDraw.Draw(im).rectangle((100 + 90 * i, 100, 400 + 90 * i, 400), fill=(200, 40, i))
        path = folder / f"tmp{i}.jpg"
        im.save(path, "JPEG", quality=88)
        data = path.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        path.rename(folder / sha)
        out.append((sha, len(data)))
    return out


def child(work: Path) -> None:
    """Runs in its own process so ru_maxrss is this export's peak alone."""
    from tests.packet.fixtures import PINNED_DATE, make_workbook
    from tli_workbook.packet import PacketOptions, export_packet

    wb = make_workbook(work / "wb")
    photos = json.loads((work / "photos.json").read_text())
    snap = copy.deepcopy(wb.snapshot)
    template = snap["artifacts"][0]
    snap["artifacts"] = []
    for i, (sha, size) in enumerate(photos, 1):
        art = copy.deepcopy(template)
        art.update(id=f"photo-{i}", title=f"Photo {i}", filename=f"photo{i}.jpg", file=sha)
        snap["artifacts"].append(art)
        snap["files"][sha] = {"size": size, "media_type": "image/jpeg"}
    photo_dir = work / "photos"

    def file_path(sha: str) -> Path | None:
        p = photo_dir / sha
        return p if p.exists() else wb.file_path(sha)

    out = work / "out30"
    out.mkdir()
    t0 = time.perf_counter()
    export_packet(
        snap,
        wb.credential,
        file_path,
        docx=out / "photos.docx",
        pdf=out / "photos.pdf",
        options=PacketOptions(date=PINNED_DATE),
    )
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    from PIL import Image

    largest = 0
    with zipfile.ZipFile(out / "photos.docx") as z:
        for name in z.namelist():
            if name.startswith("word/media/"):
                with Image.open(z.open(name)) as im:
                    largest = max(largest, *im.size)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": peak_mb,
                "largest_px": largest,
                "docx_mb": (out / "photos.docx").stat().st_size / 1e6,
                "pdf_mb": (out / "photos.pdf").stat().st_size / 1e6,
                "raw_mb": sum(s for _sha, s in photos) / 1e6,
            }
        )
    )


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one child process (CPU: user + system, its children included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=900, cwd="/")
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def cold_runs(trees: list[Path], photos: int, runs: int) -> None:
    """The export command against LibreOffice, cold process against cold process."""
    import statistics

    sys.path.insert(0, str(REPO / "benchmarks"))
    from run_all import PREPARE, env_for, soffice, soffice_command

    load0 = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="packet-cold-") as tmp:
        work = Path(tmp)
        sample = next((trees[0] / "resources" / "samples").glob("*.tliwb"))
        prep = subprocess.run(
            [
                sys.executable,
                "-c",
                PREPARE,
                str(sample),
                str(work),
                str(photos),
                str(REPO / "benchmarks"),
            ],
            env=env_for(trees[0]),
            capture_output=True,
            text=True,
            check=True,
        )
        wids = json.loads(prep.stdout.strip().splitlines()[-1])
        profile = work / "lo-profile"
        for tree in trees:  # an installed app runs from bytecode
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "tli_workbook")])
        for name in ("one", "photos"):
            label = "sample" if name == "one" else f"sample + {photos} photos of 12 MP"
            cmds = {}
            for i, tree in enumerate(trees):
                out = work / f"out-{name}-{i}"
                out.mkdir()
                cmd = [sys.executable, "-m", "tli_workbook", "export", str(wids[name])]
                cmd += ["--docx", str(out / "p.docx"), "--pdf", str(out / "p.pdf")]
                env = env_for(tree, work / name)
                _timed(cmd, env)  # warms the disk cache and writes the DOCX LibreOffice reads
                cmds[str(tree)] = (cmd, env)
            docx = work / f"out-{name}-0" / "p.docx"
            lo = soffice_command(docx, work / f"lo-{name}", profile)
            soffice(docx, work / f"lo-{name}", profile)  # makes the profile: not timed
            times: dict[str, list[tuple[float, float]]] = {k: [] for k in [*cmds, "LibreOffice"]}
            for _ in range(runs):  # interleaved: each sees the same machine
                for key, (cmd, env) in cmds.items():
                    times[key].append(_timed(cmd, env))
                times["LibreOffice"].append(_timed(lo, dict(os.environ)))
            lo_wall = statistics.median(w for w, _ in times["LibreOffice"])
            lo_cpu = statistics.median(c for _, c in times["LibreOffice"])
            print(f"{label} (medians of {runs}):")
            for key, xs in times.items():
                wall = statistics.median(w for w, _ in xs)
                cpu = statistics.median(c for _, c in xs)
                print(
                    f"  {key:40s} wall {wall:6.2f} s ({wall / lo_wall:4.2f}x)   "
                    f"CPU {cpu:6.2f} s ({cpu / lo_cpu:4.2f}x)"
                )
    load1 = os.getloadavg()
    print(f"load average before {load0[0]:.2f}, after {load1[0]:.2f}; cores {os.cpu_count()}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="only the fixture workbook")
    ap.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="write packet-compare.png and page sheets to DIR, then stop",
    )
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--cold", action="store_true", help="the export command against LibreOffice")
    ap.add_argument("--tree", type=Path, action="append", help="checkout(s) to measure (--cold)")
    ap.add_argument("--photos", type=int, default=10, help="photos of 12 MP (--cold)")
    ap.add_argument("--runs", type=int, default=5, help="runs of each process (--cold)")
    args = ap.parse_args()
    if args.cold:
        cold_runs([t.resolve() for t in args.tree or [REPO]], args.photos, args.runs)
        return 0
    if args.child:
        child(args.child)
        return 0
    if args.screenshots:
        screenshots(args.screenshots)
        return 0
    ok = True
    with tempfile.TemporaryDirectory(prefix="packet-bench-") as tmp:
        work = Path(tmp)
        r = fixture_run(work)
        print(
            f"fixture workbook, DOCX + PDF:       {r['docx_pdf_s']:.2f} s "
            f"(budget {FIXTURE_BUDGET_S:.0f} s; first DOCX with cold imports "
            f"{r['cold_first_docx_s']:.2f} s)"
        )
        print(
            f"LibreOffice, our DOCX -> PDF:       {r['libreoffice_s']:.2f} s "
            "(a cold process: compare it with run_all.py's cold export, not the line above)"
        )
        ok &= r["docx_pdf_s"] < FIXTURE_BUDGET_S
        if not args.quick:
            t0 = time.perf_counter()
            photos = make_photos(work / "photos", PHOTOS)
            (work / "photos.json").write_text(json.dumps(photos))
            print(
                f"generated {PHOTOS} photos 4000x3000 in {time.perf_counter() - t0:.1f} s "
                f"({sum(s for _h, s in photos) / 1e6:.0f} MB of JPEG)"
            )
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(work)],
                capture_output=True,
                text=True,
                check=True,
                timeout=900,
            )
            c = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"{PHOTOS} x 12 MP photos, DOCX + PDF:   {c['seconds']:.2f} s "
                f"(budget {PHOTOS_BUDGET_S:.0f} s), peak memory {c['peak_mb']:.0f} MB "
                f"(budget {PHOTOS_BUDGET_MB:.0f} MB)"
            )
            print(
                f"  largest embedded image {c['largest_px']} px; DOCX {c['docx_mb']:.1f} MB, "
                f"PDF {c['pdf_mb']:.1f} MB from {c['raw_mb']:.0f} MB of photos"
            )
            ok &= c["seconds"] < PHOTOS_BUDGET_S and c["peak_mb"] < PHOTOS_BUDGET_MB
            ok &= c["largest_px"] <= 2000
    print("PASS" if ok else "FAIL: over budget")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
