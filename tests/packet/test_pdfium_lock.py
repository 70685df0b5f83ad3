"""pdfium is not safe to call from two threads at once: every reader of PDFs in the app waits
for PDFIUM_LOCK, so an export drawing evidence pages never runs beside a thumbnail."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tli_workbook.artifacts import pdf_render
from tli_workbook.artifacts.metadata import document_metadata
from tli_workbook.packet.evidence.render import page_sizes, render_page
from tli_workbook.pdfium_lock import PDFIUM_LOCK

from .evidence_files import pdf_bytes


def _waits_for_the_lock(call: Callable[[], Any]) -> Any:
    """Run call on a thread while this one holds the lock: it must not finish until the lock
    is let go, and then it must."""
    done = threading.Event()
    result: list[Any] = []

    def run() -> None:
        result.append(call())
        done.set()

    with PDFIUM_LOCK:
        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        assert not done.wait(0.3), "it read the PDF while another thread held pdfium"
    assert done.wait(30), "it never finished once the lock was free"
    worker.join()
    return result[0]


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "log.pdf"
    path.write_bytes(pdf_bytes(["Coaching log page one", "page two"], rotate_last=True))
    return path


def test_packet_reads_wait_for_the_lock(pdf: Path) -> None:
    sizes = _waits_for_the_lock(lambda: page_sizes(pdf))
    assert len(sizes) == 2
    assert sizes[0][0] < sizes[0][1] and sizes[1][0] > sizes[1][1]  # the last is turned
    picture = _waits_for_the_lock(lambda: render_page(pdf, 0, 20))
    assert picture.mode == "RGB"


def test_previews_and_metadata_wait_for_the_lock(pdf: Path) -> None:
    assert _waits_for_the_lock(lambda: pdf_render.page_count(pdf)) == 2
    assert _waits_for_the_lock(lambda: document_metadata(pdf)) == {"author": "A. Teacher"}
