"""One call for the whole packet: DOCX, PDF and upload kit, with progress, cancel and
all-or-nothing writes."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Credential
from tli_workbook.packet.atomic import WORK_PREFIX, Staging, clean_export_leftovers
from tli_workbook.packet.builder import FilePath, PacketOptions, build_document
from tli_workbook.packet.docx_pictures import DocxPictures
from tli_workbook.packet.errors import ExportError, os_error_message
from tli_workbook.packet.progress import Progress, ProgressCallback
from tli_workbook.packet.theme import page_size
from tli_workbook.store.snapshot import Snapshot

# Relative cost of each stage, for a progress bar that moves evenly.
_WEIGHTS = {"build": 3.0, "docx": 1.5, "pdf": 2.5, "md": 0.5, "kit": 3.5, "commit": 0.2}


def _stages(names: list[str]) -> dict[str, tuple[float, float]]:
    total = sum(_WEIGHTS[n] for n in names)
    out, at = {}, 0.0
    for n in names:
        out[n] = (at / total, (at + _WEIGHTS[n]) / total)
        at += _WEIGHTS[n]
    return out


def export_packet(
    snapshot: Snapshot,
    credential: Credential,
    file_path: FilePath,
    *,
    docx: Path | None = None,
    pdf: Path | None = None,
    upload_kit: Path | None = None,
    upload_kit_zip: Path | None = None,
    page: str = "letter",
    options: PacketOptions | None = None,
    progress: ProgressCallback | None = None,
    warnings: list[str] | None = None,
    markdown: Path | None = None,
) -> list[Path]:
    """Write the submission packet; return the files written, in order.

    file_path maps a file's SHA-256 to where its bytes are (store.file_path, or the unpacked
    archive's OpenedArchive.file). progress(fraction, message) is called often; returning False
    cancels. On cancel or any failure an ExportError (ExportCancelled for a cancel) says why in
    plain words and no destination gains a file, partial or complete. Problems that do not stop
    the export (a missing file, a redacted PDF kept out of the kit) are appended to `warnings`
    when a list is given, for the UI to show.
    """
    if docx is None and pdf is None and upload_kit is None and markdown is None:
        raise ExportError("Choose at least one thing to export: a Word file, a PDF or a kit.")
    page_size(page)  # an unknown page size fails before any work
    docx = Path(docx) if docx is not None else None
    pdf = Path(pdf) if pdf is not None else None
    upload_kit = Path(upload_kit) if upload_kit is not None else None
    markdown = Path(markdown) if markdown is not None else None
    if upload_kit_zip is not None and upload_kit is None:
        raise ExportError("A zip of the upload kit needs an upload kit folder as well.")
    targets = (("docx", docx), ("pdf", pdf), ("md", markdown), ("kit", upload_kit))
    names = ["build"] + [n for n, t in targets if t]
    stages = _stages(names + ["commit"])
    report = Progress(progress)
    staging = Staging()
    try:
        for target in (docx, pdf, markdown):
            if target is not None:
                if target.is_dir():
                    raise ExportError(f"{target} is a folder. Give a file name to save to.")
                staging.check_writable(target.parent)
        if upload_kit is not None:
            if upload_kit.exists() and not upload_kit.is_dir():
                raise ExportError(
                    QCoreApplication.translate(
                        "Packet", "{path} is a file. Give a folder name for the kit."
                    ).format(path=upload_kit)
                )
            # Built under a hidden name beside it and renamed at the end (stage_upload_kit).
            staging.ensure_dir(upload_kit.parent)
            staging.check_writable(upload_kit.parent)
        report(0.0, QCoreApplication.translate("Packet", "Preparing the packet"))
        # Prepared images (the teacher's photos) stay beside the output, under a hidden name,
        # never in the system's temp folder; leftovers of a killed export go next time.
        out_dir = (
            next(p.parent for p in (docx, pdf) if p is not None)
            if (docx or pdf)
            else (upload_kit.parent if upload_kit is not None else Path.cwd())
        )
        clean_export_leftovers(out_dir)
        if upload_kit is not None:
            clean_export_leftovers(upload_kit.parent)
            clean_export_leftovers(upload_kit)  # temp files of kits built in place before
        with tempfile.TemporaryDirectory(prefix=WORK_PREFIX, dir=out_dir) as work:
            doc, found = build_document(
                snapshot,
                credential,
                file_path,
                Path(work),
                options,
                report.sub(*stages["build"]),
            )
            if docx is not None:
                # Started before python-docx is even imported: the Circle Map comes early.
                pictures = DocxPictures(doc, page_size(page))
                try:
                    from tli_workbook.packet.docx_writer import write_docx

                    sub = report.sub(*stages["docx"])
                    staging.write(docx, lambda fh: write_docx(doc, fh, page, sub, pictures))
                finally:
                    pictures.close()
            if pdf is not None:
                from tli_workbook.packet.pdf_writer import write_pdf

                sub = report.sub(*stages["pdf"])
                staging.write(pdf, lambda fh: write_pdf(doc, fh, page, sub))
            if markdown is not None:
                _stage_markdown(doc, markdown, staging, page, report.sub(*stages["md"]))
            if upload_kit is not None:
                from tli_workbook.packet.upload_kit import stage_upload_kit

                stage_upload_kit(
                    doc,
                    upload_kit,
                    staging,
                    page,
                    report.sub(*stages["kit"]),
                    Path(upload_kit_zip) if upload_kit_zip else None,
                )
            report(stages["commit"][0], QCoreApplication.translate("Packet", "Saving"))
            written = staging.commit()
        if warnings is not None:
            warnings.extend(found)
        report.finish(QCoreApplication.translate("Packet", "Done"))
        return written
    except ExportError:
        staging.rollback()
        raise
    except OSError as exc:
        staging.rollback()
        raise ExportError(os_error_message(exc, exc.filename or "the packet")) from None
    except BaseException:
        staging.rollback()
        raise


def _stage_markdown(doc: Any, md: Path, staging: Staging, page: str, sub: Progress) -> None:
    from tli_workbook.packet.md_writer import files_dir_for, write_markdown

    pictures = files_dir_for(md)

    def save(dest: Path, data: bytes) -> None:
        staging.ensure_dir(dest.parent)
        staging.write(dest, lambda fh: fh.write(data))

    staging.write(md, lambda fh: write_markdown(doc, fh, page, sub, pictures, save))


def export_upload_kit(
    snapshot: Snapshot,
    credential: Credential,
    file_path: FilePath,
    folder: Path,
    *,
    zip_path: Path | None = None,
    page: str = "letter",
    options: PacketOptions | None = None,
    progress: ProgressCallback | None = None,
    warnings: list[str] | None = None,
) -> list[Path]:
    """Only the upload kit: one PDF per part and per artifact in folder (and a zip of them)."""
    return export_packet(
        snapshot,
        credential,
        file_path,
        upload_kit=folder,
        upload_kit_zip=zip_path,
        page=page,
        options=options,
        progress=progress,
        warnings=warnings,
    )
