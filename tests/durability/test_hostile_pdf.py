"""A PDF whose page is 14,400 x 14,400 pt: attaching it keeps the window's event loop running
(it is never drawn on the GUI thread), the card says "no preview", and the Evidence page opens
again after a restart, as it does when a cached preview is damaged or a decompression bomb."""

from __future__ import annotations

import struct
import threading
import time
import zlib
from pathlib import Path

from artifacts.helpers import make_pdf
from durability.hostile_pdfs import huge_page_pdf
from PySide6.QtCore import QTimer

from tli_workbook.artifacts import pdf_render, thumbs
from tli_workbook.definitions import default_catalog
from tli_workbook.store import Store
from tli_workbook.ui.main_window import MainWindow


def _png_bomb(path: Path, side: int = 100_000) -> None:
    """A PNG header claiming side x side pixels (Pillow refuses it as a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def test_huge_pdf_page_never_stalls_gives_no_preview_and_page_reopens(
    qtbot, window, store, data_dir, tmp_path, monkeypatch
) -> None:
    huge = huge_page_pdf(tmp_path / "poster.pdf")
    assert huge.stat().st_size < 1000
    normal = make_pdf(tmp_path / "handout.pdf", pages=1)
    wid = store.create_workbook("coaching-and-mentoring", "Hostile")
    view = window.open_workbook(wid)
    page = view.show_part("artifact4")

    drawn_on: list[str] = []
    spans: list[tuple[float, float]] = []
    real_render = pdf_render._render

    def spy(*args):  # type: ignore[no-untyped-def]
        drawn_on.append(threading.current_thread().name)
        # As slow as the worst hostile PDF we keep: if this ran on the GUI thread, the event
        # loop would stop for the whole time.
        start = time.monotonic()
        time.sleep(0.5)
        try:
            return real_render(*args)
        finally:
            spans.append((start, time.monotonic()))

    monkeypatch.setattr(pdf_render, "_render", spy)
    ticks: list[float] = []
    beat = QTimer()
    beat.setInterval(0)
    beat.timeout.connect(lambda: ticks.append(time.monotonic()))
    beat.start()
    t0 = time.monotonic()
    page.attach_paths([huge, normal])
    attach_s = time.monotonic() - t0
    # Attaching runs on the task runner: the cards appear as their files are stored.
    qtbot.waitUntil(lambda: len(page.cards) == 2, timeout=60_000)
    cards = page.ordered()
    sha_huge, sha_normal = (c.record()["file"] for c in cards)
    cached = thumbs.cache_path(data_dir, sha_normal, "t320")
    qtbot.waitUntil(lambda: "No preview" in cards[0].file_label.text(), timeout=20_000)
    qtbot.waitUntil(cached.is_file, timeout=20_000)
    beat.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    print(
        f"attach_paths {attach_s * 1000:.0f} ms; then {len(ticks)} event-loop ticks while the "
        f"previews were drawn, longest gap {max(gaps) * 1000:.0f} ms"
    )
    # The event loop kept turning while PDFs were drawn on the renderer's thread: a tick fell
    # inside a drawing. (Counting ticks would measure how busy the machine is.)
    assert any(a < t < b for a, b in spans for t in ticks), (spans, len(ticks))
    assert drawn_on and threading.main_thread().name not in drawn_on
    assert "too large to draw safely" in cards[0].file_label.text()
    assert cards[0].thumb.kind == "pdf" and cards[1].thumb.kind == "pdf"
    assert "No preview" not in cards[1].file_label.text()
    no_preview = thumbs.cache_path(data_dir, sha_huge, "t320").with_suffix(".none")
    assert no_preview.is_file()
    view.flush()
    window.close_workbook()

    # Damage the normal PDF's cached preview (a decompression bomb) before the "restart".
    _png_bomb(cached)
    store.close()
    store2 = Store(data_dir)
    try:
        win2 = MainWindow(store2, default_catalog())
        qtbot.addWidget(win2)
        win2.show()
        view2 = win2.open_workbook(wid)
        page2 = view2.show_part("artifact4")
        qtbot.waitUntil(lambda: len(page2.ordered()) == 2, timeout=20_000)
        again = page2.ordered()
        # Known from the remembered "no preview", not drawn again.
        qtbot.waitUntil(lambda: "No preview" in again[0].file_label.text(), timeout=20_000)
        from PIL import Image

        def rebuilt() -> bool:
            try:
                with Image.open(cached) as im:
                    return max(im.size) <= 320
            except Exception:
                return False

        qtbot.waitUntil(rebuilt, timeout=20_000)  # the bomb was discarded and redrawn
        # The hostile artifact can be reached and removed: the page works.
        assert page2.remove_artifact(again[0].uid, confirm=False)
        view2.flush()
        assert [a["file"] for a in store2.artifacts(wid)] == [sha_normal]
        win2.close_workbook()
    finally:
        store2.close()
