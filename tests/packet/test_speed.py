"""Work the export does, counted: pictures prepared ahead on worker threads, each once and
exactly as prepare_image makes it; a contents list longer than a page laid out in two passes."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import pytest

from tli_workbook.packet import builder as builder_mod
from tli_workbook.packet import pdf_writer
from tli_workbook.packet.builder import PacketOptions, build_document
from tli_workbook.packet.document import Document, Heading, Image, Paragraph, Section
from tli_workbook.packet.images import prepare_image

from .fixtures import PINNED_DATE, REDACT_BOX, Workbook


def _with_photos(wb: Workbook, n: int) -> dict[str, Any]:
    """The fixture workbook with n more photo artifacts (the same photo, each with its own
    redaction box, so each is a different picture to prepare)."""
    snap = dict(wb.snapshot)
    arts = [dict(a) for a in snap["artifacts"]]
    for i in range(n):
        box = dict(REDACT_BOX, x=0.02 * i)
        arts.append(
            {
                "id": f"extra-{i}",
                "part": "artifact4",
                "title": f"Photo {i}",
                "filename": f"IMG_{i}.jpg",
                "file": wb.photo_sha,
                "markup": [{"kind": "redact", **box}],
            }
        )
    snap["artifacts"] = arts
    return snap


def test_pictures_are_prepared_ahead_on_worker_threads_once_each(
    workbook: Workbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str]] = []
    real = builder_mod.prepare_image

    def counting(path: Any, markup: Any = (), max_px: int = 2000) -> Any:
        calls.append((threading.current_thread().name, repr(markup)))
        return real(path, markup, max_px)

    monkeypatch.setattr(builder_mod, "prepare_image", counting)
    snap = _with_photos(workbook, 4)
    doc, _warnings = build_document(
        snap,
        workbook.credential,
        workbook.file_path,
        tmp_path,
        PacketOptions(date=PINNED_DATE),
    )
    images = [b for b in doc.blocks() if isinstance(b, Image)]
    # The fixture's photo and screenshot, and the four extra photos: each prepared once...
    pictures = [a for a in snap["artifacts"] if a["file"] != workbook.handout_sha]
    assert len(calls) == len(pictures) == 6
    assert len(set(calls)) == len(calls)
    # ...on the pool, not on the thread that lays out the packet.
    assert all(name.startswith("packet-image") for name, _ in calls), calls
    # And the files the writers read are what prepare_image makes, in document order.
    extra = [a for a in snap["artifacts"] if a["id"].startswith("extra-")]
    placed = images[-len(extra) :]
    for art, block in zip(extra, placed, strict=True):
        path = workbook.file_path(art["file"])
        assert path is not None
        assert block.path.read_bytes() == prepare_image(path, art["markup"]).data
        assert block.caption.endswith(art["title"])


def test_a_picture_that_fails_ahead_fails_as_it_did_inline(
    workbook: Workbook, tmp_path: Path
) -> None:
    """A broken picture raises the same ImageError, worded the same, from the pool."""
    snap = _with_photos(workbook, 1)
    broken = tmp_path / "files" / "broken"
    broken.parent.mkdir()
    broken.write_bytes(workbook.file_path(workbook.photo_sha).read_bytes()[:4000])  # type: ignore[union-attr]
    snap["files"] = dict(snap["files"], broken={"size": 4000, "media_type": "image/jpeg"})
    snap["artifacts"][-1] = dict(snap["artifacts"][-1], file="broken")

    def file_path(sha: str) -> Path | None:
        return broken if sha == "broken" else workbook.file_path(sha)

    def build(ahead: bool, out: Path) -> str:
        out.mkdir()
        saved = builder_mod._ImagesAhead.__init__
        if not ahead:
            # The old way: nothing started ahead, every picture prepared when it is placed.
            builder_mod._ImagesAhead.__init__ = lambda self, jobs, max_px: saved(self, [], max_px)  # type: ignore[method-assign]
        try:
            with pytest.raises(Exception) as err:
                build_document(
                    snap, workbook.credential, file_path, out, PacketOptions(date=PINNED_DATE)
                )
        finally:
            builder_mod._ImagesAhead.__init__ = saved  # type: ignore[method-assign]
        return f"{type(err.value).__name__}: {err.value}"

    inline = build(False, tmp_path / "inline")
    assert "damaged" in inline
    assert build(True, tmp_path / "ahead") == inline


def _long_contents_document(n: int) -> Document:
    blocks: list[Any] = []
    for i in range(n):
        blocks.append(Heading(f"Heading number {i}", 1 + i % 2, f"_Toc{i:06d}", True, i % 2 == 0))
        blocks.append(Paragraph.of("A line of text under the heading."))
    return Document("Contents test", "Contents test", None, True, [Section(blocks=blocks)])


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    passes: list[int] = []
    real = pdf_writer._Template.build

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        passes.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pdf_writer._Template, "build", counting)
    return passes


def _contents_numbers(out: Path, names: list[str]) -> tuple[list[int], list[int], list[int]]:
    """The page each heading is on, the number the contents give it, and the pages the
    contents' number links go to, top to bottom."""
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    pages = [page.extract_text() for page in reader.pages]
    contents = [i for i, t in enumerate(pages) if "A line of text" not in t]
    text = "\n".join(pages[i] for i in contents) + "\n"
    index = {p.indirect_reference.idnum: i + 1 for i, p in enumerate(reader.pages)}
    right = max(float(a.get_object()["/Rect"][2]) for a in reader.pages[0]["/Annots"])
    linked: list[int] = []
    for i in contents:
        numbers = []
        for annot in reader.pages[i].get("/Annots") or []:
            a = annot.get_object()
            if abs(float(a["/Rect"][2]) - right) < 0.01:  # the number's link, not the text's
                numbers.append((-float(a["/Rect"][1]), index[a["/Dest"][0].idnum]))
        linked += [page for _, page in sorted(numbers)]
    wheres, given = [], []
    for name in names:
        wheres.append(
            next(i + 1 for i, t in enumerate(pages) if name in t and "A line of text" in t)
        )
        # The dots and the number are drawn just before the entry's text.
        number = re.search(rf"\. (\d+)\n\s*{name}\n", text)
        assert number is not None, name
        given.append(int(number.group(1)))
    return wheres, given, linked


