"""A small Yes/No flowchart per structure (Sustaining Collaborative Structures, Chapter 11).

Not a field type: the tool is a repeating group with a Yes/No choice and follow-up questions
shown for one answer or the other (show_if branches). This draws one group item the way the
guidebook prints it: the structure, the question, then the two branches side by side, each
follow-up question in a box with its answer. The branch not taken is greyed; on a blank form
both are drawn with room to write. Plain data in, a DisplayList out (vector in the packet).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.circlemap.layout import LINE_HEIGHT, Rect
from tli_workbook.circlemap.render import DisplayList, Op, PathOp, RectOp, TextOp
from tli_workbook.circlemap.textmetrics import ellipsize, text_width, wrap

BOX_W = 200.0
COL_GAP = 40.0
PAD = 7.0
SIZE = 10.0
LABEL_SIZE = 9.5
ARROW = 22.0
MAX_LINES = 8
INK = "#1f2933"
LINE = "#5b7fa6"
FILL = "#dce9f7"
MUTED = "#a7b3c2"
MUTED_INK = "#8a96a6"


@dataclass(frozen=True)
class Branch:
    answer_id: str  # the choice option that leads here ("yes")
    label: str  # its label ("Yes")
    steps: Sequence[tuple[str, str]]  # (follow-up question, answer) in order


def _wrapped(text: str, size: float, width: float, bold: bool, most: int) -> list[str]:
    lines = list(wrap(" ".join(text[: 90 * most].split()), size, width, bold))
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = ellipsize(lines[-1] + " \u2026", size, width, bold)
    return lines


def _text(lines: list[str], x: float, top: float, size: float, bold: bool, color: str) -> list[Op]:
    lh = size * LINE_HEIGHT
    return [
        TextOp(line, x, top + i * lh + (lh - size) / 2 + 0.8 * size, size, bold, color)
        for i, line in enumerate(lines)
    ]


def _arrow(x: float, y0: float, y1: float, color: str) -> list[Op]:
    return [
        PathOp(((x, y0), (x, y1 - 5.0)), color, 1.3),
        PathOp(((x - 4.0, y1 - 6.0), (x + 4.0, y1 - 6.0), (x, y1)), color, 1.0, fill=True),
    ]


def _box(
    x: float, top: float, question: str, answer: str, taken: bool, paper: bool
) -> tuple[list[Op], float]:
    width = BOX_W - 2 * PAD
    q = _wrapped(question, LABEL_SIZE, width, True, 4)
    a = _wrapped(answer, SIZE, width, False, MAX_LINES) if answer.strip() else []
    q_h = len(q) * LABEL_SIZE * LINE_HEIGHT
    a_h = len(a) * SIZE * LINE_HEIGHT
    room = 3 * SIZE * LINE_HEIGHT if paper and not a else 0.0  # space to write by hand
    h = 2 * PAD + q_h + (4.0 + a_h if a else 0.0) + room
    ink, line = (INK, LINE) if taken else (MUTED_INK, MUTED)
    ops: list[Op] = [RectOp(x, top, BOX_W, h, "#ffffff", line, 1.2, radius=4.0)]
    ops += _text(q, x + PAD, top + PAD, LABEL_SIZE, True, ink)
    ops += _text(a, x + PAD, top + PAD + q_h + 4.0, SIZE, False, ink)
    return ops, h


def flowchart_display_list(
    structure: str,
    question: str,
    chosen: str,
    branches: Sequence[Branch],
    *,
    paper: bool = False,
    not_taken: str = "",
    structure_label: str = "",
) -> DisplayList:
    """One structure's flowchart. `chosen` is the answer id ("" when not answered: every
    branch is drawn as open)."""
    n = max(1, len(branches))
    total_w = n * BOX_W + (n - 1) * COL_GAP
    ops: list[Op] = []
    # the structure's name
    not_taken = not_taken or QCoreApplication.translate("StructureTree", "not this way")
    structure_label = structure_label or QCoreApplication.translate("StructureTree", "Structure:")
    shown = structure.strip() or (structure_label if paper else "\u2014")
    name = _wrapped(shown, SIZE + 1.5, total_w - 2 * PAD, True, 2)
    name_h = len(name) * (SIZE + 1.5) * LINE_HEIGHT + 2 * PAD
    ops.append(RectOp(0.0, 0.0, total_w, name_h, FILL, LINE, 1.3, radius=5.0))
    for i, line in enumerate(name):
        # on paper the label sits at the left, with the box to write in after it
        w = (
            total_w - 2 * PAD
            if paper and not structure.strip()
            else text_width(line, SIZE + 1.5, True)
        )
        ops += _text(
            [line], (total_w - w) / 2, PAD + i * (SIZE + 1.5) * LINE_HEIGHT, SIZE + 1.5, True, INK
        )
    # the question, in a diamond
    cx = total_w / 2
    q_lines = _wrapped(question, SIZE, 150.0, True, 3)
    q_h = len(q_lines) * SIZE * LINE_HEIGHT
    d_top = name_h + ARROW
    d_h = q_h + 44.0
    d_w = 250.0
    ops += _arrow(cx, name_h, d_top, LINE)
    ops.append(
        PathOp(
            (
                (cx, d_top),
                (cx + d_w / 2, d_top + d_h / 2),
                (cx, d_top + d_h),
                (cx - d_w / 2, d_top + d_h / 2),
            ),
            "#f4f7fb",
            1.0,
            fill=True,
        )
    )
    ops.append(
        PathOp(
            (
                (cx, d_top),
                (cx + d_w / 2, d_top + d_h / 2),
                (cx, d_top + d_h),
                (cx - d_w / 2, d_top + d_h / 2),
                (cx, d_top),
            ),
            LINE,
            1.3,
        )
    )
    for i, line in enumerate(q_lines):
        w = text_width(line, SIZE, True)
        top = d_top + (d_h - q_h) / 2 + i * SIZE * LINE_HEIGHT
        ops += _text([line], cx - w / 2, top, SIZE, True, INK)
    # the branches
    bottom = d_top + d_h
    split = bottom + ARROW / 2
    ops.append(PathOp(((cx, bottom), (cx, split)), LINE, 1.3))
    for k, br in enumerate(branches):
        x = k * (BOX_W + COL_GAP)
        bx = x + BOX_W / 2
        taken = not chosen or br.answer_id == chosen
        color = LINE if taken else MUTED
        ops.append(PathOp(((cx, split), (bx, split)), color, 1.3))
        label = br.label if taken else f"{br.label} ({not_taken})"
        ops += _text([label], bx + 6.0, split + 1.0, LABEL_SIZE, True, INK if taken else MUTED_INK)
        top = split + ARROW + LABEL_SIZE
        ops += _arrow(bx, split, top, color)
        for j, (q, a) in enumerate(br.steps):
            box, h = _box(x, top, q, a if taken else "", taken, paper)
            ops += box
            top += h
            if j + 1 < len(br.steps):
                ops += _arrow(bx, top, top + ARROW, color)
                top += ARROW
        bottom = max(bottom, top)
    return DisplayList(ops, Rect(-8.0, -8.0, total_w + 16.0, bottom + 16.0))


def group_flowchart(
    field: Any, entry: Mapping[str, Any], *, paper: bool = False
) -> DisplayList | None:
    """The flowchart of one item of a repeating group that holds a Yes/No branch: a choice
    sub-field that other sub-fields name in their `show_if`. None for any other group.

    The structure's name is the group's first short_text; each option of the choice is a
    branch, its steps the sub-fields shown for it, in definition order."""
    subs = list(getattr(field, "fields", ()))
    shown_for: dict[str, list[Any]] = {}
    decider = None
    for sub in subs:
        cond = getattr(sub, "show_if", None)
        if cond is None:
            continue
        # The loader lets show_if name only a choice: the field with options it names.
        target = next((f for f in subs if f.id == cond.field and f.options), None)
        if target is None or (decider is not None and target is not decider):
            return None  # not one simple Yes/No question
        decider = target
        for value in cond.values:
            shown_for.setdefault(value, []).append(sub)
    if decider is None:
        return None
    # The structure's name: the first plain answer that is neither the question nor a branch.
    name_field = next(
        (
            f
            for f in subs
            if f.stores_value
            and f is not decider
            and f.show_if is None
            and not (f.options or f.fields or f.columns or f.rows)
        ),
        None,
    )
    name = entry.get(name_field.id) if name_field is not None else ""
    chosen = entry.get(decider.id)
    branches = [
        Branch(
            o.id,
            o.label,
            [(s.label, _answer(entry.get(s.id))) for s in shown_for.get(o.id, [])],
        )
        for o in decider.options
    ]
    return flowchart_display_list(
        name if isinstance(name, str) else "",
        decider.label,
        chosen if isinstance(chosen, str) else "",
        branches,
        paper=paper,
    )


def _answer(value: Any) -> str:
    return value if isinstance(value, str) else ""
