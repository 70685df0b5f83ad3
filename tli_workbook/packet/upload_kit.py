"""The upload kit: one PDF per part and per artifact, named by the part's upload_name
(Part1_Overview.pdf, Artifact4_Evidence1.pdf, ...), ready for the credential's upload form.
PDF evidence is inside those PDFs, every page; audio, video and files that cannot be laid out
are copied next to them under the same stem (Artifact4_Evidence3.wav).

File names come from the definition only, never from titles or file names the teacher typed,
so no personal name can end up in them.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from PySide6.QtCore import QCoreApplication

from tli_workbook.packet.atomic import Staging
from tli_workbook.packet.document import Block, Document, Heading, KitOriginal, Section
from tli_workbook.packet.errors import ExportError
from tli_workbook.packet.progress import Progress

log = logging.getLogger(__name__)


@dataclass
class KitUnit:
    name: str  # file stem, e.g. "Artifact4_Evidence2"
    document: Document
    originals: list[KitOriginal] = field(default_factory=list)


def safe_stem(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_-.")
    return stem[:80] or "Part"  # notr: a file name in the kit


def kit_units(doc: Document) -> list[KitUnit]:
    """Slice the packet into upload files, reusing the packet's own blocks (no second layout)."""
    units: list[KitUnit] = []
    seen: set[str] = set()

    def unit(name: str, blocks: list[Block], originals: list[KitOriginal], title: str) -> None:
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
        units.append(KitUnit(stem, sub, originals))

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
                    child.all_originals(),
                    heading.text if heading else title,
                )
        elif section.upload_name:
            unit(section.upload_name, section.all_blocks(), section.all_originals(), title)
    return units


def _stage_originals(
    unit: KitUnit, folder: Path, staging: Staging, written: list[tuple[str, Path]]
) -> list[Path]:
    """Copy the unit's original files (audio, video, ...) into the kit under their kit names."""
    from tli_workbook.packet.evidence.media import copy_for_kit
    from tli_workbook.packet.sanitize import is_pdf, write_sanitized_pdf

    def copy(path: Path, fh: IO[bytes]) -> None:
        # Evidence is read, not run: a PDF's scripts, actions and embedded files stay behind.
        if is_pdf(path):
            write_sanitized_pdf(path, fh)
        else:
            copy_for_kit(path, fh)

    finals = []
    for original in unit.originals:
        name = safe_stem(Path(original.kit_name).stem) + Path(original.kit_name).suffix.lower()
        final = folder / name
        tmp = staging.write(final, functools.partial(copy, original.path))
        finals.append(final)
        written.append((name, tmp))
    return finals


def stage_upload_kit(
    doc: Document,
    folder: Path,
    staging: Staging,
    page: str = "letter",
    progress: Progress | None = None,
    zip_path: Path | None = None,
) -> list[Path]:
    """Write every kit file into a hidden folder beside folder; the caller's commit renames
    it to folder (returned paths are the final ones)."""
    from tli_workbook.packet.pdf_writer import write_pdf

    progress = progress or Progress(None)
    units = kit_units(doc)
    if not units:
        raise ExportError("This credential defines no parts for the upload kit.")
    if folder.exists():
        staging.check_writable(folder)
    work = staging.stage_dir(folder)
    finals: list[Path] = []
    written: list[tuple[str, Path]] = []
    for i, unit in enumerate(units):
        progress(
            i / len(units),
            QCoreApplication.translate("Packet", "Writing {file}").format(file=f"{unit.name}.pdf"),
        )
        sub = progress.sub(i / len(units), (i + 1) / len(units))
        tmp = staging.write(
            work / f"{unit.name}.pdf",
            functools.partial(write_pdf, unit.document, page=page, progress=sub),
        )
        finals.append(folder / f"{unit.name}.pdf")
        written.append((f"{unit.name}.pdf", tmp))
        finals.extend(folder / p.name for p in _stage_originals(unit, work, staging, written))
    if zip_path is not None:
        progress(0.99, QCoreApplication.translate("Packet", "Writing the zip file"))

        def write_zip(fh: IO[bytes]) -> None:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                for arcname, tmp_path in written:
                    zf.write(tmp_path, arcname)

        staging.check_writable(zip_path.parent)
        staging.write(zip_path, write_zip)
        finals.append(zip_path)
    progress(1.0, QCoreApplication.translate("Packet", "Upload kit ready"))
    return finals
