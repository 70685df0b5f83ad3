"""The upload kit: one PDF per part and per artifact, named by the part's upload_name
(Part1_Overview.pdf, Artifact4_Evidence1.pdf, ...), ready for the credential's upload form.

File names come from the definition only, never from titles or file names the teacher typed,
so no personal name can end up in them.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from tli_workbook.packet.atomic import Staging
from tli_workbook.packet.document import Block, Document, Heading, Section
from tli_workbook.packet.errors import ExportError
from tli_workbook.packet.progress import Progress

log = logging.getLogger(__name__)


@dataclass
class KitUnit:
    name: str  # file stem, e.g. "Artifact4_Evidence2"
    document: Document
    attachments: list[Path] = field(default_factory=list)


def safe_stem(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_-.")
    return stem[:80] or "Part"


def kit_units(doc: Document) -> list[KitUnit]:
    """Slice the packet into upload files, reusing the packet's own blocks (no second layout)."""
    units: list[KitUnit] = []
    seen: set[str] = set()

    def unit(name: str, blocks: list[Block], attachments: list[Path], title: str) -> None:
        stem = safe_stem(name)
        base, n = stem, 2
        while stem.lower() in seen:
            stem, n = f"{base}_{n}", n + 1
        seen.add(stem.lower())
        sub = Document(
            title=f"{doc.header_text}: {title}",
            header_text=doc.header_text,
            cover=None,
            toc=False,
            sections=[Section(blocks=blocks)],
            subject=doc.subject,
            keywords=doc.keywords,
        )
        units.append(KitUnit(stem, sub, attachments))

    for section in doc.sections:
        first = next((b for b in section.blocks if isinstance(b, Heading)), None)
        title = first.text if first else section.upload_name
        kids = [c for c in section.children if c.upload_name]
        if kids:
            for child in kids:
                blocks: list[Block] = []
                if child.kit_heading:
                    blocks.append(
                        Heading(child.kit_heading, 1, f"{first.anchor}k" if first else "")
                    )
                own = child.all_blocks()
                # The artifact's own heading opens a page in the packet, not in its own file.
                if own and isinstance(own[0], Heading):
                    own[0] = dataclasses.replace(own[0], page_break_before=False)
                blocks.extend(own)
                heading = next((b for b in child.blocks if isinstance(b, Heading)), None)
                unit(
                    child.upload_name,
                    blocks,
                    child.all_attachments(),
                    heading.text if heading else title,
                )
        elif section.upload_name:
            unit(section.upload_name, section.all_blocks(), section.all_attachments(), title)
    return units


def _readable(paths: list[Path]) -> list[Any]:
    """PdfReaders for the attachments that open; a damaged or locked PDF is left out (the
    packet page still shows its first page)."""
    from pypdf import PdfReader

    readers = []
    for path in paths:
        try:
            reader = PdfReader(str(path))
            if reader.is_encrypted:
                reader.decrypt("")
            len(reader.pages)  # forces parsing now, not halfway through the write
        except Exception:  # damaged or locked: left out, its first page still shows
            log.exception("The attached PDF %s cannot be read", path)
            continue
        readers.append(reader)
    return readers


def _append_attachments(pdf: bytes, readers: list[Any], title: str, out: IO[bytes]) -> None:
    """The unit's pages followed by every page of its original PDFs (the packet shows only a
    first page; the upload should carry the whole document)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf)))
    for reader in readers:
        try:
            writer.append(reader, import_outline=False)
        except Exception:  # pypdf cannot copy this one after all: keep the rest
            log.exception("An attached PDF could not be copied into the upload kit")
            continue
    # Only our neutral metadata: nothing is carried over from the attached files' Info.
    writer.add_metadata(
        {"/Title": title, "/Author": "", "/Creator": "TLI Workbook", "/Producer": "TLI Workbook"}
    )
    writer.write(out)


def stage_upload_kit(
    doc: Document,
    folder: Path,
    staging: Staging,
    page: str = "letter",
    progress: Progress | None = None,
    zip_path: Path | None = None,
) -> list[Path]:
    """Write every kit file to a temporary name inside folder (committed by the caller)."""
    from tli_workbook.packet.pdf_writer import write_pdf

    progress = progress or Progress(None)
    units = kit_units(doc)
    if not units:
        raise ExportError("This credential defines no parts for the upload kit.")
    staging.ensure_dir(folder)
    staging.check_writable(folder)
    finals: list[Path] = []
    written: list[tuple[str, Path]] = []
    for i, unit in enumerate(units):
        progress(i / len(units), f"Writing {unit.name}.pdf")
        final = folder / f"{unit.name}.pdf"
        sub = progress.sub(i / len(units), (i + 1) / len(units))
        readers = _readable(unit.attachments)
        if readers:
            buf = io.BytesIO()
            write_pdf(unit.document, buf, page, sub, sum(len(r.pages) for r in readers))
            tmp = staging.write(
                final,
                lambda fh, u=unit, b=buf, r=readers: _append_attachments(
                    b.getvalue(), r, u.document.title, fh
                ),
            )
        else:
            tmp = staging.write(final, lambda fh, u=unit, s=sub: write_pdf(u.document, fh, page, s))
        finals.append(final)
        written.append((f"{unit.name}.pdf", tmp))
    if zip_path is not None:
        progress(0.99, "Writing the zip file")

        def write_zip(fh: IO[bytes]) -> None:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                for arcname, tmp_path in written:
                    zf.write(tmp_path, arcname)

        staging.check_writable(zip_path.parent)
        staging.write(zip_path, write_zip)
        finals.append(zip_path)
    progress(1.0, "Upload kit ready")
    return finals
