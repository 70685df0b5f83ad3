"""One attached file as the packet shows it: pictures at print size, every page of a PDF,
Word/OpenDocument/PowerPoint content laid out, and a page naming any file that travels in the
upload kit as itself (audio, video, anything else)."""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook.packet.document import (
    Block,
    Cell,
    EvidencePage,
    Heading,
    Image,
    KitOriginal,
    Paragraph,
    Run,
    Section,
    Table,
)
from tli_workbook.packet.errors import ImageError
from tli_workbook.packet.evidence.kinds import describe_original, evidence_kind

log = logging.getLogger(__name__)

MAX_PDF_PAGES = 300  # a longer PDF is named and goes into the kit as it is

_EXT = {
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/mpeg": ".mp3",
    "audio/mp4": ".m4a",
    "audio/ogg": ".ogg",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
    "application/msword": ".doc",
    "application/vnd.ms-powerpoint": ".ppt",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.presentation": ".odp",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "text/plain": ".txt",
    "text/html": ".html",
}
_KIND_NAMES = {
    "word": str(QT_TRANSLATE_NOOP("Packet", "Word document")),
    "odt": str(QT_TRANSLATE_NOOP("Packet", "OpenDocument text")),
    "slides": str(QT_TRANSLATE_NOOP("Packet", "PowerPoint presentation")),
}
_ATTACHED = {
    "word": str(QT_TRANSLATE_NOOP("Packet", "Attached Word document: ")),
    "odt": str(QT_TRANSLATE_NOOP("Packet", "Attached OpenDocument text: ")),
    "slides": str(QT_TRANSLATE_NOOP("Packet", "Attached PowerPoint presentation: ")),
}


class Host(Protocol):
    """The parts of the packet builder that placing a file uses."""

    work_dir: Path
    warnings: list[str]
    section: Section

    def heading(
        self, text: str, level: int, *, page_break: bool = False, toc: bool = True
    ) -> Heading: ...

    def image_block(
        self, path: Path, markup: Sequence[Any], caption: str, what: str, **size: float
    ) -> Image: ...


def kit_extension(media_type: str, name: str) -> str:
    ext = _EXT.get((media_type or "").lower())
    if ext:
        return ext
    suffix = Path(name or "").suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ".bin"


def place_file(
    host: Host,
    path: Path,
    media_type: str,
    name: str,
    markup: Sequence[Any],
    caption: str,
    what: str,
    label: str,
    kit_stem: str,
) -> list[Block]:
    """The blocks for one attached file. `label` names it on every evidence page ("Artifact 4
    · Evidence 2"); `kit_stem` is its file name in the upload kit when it travels as itself."""
    kind = evidence_kind(media_type, name)
    if kind == "image":
        return [host.image_block(path, markup, caption, what)]
    if kind == "pdf":
        blocks = _pdf_blocks(host, path, name, markup, what, label)
        if blocks is not None:
            return blocks
    elif kind in _KIND_NAMES:
        blocks = _office_blocks(host, path, kind, name, what, label)
        if blocks is not None:
            return blocks
    return _original_blocks(
        host, path, media_type, name, kind_label(kind, media_type, name), kit_stem, what
    )


def kind_label(kind: str, media_type: str, name: str) -> str:
    if kind == "pdf":
        return QCoreApplication.translate("Packet", "PDF document")
    if kind in _KIND_NAMES:
        return QCoreApplication.translate("Packet", _KIND_NAMES[kind])
    return describe_original(media_type, name)


# --------------------------------------------------------------------------------------- PDF


def _page_sizes(path: Path) -> list[tuple[float, float]] | None:
    """Each page's size as shown (its crop box, turned by /Rotate), or None if pdfium cannot
    read the file."""
    from tli_workbook.packet.evidence.render import page_sizes

    try:
        return page_sizes(path)
    except Exception:
        log.info("pdfium could not read %s", path.name, exc_info=True)
        return None


