"""The chart of teams drawn as a tidy tree, with the Circle Map's drawing operations.

Leaves sit side by side in reading order; each structure is centred over the ones under it;
levels are rows. Future teams are drawn with a dashed outline and the word "planned". One
DisplayList serves the screen preview, print, PDF/SVG and the packet's vector drawing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tli_workbook.circlemap.layout import LINE_HEIGHT, Rect
from tli_workbook.circlemap.render import DisplayList, Op, PathOp, RectOp, TextOp
from tli_workbook.circlemap.textmetrics import ellipsize, text_width, wrap
from tli_workbook.structuretree.model import normalise

BOX_W = 150.0
H_GAP = 18.0
V_GAP = 34.0
PAD = 7.0
SIZE = 11.0
MAX_LINES = 4
INK = "#1f2933"
LINE = "#5b7fa6"
FILL = "#dce9f7"
MUTED = "#6b7b8f"
DASH = 5.0


@dataclass
class _Box:
    node: dict[str, Any]
    depth: int
    lines: tuple[str, ...]
    x: float = 0.0  # centre
    children: list[_Box] = field(default_factory=list)


def _lines(text: str, future: bool, future_word: str) -> tuple[str, ...]:
    width = BOX_W - 2 * PAD
    lines = list(wrap(" ".join(text[:400].split()), SIZE, width, True)) or [""]
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        lines[-1] = ellipsize(lines[-1] + " \u2026", SIZE, width, True)
    if future:
        lines.append(f"({future_word})")
    return tuple(lines)


def _dashed_rect(x: float, y: float, w: float, h: float) -> list[Op]:
    ops: list[Op] = []
    corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]
    for (x0, y0), (x1, y1) in zip(corners, corners[1:], strict=False):
        length = abs(x1 - x0) + abs(y1 - y0)
        n = max(1, int(length // (2 * DASH)))
        for i in range(n):
            a, b = i / n, (i + 0.5) / n
            ops.append(
                PathOp(
                    (
                        (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
                        (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b),
                    ),
                    LINE,
                    1.3,
                )
            )
    return ops


def build_display_list(
    value: Any, *, future_word: str = "planned", empty_text: str = ""
) -> DisplayList:
    nodes = normalise(value)
    boxes: list[_Box] = []
    levels: dict[int, float] = {}
    slot = [0]

    def place(n: dict[str, Any], depth: int) -> _Box:
        box = _Box(n, depth, _lines(n["text"], n["future"], future_word))
        box.children = [place(c, depth + 1) for c in n["children"]]
        if box.children:
            box.x = (box.children[0].x + box.children[-1].x) / 2
        else:
            box.x = slot[0] * (BOX_W + H_GAP) + BOX_W / 2
            slot[0] += 1
        h = len(box.lines) * SIZE * LINE_HEIGHT + 2 * PAD
        levels[depth] = max(levels.get(depth, 0.0), h)
        boxes.append(box)
        return box

    roots = [place(n, 0) for n in nodes]
    if not roots:
        w = text_width(empty_text, SIZE) if empty_text else 10.0
        ops: list[Op] = [TextOp(empty_text, 0.0, SIZE, SIZE, False, MUTED)] if empty_text else []
        return DisplayList(ops, Rect(-10.0, -10.0, w + 20.0, SIZE + 20.0))
    tops: dict[int, float] = {}
    y = 0.0
    for depth in sorted(levels):
        tops[depth] = y
        y += levels[depth] + V_GAP
    ops = []
    # connectors first, so boxes paint over their ends
    for b in boxes:
        if not b.children:
            continue
        bottom = tops[b.depth] + levels[b.depth]
        mid = bottom + V_GAP / 2
        ops.append(PathOp(((b.x, bottom), (b.x, mid)), LINE, 1.3))
        xs = [c.x for c in b.children]
        if len(xs) > 1:
            ops.append(PathOp(((min(xs), mid), (max(xs), mid)), LINE, 1.3))
        for c in b.children:
            ops.append(PathOp(((c.x, mid), (c.x, tops[c.depth])), LINE, 1.3))
    for b in boxes:
        h = levels[b.depth]
        x, top = b.x - BOX_W / 2, tops[b.depth]
        future = b.node["future"]
        if future:
            ops.append(RectOp(x, top, BOX_W, h, "#ffffff", None, 0.0, radius=0.0))
            ops.extend(_dashed_rect(x, top, BOX_W, h))
        else:
            ops.append(RectOp(x, top, BOX_W, h, FILL, LINE, 1.3, radius=5.0))
        lh = SIZE * LINE_HEIGHT
        text_top = top + (h - len(b.lines) * lh) / 2
        for i, line in enumerate(b.lines):
            last_future = future and i == len(b.lines) - 1
            bold = not last_future
            w = text_width(line, SIZE, bold)
            baseline = text_top + i * lh + (lh - SIZE) / 2 + 0.8 * SIZE
            ops.append(
                TextOp(line, b.x - w / 2, baseline, SIZE, bold, MUTED if last_future else INK)
            )
    width = slot[0] * (BOX_W + H_GAP) - H_GAP
    return DisplayList(ops, Rect(-8.0, -8.0, width + 16.0, y - V_GAP + 16.0))
