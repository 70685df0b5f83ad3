"""Exports as a reader and a CLI user would check them: page sizes, text, pixels, SVG."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tli_workbook.circlemap.export import export_map, packet_flowable, png_bytes, write_map
from tli_workbook.circlemap.sample import SAMPLE_MAP

REPO = Path(__file__).resolve().parents[2]
LABELS = {"center": "Core Belief/Theme", "context": "Context", "needs": "Needs"}


@pytest.fixture
def sample_store(store, workbook_id):
    store.save_map(workbook_id, entries=SAMPLE_MAP["entries"], strokes=SAMPLE_MAP["strokes"])
    return store


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("page", "landscape", "size"),
    [("letter", False, "612 x 792 pts (letter)"), ("a4", True, "842 x 595 pts (A4)")],
)
def test_pdf_is_vector_with_embedded_font(
    sample_store, workbook_id, tmp_path, page, landscape, size
) -> None:
    out = export_map(sample_store, workbook_id, tmp_path / "map.pdf", page, landscape, "My map")
    assert size in _run("pdfinfo", str(out))
    text = _flat(_run("pdftotext", str(out), "-"))
    assert "My map" in text and "Core Belief/Theme" in text
    assert "teacher grows faster" in text
    fonts = _run("pdffonts", str(out))
    assert "DejaVuSans" in fonts and " yes " in fonts  # embedded, so it prints the same anywhere
    subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)


def test_png_is_a_300_dpi_page(sample_store, workbook_id, tmp_path) -> None:
    out = export_map(sample_store, workbook_id, tmp_path / "map.png")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2550, 3300)
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    landscape = QImage(
        str(export_map(sample_store, workbook_id, tmp_path / "l.png", "letter", True))
    )
    assert (landscape.width(), landscape.height()) == (3300, 2550)
    # The map is drawn: the ring outline crosses the middle row of the page.
    row = [image.pixelColor(x, 1400).lightness() for x in range(0, 2550, 5)]
    assert min(row) < 200 and max(row) == 255


def test_svg_parses_and_has_text(sample_store, workbook_id, tmp_path) -> None:
    out = export_map(sample_store, workbook_id, tmp_path / "map.svg", title="Title line")
    root = ET.parse(out).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{ns}text"))
    assert "Needs" in texts and "Title line" in texts and "Suburban" in texts
    assert root.get("viewBox") == "0 0 612 792"


def test_unknown_suffix_or_page_is_refused(tmp_path) -> None:
    with pytest.raises(ValueError, match=r"\.pdf, \.png or \.svg"):
        write_map(SAMPLE_MAP, LABELS, tmp_path / "map.jpg")
    with pytest.raises(ValueError, match="letter"):
        write_map(SAMPLE_MAP, LABELS, tmp_path / "map.pdf", page="legal")
    assert list(tmp_path.iterdir()) == []


def test_export_replaces_a_file_atomically(tmp_path) -> None:
    out = tmp_path / "map.pdf"
    out.write_bytes(b"old")
    write_map(SAMPLE_MAP, LABELS, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["map.pdf"]


def test_export_map_works_without_a_display(sample_store, workbook_id, tmp_path) -> None:
    """What `tli-workbook export-map` does, in a fresh process with no display at all."""
    script = (
        "import sys; from pathlib import Path; from tli_workbook.store import Store;"
        "from tli_workbook.circlemap.export import export_map;"
        "s = Store(Path(sys.argv[1]));"
        "[export_map(s, int(sys.argv[2]), Path(sys.argv[3]) / f'm.{k}') for k in "
        "('pdf', 'png', 'svg')]"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(REPO)
    (tmp_path / "out").mkdir()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            str(sample_store.data_dir),
            str(workbook_id),
            str(tmp_path / "out"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert {p.name for p in (tmp_path / "out").iterdir()} == {"m.pdf", "m.png", "m.svg"}


def test_packet_flowable_and_png_bytes(tmp_path) -> None:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import SimpleDocTemplate

    drawing = packet_flowable(SAMPLE_MAP, LABELS, 468, 500)
    assert isinstance(drawing, Drawing) and (drawing.width, drawing.height) == (468, 500)
    pdf = tmp_path / "packet.pdf"
    SimpleDocTemplate(str(pdf)).build([drawing])
    text = _flat(_run("pdftotext", str(pdf), "-"))
    assert "Needs" in text and "non-evaluative feedback" in text
    assert "DejaVuSans" in _run("pdffonts", str(pdf))

    data = png_bytes(SAMPLE_MAP, LABELS, 6.5, dpi=200)
    image = QImage.fromData(data, "PNG")
    assert image.width() == 1300 and abs(image.height() - 1300) < 5
