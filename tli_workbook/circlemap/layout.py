"""Ring geometry, where entries are drawn, and the automatic placement (Tidy, new entries).

Every entry is stored with its centre, font size and wrap width (`Entry.placed`), and is drawn
from those alone, so an entry stays exactly where it was put and nothing done to one entry
moves another. The automatic layout runs only when asked:

- Tidy (`tidy_entries`) cuts each outer ring into angular sectors, one per entry, in list
  order clockwise from the top, sized by how much text the entry has, and centres each entry's
  paragraph in its sector at one wrap width; one font size is used for a whole ring (the
  largest at which every entry fits), so a ring reads evenly.
- A new entry (`find_spot`) goes into free space of its ring; one placed at a point
  (`wrap_at`) is centred exactly there, at a width that keeps it inside its ring.
- A map saved by an older version (entries without a stored place) is laid out once
  (`place_unplaced`); the editor then stores the result.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from tli_workbook.circlemap.model import RADIUS, RINGS, CircleMap, Entry, ring_labels
from tli_workbook.circlemap.textmetrics import text_width, wrap

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

    def overlapping(self) -> list[str]:
        """Ids of entries whose lines overlap another entry's (the teacher may Tidy)."""
        # Each box's rectangle and lines are measured once: this runs after every drop and
        # edit, and measuring them per pair made a drop on a crowded map a visible stall.
        rects = {b.entry_id: b.rect for b in self.boxes.values()}
        lines: dict[str, list[Rect]] = {}

        def lines_of(box: TextBox) -> list[Rect]:
            got = lines.get(box.entry_id)
            if got is None:
                got = lines[box.entry_id] = box.line_rects()
            return got

        boxes = sorted(self.boxes.values(), key=lambda b: rects[b.entry_id].x)
        out: set[str] = set()
        for i, a in enumerate(boxes):
            ra = rects[a.entry_id]
            for b in boxes[i + 1 :]:
                rb = rects[b.entry_id]
                if rb.x >= ra.x + ra.w:
                    break
                if ra.intersects(rb) and any(
                    la.intersects(lb) for la in lines_of(a) for lb in lines_of(b)
                ):
                    out.update((a.entry_id, b.entry_id))
        return [eid for eid in self.boxes if eid in out]


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


def _fits(
    lines: tuple[str, ...], size: float, bold: bool, region: _Region, cx: float, cy: float
) -> bool:
    """Whether centred lines around (cx, cy), with the box padding, stay inside the region."""
    lh = size * LINE_HEIGHT
    px, py = pad(size)
    n = len(lines)
    top = cy - n * lh / 2
    for i, line in enumerate(lines):
        y0 = top + i * lh - (py if i == 0 else 0.0)
        y1 = top + (i + 1) * lh + (py if i == n - 1 else 0.0)
        span = region.span(y0, y1, cx)
        if span is None:
            return False
        if text_width(line, size, bold) > 2 * min(cx - span[0], span[1] - cx) - 2 * px:
            return False
    return True


_WIDTH_FACTORS = (1.0, 0.9, 1.1, 0.8, 1.25, 0.7, 1.4, 0.6, 1.6, 0.5, 1.85, 0.42, 2.1, 0.35)


def _fit_wrapped(
    text: str, size: float, bold: bool, region: _Region, cx: float, cy: float, est: float
) -> tuple[float, tuple[str, ...]] | None:
    """A wrap width near est at which the text, centred on (cx, cy), fits the region.

    Every entry is wrapped greedily at one width, so the stored (position, size, width) of an
    entry redraws exactly these lines on every surface and after every reopen."""
    for f in _WIDTH_FACTORS:
        w = max(est * f, 3 * size)
        lines = wrap(text, size, w, bold)
        if _fits(lines, size, bold, region, cx, cy):
            return w, lines
    return None


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
    for k in (4, 3, 5, 2, 6, 3.5, 4.5):
        rho = region.r_in + (region.r_out - region.r_in) * k / 8
        arc = rho * min(region.a1 - region.a0, math.pi)
        across = abs(dx) * (region.r_out - region.r_in) + abs(dy) * arc
        out.append((dx * rho, dy * rho, max(across * 0.8, 1.0)))
    # Off the middle too: a paragraph wrapped at one width may fit beside the middle line.
    for f in (0.3, 0.7):
        a = region.a0 + (region.a1 - region.a0) * f
        ax, ay = _direction(a)
        rho = (region.r_in + region.r_out) / 2
        arc = rho * min(region.a1 - region.a0, math.pi)
        across = abs(ax) * (region.r_out - region.r_in) + abs(ay) * arc
        out.append((ax * rho, ay * rho, max(across * 0.8, 1.0)))
    return out