def test_contents_longer_than_a_page_take_one_layout_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The contents are laid out from the headings before the build and their page numbers
    drawn when the PDF is saved, so a packet is laid out once, and every number (and every
    number's link) is the heading's real page, on both pages of a long contents list."""
    passes = _count_builds(monkeypatch)
    out = tmp_path / "toc.pdf"
    pdf_writer.write_pdf(_long_contents_document(90), out)
    wheres, given, linked = _contents_numbers(out, [f"Heading number {n}" for n in range(90)])
    assert len(set(wheres)) == 45 and min(wheres) >= 3  # the contents take two pages
    assert given == wheres
    assert linked == wheres
    assert len(passes) == 1


def test_contents_listing_a_heading_not_laid_out_are_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the headings laid out are not the ones the contents were made from, reportlab's
    own passes list what was laid out, with its real pages."""
    passes = _count_builds(monkeypatch)
    real = pdf_writer.PdfWriter.toc

    def listing_one_more(self: Any, entries: list[Heading]) -> None:
        real(self, [*entries, Heading("Never laid out", 1, "_Toc999999", True, False)])

    monkeypatch.setattr(pdf_writer.PdfWriter, "toc", listing_one_more)
    out = tmp_path / "toc.pdf"
    pdf_writer.write_pdf(_long_contents_document(6), out)
    wheres, given, linked = _contents_numbers(out, [f"Heading number {n}" for n in range(6)])
    assert given == wheres and linked == wheres
    from pypdf import PdfReader

    assert "Never laid out" not in PdfReader(str(out)).pages[1].extract_text()
    assert len(passes) >= 3  # the single pass, then multiBuild's two


def test_a_command_runs_with_the_loaded_heap_frozen_and_gives_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a command runs, what is loaded (Qt, the store, the definitions) is frozen and
    the automatic collections are off; a caller in the same process gets both back."""
    import gc

    from tli_workbook import cli
    from tli_workbook.app import main

    seen: list[tuple[int, bool]] = []
    real = cli._COMMANDS["credentials"]

    def recording(args: Any, catalog: Any) -> int:
        seen.append((gc.get_freeze_count(), gc.isenabled()))
        return real(args, catalog)

    monkeypatch.setitem(cli._COMMANDS, "credentials", recording)
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    assert main(["--data-dir", str(tmp_path), "credentials"]) == 0
    frozen, collecting = seen[0]
    assert frozen > 10_000  # the loaded modules' objects, as the collector counts them
    assert not collecting  # no automatic collections while the command runs
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_both_writers_share_one_measurement_of_each_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tli_workbook.packet.document import Cell, Table
    from tli_workbook.packet.docx_writer import write_docx

    measured: list[str] = []
    real = pdf_writer._longest_word

    def counting(runs: Any, size: float, indent: float) -> float:
        measured.append(runs[0].text if runs else "")
        return real(runs, size, indent)

    monkeypatch.setattr(pdf_writer, "_longest_word", counting)
    rows = [[Cell(f"row {i}", bold=True), Cell("a somewhat longer value " * 3)] for i in range(12)]
    table = Table(["Label", "Value"], rows, [1.0, 2.4])
    doc = Document("Tables", "Tables", None, False, [Section(blocks=[table])])
    write_docx(doc, tmp_path / "t.docx")
    after_docx = len(measured)
    assert after_docx >= len(rows) * 2
    pdf_writer.write_pdf(doc, tmp_path / "t.pdf")
    assert len(measured) == after_docx  # the PDF reused the DOCX's widths
