"""Ring geometry and the automatic placement of entries inside their ring.

Each outer ring is cut into angular sectors, one per entry, in list order clockwise from the
top, sized by how much text the entry has (every sector of a ring has the same area per angle,
so text area and sector area stay in proportion). An entry's text is a centred paragraph that
flows into its sector: each line is as wide as the sector allows at that height, so entries on
the diagonals use the ring as well as those at the top and sides. One font size is used for a
whole ring (the largest at which every entry fits), so a ring reads evenly. When even the
smallest size cannot fit, lines are cut with an ellipsis; the side list and the text listing
always show the full text.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from tli_workbook.circlemap.model import RADIUS, RINGS, CircleMap, Entry, ring_labels
from tli_workbook.circlemap.textmetrics import ellipsize, text_width, wrap

ENTRY_FONT = (11.0, 21.0)  # min, max entry font size in map units (about half a point in print)
CENTER_FONT = (14.0, 28.0)
LABEL_FONT = 17.0
CENTER_LABEL_FONT = 16.5
LINE_HEIGHT = 1.22  # times the font size
FREE_WRAP_WIDTH = 240.0  # text width of an entry placed freely
_FONT_STEP = 0.5


def pad(size: float) -> tuple[float, float]:
    """Padding around an entry's text (its selection outline and hit area)."""
    return 0.35 * size, 0.2 * size


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def corners(self) -> tuple[tuple[float, float], ...]:
        x1, y1 = self.x + self.w, self.y + self.h
        return ((self.x, self.y), (x1, self.y), (x1, y1), (self.x, y1))

    def intersects(self, other: Rect) -> bool:
        return not (
            self.x + self.w <= other.x
            or other.x + other.w <= self.x
            or self.y + self.h <= other.y
            or other.y + other.h <= self.y
        )

    def grown(self, d: float) -> Rect:
        return Rect(self.x - d, self.y - d, self.w + 2 * d, self.h + 2 * d)


@dataclass(frozen=True)
class TextBox:
    """An entry's lines, each centred on cx; the box (with padding) is centred at (cx, cy)."""

    entry_id: str
    ring: str
    cx: float
    cy: float
    width: float
    height: float
    lines: tuple[str, ...]
    size: float
    bold: bool = False
    truncated: bool = False

    @property
    def rect(self) -> Rect:
        return Rect(self.cx - self.width / 2, self.cy - self.height / 2, self.width, self.height)

    @property
    def line_height(self) -> float:
        return self.size * LINE_HEIGHT

    def line_rects(self) -> list[Rect]:
        """Each line's own rectangle: a flowed paragraph follows its ring's curve, so these,
        not the bounding box, are what stays clear of the circles and the neighbours."""
        lh = self.line_height
        top = self.cy - len(self.lines) * lh / 2
        out = []
        for i, line in enumerate(self.lines):
            w = text_width(line, self.size, self.bold)
            out.append(Rect(self.cx - w / 2, top + i * lh, w, lh))
        return out


@dataclass(frozen=True)
class RingLabel:
    ring: str
    text: str
    cx: float
    cy: float
    size: float

    @property
    def rect(self) -> Rect:
        w = text_width(self.text, self.size, True)
        h = self.size * LINE_HEIGHT
        return Rect(self.cx - w / 2, self.cy - h / 2, w, h)


@dataclass(frozen=True)
class MapLayout:
    boxes: dict[str, TextBox]
    labels: dict[str, RingLabel]
    ring_font: dict[str, float]

    @property
    def truncated(self) -> list[str]:
        return [b.entry_id for b in self.boxes.values() if b.truncated]


def _box(
    eid: str,
    ring: str,
    cx: float,
    top: float,
    lines: tuple[str, ...],
    size: float,
    bold: bool = False,
    truncated: bool = False,
) -> TextBox:
    px, py = pad(size)
    w = max((text_width(s, size, bold) for s in lines), default=0.0) + 2 * px
    h = len(lines) * size * LINE_HEIGHT + 2 * py
    return TextBox(
        eid, ring, cx, top + len(lines) * size * LINE_HEIGHT / 2, w, h, lines, size, bold, truncated
    )


# ----- the region an entry may use -------------------------------------------------------------