def _entry_box(
    eid: str, ring: str, cx: float, cy: float, lines: tuple[str, ...], size: float, bold: bool
) -> TextBox:
    """The box of lines centred exactly on (cx, cy): an item's position is its stored point."""
    px, py = pad(size)
    w = max((text_width(s, size, bold) for s in lines), default=0.0) + 2 * px
    h = len(lines) * size * LINE_HEIGHT + 2 * py
    return TextBox(eid, ring, cx, cy, w, h, lines, size, bold)


@dataclass(frozen=True)
class Placement:
    """Where the layout puts an entry: its centre, font size and wrap width."""

    cx: float
    cy: float
    size: float
    wrap: float
    fits: bool = True  # False: the ring was too full, the text overlaps at the smallest size


def _place_in_sector(text: str, size: float, region: _Region, force: bool) -> Placement | None:
    inner = _shrunk(region, 0.3 * size)
    centres = _sector_centres(inner)
    for cx, cy, est in centres:
        found = _fit_wrapped(text, size, False, inner, cx, cy, est)
        if found is not None:
            return Placement(cx, cy, size, found[0])
    if not force:
        return None
    cx, cy, est = centres[0]
    return Placement(cx, cy, size, est, fits=False)


def _layout_outer(
    ring: str, entries: tuple[tuple[str, str], ...], label: RingLabel
) -> tuple[float, dict[str, Placement]]:
    if not entries:
        return ENTRY_FONT[1], {}
    regions = _sectors(ring, entries, label)

    def attempt(size: float, force: bool = False) -> dict[str, Placement] | None:
        out = {}
        for (eid, text), region in zip(entries, regions, strict=True):
            p = _place_in_sector(text, size, region, force)
            if p is None:
                return None
            out[eid] = p
        return out

    sizes = _font_sizes(*ENTRY_FONT)
    # Fitting gets easier as the font shrinks: binary search for the largest size that fits.
    lo, hi = 0, len(sizes) - 1
    found: tuple[float, dict[str, Placement]] | None = None
    while lo <= hi:
        mid = (lo + hi) // 2
        placed = attempt(sizes[mid])
        if placed is not None:
            found = (sizes[mid], placed)
            lo = mid + 1
        else:
            hi = mid - 1
    if found is not None:
        return found
    return sizes[0], attempt(sizes[0], force=True) or {}


# ----- centre ----------------------------------------------------------------------------------


def _layout_center(
    entries: tuple[tuple[str, str], ...], label: RingLabel
) -> tuple[float, dict[str, Placement]]:
    if not entries:
        return CENTER_FONT[1], {}
    sizes = _font_sizes(*CENTER_FONT)
    for size in reversed(sizes):
        placed = _fit_center(entries, size, label, force=False)
        if placed is not None:
            return size, placed
    return sizes[0], _fit_center(entries, sizes[0], label, force=True) or {}


def _center_room(label: RingLabel, size: float) -> tuple[float, float]:
    """The top and bottom of the room below the centre's label."""
    return label.rect.y + label.rect.h + 0.3 * size, RADIUS["center"] - 0.45 * size


def _fit_center(
    entries: tuple[tuple[str, str], ...], size: float, label: RingLabel, force: bool
) -> dict[str, Placement] | None:
    r = RADIUS["center"]
    margin = 0.45 * size
    room_top, room_bottom = _center_room(label, size)
    band = (room_bottom - room_top) / len(entries)
    out = {}
    for i, (eid, text) in enumerate(entries):
        b_top = room_top + i * band
        region = _Region(0.0, r - margin, top=b_top)
        # The disk is widest at its middle; a single entry sits a little above the band's
        # centre, where the circle is wide, rather than sinking into the narrow bottom.
        cy = b_top + band * (0.42 if len(entries) == 1 else 0.5)
        cy = min(cy, 0.0) if len(entries) == 1 and b_top < 0 else cy
        found = None
        for est in (1.4 * r, 1.2 * r, 1.0 * r):
            found = _fit_wrapped(text, size, True, region, 0.0, cy, est)
            if found is not None:
                n = len(found[1])
                if cy + n * size * LINE_HEIGHT / 2 <= b_top + band:
                    break
                found = None
        if found is not None:
            out[eid] = Placement(0.0, cy, size, found[0])
        elif force:
            out[eid] = Placement(0.0, b_top + band / 2, size, 1.2 * r, fits=False)
        else:
            return None
    return out


