"""Where everything of a fishbone goes, in drawing units (points at print size before fitting).

The head (the issue) sits at the right end of a horizontal spine; causes take turns above and
below it, one column of two bones per pair, nearest the head first. Along each slanted bone
the cause's whys are ribs, the first one next to the cause and the deeper ones toward the
spine; a why's branches (its other answers) are shorter ribs right under it. The layout also
names the places the editor listens to (`hits`) and where its "+" handles go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.circlemap.layout import LINE_HEIGHT, Rect
from tli_workbook.circlemap.textmetrics import ellipsize, wrap
from tli_workbook.fishbone.model import MAX_BRANCHES, MAX_WHYS

TEXT_SIZE = 10.5
CAUSE_SIZE = 11.5
HEAD_SIZE = 13.0
HEAD_W = 170.0
HEAD_PAD = 10.0
COL_W = 262.0
RIB_W = 190.0
BRANCH_INDENT = 22.0
SLANT = 0.38  # horizontal run of a bone per unit of its height
CAUSE_W = 200.0
BADGE_R = 11.0
ROW_GAP = 5.0
END_PAD = 8.0
SPINE_PAD = 22.0
MIN_BONE = 70.0
MAX_LINES = {"issue": 8, "cause": 4, "why": 3, "branch": 2}
HANDLE_R = 9.0
BRANCH_HANDLE_R = 6.5


@dataclass(frozen=True)
class TextBlock:
    lines: tuple[str, ...]
    x: float  # left edge
    y: float  # top
    size: float
    bold: bool = False
    placeholder: bool = False  # nothing written yet (drawn muted, on screen only)

    @property
    def height(self) -> float:
        return max(1, len(self.lines)) * self.size * LINE_HEIGHT


@dataclass(frozen=True)
class Hit:
    """A place the editor reacts to: what it is, the ids it belongs to and its rectangle."""

    kind: str  # "issue", "cause", "rank", "why", "branch", "add_why", "add_branch", "add_cause"
    rect: Rect
    cause: str = ""
    why: str = ""
    branch: str = ""


@dataclass
class Bone:
    cause_id: str
    top: bool
    base: tuple[float, float]
    end: tuple[float, float]
    label: TextBlock
    badge: tuple[float, float]
    rank: int | None
    ribs: list[tuple[tuple[float, float], tuple[float, float], bool]] = field(default_factory=list)
    texts: list[TextBlock] = field(default_factory=list)


@dataclass
class FishboneLayout:
    head: Rect
    head_text: TextBlock
    spine: tuple[tuple[float, float], tuple[float, float]]
    bones: list[Bone]
    pareto: Rect | None
    pareto_texts: list[TextBlock]
    hits: list[Hit]
    bounds: Rect
    add_cause_hint: str = ""

    def hit(self, kind: str, cause: str = "", why: str = "", branch: str = "") -> Hit | None:
        for h in self.hits:
            if (h.kind, h.cause, h.why, h.branch) == (kind, cause, why, branch):
                return h
        return None


def _lines(text: str, size: float, width: float, bold: bool, most: int) -> tuple[str, ...]:
    # Only the start can show; a huge paste stays whole in the data but is not wrapped whole.
    lines = list(wrap(" ".join(text[: 80 * most].split()), size, width, bold)) or [""]
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = ellipsize(lines[-1] + " \u2026", size, width, bold)
    return tuple(lines)


def _block(
    text: str,
    placeholder: str,
    x: float,
    y: float,
    size: float,
    width: float,
    bold: bool,
    most: int,
) -> TextBlock:
    shown = text if text.strip() else placeholder
    return TextBlock(
        _lines(shown, size, width, bold, most), x, y, size, bold, placeholder=not text.strip()
    )


def _union(rects: list[Rect]) -> Rect:
    x0 = min(r.x for r in rects)
    y0 = min(r.y for r in rects)
    x1 = max(r.x + r.w for r in rects)
    y1 = max(r.y + r.h for r in rects)
    return Rect(x0, y0, x1 - x0, y1 - y0)


def _text_rect(t: TextBlock, width: float) -> Rect:
    return Rect(t.x, t.y, width, t.height)


class _Labels:
    """Placeholder words: the editor's ("Double-click to write...") or none for print."""

    def __init__(self, editing: bool, words: dict[str, str] | None) -> None:
        base = {
            "issue": QCoreApplication.translate("Fishbone", "The issue"),
            "cause": QCoreApplication.translate("Fishbone", "A cause"),
            "why": QCoreApplication.translate("Fishbone", "Why?"),
            "branch": QCoreApplication.translate("Fishbone", "Another answer"),
            "pareto": QCoreApplication.translate("Fishbone", "Pareto check"),
            "top": QCoreApplication.translate("Fishbone", "Top cause"),
            "yes": QCoreApplication.translate("Fishbone", "Yes, we can address it"),
            "no": QCoreApplication.translate("Fishbone", "No: move on to cause 2"),
            "unanswered": QCoreApplication.translate(
                "Fishbone", "Can we address it? (not answered)"
            ),
            "add_cause": QCoreApplication.translate("Fishbone", "Click + to add a cause"),
        }
        self.words = {**base, **(words or {})}
        self.editing = editing

    def placeholder(self, what: str) -> str:
        return self.words[what] if self.editing else ""


