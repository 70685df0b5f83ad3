"""One filled guidebook tool copy as a document of its own: printed, saved as DOCX or PDF,
written by `tli-workbook export-tool`, added to Artifact 4 as evidence."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import IO, TYPE_CHECKING

from tli_workbook.definitions.binder import team_binder_credential
from tli_workbook.definitions.tools import ToolCatalog, default_tools
from tli_workbook.packet.document import Document, Section
from tli_workbook.packet.tool_appendix import (
    APPENDIX_TITLE,
    copy_blocks,
    copy_title,
    find_copy,
    tool_copies,
)

if TYPE_CHECKING:
    from tli_workbook.packet.builder import FilePath
    from tli_workbook.store.snapshot import Snapshot

log = logging.getLogger(__name__)

FORMATS = ("docx", "pdf")
__all__ = [
    "APPENDIX_TITLE",
    "FORMATS",
    "build_tool_copy_document",
    "copy_blocks",
    "find_copy",
    "tool_copies",
    "write_tool_copy",
]


def build_tool_copy_document(
    snapshot: Snapshot,
    copy_id: str,
    file_path: FilePath,
    work_dir: Path,
    tools: ToolCatalog | None = None,
) -> tuple[Document, list[str]]:
    """One filled copy as a document of its own (no cover, no table of contents)."""
    from tli_workbook.packet.builder import PacketOptions, _Builder
    from tli_workbook.packet.progress import Progress

    tools = tools or default_tools()
    copy = find_copy(snapshot, copy_id)
    tid = str(copy.get("tool", ""))
    tool = tools.get(tid) if tid in tools else None
    b = _Builder(
        snapshot,
        team_binder_credential(),
        file_path,
        work_dir,
        PacketOptions(toc=False),
        Progress(None),
    )
    blocks = copy_blocks(b, copy, tool, 1)
    title = copy_title(copy, tool)
    return (
        Document(
            title=title,
            header_text=tool.title if tool else title,
            cover=None,
            toc=False,
            sections=[Section(blocks=blocks)],
            subject=tool.purpose if tool else "",
            keywords="guidebook tool; Collaborating for Student Success",
        ),
        b.warnings,
    )


def write_tool_copy(
    snapshot: Snapshot,
    copy_id: str,
    file_path: FilePath,
    target: Path | IO[bytes],
    fmt: str,
    work_dir: Path,
    page: str = "letter",
    tools: ToolCatalog | None = None,
) -> list[str]:
    """Write one filled copy as "docx" or "pdf"; returns the builder's warnings."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    doc, warnings = build_tool_copy_document(snapshot, copy_id, file_path, work_dir, tools)
    if fmt == "docx":
        from tli_workbook.packet.docx_writer import write_docx

        write_docx(doc, target, page=page)
    else:
        from tli_workbook.packet.pdf_writer import write_pdf

        write_pdf(doc, target, page=page)
    return warnings
