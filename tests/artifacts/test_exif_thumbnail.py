"""A phone photo's card is drawn from the thumbnail its camera stored in the EXIF, before the
photo is decoded; the decode (the full check) follows the batch, redraws the card from the
photo's own pixels, and a photo it finds damaged is named to the teacher."""

from __future__ import annotations

import struct
import threading
from pathlib import Path

from PIL import Image

from artifacts.phone_photos import exif_with_thumbnail, thumbnail_jpeg
from artifacts.test_artifacts_page import drop_files, idle, open_page
from artifacts.test_attach_many import Recorder, watch
from tli_workbook.artifacts.exif_thumb import _ifd1_jpeg, embedded_thumbnail
from tli_workbook.artifacts.inspect import inspect_file, quick_check_image
from tli_workbook.artifacts.thumbs import THUMB_PX, cache_path


def phone_exif(orientation: int = 1, taken: str = "2025:03:04 10:20:00") -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Google"
    exif[0x0112] = orientation
    exif.get_ifd(0x8769)[0x9003] = taken
    return exif.tobytes()


def phone_photo(
    path: Path,
    orientation: int = 1,
    size: tuple[int, int] = (1600, 1200),
    thumb_size: tuple[int, int] = (320, 240),
    colour: tuple[int, int, int] = (200, 60, 40),
) -> Path:
    """A photo whose left half is `colour` and right half white, with a camera thumbnail."""
    im = Image.new("RGB", size, (255, 255, 255))
    im.paste(colour, (0, 0, size[0] // 2, size[1]))
    exif = exif_with_thumbnail(phone_exif(orientation), thumbnail_jpeg(im, thumb_size))
    im.save(path, format="JPEG", quality=85, exif=exif)
    return path


def test_the_camera_thumbnail_is_read_upright_without_decoding(tmp_path: Path) -> None:
    photo = phone_photo(tmp_path / "IMG_1.jpg", orientation=6)
    info = quick_check_image(photo)
    assert info is not None and info.provisional
    assert (info.width, info.height) == (1600, 1200)  # the photo's, as stored
    assert info.preview.size == (240, 320)  # turned upright, as the card shows it
    assert info.taken == "2025-03-04T10:20"
    assert not info.preview.info.get("exif")  # pixels only
    # Orientation 6: the stored left half (red) is at the top once turned.
    assert info.preview.getpixel((120, 40))[0] > 150 > info.preview.getpixel((120, 40))[2]
    assert info.preview.getpixel((120, 280)) == (255, 255, 255)


def test_no_usable_thumbnail_means_the_full_check(tmp_path: Path) -> None:
    plain = tmp_path / "plain.jpg"
    Image.new("RGB", (800, 600), "navy").save(plain, format="JPEG")
    assert quick_check_image(plain) is None  # no EXIF at all
    bars = phone_photo(tmp_path / "wide.jpg", size=(1600, 900), thumb_size=(320, 240))
    assert quick_check_image(bars) is None  # a 4:3 thumbnail of a 16:9 photo
    tiny = phone_photo(tmp_path / "tiny.jpg", thumb_size=(80, 60))
    assert quick_check_image(tiny) is None
    # Data after the picture (a phone's "motion photo" carries a video there).
    motion = tmp_path / "motion.jpg"
    motion.write_bytes(phone_photo(tmp_path / "m.jpg").read_bytes() + b"ftypmp42" * 100)
    assert quick_check_image(motion) is None
    # All of these are still attached, after the full check.
    for p in (plain, bars, tiny, motion):
        check = inspect_file(p, preview_px=THUMB_PX, quick=True)
        assert check.ok and check.kind == "image" and not check.image.provisional, p.name


def test_a_photo_cut_short_is_still_refused(tmp_path: Path) -> None:
    whole = phone_photo(tmp_path / "whole.jpg").read_bytes()
    cut = tmp_path / "IMG_cut.jpg"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    assert quick_check_image(cut) is None
    check = inspect_file(cut, preview_px=THUMB_PX, quick=True)
    assert not check.ok and "incomplete" in check.refused


def _tiff(ifd1_entries: list[tuple[int, int, int, int]], tail: bytes = b"") -> bytes:
    """A little-endian TIFF: an empty IFD0 linking to IFD1 with these (tag, type, count,
    value) entries, then `tail`."""
    ifd1 = 8 + 2 + 4
    out = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<HI", 0, ifd1)
    out += struct.pack("<H", len(ifd1_entries))
    for tag, kind, count, value in ifd1_entries:
        out += struct.pack("<HHII", tag, kind, count, value)
    return out + struct.pack("<I", 0) + tail


def test_hostile_exif_offsets_give_no_thumbnail() -> None:
    jpeg = b"\xff\xd8" + b"\x00" * 100
    start = 8 + 6 + 2 + 2 * 12 + 4
    good = _tiff([(0x0201, 4, 1, start), (0x0202, 4, 1, len(jpeg))], jpeg)
    assert _ifd1_jpeg(good) == jpeg
    for entries in (
        [(0x0201, 4, 1, start), (0x0202, 4, 1, 10**9)],  # longer than the file
        [(0x0201, 4, 1, 2**32 - 1), (0x0202, 4, 1, 50)],  # starts past the end
        [(0x0201, 4, 1, 0), (0x0202, 4, 1, 50)],  # no offset
        [(0x0201, 4, 2, start), (0x0202, 4, 1, 50)],  # not a single value
        [(0x0201, 4, 1, 4), (0x0202, 4, 1, 20)],  # inside the header: not a JPEG
    ):
        assert _ifd1_jpeg(_tiff(entries, jpeg)) is None, entries
    many = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 0xFFFF)  # 65535 entries
    assert _ifd1_jpeg(many) is None
    assert _ifd1_jpeg(b"II*\x00" + struct.pack("<I", 2**31)) is None
    assert _ifd1_jpeg(b"XX") is None
    # A thumbnail whose bytes are not a picture.
    photo = Image.new("RGB", (400, 300))
    photo.info["exif"] = b"Exif\x00\x00" + good
    assert embedded_thumbnail(photo) is None


def _damaged_after_the_header(path: Path) -> Path:
    """A phone photo whose markers and ending are sound but whose scan header names a
    component the frame lacks: it opens, and fails only when decoded."""
    data = bytearray(phone_photo(path).read_bytes())
    sos = data.rindex(b"\xff\xda")  # the photo's scan; the first is its thumbnail's
    data[sos + 5] = 0x09
    path.write_bytes(bytes(data))
    return path


def test_cards_come_from_the_camera_thumbnail_then_the_photo(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    folder = tmp_path / "phone"
    folder.mkdir()
    photos = [
        phone_photo(folder / f"IMG_{i}.jpg", 6 if i % 2 else 1, colour=(200, 60 + 20 * i, 40))
        for i in range(4)
    ]
    broken = _damaged_after_the_header(folder / "IMG_9.jpg")
    assert quick_check_image(broken) is not None  # it passes the quick check
    wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    rec = Recorder()
    watch(monkeypatch, page, rec)
    rec.timer.start()
    try:
        drop_files(page.widget(), [*photos, broken])
        qtbot.waitUntil(lambda: len(page.cards) == 5 and not page.attaching, timeout=60_000)
        assert all(c.thumb.kind == "image" for c in page.ordered())
        idle(qtbot)
    finally:
        rec.timer.stop()
    # Every card was made, with its picture, before the first photo was decoded; then each
    # was decoded once, off the GUI thread.
    kinds = [what for what, _t, _th in rec.events]
    assert kinds.count("card") == 5 and kinds.count("decode") == 5
    assert kinds.index("decode") > len(kinds) - 1 - kinds[::-1].index("card")
    decodes = rec.of("decode")
    assert all(thread != threading.main_thread().name for _w, _t, thread in decodes)
    by_name = {c.record()["filename"]: c for c in page.ordered()}
    # The good photos' cards now show their own pixels, cached from the decode.
    for p in photos:
        sha = by_name[p.name].record()["file"]
        cached = cache_path(store.data_dir, sha, f"t{THUMB_PX}")
        assert cached.is_file()
        with Image.open(cached) as im:
            assert max(im.size) == THUMB_PX  # the photo's pixels, not the 320 x 240 camera's
        assert by_name[p.name].thumb.kind == "image"
        offer = by_name[p.name].elements["date_time"].offer_btn
        assert offer.text() == "Use the photo's date: Mar 4, 2025 10:20 AM"
    # The damaged one stays attached, shown by name, and the teacher is told which it is.
    qtbot.waitUntil(lambda: by_name[broken.name].thumb.kind != "image", timeout=30_000)
    shown = by_name[broken.name].file_label.text()
    assert "IMG_9.jpg" in shown and "is damaged and could not be read" in shown
    assert by_name[broken.name].record()["file"] not in shown  # never the stored copy's name
    (told,) = [t for kind, _title, t in dialog_log.messages if kind == "warning"]
    assert "IMG_9.jpg is damaged" in told
    assert told.startswith("1 photo could not be read in full after it was attached.")
    assert len(store.artifacts(wid, "artifact4")) == 5


def test_a_card_thumbnail_is_never_larger_than_its_source(tmp_path: Path) -> None:
    # A camera thumbnail bigger than the card's is scaled down like any other.
    photo = phone_photo(tmp_path / "big.jpg", size=(2400, 1800), thumb_size=(640, 480))
    info = quick_check_image(photo)
    assert info is not None and info.preview.size == (640, 480)
    from tli_workbook.artifacts.thumbs import thumbnail_pixels

    assert thumbnail_pixels(info.preview).size == (THUMB_PX, THUMB_PX * 3 // 4)