def _pdf_blocks(
    host: Host, path: Path, name: str, markup: Sequence[Any], what: str, label: str
) -> list[Block] | None:
    from tli_workbook.packet.evidence.render import RenderError, render_page

    sizes = _page_sizes(path)
    if sizes is None:
        warning = QCoreApplication.translate(
            "Packet", "{what}: the PDF {name} could not be read, so it is not shown."
        )
        host.warnings.append(warning.format(what=what, name=name))
        return None
    n = len(sizes)
    if n == 0:
        host.warnings.append(
            QCoreApplication.translate("Packet", "{what}: the PDF {name} has no pages.").format(
                what=what, name=name
            )
        )
        return None
    if n > MAX_PDF_PAGES:
        host.warnings.append(
            QCoreApplication.translate(
                "Packet",
                "{what}: {name} has {n} pages, more than the packet lays out ({most}); "
                "it goes into the upload kit as it is.",
            ).format(what=what, name=name, n=n, most=MAX_PDF_PAGES)
        )
        return None
    marks = [m for m in markup if isinstance(m, Mapping)]
    follow = QCoreApplication.translate("Packet", "{name} (%n page(s) follow).", "", n).format(
        name=name
    )
    blocks: list[Block] = [
        Paragraph(
            [Run(QCoreApplication.translate("Packet", "Attached PDF: "), bold=True), Run(follow)],
            "meta",
        )
    ]
    for i in range(n):
        cap = QCoreApplication.translate("Packet", "{label} \u00b7 page {i} of {n}").format(
            label=label, i=i + 1, n=n
        )
        w, h = sizes[i]
        block = EvidencePage(path, i, cap, w, h)
        if i == 0 and marks:
            try:
                picture = render_page(path, i, 150)
            except RenderError:
                warning = QCoreApplication.translate(
                    "Packet", "{what}: page {i} of {name} could not be drawn."
                )
                host.warnings.append(warning.format(what=what, i=i + 1, name=name))
                continue
            with tempfile.NamedTemporaryFile(suffix=".png", dir=host.work_dir, delete=False) as fh:
                picture.save(fh, format="PNG")
            try:
                img = host.image_block(Path(fh.name), marks if i == 0 else [], cap, what)
            except ImageError as exc:
                host.warnings.append(str(exc))
                return None
            finally:
                Path(fh.name).unlink(missing_ok=True)
            block.image, block.image_px = img.path, (img.width_px, img.height_px)
        blocks.append(block)
    if any(m.get("kind") == "redact" for m in marks):
        host.warnings.append(
            QCoreApplication.translate(
                "Packet",
                "{what}: {name} has redactions, drawn on its first page; that page goes into "
                "the packet as a picture, so the covered text is not in it.",
            ).format(what=what, name=name)
        )
    return blocks


# ------------------------------------------------------------------------- Word, ODT, slides


def _office_blocks(
    host: Host, path: Path, kind: str, name: str, what: str, label: str
) -> list[Block] | None:
    from tli_workbook.packet.evidence import office

    count = [0]

    def picture(data: bytes, caption: str, max_h: float) -> Image | None:
        count[0] += 1
        tmp = host.work_dir / f"embedded-{id(count)}-{count[0]}"
        tmp.write_bytes(data)
        try:
            return host.image_block(tmp, [], caption, what, max_height_in=max_h)
        except ImageError:
            return None  # EMF/WMF and the like: counted and noted by the converter
        finally:
            tmp.unlink(missing_ok=True)

    def heading(text: str, level: int, page_break: bool) -> Heading:
        return host.heading(text, level, page_break=page_break, toc=False)

    sink = office.Sink(heading, picture, label)
    convert = {
        "word": office.word_blocks,
        "odt": office.odt_blocks,
        "slides": office.slide_blocks,
    }[kind]
    try:
        content = convert(path, sink, name)
    except office.ConversionError as exc:
        warning = QCoreApplication.translate(
            "Packet", "{what}: {problem} It goes into the upload kit as it is."
        )
        host.warnings.append(warning.format(what=what, problem=exc))
        return None
    except Exception:  # a hostile or unusual file must not stop the export
        log.exception("could not lay out %s", name)
        host.warnings.append(
            QCoreApplication.translate(
                "Packet",
                "{what}: {name} could not be laid out in the packet; it goes into the upload "
                "kit as it is.",
            ).format(what=what, name=name)
        )
        return None
    intro = Paragraph(
        [
            Run(QCoreApplication.translate("Packet", _ATTACHED[kind]), bold=True),
            Run(
                QCoreApplication.translate(
                    "Packet",
                    "{name}. Its text, headings, lists, tables and pictures follow, laid out by "
                    "the workbook (its own page design is not kept).",
                ).format(name=name)
            ),
        ],
        "meta",
    )
    return [intro, *content]


# ----------------------------------------------------------------------------- kit originals


def _original_blocks(
    host: Host,
    path: Path,
    media_type: str,
    name: str,
    what_it_is: str,
    kit_stem: str,
    what: str,
) -> list[Block]:
    from tli_workbook.packet.evidence.media import duration_seconds, format_duration

    kit_name = f"{kit_stem}{kit_extension(media_type, name)}"
    host.section.originals.append(KitOriginal(path, kit_name, media_type))
    rows = [
        [
            Cell(QCoreApplication.translate("Packet", "What it is"), bold=True),
            Cell(f"{what_it_is[:1].upper()}{what_it_is[1:]}"),
        ]
    ]
    rows.append(
        [Cell(QCoreApplication.translate("Packet", "Attached file"), bold=True), Cell(name)]
    )
    kind = evidence_kind(media_type, name)
    if kind in ("audio", "video"):
        length = format_duration(duration_seconds(path))
        unknown = QCoreApplication.translate("Packet", "not recorded in the file")
        rows.append(
            [
                Cell(QCoreApplication.translate("Packet", "Length"), bold=True),
                Cell(length or unknown),
            ]
        )
    rows.append(
        [
            Cell(QCoreApplication.translate("Packet", "Open in the upload kit"), bold=True),
            Cell(kit_name),
        ]
    )
    return [
        Table([], rows, [1.0, 2.4]),
        Paragraph.of(
            QCoreApplication.translate(
                "Packet",
                "This {what} cannot be shown on paper. It is in the upload kit as "
                "{file}: open that file to see or hear the evidence.",
            ).format(what=what_it_is, file=kit_name),
            "note",
        ),
    ]
