"""Reading the text in pictures through the child process (tli_workbook.artifacts.ocr_process):
the same text as read in-process, and a child that cannot start or dies gives a message for
the teacher, never a hang."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tli_workbook.artifacts.ocr import ENV_OCR_CACHE, OcrUnavailable, PictureReader
from tli_workbook.artifacts.ocr_process import ENV_OCR_CHILD, OcrProcess, ocr_process

from .ocr_images import STUDENT, name_tag


def test_a_picture_is_read_through_the_child(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_OCR_CACHE, raising=False)  # this test's own cache, empty
    pic = tmp_path / "tag.png"
    name_tag(pic)
    bad = tmp_path / "bad.png"
    bad.write_bytes(pic.read_bytes()[:2000])
    proc = OcrProcess()
    try:
        doc = proc.read(pic, "a" * 64)
        assert doc.read and STUDENT in doc.pages[0].text
        damaged = proc.read(bad, "b" * 64)  # the same child goes on after a damaged file
        assert damaged.kind == "image" and damaged.error and not damaged.read
        assert proc.started == 1
    finally:
        proc.stop()


def test_the_gui_reader_caches_what_the_child_read(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_OCR_CACHE, raising=False)
    pic = tmp_path / "tag.png"
    name_tag(pic)
    try:
        doc = PictureReader(tmp_path, read=ocr_process().read)("c" * 64, pic)
    finally:
        ocr_process().stop()
    assert doc is not None and doc.read and STUDENT in doc.pages[0].text
    assert PictureReader(tmp_path, run=False)("c" * 64, pic) == doc


@pytest.mark.parametrize(
    "command",
    [
        [str(Path(sys.executable).parent / "no-such-reader")],  # cannot start
        [sys.executable, "-c", "import sys; sys.stdin.readline(); sys.exit(3)"],  # dies
        [sys.executable, "-c", "import sys; sys.stdin.readline(); print('garbage', flush=True)"],
    ],
)
def test_a_missing_or_crashed_child_gives_a_message(
    tmp_path: Path, monkeypatch, command: list[str]
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV_OCR_CHILD, json.dumps(command))
    pic = tmp_path / "tag.png"
    name_tag(pic)
    proc = OcrProcess()
    try:
        with pytest.raises(OcrUnavailable, match="could not be read"):
            proc.read(pic, "d" * 64)
    finally:
        proc.stop()
    # Through the reader the GUI uses: a message on the file, nothing cached.
    monkeypatch.delenv(ENV_OCR_CACHE, raising=False)
    ocr_process().stop()  # the shared child is started again, with the command above
    reader = PictureReader(tmp_path, read=ocr_process().read)
    try:
        doc = reader("d" * 64, pic)
    finally:
        ocr_process().stop()
    assert doc is not None and doc.error and not doc.read
    assert reader.cache.get("d" * 64) is None
