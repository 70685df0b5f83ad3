"""The one fishbone renderer: a layout becomes the Circle Map's drawing operations.

The same DisplayList is painted on screen (the editor's canvas), into print and PNG/SVG/PDF
through Qt, and into the packet as a vector reportlab drawing (circlemap.render backends), so
the canvas and every printout show one picture.
"""

from __future__ import annotations

from typing import Any

from tli_workbook.circlemap.layout import LINE_HEIGHT, Rect
from tli_workbook.circlemap.render import CircleOp, DisplayList, Op, PathOp, RectOp, TextOp
from tli_workbook.circlemap.textmetrics import text_width, wrap
from tli_workbook.fishbone.layout import (
    BADGE_R,
    FishboneLayout,
    TextBlock,
    layout_fishbone,
)
from tli_workbook.fishbone.model import normalise

INK = "#1f2933"
MUTED = "#8a9bb0"
SPINE = "#2b4c7e"
BONE = "#5b7fa6"
HEAD_FILL = "#dce9f7"
PARETO_FILL = "#f4f7fb"
HANDLE_FILL = "#e3efe0"
HANDLE_LINE = "#4f7a45"
TITLE_SIZE = 16.0


def text_ops(block: TextBlock, color: str = INK) -> list[Op]:
    lh = block.size * LINE_HEIGHT
    ink = MUTED if block.placeholder else color
    ops: list[Op] = []
    for i, line in enumerate(block.lines):
        if line:
            baseline = block.y + i * lh + (lh - block.size) / 2 + 0.80 * block.size
            ops.append(TextOp(line, block.x, baseline, block.size, block.bold, ink))
    return ops


def _badge_ops(cx: float, cy: float, rank: int | None) -> list[Op]:
    top = rank == 1
    ops: list[Op] = [CircleOp(cx, cy, BADGE_R, SPINE if top else "#ffffff", SPINE, 1.5)]
    if rank is not None:
        label = str(rank)
        size = 11.0
        w = text_width(label, size, True)
        ops.append(
            TextOp(label, cx - w / 2, cy + 0.36 * size, size, True, "#ffffff" if top else SPINE)
        )
    return ops


def _handle_ops(r: Rect) -> list[Op]:
    cx, cy, k = r.x + r.w / 2, r.y + r.h / 2, r.w * 0.28
    return [
        CircleOp(cx, cy, r.w / 2, HANDLE_FILL, HANDLE_LINE, 1.2),
        PathOp(((cx - k, cy), (cx + k, cy)), HANDLE_LINE, 1.6),
        PathOp(((cx, cy - k), (cx, cy + k)), HANDLE_LINE, 1.6),
    ]


def layout_ops(lay: FishboneLayout, *, handles: bool = False) -> list[Op]:
    ops: list[Op] = []
    (x0, y0), (x1, y1) = lay.spine
    ops.append(PathOp(((x0, y0), (x1, y1)), SPINE, 3.0))
    for bone in lay.bones:
        ops.append(PathOp((bone.base, bone.end), BONE, 2.0))
        for start, end, branch in bone.ribs:
            ops.append(PathOp((start, end), MUTED if branch else BONE, 1.0 if branch else 1.3))
        for tb in bone.texts:
            ops.extend(text_ops(tb))
        ops.extend(_badge_ops(bone.badge[0], bone.badge[1], bone.rank))
        ops.extend(text_ops(bone.label))
    h = lay.head
    ops.append(RectOp(h.x, h.y, h.w, h.h, HEAD_FILL, SPINE, 2.0, radius=h.h / 2.6))
    ops.extend(text_ops(lay.head_text, SPINE))
    if lay.pareto is not None:
        p = lay.pareto
        ops.append(RectOp(p.x, p.y, p.w, p.h, PARETO_FILL, BONE, 1.0, radius=6.0))
        for tb in lay.pareto_texts:
            ops.extend(text_ops(tb))
    if handles:
        for hit in lay.hits:
            if hit.kind.startswith("add_"):
                ops.extend(_handle_ops(hit.rect))
            if hit.kind == "add_cause" and not lay.bones and lay.add_cause_hint:
                r = hit.rect
                ops.append(TextOp(lay.add_cause_hint, r.x, r.y + r.h + 16.0, 10.5, False, MUTED))
    return ops


def build_display_list(
    value: Any,
    *,
    editing: bool = False,
    words: dict[str, str] | None = None,
    title: str | None = None,
    layout: FishboneLayout | None = None,
    paper: bool = False,
) -> DisplayList:
    """Everything to draw, in painting order, with the bounds to fit (print: editing=False;
    paper: a blank form with room to write by hand)."""
    lay = layout or layout_fishbone(normalise(value), editing=editing, words=words, paper=paper)
    ops = layout_ops(lay, handles=editing)
    bounds = lay.bounds
    if title and title.strip():
        lines = wrap(" ".join(title.split()), TITLE_SIZE, bounds.w, True)
        lh = TITLE_SIZE * LINE_HEIGHT
        top = bounds.y - len(lines) * lh - 6.0
        for i, line in enumerate(lines):
            w = text_width(line, TITLE_SIZE, True)
            baseline = top + i * lh + (lh - TITLE_SIZE) / 2 + 0.8 * TITLE_SIZE
            ops.append(TextOp(line, bounds.x + (bounds.w - w) / 2, baseline, TITLE_SIZE, True, INK))
        bounds = Rect(bounds.x, top, bounds.w, bounds.y + bounds.h - top)
    return DisplayList(ops, bounds)
