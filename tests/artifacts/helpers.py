"""Test helpers shared by tests/artifacts and tests/feedback: real files of every kind a teacher
might attach (good and bad), page registration, and a recorder for dialogs."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw


@dataclass
class Samples:
    png: Path
    jpeg_gps: Path
    pdf: Path
    docx: Path
    empty: Path
    truncated: Path
    fake_png: Path


def make_png(path: Path, size: tuple[int, int] = (400, 300)) -> Path:
    im = Image.new("RGB", size, (240, 244, 250))
    d = ImageDraw.Draw(im)
    for i in range(0, size[0], 20):
        d.line((i, 0, i, size[1]), fill=(180, 200, 230), width=2)
    d.rectangle((40, 40, 200, 120), fill=(250, 220, 60))
    d.text((50, 60), "Newsletter", fill=(20, 20, 20))
    im.save(path, format="PNG")
    return path


def make_jpeg_with_gps(path: Path, size: tuple[int, int] = (640, 480)) -> Path:
    im = Image.new("RGB", size, (200, 120, 80))
    d = ImageDraw.Draw(im)
    d.ellipse((100, 80, 400, 380), fill=(250, 250, 240))
    d.rectangle((420, 300, 600, 420), fill=(30, 60, 160))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x013B] = "Jordan Example"  # Artist
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (40.0, 26.0, 46.0)
    gps[3] = "W"
    gps[4] = (79.0, 58.0, 56.0)
    im.save(path, format="JPEG", quality=92, exif=exif)
    return path


def make_pdf(path: Path, pages: int = 2) -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=letter, invariant=1)
    for n in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 28)
        c.drawString(72, 700, f"Handout page {n}")
        c.rect(72, 400, 300, 200, fill=1)
        c.showPage()
    c.save()
    return path


def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Meeting agenda", 1)
    d.add_paragraph("Welcome and norms. Coaching cycle sign-up.")
    d.save(str(path))
    return path


@pytest.fixture
def samples(tmp_path: Path) -> Samples:
    src = tmp_path / "originals"
    src.mkdir()
    jpeg = make_jpeg_with_gps(src / "workshop photo.jpg")
    good = jpeg.read_bytes()
    truncated = src / "broken-photo.jpg"
    truncated.write_bytes(good[: len(good) * 6 // 10])
    empty = src / "empty-scan.jpg"
    empty.write_bytes(b"")
    fake = src / "diagram.png"
    fake.write_text("<!DOCTYPE html><html><body>Saved page, not a picture</body></html>")
    return Samples(
        png=make_png(src / "newsletter_feb.png"),
        jpeg_gps=jpeg,
        pdf=make_pdf(src / "slides.pdf"),
        docx=make_docx(src / "agenda.docx"),
        empty=empty,
        truncated=truncated,
        fake_png=fake,
    )


@pytest.fixture(autouse=True)
def register_pages() -> None:
    """Until the lead registers them in the window, register the pages for these tests."""
    from tli_workbook.ui.artifacts.page import ArtifactsPage
    from tli_workbook.ui.feedback.page import FeedbackPage
    from tli_workbook.ui.workbook_view import register_page

    register_page("artifacts")(lambda view, ctx: ArtifactsPage(ctx))
    register_page("feedback")(lambda view, ctx: FeedbackPage(ctx))


class DialogLog:
    """Records messages instead of showing them; answers confirms and prompts as told."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.confirm_answer = True
        self.text_answer: tuple[str, bool] = ("", False)
        self.confirms: list[str] = []

    def patch(self, monkeypatch: pytest.MonkeyPatch, dialogs: object) -> DialogLog:
        for kind in ("info", "warning", "error"):
            monkeypatch.setattr(
                dialogs,
                kind,
                lambda title, text, *a, k=kind: self.messages.append((k, title, text)),
            )

        def confirm(title: str, text: str, ok_label: str = "OK") -> bool:
            self.confirms.append(text)
            return self.confirm_answer

        monkeypatch.setattr(dialogs, "confirm", confirm)
        monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: self.text_answer)
        return self

    def texts(self, kind: str | None = None) -> str:
        return "\n".join(t for k, _ti, t in self.messages if kind is None or k == kind)


@pytest.fixture
def dialog_log() -> DialogLog:
    return DialogLog()


def image_bytes(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im