@dataclass(frozen=True)
class _Region:
    """An annular sector (or the centre disk below its label), shrunk by a margin."""

    r_in: float
    r_out: float
    a0: float | None = None  # sector edges, clockwise from the top; None: no sector limit
    a1: float | None = None
    top: float = -math.inf  # nothing above this y (the centre's label)

    def span(self, y0: float, y1: float, cx: float) -> tuple[float, float] | None:
        """The x interval, around cx, free for a line occupying y0..y1."""
        if y0 < self.top:
            return None
        far = max(abs(y0), abs(y1))
        if far >= self.r_out:
            return None
        half = math.sqrt(self.r_out**2 - far**2)
        lo, hi = -half, half
        if self.r_in > 0:
            near = 0.0 if y0 <= 0 <= y1 else min(abs(y0), abs(y1))
            if near < self.r_in:
                hole = math.sqrt(self.r_in**2 - near**2)
                if -hole < cx < hole:
                    return None
                if cx >= hole:
                    lo = max(lo, hole)
                else:
                    hi = min(hi, -hole)
        if self.a0 is not None and self.a1 is not None:
            # Inside the sector: a*x + b*y >= 0 for both edge rays.
            for a, b in (
                (math.cos(self.a0), math.sin(self.a0)),
                (-math.cos(self.a1), -math.sin(self.a1)),
            ):
                for y in (y0, y1):
                    if abs(a) < 1e-9:
                        if b * y < 0:
                            return None
                    elif a > 0:
                        lo = max(lo, -b * y / a)
                    else:
                        hi = min(hi, -b * y / a)
        if not lo < cx < hi:
            return None
        return lo, hi


def _direction(t: float) -> tuple[float, float]:
    """Unit vector at angle t, measured clockwise from the top (screen y points down)."""
    return math.sin(t), -math.cos(t)


def _flow(
    words: tuple[str, ...],
    size: float,
    bold: bool,
    region: _Region,
    cx: float,
    top: float,
    max_lines: int,
) -> tuple[tuple[str, ...], int]:
    """Fill centred lines from top down; returns the lines and how many words they hold."""
    lh = size * LINE_HEIGHT
    px, py = pad(size)
    space = text_width(" ", size, bold)
    lines: list[str] = []
    i = 0
    while i < len(words) and len(lines) < max_lines:
        y0 = top + len(lines) * lh - (py if not lines else 0.0)
        y1 = top + (len(lines) + 1) * lh + (py if len(lines) == max_lines - 1 else 0.0)
        span = region.span(y0, y1, cx)
        if span is None:
            break
        avail = 2 * min(cx - span[0], span[1] - cx) - 2 * px
        w = text_width(words[i], size, bold)
        if w > avail:
            break
        line, used = words[i], w
        i += 1
        while i < len(words):
            w = text_width(words[i], size, bold)
            if used + space + w > avail:
                break
            line += " " + words[i]
            used += space + w
            i += 1
        lines.append(line)
    return tuple(lines), i


def _place_paragraph(
    words: tuple[str, ...],
    size: float,
    bold: bool,
    region: _Region,
    cx: float,
    cy: float,
    est_width: float,
) -> tuple[float, tuple[str, ...]] | None:
    """The text centred on (cx, cy) in the region: (top, lines), or None if it does not fit."""
    if not words:
        return cy - size * LINE_HEIGHT / 2, ("",)
    lh = size * LINE_HEIGHT
    total = sum(text_width(w, size, bold) for w in words) + text_width(" ", size, bold) * (
        len(words) - 1
    )
    n = max(1, math.ceil(total / max(est_width, 1.0)))
    limit = int(2 * (region.r_out - region.r_in + 2 * region.r_in) / lh) + 1
    while n <= min(limit, len(words)):
        top = cy - n * lh / 2
        lines, used = _flow(words, size, bold, region, cx, top, n)
        if used == len(words):
            if len(lines) < n:
                # Fewer lines than room was made for: centre the shorter block again.
                top = cy - len(lines) * lh / 2
                again, used = _flow(words, size, bold, region, cx, top, len(lines))
                if used == len(words):
                    return top, again
            else:
                return top, lines
        n += 1
    return None


def _place_truncated(
    words: tuple[str, ...], size: float, bold: bool, region: _Region, cx: float, cy: float
) -> tuple[float, tuple[str, ...], bool]:
    """As much of the text as the region holds around (cx, cy), ending in an ellipsis."""
    lh = size * LINE_HEIGHT
    best: tuple[float, tuple[str, ...], int] | None = None
    for n in range(1, 60):
        top = cy - n * lh / 2
        lines, used = _flow(words, size, bold, region, cx, top, n)
        if len(lines) < n:
            break
        if best is None or used > best[2]:
            best = (top, lines, used)
    if best is None or not best[1]:
        px, _ = pad(size)
        line = ellipsize(" ".join(words), size, 3 * size, bold) if words else ""
        return cy - lh / 2, (line,), True
    top, lines, used = best
    cut = used < len(words)
    if cut:
        span = region.span(top + (len(lines) - 1) * lh, top + len(lines) * lh, cx)
        avail = 2 * min(cx - span[0], span[1] - cx) if span else 4 * size
        last = lines[-1] + " " + words[used]
        lines = (*lines[:-1], ellipsize(last, size, avail - 2 * pad(size)[0], bold))
    return top, lines, cut


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# ----- ring labels -----------------------------------------------------------------------------