_Row = tuple[str, dict[str, Any], dict[str, Any] | None]


def _plan(
    cause: dict[str, Any], lab: _Labels, editing: bool, row_min: float
) -> tuple[list[_Row], list[TextBlock], list[float], bool, float]:
    """A bone's rows of text (each why, then its branches), their heights, whether it has a
    "+ why" handle, and the length it needs."""
    rows: list[_Row] = []
    for w in cause["whys"]:
        rows.append(("why", w, None))
        rows.extend(("branch", w, b) for b in w["branches"])
    heights: list[float] = []
    blocks: list[TextBlock] = []
    for kind, w, b in rows:
        width = RIB_W - (BRANCH_INDENT if kind == "branch" else 0.0) - 8.0
        if kind == "why":
            n = cause["whys"].index(w) + 1
            text, ph = w["text"], lab.placeholder("why")
            prefix = f"{n}. "
        else:
            assert b is not None
            text, ph = b["text"], lab.placeholder("branch")
            prefix = "or: "
        shown = text if text.strip() else ph
        tb = _block(prefix + shown, "", 0.0, 0.0, TEXT_SIZE, width, False, MAX_LINES[kind])
        tb = TextBlock(tb.lines, 0.0, 0.0, TEXT_SIZE, False, not text.strip())
        blocks.append(tb)
        heights.append(max(row_min, tb.height + ROW_GAP))
    add_why = editing and len(cause["whys"]) < MAX_WHYS
    handle_h = 2 * HANDLE_R + ROW_GAP if add_why else 0.0
    length = max(MIN_BONE, END_PAD + sum(heights) + handle_h + SPINE_PAD)
    return rows, blocks, heights, add_why, length


