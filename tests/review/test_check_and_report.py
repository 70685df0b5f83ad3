"""`tli-workbook check` as a real process with no display, and the one-page PDF report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tli_workbook.review.report import check_report, write_report
from tli_workbook.store.archive import export_archive

from .helpers import REPO, file_path_of


def run_check(*args: str, data: Path, timeout: float = 900) -> subprocess.CompletedProcess:
    # The first check of a session reads the sample's pictures (about 30 s of CPU; minutes on
    # a busy machine); later ones answer from the session's OCR cache.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must not need a display
    env["TLI_WORKBOOK_DATA_DIR"] = str(data)
    return subprocess.run(
        [sys.executable, "-m", "tli_workbook", "check", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env=env,
    )


def test_check_command(store: Any, data_dir: Path, sample: int, half_done: int) -> None:
    r = run_check(str(sample), data=data_dir)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Readiness: Ready to submit" in r.stdout
    assert "[ok  ] Reflection: 454 / 400–500 words" in r.stdout or "[ok  ] Reflection" in r.stdout
    assert "Privacy: ok" in r.stdout
    assert r.stdout.rstrip().endswith("Result: READY")

    r = run_check(str(half_done), data=data_dir)
    assert r.returncode == 1
    out = r.stdout
    assert "[TODO] Needs: 0 entries - Add at least 1" in out
    # This credential gives the reflection's length as a guide: outside it warns.
    assert "[note] Reflection: 120 / 400–500 words - Below range" in out
    assert "[School or district] 'Lincoln Elementary' in Part 1 Overview" in out
    assert "[Your term] 'Riverton' in Part 1 Overview" in out
    assert "[Email address] 'jordan.smith@example.org' in Part 1 Overview" in out
    assert "Result: NOT READY" in out


def test_check_archive(store: Any, data_dir: Path, sample: int, tmp_path: Path) -> None:
    arc = tmp_path / "sample.tliwb"
    export_archive(store, sample, arc)
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    r = run_check("--archive", str(arc), data=empty)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Result: READY" in r.stdout

    art = [a for a in store.snapshot(sample)["artifacts"] if a["part"] == "artifact4"][0]
    store.upsert_artifact(sample, {**art, "filename": "maria_lopez_lesson.png"})
    export_archive(store, sample, arc)
    r = run_check("--archive", str(arc), data=empty)
    assert r.returncode == 1
    assert "'Maria Lopez' in A4 Evidence, artifact 1: file name" in r.stdout


def test_check_unknown_workbook(data_dir: Path) -> None:
    r = run_check("99", data=data_dir)
    assert r.returncode != 0
    assert r.stderr.strip()


def test_fine_findings_do_not_block(store: Any, cm: Any, sample: int) -> None:
    store.set_answer(
        sample, "part1.overview", store.answer(sample, "part1.overview") + " Ms. Rivera"
    )
    text, ok = check_report(store.snapshot(sample), cm, file_path_of(store))
    assert not ok and "Ms. Rivera" in text
    from tli_workbook.review.privacy_scan import scan_workbook

    (f,) = scan_workbook(store.snapshot(sample), cm)
    store.set_answer(sample, "privacy.fine", [f.key])
    text, ok = check_report(store.snapshot(sample), cm, file_path_of(store))
    assert ok and "Privacy: ok" in text


def _pdf_facts(path: Path) -> tuple[int, str, set[str]]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = "\n".join(p.extract_text() for p in reader.pages)
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            has_file = desc is not None and "/FontFile2" in desc.get_object()
            embedded.add(f"{font['/BaseFont']}:{'embedded' if has_file else 'NOT embedded'}")
    return len(reader.pages), text, embedded


def test_report_pdf(store: Any, cm: Any, sample: int, half_done: int, tmp_path: Path) -> None:
    ready = write_report(store.snapshot(sample), cm, file_path_of(store), tmp_path / "ok.pdf")
    assert ready.ok
    pages, text, fonts = _pdf_facts(tmp_path / "ok.pdf")
    assert pages == 1
    assert "Ready to submit" in text and "nothing identifying found" in text
    assert fonts and all(f.endswith(":embedded") and "DejaVu" in f for f in fonts), fonts

    out = tmp_path / "half.pdf"
    review = write_report(store.snapshot(half_done), cm, file_path_of(store), out, page="a4")
    assert not review.ok
    pages, text, fonts = _pdf_facts(out)
    assert pages == 1
    assert f"{review.todo} things to finish" in text
    assert "Lincoln Elementary" in text and "Riverton" in text
    assert all(f.endswith(":embedded") for f in fonts), fonts
    from pypdf import PdfReader

    meta = PdfReader(str(out)).metadata
    assert not (meta.author or "").strip()  # the report itself names nobody


def test_report_with_many_findings_stays_one_page(
    store: Any, cm: Any, half_done: int, tmp_path: Path
) -> None:
    names = " ".join(f"Ms. Name{chr(65 + i)}son met Mr. Other{chr(65 + i)}berg." for i in range(26))
    store.set_answer(half_done, "part3.reflection", names)
    review = write_report(store.snapshot(half_done), cm, None, tmp_path / "many.pdf")
    assert len(review.findings) > 40
    pages, text, _ = _pdf_facts(tmp_path / "many.pdf")
    assert pages == 1
    assert "more: see Review › Privacy" in text


def test_shipped_sample_archive_is_ready(tmp_path: Path) -> None:
    """The archive the app offers as "Open the sample" (rebuilt by scripts/build_sample.py)."""
    arc = REPO / "resources" / "samples" / "coaching-and-mentoring-sample.tliwb"
    r = run_check("--archive", str(arc), data=tmp_path)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr
