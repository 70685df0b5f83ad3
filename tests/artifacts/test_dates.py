"""Dates start empty, take typed AM/PM, and an artifact's date offers the photo's own date
(EXIF DateTimeOriginal) when the attached file has one."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from tests.artifacts.helpers import make_png
from tests.artifacts.test_artifacts_page import attach, open_page
from tli_workbook.artifacts.metadata import photo_taken
from tli_workbook.ui.artifacts.fields import OptionalDateTime


def make_photo(path: Path, taken: str | None = "2024:10:15 14:05:33") -> Path:
    im = Image.new("RGB", (320, 240), (90, 140, 200))
    exif = Image.Exif()
    exif[0x0132] = "2024:12:01 08:00:00"  # DateTime: when the file was last changed
    if taken is not None:
        exif.get_ifd(0x8769)[0x9003] = taken  # DateTimeOriginal
    im.save(path, format="JPEG", exif=exif)
    return path


def test_photo_taken_reads_exif_and_survives_bad_files(tmp_path):
    assert photo_taken(make_photo(tmp_path / "a.jpg")) == "2024-10-15T14:05"
    # No DateTimeOriginal: the file's DateTime is the best there is.
    assert photo_taken(make_photo(tmp_path / "b.jpg", None)) == "2024-12-01T08:00"
    assert photo_taken(make_photo(tmp_path / "c.jpg", "0000:00:00 00:00:00")) == (
        "2024-12-01T08:00"
    )
    assert photo_taken(make_png(tmp_path / "d.png")) is None
    (tmp_path / "e.jpg").write_bytes(b"\xff\xd8\xff\xe1garbage")
    assert photo_taken(tmp_path / "e.jpg") is None
    assert photo_taken(tmp_path / "missing.jpg") is None


def test_date_starts_empty_and_takes_typed_am_pm(qtbot):
    box = OptionalDateTime()
    qtbot.addWidget(box)
    box.show()
    assert box.value() is None and box.edit.text() == "No date"
    qtbot.mouseClick(box.edit, Qt.MouseButton.LeftButton)
    assert box.value() is None  # a click alone sets nothing
    box.edit.setFocus()
    qtbot.keyClick(box.edit, Qt.Key.Key_2)  # typing starts from today, 9:00 AM
    assert box.value() is not None and box.value().endswith("T09:00")
    box.set_value("2025-02-03T07:30")
    qtbot.keyClick(box.edit, Qt.Key.Key_P)
    assert box.value() == "2025-02-03T19:30"
    assert "PM" in box.edit.text()
    qtbot.keyClick(box.edit, Qt.Key.Key_A)
    assert box.value() == "2025-02-03T07:30"
    qtbot.mouseClick(box.clear_btn, Qt.MouseButton.LeftButton)
    assert box.value() is None and box.edit.text() == "No date"


def test_artifact_date_offers_the_photos_own_date(
    qtbot, window, store, data_dir, dialog_log, monkeypatch, tmp_path
):
    wid, view, page = open_page(window, store, monkeypatch, dialog_log)
    made = attach(qtbot, page, [make_photo(tmp_path / "sign-up.jpg")])
    card = page.card(made[0])
    date = card.elements["date_time"]
    assert date.value() is None  # offered, never filled in unasked
    qtbot.waitUntil(lambda: date.offer_btn.isVisible())
    assert date.offer_btn.text() == "Use the photo's date: Oct 15, 2024 2:05 PM"
    qtbot.mouseClick(date.offer_btn, Qt.MouseButton.LeftButton)
    assert date.value() == "2024-10-15T14:05"
    assert date.offer_btn.isHidden()
    qtbot.waitUntil(
        lambda: (
            next(a for a in store.artifacts(wid) if a["id"] == made[0])["fields"].get("date_time")
            == "2024-10-15T14:05"
        ),
        timeout=10_000,
    )


def test_a_24_hour_box_takes_p_for_the_afternoon(qtbot):
    from PySide6.QtCore import QDate, QDateTime, QTime

    from tli_workbook.ui.forms.fields_scalar import NullableDateTimeEdit

    box = NullableDateTimeEdit()
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClick(box, Qt.Key.Key_P)
    assert box.is_null()  # a letter on an empty box does not make up a date
    box.setDateTime(QDateTime(QDate(2025, 3, 14), QTime(3, 30)))
    qtbot.keyClick(box, Qt.Key.Key_P)
    assert box.dateTime().toString("yyyy-MM-dd HH:mm") == "2025-03-14 15:30"
    qtbot.keyClick(box, Qt.Key.Key_A)
    assert box.time() == QTime(3, 30)
