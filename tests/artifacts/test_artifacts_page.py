"""The artifacts page in the real window, driven like a teacher: attach (picker and drop), see
what is refused and why, annotate, mark up and redact, close, reopen, and check the bytes."""

from __future__ import annotations

import functools
import hashlib
import io
import math
import os
import warnings
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QDateTime, QMimeData, QPoint, QPointF, Qt, QTime, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from artifacts.helpers import make_png
from tli_workbook.packet.images import prepare_image
from tli_workbook.store import Store
from tli_workbook.ui.artifacts import attach as attach_module
from tli_workbook.ui.artifacts import page as page_module
from tli_workbook.ui.artifacts.page import ArtifactsPage
from tli_workbook.ui.main_window import MainWindow
from tli_workbook.ui.tasks import runner

CRED = "coaching-and-mentoring"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_page(window, store, monkeypatch, dialog_log, title="Ms. Rivera's workbook"):
    wid = store.create_workbook(CRED, title)
    view = window.open_workbook(wid)
    dialog_log.patch(monkeypatch, window.dialogs)
    page = view.show_part("artifact4")
    assert isinstance(page, ArtifactsPage)
    return wid, view, page


def idle(qtbot) -> None:
    """Wait for the task runner (attaching and previews run off the GUI thread)."""
    qtbot.waitUntil(runner().is_idle, timeout=60_000)


def attach(qtbot, page, paths) -> list[str]:
    batch = page.attach_paths(paths)
    idle(qtbot)
    return batch.made


def pick(monkeypatch, window, paths):
    monkeypatch.setattr(window.dialogs, "open_files", lambda *a, **k: list(paths))


def drop_files(widget, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = widget.rect().center()
    action, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    with warnings.catch_warnings():  # PySide6 6.12 offers only the deprecated QPoint overload
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos, action, mime, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(pos), action, mime, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def view_point(editor, fx: float, fy: float) -> QPoint:
    b = editor.scene.bounds
    return editor.view.mapFromScene(QPointF(fx * b.width(), fy * b.height()))


def drag(qtbot, editor, start, end) -> None:
    vp = editor.view.viewport()
    a, z = view_point(editor, *start), view_point(editor, *end)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(vp, pos=(a + z) / 2)
    qtbot.mouseMove(vp, pos=z)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=z)


def click(qtbot, editor, at) -> None:
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(editor, *at))


def box_pixels(im: Image.Image, mark: dict) -> tuple[int, int, int, int]:
    w, h = im.size  # rounded outwards, as the exporter does
    return (
        math.floor(mark["x"] * w),
        math.floor(mark["y"] * h),
        math.ceil((mark["x"] + mark["w"]) * w),
        math.ceil((mark["y"] + mark["h"]) * h),
    )