# ----- the whole map ---------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _layout_ring_cached(
    ring: str, entries: tuple[tuple[str, str], ...], label: RingLabel
) -> tuple[float, dict[str, Placement]]:
    if ring == "center":
        return _layout_center(entries, label)
    return _layout_outer(ring, entries, label)


@lru_cache(maxsize=16)
def _labels_cached(labels: tuple[tuple[str, str], ...]) -> dict[str, RingLabel]:
    return _place_labels(dict(labels))


def place_labels(labels: Mapping[str, str] | None = None) -> dict[str, RingLabel]:
    """The ring labels, measured once per wording."""
    return _labels_cached(tuple(sorted(ring_labels(labels).items())))


def placed_box(entry: Entry) -> TextBox:
    """The box of a placed entry: its text wrapped at its own width and size, centred exactly
    on its stored point. Nothing about the other entries changes it."""
    bold = entry.ring == "center"
    lines = wrap(entry.text, entry.size, entry.wrap, bold)
    return _entry_box(entry.id, entry.ring, entry.x, entry.y, lines, entry.size, bold)


def _placed(e: Entry, p: Placement) -> Entry:
    return e.with_(x=p.cx, y=p.cy, size=p.size, wrap=p.wrap, free=True)


def tidy_entries(cmap: CircleMap, labels: Mapping[str, str] | None = None) -> list[Entry]:
    """Every entry re-placed by the automatic layout (Tidy), in the map's order."""
    placed_labels = place_labels(labels)
    where: dict[str, Placement] = {}
    for ring in RINGS:
        items = tuple((e.id, e.text) for e in cmap.entries if e.ring == ring)
        where.update(_layout_ring_cached(ring, items, placed_labels[ring])[1])
    return [_placed(e, where[e.id]) for e in cmap.entries]


def place_unplaced(cmap: CircleMap, labels: Mapping[str, str] | None = None) -> list[Entry]:
    """The entries with every one placed: those already placed are kept exactly; a map from an
    older version gets its automatic entries laid out in their ring, and its hand-placed ones
    the size and width they were drawn with. An unplaced entry in a ring that already has
    placed ones (text kept from a crash while it was typed) goes into that ring's free space."""
    if all(e.placed for e in cmap.entries):
        return list(cmap.entries)
    placed_labels = place_labels(labels)
    settled = {e.ring for e in cmap.entries if e.placed}
    where: dict[str, Placement] = {}
    sizes: dict[str, float] = {}
    for ring in RINGS:
        auto = tuple(
            (e.id, e.text)
            for e in cmap.entries
            if e.ring == ring and not e.free and ring not in settled
        )
        sizes[ring], ring_places = _layout_ring_cached(ring, auto, placed_labels[ring])
        where.update(ring_places)
    out: list[Entry | None] = []
    for e in cmap.entries:
        if e.placed:
            out.append(e)
        elif e.free:
            size = e.size or sizes[e.ring]
            out.append(e.with_(size=size, wrap=e.wrap or FREE_WRAP_WIDTH - 2 * pad(size)[0]))
        elif e.id in where:
            out.append(_placed(e, where[e.id]))
        else:
            out.append(None)
    for i, e in enumerate(cmap.entries):
        if out[i] is None:
            so_far = [x for x in out if x is not None]
            boxes = {x.id: placed_box(x) for x in so_far}
            fonts = {ring: _ring_font(ring, boxes.values()) for ring in RINGS}
            x, y, size, w = find_spot(MapLayout(boxes, placed_labels, fonts), e.ring, e.text)
            out[i] = e.with_(x=x, y=y, size=size, wrap=w, free=True)
    return [e for e in out if e is not None]


def _ring_font(ring: str, boxes: Iterable[TextBox]) -> float:
    """The size new entries of a ring get: the one most of its entries have."""
    counts = Counter(b.size for b in boxes if b.ring == ring)
    if not counts:
        return CENTER_FONT[1] if ring == "center" else ENTRY_FONT[1]
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def layout_map(cmap: CircleMap, labels: Mapping[str, str] | None = None) -> MapLayout:
    """Every entry's box, where it is stored (see `place_unplaced` for older maps)."""
    placed_labels = place_labels(labels)
    boxes = {e.id: placed_box(e) for e in place_unplaced(cmap, labels)}
    fonts = {ring: _ring_font(ring, boxes.values()) for ring in RINGS}
    return MapLayout(boxes, placed_labels, fonts)


# ----- placing one entry -----------------------------------------------------------------------


def _ring_region(ring: str, size: float, labels: Mapping[str, RingLabel]) -> _Region:
    margin = 0.3 * size
    if ring == "center":
        top, _ = _center_room(labels["center"], size)
        return _Region(0.0, RADIUS["center"] - 0.45 * size, top=top)
    r_in = RADIUS[RINGS[RINGS.index(ring) - 1]]
    return _Region(r_in + margin, RADIUS[ring] - margin)


