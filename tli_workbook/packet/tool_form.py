"""A guidebook tool printed blank, for a team meeting on paper.

One neutral document per tool (labels, prompts, boxes to write in, table grids with their preset
rows, boxes to tick for checklists, choices and scales), written by the packet's DOCX and PDF
writers so the paper form and the packet share one look. The CLI's `tool-form` and the
Toolkit's "Print blank" both call `write_blank_tool_form`.

Each field type's blank shape is here, by type name; a field type that knows better gives its
kind a `blank_blocks(field)` method (the diagram and partner types do).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Field, Option
from tli_workbook.definitions.tools import TOOL_STAGE_TITLES, Tool
from tli_workbook.fields.outline import MILESTONE, self_checks
from tli_workbook.fields.registry import KINDS
from tli_workbook.fields.text import LongText
from tli_workbook.packet.document import (
    Block,
    BulletList,
    Cell,
    Document,
    Heading,
    Paragraph,
    Run,
    Section,
    Table,
)

log = logging.getLogger(__name__)

__all__ = [
    "BOX",
    "FORMATS",
    "blank_cell",
    "blank_field",
    "build_blank_tool_form",
    "write_blank_tool_form",
]

FORMATS = ("docx", "pdf")
BOX = "\u2610"  # a box to tick
NBSP = "\u00a0"  # keeps the writers from collapsing empty lines
LONG_LINES = 5  # writing lines under a long question
REPEAT_ROWS = 5  # empty rows of a table whose rows the team adds
GROUP_ITEMS = 2  # copies of a repeating group's questions
_COMPACT = ("short_text", "date", "datetime", "number")
_INLINE_CHARS = 80  # options this short in total sit on one line: "☐ Yes   ☐ No"
GAP = "\u00a0" * 5  # no-break spaces: the writers keep them (plain spaces collapse)


GUIDEBOOK = "Collaborating for Student Success"  # notr: the guidebook's title


def blank_cell(lines: int = 1) -> Cell:
    return Cell("\n".join([NBSP] * max(1, lines)))


def writing_box(lines: int = LONG_LINES) -> Table:
    return Table(header=[], rows=[[blank_cell(lines)]])


def boxes(options: Sequence[Option]) -> list[Block]:
    """Options as boxes to tick: on one line when short, else one per line."""
    labels = [o.label for o in options]
    if sum(len(s) + 4 for s in labels) <= _INLINE_CHARS:
        return [Paragraph.of(GAP.join(f"{BOX}\u00a0{s}" for s in labels))]
    return [BulletList([[Run(s)] for s in labels], checked=[False] * len(labels))]


def _label(field: Field) -> list[Block]:
    out: list[Block] = []
    if field.label:
        out.append(Paragraph.of(field.packet_label, "label"))
    if field.help:
        out.append(Paragraph.of(field.help, "note"))
    if field.prompts:
        out.append(BulletList([[Run(p)] for p in field.prompts], style="prompt"))
    return out


def _column_cell(column: Field, lines: int) -> Cell:
    if column.options:  # a choice column: its options as boxes to tick
        return Cell("\n".join(f"{BOX} {o.label}" for o in column.options), small=True)
    return blank_cell(lines)


def _row_lines(columns: Sequence[Field]) -> int:
    return 3 if any(isinstance(KINDS[c.type], LongText) for c in columns) else 1


def _table(field: Field) -> list[Block]:
    cols = field.columns
    widths = [KINDS[c.type].column_width for c in cols]
    lines = _row_lines(cols)
    if field.rows:
        rows = [
            [Cell(r.label, bold=True)] + [_column_cell(c, lines) for c in cols] for r in field.rows
        ]
        return [Table([""] + [c.label for c in cols], rows, [1.6] + widths)]
    n = REPEAT_ROWS
    if field.max_rows:
        n = min(n, field.max_rows) if field.max_rows > 1 else 1
    n = max(n, field.min_rows)
    rows = [[_column_cell(c, lines) for c in cols] for _ in range(n)]
    return [Table([c.label for c in cols], rows, widths)]


def _outline(field: Field) -> list[Block]:
    """The guidebook's printed plan block: Goal, Objective, Task, Task, Subtask, Task (the
    level above the deepest three times, its middle row with one row under it)."""
    levels = field.levels
    cols = field.columns
    last = len(levels) - 1
    rows: list[list[Cell]] = []
    shaded: set[int] = set()

    def add(depth: int, children: bool = True) -> None:
        level = levels[depth]
        if depth == 0:
            shaded.add(len(rows))
        rows.append(
            [Cell(f"{level.label}:", indent=depth, bold=depth == 0)] + [blank_cell(1) for _ in cols]
        )
        if not children or depth == last:
            return
        if depth + 2 == last or (last == 1 and depth == 0):
            for i in range(3):
                add(depth + 1, children=i == 1)
            if any(c.id == MILESTONE.id for c in field.checks.get(levels[depth + 1].id, ())):
                rows.append(
                    [
                        Cell(
                            QCoreApplication.translate("Packet", "Milestone:"),
                            indent=depth + 1,
                            bold=True,
                        )
                    ]
                    + [blank_cell(1) for _ in cols]
                )
        else:
            add(depth + 1)

    for _ in range(2):
        add(0)
    header = [" / ".join(lv.label for lv in levels)] + [c.label for c in cols]
    out: list[Block] = [
        Table(header, rows, [3.0] + [KINDS[c.type].column_width for c in cols], shaded)
    ]
    for lv in levels:
        checks = self_checks(field, lv.id)
        if checks:
            each = QCoreApplication.translate("Packet", "For each {level}, tick:").format(
                level=lv.label.lower()
            )
            out.append(Paragraph.of(each, "note"))
            out.extend(boxes(checks))
    return out


def _group(field: Field) -> list[Block]:
    out: list[Block] = []
    n = max(GROUP_ITEMS, field.min_rows)
    if field.max_rows:
        n = min(n, field.max_rows)
    for i in range(1, n + 1):
        out.append(Paragraph.of(f"{field.item_label} {i}", "label", bold=True))
        out.extend(blank_fields(field.fields))
    return out


def _compact_table(fields: Sequence[Field]) -> Table:
    return Table(
        header=[],
        rows=[[Cell(f.packet_label, bold=True), blank_cell(1)] for f in fields],
        widths=[1.7, 3.0],
    )


def _checklist(field: Field) -> list[Block]:
    out: list[Block] = []
    if field.groups:
        for g in field.groups:
            out.append(Paragraph.of(g.title, "body", bold=True))
            out.extend(boxes(g.items))
    else:
        out.extend(boxes(field.options))
    if field.allow_other:
        out.append(Paragraph.of(f"{BOX} Other: ______________________________"))
    return out


def _info(field: Field) -> list[Block]:
    out: list[Block] = [Paragraph.of(field.label, "label")] if field.label else []
    out.append(Paragraph.of(field.text))
    return out


_BLANK: dict[str, Callable[[Field], list[Block]]] = {
    "info": lambda f: _info(f),
    "long_text": lambda f: _label(f) + [writing_box()],
    "choice": lambda f: _label(f) + boxes(f.options),
    "multi_choice": lambda f: _label(f) + boxes(f.options),
    "rating": lambda f: _label(f) + boxes(f.scale),
    "checklist": lambda f: _label(f) + _checklist(f),
    "table": lambda f: _label(f) + _table(f),
    "group": lambda f: _label(f) + _group(f),
    "outline": lambda f: _label(f) + _outline(f),
    "need_link": lambda f: _label(f) + [writing_box(3)],
    "file": lambda f: (
        _label(f)
        + [
            Paragraph.of(
                QCoreApplication.translate("Packet", "Attach the file to this form."), "note"
            )
        ]
    ),
}


def blank_field(field: Field) -> list[Block]:
    """One field as printed blank."""
    kind = KINDS[field.type]
    own = getattr(kind, "blank_blocks", None)
    if own is not None:
        return list(own(field))
    make = _BLANK.get(field.type)
    if make is None:  # a compact type on its own
        return (
            _label(field) + [writing_box(1)]
            if field.type not in _COMPACT
            else [_compact_table([field])]
        )
    return make(field)


def blank_fields(fields: Sequence[Field]) -> list[Block]:
    """Fields in order; runs of one-line fields share one label/box table."""
    out: list[Block] = []
    run: list[Field] = []
    by_id = {f.id: f for f in fields}
    for f in fields:
        if f.show_if is not None:  # on paper both branches show, each saying when it applies
            if run:
                out.append(_compact_table(run))
                run = []
            out.append(Paragraph.of(_branch_note(f, by_id), "note", italic=True))
            out.extend(blank_field(f))
            continue
        if f.type in _COMPACT and not f.prompts and not f.help:
            run.append(f)
            continue
        if run:
            out.append(_compact_table(run))
            run = []
        out.extend(blank_field(f))
    if run:
        out.append(_compact_table(run))
    return out


def _branch_note(field: Field, siblings: dict[str, Field]) -> str:
    cond = field.show_if
    assert cond is not None
    target = siblings.get(cond.field)
    if target is None:
        return QCoreApplication.translate("Packet", "Answer if it applies:")
    opts = target.scale or target.options  # a rating's scale, a choice's options
    names = [o.label for o in opts if o.id in cond.values]
    return QCoreApplication.translate(
        "Packet", "Answer if \u201c{field}\u201d is {values}:"
    ).format(
        field=target.packet_label, values=QCoreApplication.translate("Packet", " or ").join(names)
    )


def build_blank_tool_form(tool: Tool) -> Document:
    """The blank printable form of one tool, as a neutral document."""
    stage = TOOL_STAGE_TITLES.get(tool.stage, tool.stage)
    stage = QCoreApplication.translate("ToolStages", stage)
    chapter = QCoreApplication.translate("Packet", "{stage} \u00b7 Chapter {n}: {title}").format(
        stage=stage, n=tool.chapter, title=tool.chapter_title
    )
    blocks: list[Block] = [
        Heading(tool.title, 1, anchor=f"tool-{tool.id}", toc=False),
        Paragraph.of(chapter, "meta"),
    ]
    if tool.part.intro:
        blocks.append(Paragraph.of(tool.part.intro, "lead"))
    if tool.inferred:
        inferred = QCoreApplication.translate(
            "Packet", "Structure supplied by TLI Workbook: {what}"
        )
        blocks.append(Paragraph.of(inferred.format(what=tool.inferred), "note"))
    for s in tool.supplied:
        supplied = QCoreApplication.translate("Packet", "Supplied by TLI Workbook: {what}").format(
            what=s
        )
        blocks.append(Paragraph.of(supplied, "note"))
    if tool.fillable:
        blanks = QCoreApplication.translate(
            "Packet", "Date: ____________    Who took part: ______________________"
        )
        blocks.append(Paragraph.of(blanks, "meta"))
    blocks.extend(blank_fields(tool.part.fields))
    adapted = QCoreApplication.translate("Packet", "Adapted from {source}.").format(
        source=tool.source
    )
    blocks.append(Paragraph.of(adapted, "caption"))
    return Document(
        title=tool.title,
        header_text=f"{GUIDEBOOK} \u00b7 {tool.short_title}",
        cover=None,
        toc=False,
        sections=[Section(blocks=blocks)],
        subject=QCoreApplication.translate("Packet", "{tool} (blank form)").format(tool=tool.title),
        keywords="guidebook tool, blank form",
    )


def write_blank_tool_form(
    tool: Tool, target: Path | IO[bytes], fmt: str, page: str = "letter"
) -> None:
    """Write the tool's blank form as "docx" or "pdf" to a path or binary stream."""
    doc = build_blank_tool_form(tool)
    if fmt == "docx":
        from tli_workbook.packet.docx_writer import write_docx

        write_docx(doc, target, page=page)
    elif fmt == "pdf":
        from tli_workbook.packet.pdf_writer import write_pdf

        write_pdf(doc, target, page=page)
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