def test_attach_annotate_markup_close_reopen(
    qtbot, window, store, catalog, data_dir, samples, dialog_log, monkeypatch
) -> None:
    wid, view, page = open_page(window, store, monkeypatch, dialog_log)
    assert page.status.text() == "0 of 3 artifacts attached."

    # 1. The file picker: a PNG, a phone photo with GPS in its EXIF, a PDF.
    pick(monkeypatch, window, [samples.png, samples.jpeg_gps, samples.pdf])
    qtbot.mouseClick(page.add_btn, Qt.MouseButton.LeftButton)
    idle(qtbot)
    assert len(page.cards) == 3 and dialog_log.messages == []
    assert page.status.text() == "3 of 3 artifacts attached."

    # 2. Drag and drop onto the page: a Word document.
    drop_files(page.widget(), [samples.docx])
    qtbot.waitUntil(lambda: len(page.cards) == 4, timeout=10_000)
    idle(qtbot)
    assert "asks for 3 different artifacts; there are now 4" in dialog_log.texts("info")
    dialog_log.messages.clear()

    # 3. Bad files: one clear message; the empty and truncated ones are refused, the fake PNG
    #    is kept as a plain file that is never previewed as an image.
    pick(monkeypatch, window, [samples.empty, samples.truncated, samples.fake_png])
    qtbot.mouseClick(page.add_btn, Qt.MouseButton.LeftButton)
    idle(qtbot)
    assert [k for k, _t, _x in dialog_log.messages] == ["warning"]
    msg = dialog_log.texts("warning")
    assert "2 files were not attached" in msg
    assert "empty-scan.jpg is empty (0 bytes)" in msg
    assert "broken-photo.jpg is incomplete" in msg
    assert "diagram.png is named like an image but is not one" in msg
    cards = page.ordered()
    assert len(cards) == 5
    kinds = [c.thumb.kind for c in cards]
    assert kinds == ["image", "image", "pdf", "file", "file"]
    assert "Word document" in cards[3].file_label.text()
    assert cards[4].markup_btn.isHidden() and cards[4].view_btn.isHidden()
    assert "5 artifacts attached; this part asks for 3." in page.status.text()

    # Dropping the same photo again does not make a duplicate.
    dialog_log.messages.clear()
    drop_files(page.widget(), [samples.jpeg_gps])
    qtbot.waitUntil(lambda: bool(dialog_log.messages), timeout=10_000)
    assert "already attached as Artifact 2" in dialog_log.texts()
    assert len(page.cards) == 5

    # 4. Annotate the newsletter through its widgets.
    card = cards[0]
    assert card.counter.text().startswith("○  0 / 20–50 words")
    card.title.clear()
    qtbot.keyClicks(card.title, "February coaching newsletter")
    qtbot.keyClicks(card.type_combo.lineEdit(), "Newsletters")
    card.elements["date_time"].edit.setFocus()
    qtbot.mouseClick(card.elements["date_time"].edit, Qt.MouseButton.LeftButton)
    assert card.elements["date_time"].value() is None  # a click alone sets no date
    # What the calendar popup does when a day is picked and the time typed:
    card.elements["date_time"].edit.setDateTime(QDateTime(QDate(2025, 2, 3), QTime(7, 30)))
    spin = card.elements["participants"]
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "31")
    assert spin.number() == 31
    qtbot.keyClicks(card.elements["purpose"], "Invited new teachers to coaching cycles")
    qtbot.keyClicks(card.elements["equity"], "Spanish summary and three session times")
    qtbot.keyClicks(card.description, "Sent to all staff on a Monday morning.")
    assert "8 / 20–50 words" in card.counter.text()
    assert "Below range: 12 more words needed" in card.counter.text()

    # "Draft description" asks before replacing text; declining keeps it.
    dialog_log.confirm_answer = False
    qtbot.mouseClick(card.draft_btn, Qt.MouseButton.LeftButton)
    assert "already has text" in dialog_log.confirms[-1]
    assert card.description.toPlainText() == "Sent to all staff on a Monday morning."
    dialog_log.confirm_answer = True
    qtbot.mouseClick(card.draft_btn, Qt.MouseButton.LeftButton)
    draft = card.description.toPlainText()
    assert draft == (
        "Time/Date: February 3, 2025, 7:30 AM. Number of participants: 31. Invited new "
        "teachers to coaching cycles. Spanish summary and three session times."
    )
    assert "✓  22 / 20–50 words" in card.counter.text()
    card.description.setFocus()
    qtbot.keyClick(card.description, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card.description.toPlainText() == "Sent to all staff on a Monday morning."
    qtbot.keyClick(
        card.description,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert card.description.toPlainText() == draft
    # Saved within a second, without any navigation.
    uid1 = card.uid
    qtbot.waitUntil(
        lambda: next(a for a in store.artifacts(wid) if a["id"] == uid1)["description"] == draft,
        timeout=10_000,
    )
    saved = next(a for a in store.artifacts(wid) if a["id"] == uid1)
    assert saved["fields"] == {
        "artifact_type": "Newsletters",
        "date_time": "2025-02-03T07:30",
        "participants": 31,
        "purpose": "Invited new teachers to coaching cycles",
        "equity": "Spanish summary and three session times",
    }
    assert saved["title"] == "February coaching newsletter"

    # 5. Mark up and redact the phone photo with mouse drags in the editor.
    photo = cards[1]
    qtbot.mouseClick(photo.markup_btn, Qt.MouseButton.LeftButton)
    editor = page.windows[(photo.uid, "markup")]
    editor.resize(1000, 760)
    qtbot.waitExposed(editor)
    editor.view.fit()
    editor.mode_actions["redact"].trigger()
    drag(qtbot, editor, (0.15, 0.15), (0.45, 0.40))
    editor.mode_actions["highlight"].trigger()
    drag(qtbot, editor, (0.50, 0.50), (0.90, 0.70))
    editor.mode_actions["arrow"].trigger()
    drag(qtbot, editor, (0.20, 0.70), (0.40, 0.90))
    editor.mode_actions["text"].trigger()
    dialog_log.text_answer = ("Sign-up table", True)
    drag(qtbot, editor, (0.55, 0.10), (0.90, 0.20))
    marks = editor.markup()
    assert [m["kind"] for m in marks] == ["highlight", "arrow", "text", "redact"]
    redact = marks[-1]
    assert redact["x"] == pytest.approx(0.15, abs=0.01)
    assert redact["w"] == pytest.approx(0.30, abs=0.01)
    assert marks[2]["text"] == "Sign-up table"
    assert all(0 <= m["x"] <= 1 and 0 <= m["y"] <= 1 for m in marks)

    # Move the redaction box, resize the highlight by its corner.
    editor.mode_actions["select"].trigger()
    drag(qtbot, editor, (0.30, 0.275), (0.35, 0.30))
    moved = [m for m in editor.markup() if m["kind"] == "redact"][0]
    assert moved["x"] == pytest.approx(0.20, abs=0.01)
    assert moved["y"] == pytest.approx(0.175, abs=0.01)
    click(qtbot, editor, (0.70, 0.60))
    drag(qtbot, editor, (0.90, 0.70), (0.95, 0.80))
    hl = [m for m in editor.markup() if m["kind"] == "highlight"][0]
    assert hl["w"] == pytest.approx(0.45, abs=0.01) and hl["h"] == pytest.approx(0.30, abs=0.01)

    # Delete the arrow; undo brings it back, redo removes it, undo again keeps it.
    click(qtbot, editor, (0.30, 0.80))
    editor.act_delete.trigger()
    assert [m["kind"] for m in editor.markup()] == ["highlight", "text", "redact"]
    editor.act_undo.trigger()
    assert len(editor.markup()) == 4
    editor.act_redo.trigger()
    assert len(editor.markup()) == 3
    editor.act_undo.trigger()
    final = editor.markup()
    assert len(final) == 4

    # "Show as exported" overlays the packet's rendering and hides the editable marks.
    editor.act_exported.trigger()
    assert editor._exported is not None and not any(m.isVisible() for m in editor.scene.marks())
    editor.act_exported.trigger()
    assert editor._exported is None

    qtbot.waitUntil(
        lambda: next(a for a in store.artifacts(wid) if a["id"] == photo.uid)["markup"] == final,
        timeout=10_000,
    )
    # The card's thumbnail is redrawn with the markup burned in.
    qtbot.waitUntil(
        lambda: any(
            p.name.startswith(photo.record()["file"]) and "-m" in p.name
            for p in (data_dir / "thumbs").glob("*.png")
        ),
        timeout=10_000,
    )

    # 6. Close (nothing waited for) and reopen in a new window on the same data folder.
    originals = {
        c.uid: p
        for c, p in zip(
            cards,
            [samples.png, samples.jpeg_gps, samples.pdf, samples.docx, samples.fake_png],
            strict=True,
        )
    }
    window.close()
    reopened = Store(data_dir)
    w2 = MainWindow(reopened, catalog)
    qtbot.addWidget(w2)
    w2.show()
    p2 = w2.open_workbook(wid).show_part("artifact4")
    assert p2.status.text() == "5 artifacts attached; this part asks for 3."  # before the cards
    idle(qtbot)  # the cards are built one per turn of the event loop
    assert [c.uid for c in p2.ordered()] == [c.uid for c in cards]
    c1 = p2.card(uid1)
    assert c1.description.toPlainText() == draft
    assert "✓  22 / 20–50 words" in c1.counter.text()
    assert c1.elements["participants"].number() == 31
    assert c1.elements["date_time"].value() == "2025-02-03T07:30"
    assert c1.type_combo.currentText() == "Newsletters"
    assert p2.card(photo.uid).markup == final

    # 7. The stored bytes are the originals, byte for byte, and survive the originals' loss.
    for uid, original in originals.items():
        rec = p2.card(uid).record()
        assert rec["file"] == sha256(original)
        assert sha256(reopened.file_path(rec["file"])) == rec["file"]
        assert rec["filename"] == original.name
    for original in originals.values():
        original.unlink()
    assert all(reopened.file_path(c.record()["file"]).is_file() for c in p2.ordered())

    # 8. The export burns the redaction in and drops the photo's EXIF (GPS, author, camera).
    stored_photo = reopened.file_path(p2.card(photo.uid).record()["file"])
    assert Image.open(stored_photo).getexif().get_ifd(0x8825)  # the original keeps its GPS
    out = prepare_image(stored_photo, final)
    im = Image.open(io.BytesIO(out.data))
    assert not im.getexif() and "exif" not in im.info
    x0, y0, x1, y1 = box_pixels(im, [m for m in final if m["kind"] == "redact"][0])
    rgb = im.convert("RGB")
    # JPEG output: beyond one 16-pixel JPEG block from its edge the box is exactly black; at the
    # edge, compression rings by a few levels. The ringing is computed from pixels that were
    # already black, so it reveals nothing that was hidden.
    inner = [rgb.getpixel((x, y)) for x in range(x0 + 16, x1 - 16) for y in range(y0 + 16, y1 - 16)]
    assert inner and set(inner) == {(0, 0, 0)}
    edge = [rgb.getpixel((x, y)) for x in range(x0, x1) for y in range(y0, y1)]
    assert max(max(p) for p in edge) <= 64
    reopened.close()


def test_redaction_of_a_png_is_solid_black_in_every_pixel(
    qtbot, window, store, samples, dialog_log, monkeypatch, tmp_path
) -> None:
    wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    shot = make_png(tmp_path / "screenshot.png", (900, 600))
    (uid,) = attach(qtbot, page, [shot])
    editor = page.open_markup_editor(uid)
    editor.resize(1000, 760)
    qtbot.waitExposed(editor)
    editor.view.fit()
    editor.mode_actions["redact"].trigger()
    drag(qtbot, editor, (0.05, 0.07), (0.33, 0.31))
    assert page.flush()
    markup = store.artifacts(wid)[0]["markup"]
    assert [m["kind"] for m in markup] == ["redact"]
    out = prepare_image(store.file_path(store.artifacts(wid)[0]["file"]), markup)
    assert out.format == "PNG"
    im = Image.open(io.BytesIO(out.data)).convert("RGB")
    x0, y0, x1, y1 = box_pixels(im, markup[0])
    pixels = {im.getpixel((x, y)) for x in range(x0, x1) for y in range(y0, y1)}
    assert pixels == {(0, 0, 0)}
    # Right outside the box the picture is untouched.
    assert im.getpixel((x1 + 2, y1 + 2)) != (0, 0, 0)

    # The viewer's "Hide markup" never un-redacts. The image is decoded, scaled and marked up
    # on a worker behind a placeholder (a large photo never holds the window).
    import threading

    from tli_workbook.artifacts import thumbs

    prepared_on: list[str] = []
    real_preview = thumbs.image_preview

    def spy(*args):  # type: ignore[no-untyped-def]
        prepared_on.append(threading.current_thread().name)
        return real_preview(*args)

    monkeypatch.setattr(thumbs, "image_preview", spy)
    viewer = page.open_viewer(uid)
    assert viewer._pixmap.isNull() and "Preparing the image" in viewer.label.text()
    qtbot.waitUntil(lambda: not viewer._pixmap.isNull(), timeout=30_000)
    viewer.original_box.setChecked(True)
    assert viewer._pixmap.isNull()  # the markup-less image is on its way
    qtbot.waitUntil(lambda: not viewer._pixmap.isNull(), timeout=30_000)
    assert len(prepared_on) >= 2 and threading.main_thread().name not in prepared_on
    shown = viewer._pixmap.toImage()
    cx = int((markup[0]["x"] + markup[0]["w"] / 2) * shown.width())
    cy = int((markup[0]["y"] + markup[0]["h"] / 2) * shown.height())
    assert shown.pixelColor(cx, cy).name() == "#000000"


def test_limits_give_clear_messages(qtbot, window, store, dialog_log, monkeypatch, tmp_path):
    _wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    bomb = tmp_path / "panorama.png"
    Image.new("1", (10_000, 10_000)).save(bomb)
    cap = bomb.stat().st_size + 10
    monkeypatch.setattr(
        attach_module, "inspect_file", functools.partial(attach_module.inspect_file, max_bytes=cap)
    )
    big = tmp_path / "big.mp4"
    big.write_bytes(b"\0\0\0\x18ftypmp42" + os.urandom(cap))
    pick(monkeypatch, window, [bomb, big])
    qtbot.mouseClick(page.add_btn, Qt.MouseButton.LeftButton)
    idle(qtbot)
    msg = dialog_log.texts("warning")
    assert "panorama.png is too large to use safely as an image" in msg
    assert "big.mp4 is" in msg and "the most one attachment may be is 12 KB" in msg
    assert page.cards == {}


def test_open_with_system_application_uses_a_copy(
    qtbot, window, store, samples, dialog_log, monkeypatch
) -> None:
    wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    opened: list[QUrl] = []
    monkeypatch.setattr(page_module, "open_url", lambda url: opened.append(url) or True)
    (uid,) = attach(qtbot, page, [samples.pdf])
    qtbot.mouseClick(page.card(uid).open_btn, Qt.MouseButton.LeftButton)
    copy = Path(opened[0].toLocalFile())
    stored = store.file_path(store.artifacts(wid)[0]["file"])
    assert copy != stored and copy.name == "slides.pdf"
    assert copy.read_bytes() == stored.read_bytes()
    assert not copy.stat().st_mode & 0o222  # read-only (root could still write, so no open())
    # Nothing the application does to the copy reaches the store.
    copy.chmod(0o600)
    copy.write_bytes(b"changed by another application")
    assert sha256(stored) == sha256(samples.pdf)

    # The viewer shows the PDF's first page, drawn on the task runner behind a placeholder.
    import threading

    from tli_workbook.ui.artifacts import viewer as viewer_module

    drawn_on: list[str] = []
    real_preview = viewer_module.page_preview

    def spy(*args):  # type: ignore[no-untyped-def]
        drawn_on.append(threading.current_thread().name)
        return real_preview(*args)

    monkeypatch.setattr(viewer_module, "page_preview", spy)
    viewer = page.open_viewer(uid)
    assert "Drawing the first page" in viewer.label.text() or drawn_on
    qtbot.waitExposed(viewer)
    qtbot.waitUntil(lambda: viewer._pixmap.width() > 100, timeout=30_000)
    assert drawn_on and threading.main_thread().name not in drawn_on
    assert copy.parent.parent == store.data_dir / "open"  # never the system temp folder


def test_website_link_with_screenshot(qtbot, window, store, samples, dialog_log, monkeypatch):
    wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    dialog_log.text_answer = ("not a web address", True)
    qtbot.mouseClick(page.link_btn, Qt.MouseButton.LeftButton)
    assert "does not look like a web address" in dialog_log.texts("warning")
    assert page.cards == {}
    dialog_log.text_answer = ("coaching.example.org/signup", True)
    qtbot.mouseClick(page.link_btn, Qt.MouseButton.LeftButton)
    (card,) = page.cards.values()
    assert card.url.text() == "https://coaching.example.org/signup"
    assert card.title.text() == "coaching.example.org"
    assert card.replace_btn.text() == "Attach screenshot…"
    assert card.open_btn.text() == "Open link"
    monkeypatch.setattr(window.dialogs, "open_file", lambda *a, **k: samples.png)
    qtbot.mouseClick(card.replace_btn, Qt.MouseButton.LeftButton)
    idle(qtbot)
    assert card.thumb.kind == "image" and card.replace_btn.text() == "Replace file…"
    assert page.flush()
    (rec,) = store.artifacts(wid)
    assert rec["url"] == "https://coaching.example.org/signup"
    assert rec["file"] == sha256(samples.png)


def test_reorder_and_remove(qtbot, window, store, samples, dialog_log, monkeypatch) -> None:
    wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    a, b, c = attach(qtbot, page, [samples.png, samples.pdf, samples.docx])
    qtbot.mouseClick(page.card(c).up_btn, Qt.MouseButton.LeftButton)
    assert [x["id"] for x in store.artifacts(wid, "artifact4")] == [a, c, b]
    assert page.card(c).number.text() == "Artifact 2 of 3"
    assert not page.card(a).up_btn.isEnabled() and not page.card(b).down_btn.isEnabled()

    dialog_log.confirm_answer = False
    qtbot.mouseClick(page.card(a).remove_btn, Qt.MouseButton.LeftButton)
    assert len(store.artifacts(wid)) == 3
    dialog_log.confirm_answer = True
    qtbot.mouseClick(page.card(a).remove_btn, Qt.MouseButton.LeftButton)
    assert [x["id"] for x in store.artifacts(wid)] == [c, b]
    assert page.status.text() == "2 of 3 artifacts attached."
    assert "The original file on your computer is not affected" in dialog_log.confirms[-1]