def _place_labels(labels: Mapping[str, str]) -> dict[str, RingLabel]:
    out: dict[str, RingLabel] = {}
    for ring in RINGS:
        text = labels[ring]
        r_out = RADIUS[ring]
        size = CENTER_LABEL_FONT if ring == "center" else LABEL_FONT
        gap = 0.6 * size
        while True:
            h = size * LINE_HEIGHT
            half_w = text_width(text, size, True) / 2 + gap
            # As high as the circle is wide enough for the label (the top of a circle is
            # narrow), but never lower than a third of the way to the centre.
            top = -(r_out - gap)
            if half_w < r_out:
                top = max(top, -math.sqrt(r_out**2 - half_w**2))
            if top <= -0.62 * r_out or size <= 8.0:
                break
            # A long label (another credential's wording) shrinks rather than sinking.
            size -= 0.5
        out[ring] = RingLabel(ring, text, 0.0, top + h / 2, size)
    return out


def _label_reserve(label: RingLabel, margin: float) -> float:
    """Half the angle at the top of the ring that the label occupies."""
    return max(abs(math.atan2(x, -y)) for x, y in label.rect.grown(margin).corners())


# ----- outer rings -----------------------------------------------------------------------------


def _weight(text: str) -> float:
    # Text needs area, but even a two-word entry needs a readable sector.
    return 30.0 + len(text)


def _font_sizes(lo: float, hi: float) -> list[float]:
    n = int(round((hi - lo) / _FONT_STEP))
    return [lo + i * _FONT_STEP for i in range(n + 1)]


def _sectors(ring: str, entries: tuple[tuple[str, str], ...], label: RingLabel) -> list[_Region]:
    r_in, r_out = RADIUS[RINGS[RINGS.index(ring) - 1]], RADIUS[ring]
    if len(entries) == 1:
        # One entry sits at the bottom, opposite the label.
        return [_Region(r_in, r_out, math.pi / 2, 3 * math.pi / 2)]
    reserve = _label_reserve(label, 6.0)
    weights = [_weight(t) for _, t in entries]
    total = sum(weights)
    span = 2 * math.pi - 2 * reserve
    out, a = [], reserve
    for w in weights:
        b = a + span * w / total
        out.append(_Region(r_in, r_out, a, b))
        a = b
    return out


def _shrunk(region: _Region, margin: float) -> _Region:
    """The region with a margin from the circles and the sector edges."""
    r_in = region.r_in + margin if region.r_in > 0 else 0.0
    a0, a1 = region.a0, region.a1
    if a0 is not None and a1 is not None:
        # Turn the linear margin into an angle at the inner circle (the tightest place).
        da = margin / max(region.r_in, 1.0)
        a0, a1 = a0 + da, a1 - da
    return _Region(r_in, region.r_out - margin, a0, a1, region.top)


def _sector_centres(region: _Region) -> list[tuple[float, float, float]]:
    """Candidate paragraph centres along the sector's middle, with a rough line width each."""
    assert region.a0 is not None and region.a1 is not None
    mid = (region.a0 + region.a1) / 2
    dx, dy = _direction(mid)
    out = []
    for k in (4, 3, 5, 2, 6):
        rho = region.r_in + (region.r_out - region.r_in) * k / 8
        arc = rho * min(region.a1 - region.a0, math.pi)
        across = abs(dx) * (region.r_out - region.r_in) + abs(dy) * arc
        out.append((dx * rho, dy * rho, max(across * 0.8, 1.0)))
    return out


def _place_in_sector(
    eid: str, ring: str, text: str, size: float, region: _Region, truncate: bool
) -> TextBox | None:
    words = _words(text)
    inner = _shrunk(region, 0.3 * size)
    best: TextBox | None = None
    for cx, cy, est in _sector_centres(inner):
        placed = _place_paragraph(words, size, False, inner, cx, cy, est)
        if placed is not None:
            top, lines = placed
            return _box(eid, ring, cx, top, lines, size)
    if not truncate:
        return None
    for cx, cy, _ in _sector_centres(inner)[:3]:
        top, lines, cut = _place_truncated(words, size, False, inner, cx, cy)
        box = _box(eid, ring, cx, top, lines, size, truncated=cut)
        if best is None or sum(map(len, box.lines)) > sum(map(len, best.lines)):
            best = box
    return best