def _gap(rects: list[Rect], obstacles: list[Rect]) -> float:
    """The smallest distance between the rectangles and the obstacles (negative: overlap)."""
    best = math.inf
    for a in rects:
        for b in obstacles:
            dx = max(b.x - (a.x + a.w), a.x - (b.x + b.w))
            dy = max(b.y - (a.y + a.h), a.y - (b.y + b.h))
            d = max(dx, dy) if dx < 0 and dy < 0 else math.hypot(max(dx, 0.0), max(dy, 0.0))
            best = min(best, d)
    return best


_SPOT_WIDTHS = (FREE_WRAP_WIDTH, 170.0, 300.0, 120.0)
ROOMY = 24.0  # a gap to the neighbours at which a spot is good enough


def _obstacles(layout: MapLayout, skip: str | None) -> list[Rect]:
    out = [lab.rect for lab in layout.labels.values()]
    for b in layout.boxes.values():
        if b.entry_id != skip:
            out.extend(b.line_rects())
    return out


def wrap_at(
    layout: MapLayout,
    ring: str,
    text: str,
    x: float,
    y: float,
    size: float,
    skip: str | None = None,
    prefer: float | None = None,
) -> float:
    """The wrap width for an entry centred exactly at (x, y): inside its ring and clear of the
    others if any width allows, else inside the ring, else the narrowest."""
    region = _ring_region(ring, size, layout.labels)
    obstacles = _obstacles(layout, skip)
    bold = ring == "center"
    widths = [w for w in ((prefer,) if prefer else ()) if w]
    widths += [FREE_WRAP_WIDTH, 200.0, 160.0, 130.0, 100.0, 80.0, 60.0]
    inside = None
    for w in widths:
        lines = wrap(text, size, w, bold)
        if not _fits(lines, size, bold, region, x, y):
            continue
        if _gap(_entry_box("", ring, x, y, lines, size, bold).line_rects(), obstacles) > 0:
            return w
        inside = inside or w
    return inside or widths[-1]


def _spot_candidates(ring: str, size: float, labels: Mapping[str, RingLabel]) -> list[tuple]:
    if ring == "center":
        top, bottom = _center_room(labels["center"], size)
        ys = [top + (bottom - top) * k / 6 for k in (3, 2, 4, 1, 5)]
        return [(0.0, y) for y in ys] + [(dx, y) for y in ys for dx in (-50.0, 50.0)]
    r_in, r_out = RADIUS[RINGS[RINGS.index(ring) - 1]], RADIUS[ring]
    out = []
    for k in (4, 3, 5, 2, 6):
        rho = r_in + (r_out - r_in) * k / 8
        for step in range(36):
            # From the bottom, opposite the label, round both ways.
            dx, dy = _direction(math.pi + step * math.pi / 18)
            out.append((dx * rho, dy * rho))
    return out


def find_spot(
    layout: MapLayout, ring: str, text: str, skip: str | None = None
) -> tuple[float, float, float, float]:
    """Free space in the ring for a new entry: (x, y, size, wrap). The others stay put; the
    spot farthest from them wins, at the ring's size or, if the ring is full, a smaller one."""
    bold = ring == "center"
    base = layout.ring_font[ring]
    lo = CENTER_FONT[0] if bold else ENTRY_FONT[0]
    obstacles = _obstacles(layout, skip)
    fallback: tuple[float, tuple[float, float, float, float]] | None = None
    size = base
    while True:
        region = _ring_region(ring, size, layout.labels)
        best: tuple[float, tuple[float, float, float, float]] | None = None
        for x, y in _spot_candidates(ring, size, layout.labels):
            for w in _SPOT_WIDTHS:
                lines = wrap(text, size, w, bold)
                if not _fits(lines, size, bold, region, x, y):
                    continue
                gap = _gap(_entry_box("", ring, x, y, lines, size, bold).line_rects(), obstacles)
                if best is None or gap > best[0]:
                    best = (gap, (x, y, size, w))
                if gap >= ROOMY:
                    return x, y, size, w
        if best is not None and best[0] > 0:
            return best[1]
        if best is not None and (fallback is None or best[0] > fallback[0]):
            fallback = best
        if size - 2.0 < lo:
            break
        size -= 2.0
    if fallback is not None:
        return fallback[1]
    x, y = _spot_candidates(ring, base, layout.labels)[0]
    return x, y, base, FREE_WRAP_WIDTH