def layout_fishbone(
    data: dict[str, Any],
    *,
    editing: bool = False,
    words: dict[str, str] | None = None,
    paper: bool = False,
) -> FishboneLayout:
    """Lay out a normalised fishbone (model.normalise). `paper`: room to write by hand (the
    blank printable form)."""
    row_min = 30.0 if paper else 0.0
    lab = _Labels(editing, words)
    hits: list[Hit] = []
    causes = data["causes"]
    columns = max(1, (len(causes) + 1) // 2)

    head_x = 60.0 + columns * COL_W
    head_text = _block(
        data["issue"],
        lab.placeholder("issue"),
        head_x + HEAD_PAD,
        0.0,
        HEAD_SIZE,
        HEAD_W - 2 * HEAD_PAD,
        True,
        MAX_LINES["issue"],
    )
    head_h = max(120.0 if paper else 56.0, head_text.height + 2 * HEAD_PAD)
    head = Rect(head_x, -head_h / 2, HEAD_W, head_h)
    head_text = TextBlock(
        head_text.lines,
        head_text.x,
        -head_text.height / 2,
        head_text.size,
        True,
        head_text.placeholder,
    )
    hits.append(Hit("issue", head))
    spine = ((0.0, 0.0), (head_x, 0.0))
    rects = [head, Rect(0.0, -1.0, head_x, 2.0)]

    plans = [_plan(c, lab, editing, row_min) for c in causes]
    side_length = {
        side: max([p[4] for i, p in enumerate(plans) if (i % 2 == 0) == side] or [MIN_BONE])
        for side in (True, False)
    }
    bones: list[Bone] = []
    for i, cause in enumerate(causes):
        top = i % 2 == 0
        sign = -1.0 if top else 1.0
        bx = head_x - 40.0 - (i // 2) * COL_W
        rows, blocks, heights, add_why, _own = plans[i]
        # Every bone on a side is as long as the longest, so the causes line up in a row
        # beyond every rib (a short bone's label never lands among its neighbour's whys).
        length = side_length[top]

        def bone_x(d: float, bx: float = bx) -> float:
            return bx - SLANT * d

        end = (bone_x(length), sign * length)
        label = _block(
            cause["text"],
            lab.placeholder("cause"),
            0.0,
            0.0,
            CAUSE_SIZE,
            CAUSE_W - 2 * BADGE_R - 6.0,
            True,
            MAX_LINES["cause"],
        )
        label_h = max(label.height, 2 * BADGE_R, 36.0 if paper else 0.0) + 4.0
        label_top = end[1] - 4.0 - label_h if top else end[1] + 4.0
        left = end[0] - CAUSE_W / 2
        badge = (left + BADGE_R, label_top + label_h / 2)
        label = TextBlock(
            label.lines,
            left + 2 * BADGE_R + 6.0,
            label_top + (label_h - label.height) / 2,
            CAUSE_SIZE,
            True,
            label.placeholder,
        )
        bone = Bone(cause["id"], top, (bx, 0.0), end, label, badge, cause["rank"])
        label_rect = Rect(left + 2 * BADGE_R + 2.0, label_top, CAUSE_W - 2 * BADGE_R - 2.0, label_h)
        hits.append(Hit("cause", label_rect, cause["id"]))
        hits.append(
            Hit(
                "rank",
                Rect(badge[0] - BADGE_R, badge[1] - BADGE_R, 2 * BADGE_R, 2 * BADGE_R),
                cause["id"],
            )
        )
        rects.append(Rect(left, label_top, CAUSE_W, label_h))

        d = length - END_PAD  # distance from the spine of the current row's far edge
        for (kind, w, b), tb, h in zip(rows, blocks, heights, strict=True):
            near = d - h  # the row's spine-side edge
            line_d = near if top else d  # text reads above its rib on both sides
            y_line = sign * line_d
            indent = BRANCH_INDENT if kind == "branch" else 0.0
            far_x = bone_x(d)  # the bone's leftmost point beside this row
            rib_start = (bone_x(line_d) - indent * 0.4, y_line)
            rib_end = (far_x - RIB_W, y_line)
            bone.ribs.append((rib_start, rib_end, kind == "branch"))
            text_top = y_line - tb.height - 2.0
            x_text = far_x - RIB_W + 4.0
            x_at_line = far_x
            placed = TextBlock(tb.lines, x_text, text_top, tb.size, False, tb.placeholder)
            bone.texts.append(placed)
            width = RIB_W - indent - 4.0
            rect = Rect(x_text, text_top, width, tb.height + 2.0)
            rects.append(rect)
            if kind == "why":
                hits.append(Hit("why", rect, cause["id"], w["id"]))
                if editing and len(w["branches"]) < MAX_BRANCHES:
                    r = BRANCH_HANDLE_R  # small: the whys' rows are close together
                    hx = x_at_line - RIB_W - r - 3.0
                    hits.append(
                        Hit(
                            "add_branch",
                            Rect(hx - r, y_line - r, 2 * r, 2 * r),
                            cause["id"],
                            w["id"],
                        )
                    )
            else:
                assert b is not None
                hits.append(Hit("branch", rect, cause["id"], w["id"], b["id"]))
            d = near
        if add_why:
            hd = d - HANDLE_R - ROW_GAP / 2
            hx = bone_x(hd) - HANDLE_R - 8.0
            hy = sign * hd
            hits.append(
                Hit(
                    "add_why",
                    Rect(hx - HANDLE_R, hy - HANDLE_R, 2 * HANDLE_R, 2 * HANDLE_R),
                    cause["id"],
                )
            )
        rects.append(
            Rect(min(end[0], bx) - RIB_W - 30.0, min(0.0, end[1]), RIB_W + 30.0, abs(end[1]))
        )
        bones.append(bone)

    if editing:
        hits.append(
            Hit("add_cause", Rect(-HANDLE_R * 2 - 6, -HANDLE_R, 2 * HANDLE_R, 2 * HANDLE_R))
        )

    pareto_texts: list[TextBlock] = []
    pareto: Rect | None = None
    top_cause = next((c for c in causes if c["rank"] == 1), None)
    p = data["pareto"]
    if top_cause is not None or p["answer"] or p["note"].strip():
        width = HEAD_W - 2 * HEAD_PAD
        box_top = head.y + head.h + 24.0
        x = head_x + HEAD_PAD
        y = box_top + HEAD_PAD
        cause_text = (top_cause["text"].strip() if top_cause else "") or "\u2014"
        pieces = [
            (lab.words["pareto"], True, 2),
            (
                QCoreApplication.translate("Fishbone", "{top}: {cause}").format(
                    top=lab.words["top"], cause=cause_text
                ),
                False,
                3,
            ),
            (lab.words[p["answer"]] if p["answer"] else lab.words["unanswered"], True, 2),
        ]
        if p["note"].strip():
            pieces.append((p["note"], False, 5))
        for text, bold, most in pieces:
            tb = TextBlock(_lines(text, TEXT_SIZE, width, bold, most), x, y, TEXT_SIZE, bold)
            pareto_texts.append(tb)
            y += tb.height + 3.0
        pareto = Rect(head_x, box_top, HEAD_W, y - box_top + HEAD_PAD - 3.0)
        rects.append(pareto)

    rects.extend(hit.rect for hit in hits)
    bounds = _union(rects)
    pad = 12.0
    bounds = Rect(bounds.x - pad, bounds.y - pad, bounds.w + 2 * pad, bounds.h + 2 * pad)
    hint = lab.placeholder("add_cause")
    return FishboneLayout(head, head_text, spine, bones, pareto, pareto_texts, hits, bounds, hint)