def _layout_outer(
    ring: str, entries: tuple[tuple[str, str], ...], label: RingLabel
) -> tuple[float, dict[str, TextBox]]:
    if not entries:
        return ENTRY_FONT[1], {}
    regions = _sectors(ring, entries, label)

    def attempt(size: float, truncate: bool = False) -> dict[str, TextBox] | None:
        boxes = {}
        for (eid, text), region in zip(entries, regions, strict=True):
            box = _place_in_sector(eid, ring, text, size, region, truncate)
            if box is None:
                return None
            boxes[eid] = box
        return boxes

    sizes = _font_sizes(*ENTRY_FONT)
    # Fitting gets easier as the font shrinks: binary search for the largest size that fits.
    lo, hi = 0, len(sizes) - 1
    found: tuple[float, dict[str, TextBox]] | None = None
    while lo <= hi:
        mid = (lo + hi) // 2
        boxes = attempt(sizes[mid])
        if boxes is not None:
            found = (sizes[mid], boxes)
            lo = mid + 1
        else:
            hi = mid - 1
    if found is not None:
        return found
    return sizes[0], attempt(sizes[0], truncate=True) or {}


# ----- centre ----------------------------------------------------------------------------------


def _layout_center(
    entries: tuple[tuple[str, str], ...], label: RingLabel
) -> tuple[float, dict[str, TextBox]]:
    if not entries:
        return CENTER_FONT[1], {}
    r = RADIUS["center"]
    top_limit = label.rect.y + label.rect.h
    sizes = _font_sizes(*CENTER_FONT)
    for size in reversed(sizes):
        placed = _fit_center(entries, size, r, top_limit, truncate=False)
        if placed is not None:
            return size, placed
    return sizes[0], _fit_center(entries, sizes[0], r, top_limit, truncate=True) or {}


def _fit_center(
    entries: tuple[tuple[str, str], ...], size: float, r: float, top_limit: float, truncate: bool
) -> dict[str, TextBox] | None:
    margin = 0.45 * size
    room_top = top_limit + 0.3 * size
    room_bottom = r - margin
    band = (room_bottom - room_top) / len(entries)
    boxes = {}
    for i, (eid, text) in enumerate(entries):
        region = _Region(0.0, r - margin, top=room_top + i * band)
        # The disk is widest at its middle; a single entry sits a little above the band's
        # centre, where the circle is wide, rather than sinking into the narrow bottom.
        b_top = room_top + i * band
        cy = b_top + band * (0.42 if len(entries) == 1 else 0.5)
        cy = min(cy, 0.0) if len(entries) == 1 and b_top < 0 else cy
        words = _words(text)
        placed = _place_paragraph(words, size, True, region, 0.0, cy, 1.4 * r)
        if placed is not None and placed[0] + len(placed[1]) * size * LINE_HEIGHT <= b_top + band:
            top, lines = placed
            boxes[eid] = _box(eid, "center", 0.0, top, lines, size, bold=True)
        elif truncate:
            region = _Region(0.0, r - margin, top=b_top)
            top, lines, cut = _place_truncated(words, size, True, region, 0.0, b_top + band / 2)
            boxes[eid] = _box(eid, "center", 0.0, top, lines, size, True, cut)
        else:
            return None
    return boxes


# ----- the whole map ---------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _layout_ring_cached(
    ring: str, entries: tuple[tuple[str, str], ...], label: RingLabel
) -> tuple[float, dict[str, TextBox]]:
    if ring == "center":
        return _layout_center(entries, label)
    return _layout_outer(ring, entries, label)


def free_box(entry: Entry, size: float) -> TextBox:
    """The box of an entry placed freely: centred where the teacher put it."""
    bold = entry.ring == "center"
    px, _ = pad(size)
    lines = wrap(entry.text, size, FREE_WRAP_WIDTH - 2 * px, bold)
    box = _box(entry.id, entry.ring, entry.x, 0.0, lines, size, bold)
    return TextBox(entry.id, entry.ring, entry.x, entry.y, box.width, box.height, lines, size, bold)


def layout_map(cmap: CircleMap, labels: Mapping[str, str] | None = None) -> MapLayout:
    """Place every entry: automatic entries in their ring's sectors, free ones where put."""
    placed_labels = _place_labels(ring_labels(labels))
    boxes: dict[str, TextBox] = {}
    fonts: dict[str, float] = {}
    for ring in RINGS:
        auto = tuple((e.id, e.text) for e in cmap.entries if e.ring == ring and not e.free)
        size, ring_boxes = _layout_ring_cached(ring, auto, placed_labels[ring])
        fonts[ring] = size
        boxes.update(ring_boxes)
    for e in cmap.entries:
        if e.free:
            boxes[e.id] = free_box(e, fonts[e.ring])
    # Keep the map's entry order (the packet and the list use it).
    ordered = {e.id: boxes[e.id] for e in cmap.entries if e.id in boxes}
    return MapLayout(ordered, placed_labels, fonts)
