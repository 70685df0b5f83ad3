"""Dropping thirty 12-megapixel phone photos on the Evidence page: the window keeps processing
events the whole time, each card appears as its file is done, and Cancel stops the rest."""

from __future__ import annotations

import io
import threading
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt, QTimer

from artifacts.test_artifacts_page import drop_files, open_page
from tli_workbook.artifacts import inspect as inspect_module
from tli_workbook.ui.tasks import runner

PHOTO_SIZE = (4000, 3000)  # 12 MP, as a phone takes them


def make_photos(folder: Path, n: int, size: tuple[int, int] = PHOTO_SIZE) -> list[Path]:
    """n distinct JPEGs of `size`: one smooth gradient encoded once at quality 85, each copy
    made different by a comment segment (so none is a duplicate of another)."""
    folder.mkdir(parents=True, exist_ok=True)
    red = Image.linear_gradient("L").resize(size)
    green = red.transpose(Image.Transpose.ROTATE_180)
    blue = Image.radial_gradient("L").resize(size)
    im = Image.merge("RGB", (red, green, blue))
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=85)
    im.close()
    data = buf.getvalue()
    assert data[:2] == b"\xff\xd8"
    paths = []
    for i in range(n):
        text = f"photo {i + 1}".encode()
        comment = b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text
        path = folder / f"IMG_{1000 + i}.jpg"
        path.write_bytes(data[:2] + comment + data[2:])
        paths.append(path)
    return paths


class Recorder:
    """Ticks of a zero-interval timer, and what happened in between (from any thread)."""

    def __init__(self) -> None:
        self.ticks = 0
        self.events: list[tuple[str, int, str]] = []  # (what, ticks so far, thread name)
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks += 1

    def note(self, what: str) -> None:
        self.events.append((what, self.ticks, threading.current_thread().name))

    def of(self, what: str) -> list[tuple[str, int, str]]:
        return [e for e in self.events if e[0] == what]


def watch(monkeypatch, page, rec: Recorder) -> None:
    check = inspect_module.check_image

    def decoding(*args, **kwargs):  # type: ignore[no-untyped-def]
        rec.note("decode")
        return check(*args, **kwargs)

    monkeypatch.setattr(inspect_module, "check_image", decoding)
    add_card = page._add_card

    def adding(*args, **kwargs):  # type: ignore[no-untyped-def]
        rec.note("card")
        return add_card(*args, **kwargs)

    monkeypatch.setattr(page, "_add_card", adding)


def test_dropping_30_photos_keeps_the_window_responsive(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    photos = make_photos(tmp_path / "phone", 30)
    wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    rec = Recorder()
    watch(monkeypatch, page, rec)
    rec.timer.start()
    try:
        drop_files(page.widget(), photos)
        rec.note("drop returned")
        qtbot.waitUntil(lambda: page.progress_row.isVisible(), timeout=10_000)
        assert page.cancel_btn.isVisible()
        qtbot.waitUntil(lambda: len(page.cards) == 30 and runner().is_idle(), timeout=600_000)
    finally:
        rec.timer.stop()

    # The drop handler returned before the first file was decoded, and no file was decoded on
    # the GUI thread.
    assert rec.events[0][0] == "drop returned"
    decodes = rec.of("decode")
    assert len(decodes) == 30
    main = threading.main_thread().name
    assert all(thread != main for _w, _t, thread in decodes)
    # The timer fired between every two card creations: the GUI thread kept processing events.
    cards = [ticks for _w, ticks, _th in rec.of("card")]
    assert len(cards) == 30
    assert all(b > a for a, b in zip(cards, cards[1:], strict=False)), cards
    assert not page.progress_row.isVisible()
    # 30 cards, each with its thumbnail, each photo stored once.
    assert len(page.cards) == 30
    assert all(c.thumb.kind == "image" for c in page.ordered())
    assert len(store.artifacts(wid, "artifact4")) == 30
    assert "asks for 3 different artifacts; there are now 30" in dialog_log.texts("info")
    assert len({a["file"] for a in store.artifacts(wid)}) == 30


def test_cancel_stops_a_batch_and_keeps_what_was_attached(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    photos = make_photos(tmp_path / "phone", 12, size=(1600, 1200))
    wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    add_card = page._add_card

    def adding(*args, **kwargs):  # type: ignore[no-untyped-def]
        card = add_card(*args, **kwargs)
        if len(page.cards) == 2:
            qtbot.mouseClick(page.cancel_btn, Qt.MouseButton.LeftButton)
        return card

    monkeypatch.setattr(page, "_add_card", adding)
    batch = page.attach_paths(photos)
    qtbot.waitUntil(runner().is_idle, timeout=120_000)
    kept = len(page.cards)
    assert 2 <= kept < 12
    assert batch.made == [c.uid for c in page.ordered()]
    assert len(store.artifacts(wid)) == kept
    assert f"{12 - kept} of 12 files were not attached" in dialog_log.texts("info")
    assert not page.progress_row.isVisible()
