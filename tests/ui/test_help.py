"""The user guide in the app: F1 opens the section of the page on screen, the contents list
and search move through it, and Save guide as PDF writes a PDF a reader can open."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tli_workbook.ui.help.guide import help_dir, sections
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog
from tli_workbook.ui.tasks import wait_for


def _view(window, monkeypatch):
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(
            lambda cls, cat, parent=None: (("coaching-and-mentoring", "Help", False), True)
        ),
    )
    window.new_workbook()
    return window.view


def _f1(qtbot, window, target):
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(target, Qt.Key.Key_F1)
    help_window = window.help_window
    assert help_window is not None and help_window.isVisible()
    return help_window


def test_f1_on_the_circle_map_opens_its_section(qtbot, window, monkeypatch):
    view = _view(window, monkeypatch)
    page = view.show_part("artifact1")
    help_window = _f1(qtbot, window, page)
    assert help_window.current_anchor == "circle-map"
    assert help_window.heading() == "The Circle Map"
    assert help_window.contents.currentItem().text() == "The Circle Map"
    assert "Drawing it" in help_window.browser.toPlainText()
    # The page's pictures are found (a missing one shows as an empty box).
    assert (help_dir() / "images" / "circle-map.png").is_file()

    # Another page, another section; the review pages too.
    view.show_part("artifact4")
    assert _f1(qtbot, window, view).current_anchor == "evidence"
    view.show_part("part3")
    assert _f1(qtbot, window, view).current_anchor == "reflect"
    view.show_review("readiness")
    assert _f1(qtbot, window, view).heading() == "Ready to submit?"
    window.show_start()
    assert _f1(qtbot, window, window.start).current_anchor == "getting-started"


def test_contents_and_search(qtbot, window):
    window.show_help("backups")
    hw = window.help_window
    assert hw.heading() == "Backups and moving to another computer"
    rows = {hw.contents.item(r).text(): r for r in range(hw.contents.count())}
    assert len(rows) == len(sections()) >= 12
    hw.contents.setCurrentRow(rows["Feedback"])
    assert hw.current_anchor == "feedback"
    qtbot.keyClicks(hw.search, "redact")
    shown = [
        hw.contents.item(r).text()
        for r in range(hw.contents.count())
        if not hw.contents.item(r).isHidden()
    ]
    assert "Privacy check" in shown and "Rubric self-check" not in shown
    assert hw.current_anchor in {s.anchor for s in sections() if "redact" in s.text().lower()}
    assert hw.browser.textCursor().selectedText().lower() == "redact"


def test_every_section_is_listed_and_every_picture_exists():
    for s in sections():
        text = s.text()
        assert text.startswith("# "), s.path
        for name in re.findall(r"\]\((images/[^)]+)\)", text):
            picture = help_dir() / name
            assert picture.is_file(), (s.anchor, name)
            assert picture.stat().st_size < 200_000, name


@pytest.mark.skipif(not shutil.which("qpdf") or not shutil.which("pdftotext"), reason="poppler")
def test_save_guide_as_pdf(qtbot, window, tmp_path: Path, monkeypatch):
    target = tmp_path / "guide"
    monkeypatch.setattr(window.dialogs, "save_file", lambda *a: target)
    task = window.save_guide_pdf()
    assert task is not None
    wait_for(task)
    pdf = tmp_path / "guide.pdf"
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    # The PDF's "ﬂ" ligatures read as "fl"; a long heading may wrap.
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    for s in sections():
        assert s.title in text, s.title
    # Every picture of the guide is in the PDF (a bare QTextDocument would leave them out).
    if shutil.which("pdfimages"):
        listing = subprocess.run(
            ["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True
        ).stdout.splitlines()[2:]
        pictures = [row for row in listing if row.split()[2] == "image"]  # not their masks
        assert len(pictures) == len(list((help_dir() / "images").glob("*.png")))
