"""What attaching a batch of photos does, and in what order: each photo decoded once, only the
stored copy (and its folder) flushed to disk, the card's picture the same as the cached
thumbnail a later visit shows, and the work that no card needs (thumbnail cache files, the
photos' hidden details) done after the last card."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

from PIL import Image, ImageCms
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from artifacts.test_artifacts_page import open_page
from artifacts.test_attach_many import make_photos
from tli_workbook.artifacts import colour, metadata, thumbs
from tli_workbook.artifacts import inspect as inspect_module
from tli_workbook.packet import images as packet_images
from tli_workbook.ui.artifacts import attach as attach_module
from tli_workbook.ui.tasks import runner


def phone_photo(path: Path, size: tuple[int, int], orientation: int, taken: str) -> Path:
    """A JPEG as a phone stores it: EXIF with the date taken and the orientation."""
    im = Image.linear_gradient("L").resize(size).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif.get_ifd(0x8769)[0x9003] = taken
    im.save(path, format="JPEG", quality=85, exif=exif.tobytes())
    return path


def test_a_batch_flushes_only_the_stored_copies_and_decodes_each_photo_once(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    photos = make_photos(tmp_path / "phone", 4, size=(1600, 1200))
    _wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    flushed: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        flushed.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    decodes: list[str] = []
    check = inspect_module.check_image
    prepare = packet_images.prepare_image
    monkeypatch.setattr(
        inspect_module,
        "check_image",
        lambda p, *a, **k: decodes.append(p.name) or check(p, *a, **k),
    )
    monkeypatch.setattr(
        packet_images,
        "prepare_image",
        lambda p, *a, **k: decodes.append(f"full {p}") or prepare(p, *a, **k),
    )
    monkeypatch.setattr(os, "fsync", fsync)
    batch = page.attach_paths(photos)
    qtbot.waitUntil(runner().is_idle, timeout=120_000)
    monkeypatch.setattr(os, "fsync", real_fsync)

    assert len(batch.made) == 4
    assert sorted(decodes) == sorted(p.name for p in photos)  # no second, full decode
    files = str(store.files_dir)
    stored = [p for p in flushed if p.startswith(files)]
    # Each stored copy and the folder it was renamed into; never a cache file.
    assert len(stored) == 8, flushed
    assert not [p for p in flushed if p.startswith(str(thumbs.thumbs_dir(store.data_dir)))]
    for a in store.artifacts(_wid):
        assert thumbs.cache_path(store.data_dir, a["file"], "t320").is_file()


def test_cache_files_and_hidden_details_come_after_the_last_card(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    photos = make_photos(tmp_path / "phone", 6, size=(1600, 1200))
    _wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    events: list[tuple[str, str]] = []
    lock = threading.Lock()

    def note(what: str) -> None:
        with lock:
            events.append((what, threading.current_thread().name))

    save, warm = attach_module.save_thumbnail_pixels, attach_module.warm_metadata
    monkeypatch.setattr(
        attach_module, "save_thumbnail_pixels", lambda *a, **k: note("cache") or save(*a, **k)
    )
    monkeypatch.setattr(attach_module, "warm_metadata", lambda *a, **k: note("details") or warm(*a))
    add_card = page._add_card
    monkeypatch.setattr(page, "_add_card", lambda *a, **k: note("card") or add_card(*a, **k))
    page.attach_paths(photos)
    qtbot.waitUntil(runner().is_idle, timeout=120_000)

    kinds = [w for w, _t in events]
    assert kinds.count("card") == 6
    assert kinds.count("cache") == 6 and kinds.count("details") == 6
    last_card = max(i for i, w in enumerate(kinds) if w == "card")
    assert all(i > last_card for i, w in enumerate(kinds) if w != "card"), kinds
    main = threading.main_thread().name
    assert all(t != main for w, t in events if w != "card")
    # Every card already showed its picture, made before any cache file existed.
    assert all(c.thumb.kind == "image" and not c.thumb.icon().isNull() for c in page.ordered())


def card_image(card) -> QImage:  # type: ignore[no-untyped-def]
    # 32 bits a pixel: rows have no padding bytes to compare.
    return (
        card.thumb.icon()
        .pixmap(QSize(336, 252))
        .toImage()
        .convertToFormat(QImage.Format.Format_RGB32)
    )


def test_the_cards_picture_is_the_one_a_later_visit_shows(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    upright = phone_photo(tmp_path / "upright.jpg", (1600, 1200), 6, "2025:03:04 09:15:00")
    flat = phone_photo(tmp_path / "flat.jpg", (1600, 1200), 1, "2025:03:05 10:20:00")
    wid, view, page = open_page(window, store, monkeypatch, dialog_log)
    page.attach_paths([upright, flat])
    qtbot.waitUntil(runner().is_idle, timeout=60_000)
    first = [card_image(c) for c in page.ordered()]
    assert first[0].height() > first[0].width()  # stored sideways, shown upright
    assert first[1].width() > first[1].height()
    # The photo's own date is offered, read from the same decode.
    offered = [
        w._offered for c in page.ordered() for w in c.elements.values() if hasattr(w, "_offered")
    ]
    assert "2025-03-04T09:15" in offered and "2025-03-05T10:20" in offered

    window.close_workbook()
    again = window.open_workbook(wid).show_part("artifact4")
    qtbot.waitUntil(
        lambda: (
            len(again.cards) == 2
            and runner().is_idle()
            and all(c.thumb.kind == "image" for c in again.ordered())
        ),
        timeout=60_000,
    )
    for before, card in zip(first, again.ordered(), strict=True):
        after = card_image(card)
        assert (after.width(), after.height()) == (before.width(), before.height())
        worst = max(
            abs(a - b)
            for a, b in zip(bytes(before.constBits()), bytes(after.constBits()), strict=True)
        )
        assert worst <= 8  # the same pixels, give or take the PNG round trip and rescaling


def test_thumbnail_colours_are_converted_as_the_packet_converts_them() -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    rgba = Image.new("RGBA", (40, 30), (200, 40, 90, 120))
    rgba.info["icc_profile"] = srgb
    pal = Image.new("P", (40, 30), 3)
    pal.info["transparency"] = 3
    # One home for both: the card's picture and the packet's go through the same conversion.
    assert thumbs.to_srgb is packet_images.to_srgb is colour.to_srgb
    assert thumbs.flatten is packet_images.flatten is colour.flatten
    a = 120 / 255
    on_white = tuple(round(c * a + 255 * (1 - a)) for c in (200, 40, 90))
    cases = (
        (rgba, on_white),  # translucent: onto white paper
        (pal, (255, 255, 255)),  # the transparent index: white
        (Image.new("L", (40, 30), 77), (77, 77, 77)),
        (Image.new("RGB", (40, 30), (1, 2, 3)), (1, 2, 3)),
    )
    for im, expected in cases:
        out = colour.flatten(colour.to_srgb(im))
        assert out.mode == "RGB"
        got = out.getpixel((5, 5))
        assert max(abs(g - e) for g, e in zip(got, expected, strict=True)) <= 1, (im.mode, got)


def test_a_photos_date_is_read_from_the_decoded_copy_as_from_the_file(tmp_path) -> None:
    photo = phone_photo(tmp_path / "p.jpg", (400, 300), 1, "2024:11:30 17:45:12")
    with Image.open(photo) as im:
        im.draft("RGB", (50, 38))
        im.load()
        decoded = im.copy()
    assert metadata.photo_taken(photo) == metadata.image_taken(decoded) == "2024-11-30T17:45"
    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, format="PNG")
    assert metadata.image_taken(Image.open(buf)) is None


def test_the_same_photo_twice_in_one_drop_is_attached_once(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    # The two helpers store the copies at the same time: the second finds the first's.
    (photo,) = make_photos(tmp_path / "phone", 1, size=(1600, 1200))
    copies = []
    for i in range(6):
        copy = tmp_path / f"copy{i}" / photo.name
        copy.parent.mkdir()
        copy.write_bytes(photo.read_bytes())
        copies.append(copy)
    wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    batch = page.attach_paths(copies)
    qtbot.waitUntil(runner().is_idle, timeout=60_000)
    assert len(batch.made) == 1 and len(page.cards) == 1
    assert len(store.artifacts(wid)) == 1
    text = dialog_log.texts("info")
    assert text.count("IMG_1000.jpg is already attached as Artifact 1.") == 5, text
    assert not dialog_log.texts("warning") and not dialog_log.texts("error")


def test_a_copied_file_is_recorded_with_its_artifact_in_one_transaction(store, tmp_path) -> None:
    (photo,) = make_photos(tmp_path / "phone", 1, size=(320, 240))
    wid = store.create_workbook("coaching-and-mentoring", "W")
    sha, size = store.copy_file_in(photo)
    assert store.file_path(sha).read_bytes() == photo.read_bytes() and size == photo.stat().st_size
    with store.engine.connect() as con:  # copied, flushed, not recorded yet
        assert con.exec_driver_sql("SELECT count(*) FROM files").scalar() == 0
    commits: list[int] = []
    from sqlalchemy import event

    event.listen(store.engine, "commit", lambda _con: commits.append(1))
    from tli_workbook.store import NewArtifactFile

    def record(data, media):  # type: ignore[no-untyped-def]
        ((uid, new, _rec),) = store.add_artifact_files(
            wid, [NewArtifactFile(data, sha, size, media)]
        )
        return uid, new

    data = {"part": "artifact4", "title": "IMG 1000", "filename": photo.name}
    uid, new = record(data, "image/jpeg")
    assert new and len(commits) == 1
    assert store.file_info(sha) == {"sha256": sha, "size": size, "media_type": "image/jpeg"}
    (art,) = store.artifacts(wid, "artifact4")
    assert (art["id"], art["file"], art["filename"]) == (uid, sha, photo.name)
    # The same file again in that part: no second artifact, the first one's id.
    assert record(data, "image/jpeg") == (uid, False)
    assert len(store.artifacts(wid)) == 1
    other, new = record({**data, "part": "artifact2"}, "x/y")
    assert new and other != uid and store.file_info(sha)["media_type"] == "image/jpeg"


def test_files_ready_together_are_recorded_in_one_commit(store, tmp_path) -> None:
    import hashlib

    from sqlalchemy import event

    from tli_workbook.store import NewArtifactFile

    photos = make_photos(tmp_path / "phone", 3, size=(320, 240))
    wid = store.create_workbook("coaching-and-mentoring", "W")
    first = store.upsert_artifact(
        wid, {"part": "artifact4", "title": "A link", "url": "https://a.example"}
    )
    copied = [store.copy_file_in(p) for p in photos]
    # The stored copy is named by its own bytes.
    for (sha, size), p in zip(copied, photos, strict=True):
        assert sha == hashlib.sha256(p.read_bytes()).hexdigest() and size == p.stat().st_size
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _con: commits.append(1))
    items = [
        NewArtifactFile(
            {"part": "artifact4", "title": p.stem, "filename": p.name}, sha, size, "image/jpeg"
        )
        for p, (sha, size) in zip(photos, copied, strict=True)
    ]
    # The second photo twice in one batch: one artifact, the second time its id.
    got = store.add_artifact_files(wid, [*items, items[1]])
    assert len(commits) == 1
    assert [new for _uid, new, _rec in got] == [True, True, True, False]
    assert got[3][0] == got[1][0] and got[3][2] is None
    # Each new record reads as the store lists it, in drop order after what was there.
    listed = store.artifacts(wid, "artifact4")
    assert [a["id"] for a in listed] == [first] + [uid for uid, _new, _rec in got[:3]]
    for uid, _new, rec in got[:3]:
        assert rec == store.artifact(wid, uid)
    # Already there: the next batch gets the ids of the artifacts there.
    again = store.add_artifact_files(wid, items[:1])
    assert again == [(got[0][0], False, None)]
