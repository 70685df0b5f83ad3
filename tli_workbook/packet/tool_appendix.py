"""Filled guidebook tools laid out as packet blocks: the "Appendix: guidebook tools" section of
the submission packet, and the blocks of one copy (packet.tool_copy makes a document of them).
The fields are laid out by the same field kinds as a credential's parts."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook.definitions.keys import tool_key
from tli_workbook.definitions.model import Field
from tli_workbook.definitions.tools import TOOL_STAGE_TITLES, Tool, default_tool
from tli_workbook.packet.document import Block, Heading, Paragraph, Run, Section

if TYPE_CHECKING:
    from tli_workbook.store.snapshot import Answers, Snapshot, ToolCopyRecord

APPENDIX_TITLE = str(
    QT_TRANSLATE_NOOP("Packet", "Appendix: guidebook tools")
)  # translated where shown


class BlockMaker(Protocol):
    """What the packet builder offers (packet.builder._Builder)."""

    answers: Answers

    def heading(
        self, text: str, level: int, *, page_break: bool = False, toc: bool = True
    ) -> Heading: ...

    def fields_blocks(
        self, fields: Sequence[Field], value_of: Callable[[Field], Any], level: int
    ) -> list[Block]: ...


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


def copy_blocks(
    b: BlockMaker, copy: Mapping[str, Any], tool: Tool | None, level: int
) -> list[Block]:
    """A heading with the copy's title, where the tool comes from, and its filled fields
    (headings one level below)."""
    out: list[Block] = [b.heading(copy_title(copy, tool), level, page_break=level == 1)]
    if tool is None:
        out.append(
            Paragraph.of(
                QCoreApplication.translate(
                    "Packet",
                    "This copy is of a guidebook tool this version does not know ({tool}); "
                    "update the app to print it.",
                ).format(tool=repr(copy.get("tool"))),
                "note",
            )
        )
        return out
    stage = QCoreApplication.translate("ToolStages", TOOL_STAGE_TITLES[tool.stage])
    where = QCoreApplication.translate(
        "Packet", "{stage}, chapter {n}: {title}. Source: {source}"
    ).format(stage=stage, n=tool.chapter, title=tool.chapter_title, source=tool.source)
    out.append(
        Paragraph(
            [
                Run(QCoreApplication.translate("Packet", "Guidebook tool: "), bold=True),
                Run(tool.title),
            ],
            "meta",
        )
    )
    out.append(Paragraph([Run(where)], "meta"))
    if tool.inferred:
        inferred = QCoreApplication.translate(
            "Packet", "The app inferred this form's structure: {what}"
        )
        out.append(Paragraph.of(inferred.format(what=tool.inferred), "note"))
    for s in tool.supplied:
        out.append(
            Paragraph.of(
                QCoreApplication.translate("Packet", "Supplied by the app: {what}").format(what=s),
                "note",
            )
        )
    cid = str(copy.get("id", ""))
    blocks = b.fields_blocks(
        tool.part.fields, lambda f: b.answers.get(tool_key(cid, f)), min(level + 1, 3)
    )
    out.extend(
        blocks
        or [Paragraph.of(QCoreApplication.translate("Packet", "Nothing filled in yet."), "note")]
    )
    return out


def appendix_section(b: BlockMaker, copies: Sequence[Mapping[str, Any]]) -> Section:
    """The appendix of these copies, each tool read from its shipped file (only those the
    copies are of)."""
    section = Section(upload_name="Appendix_Guidebook_tools")
    title = QCoreApplication.translate("Packet", APPENDIX_TITLE)
    section.blocks.append(b.heading(title, 1, page_break=True))
    for c in copies:
        tid = str(c.get("tool", ""))
        section.blocks.extend(copy_blocks(b, c, default_tool(tid), 2))
    return section
