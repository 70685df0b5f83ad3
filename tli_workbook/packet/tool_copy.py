"""Filled guidebook tools in the packet's document model: one copy as its own document (print,
DOCX, PDF, `tli-workbook export-tool`) and the "Appendix: guidebook tools" section of the
submission packet. The fields are laid out by the same field kinds as a credential's parts.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from tli_workbook.definitions.binder import team_binder_credential
from tli_workbook.definitions.keys import tool_key
from tli_workbook.definitions.tools import TOOL_STAGE_TITLES, Tool, ToolCatalog, default_tools
from tli_workbook.packet.document import Block, Document, Paragraph, Run, Section

if TYPE_CHECKING:
    from tli_workbook.packet.builder import FilePath, _Builder
    from tli_workbook.store.snapshot import Snapshot, ToolCopyRecord

log = logging.getLogger(__name__)

FORMATS = ("docx", "pdf")
APPENDIX_TITLE = "Appendix: guidebook tools"


def tool_copies(snapshot: Snapshot) -> list[ToolCopyRecord]:
    return [t for t in snapshot.get("tools") or [] if isinstance(t, dict)]


def find_copy(snapshot: Snapshot, copy_id: str) -> ToolCopyRecord:
    for t in tool_copies(snapshot):
        if t.get("id") == copy_id:
            return t
    raise KeyError(f"This workbook has no tool copy {copy_id!r}.")


def copy_title(copy: Mapping[str, Any], tool: Tool | None) -> str:
    title = str(copy.get("title") or "").strip()
    return title or (tool.title if tool else str(copy.get("tool", "Tool")))


def copy_blocks(b: _Builder, copy: Mapping[str, Any], tool: Tool | None, level: int) -> list[Block]:
    """A heading with the copy's title, where the tool comes from, and its filled fields
    (headings one level below)."""
    out: list[Block] = [b.heading(copy_title(copy, tool), level, page_break=level == 1)]
    if tool is None:
        out.append(
            Paragraph.of(
                f"This copy is of a guidebook tool this version does not know "
                f"({copy.get('tool')!r}); update the app to print it.",
                "note",
            )
        )
        return out
    where = f"{TOOL_STAGE_TITLES[tool.stage]}, chapter {tool.chapter}: {tool.chapter_title}"
    out.append(Paragraph([Run("Guidebook tool: ", bold=True), Run(tool.title)], "meta"))
    out.append(Paragraph([Run(where), Run(". Source: "), Run(tool.source)], "meta"))
    if tool.inferred:
        out.append(Paragraph.of(f"The app inferred this form's structure: {tool.inferred}", "note"))
    for s in tool.supplied:
        out.append(Paragraph.of(f"Supplied by the app: {s}", "note"))
    cid = str(copy.get("id", ""))
    blocks = b.fields_blocks(
        tool.part.fields, lambda f: b.answers.get(tool_key(cid, f)), min(level + 1, 3)
    )
    out.extend(blocks or [Paragraph.of("Nothing filled in yet.", "note")])
    return out


def appendix_section(
    b: _Builder, copies: Sequence[Mapping[str, Any]], tools: ToolCatalog | None = None
) -> Section:
    tools = tools or default_tools()
    section = Section(upload_name="Appendix_Guidebook_tools")
    section.blocks.append(b.heading(APPENDIX_TITLE, 1, page_break=True))
    for c in copies:
        tid = str(c.get("tool", ""))
        section.blocks.extend(copy_blocks(b, c, tools.get(tid) if tid in tools else None, 2))
    return section


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
