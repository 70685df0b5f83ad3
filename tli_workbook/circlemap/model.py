"""The circle map as plain data, converted from and to the snapshot's "circle_map" dict.

Coordinates are map units with the origin at the centre of the rings and y pointing down (as on
screen). Free entry positions and stroke points are kept as given, so they round-trip exactly.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

RINGS: tuple[str, ...] = ("center", "context", "needs")
DEFAULT_RING_LABELS: dict[str, str] = {
    "center": "Core Belief/Theme",  # notr: the credential's ring name (definitions give it)
    "context": "Context",
    "needs": "Needs",
}

# Outer radius of each ring, in map units. The needs ring is the widest because needs are the
# longest, fact-based sentences.
RADIUS: dict[str, float] = {"center": 165.0, "context": 345.0, "needs": 540.0}

STROKE_KINDS: tuple[str, ...] = ("pen", "highlighter", "line", "arrow")
DEFAULT_TEXT_COLOR = "#1f2933"
DEFAULT_STROKE_COLOR = "#c0392b"
DEFAULT_STROKE_WIDTH = 3.0
HIGHLIGHTER_ALPHA = 0.35


def _positive(value: Any) -> float:
    try:
        f = float(value or 0.0)
    except (TypeError, ValueError):
        return 0.0
    return f if math.isfinite(f) and f > 0 else 0.0


def ring_at(x: float, y: float) -> str | None:
    """The ring containing the point, or None outside the outer circle."""
    d = math.hypot(x, y)
    for ring in RINGS:
        if d <= RADIUS[ring]:
            return ring
    return None


@dataclass(frozen=True)
class Entry:
    id: str
    ring: str
    text: str = ""
    note: str = ""
    color: str = ""
    x: float = 0.0
    y: float = 0.0
    free: bool = False
    # Font size and line width (map units) the entry's text is wrapped at where it is placed.
    # Zero: not placed yet (a map from an older version), so the layout places it once.
    size: float = 0.0
    wrap: float = 0.0

    @property
    def placed(self) -> bool:
        """Stored where the teacher (or Tidy) put it: drawn at (x, y) with its own size."""
        return self.free and self.size > 0 and self.wrap > 0

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entry:
        ring = d.get("ring", "needs")
        return cls(
            id=str(d["id"]),
            ring=ring if ring in RINGS else "needs",
            text=str(d.get("text") or ""),
            note=str(d.get("note") or ""),
            color=str(d.get("color") or ""),
            x=float(d.get("x") or 0.0),
            y=float(d.get("y") or 0.0),
            free=bool(d.get("free", False)),
            size=_positive(d.get("size")),
            wrap=_positive(d.get("wrap")),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ring": self.ring,
            "text": self.text,
            "note": self.note,
            "color": self.color,
            "x": self.x,
            "y": self.y,
            "free": self.free,
            "size": self.size,
            "wrap": self.wrap,
        }

    def with_(self, **changes: Any) -> Entry:
        return replace(self, **changes)


@dataclass(frozen=True)
class Stroke:
    id: str
    kind: str = "pen"
    color: str = DEFAULT_STROKE_COLOR
    width: float = DEFAULT_STROKE_WIDTH
    points: tuple[tuple[float, float], ...] = ()

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Stroke:
        kind = d.get("kind") or "pen"
        return cls(
            id=str(d["id"]),
            kind=kind if kind in STROKE_KINDS else "pen",
            color=str(d.get("color") or DEFAULT_STROKE_COLOR),
            width=float(d.get("width") or DEFAULT_STROKE_WIDTH),
            points=tuple((float(p[0]), float(p[1])) for p in d.get("points") or ()),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "color": self.color,
            "width": self.width,
            "points": [[x, y] for x, y in self.points],
        }

    def with_(self, **changes: Any) -> Stroke:
        return replace(self, **changes)

    def translated(self, dx: float, dy: float) -> Stroke:
        return replace(self, points=tuple((x + dx, y + dy) for x, y in self.points))


@dataclass
class CircleMap:
    entries: list[Entry] = field(default_factory=list)
    strokes: list[Stroke] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> CircleMap:
        data = data or {}
        return cls(
            entries=[Entry.from_dict(e) for e in data.get("entries") or ()],
            strokes=[Stroke.from_dict(s) for s in data.get("strokes") or ()],
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "entries": [e.to_dict() for e in self.entries],
            "strokes": [s.to_dict() for s in self.strokes],
        }

    def in_ring(self, ring: str) -> list[Entry]:
        return [e for e in self.entries if e.ring == ring]

    def entry(self, entry_id: str) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def stroke(self, stroke_id: str) -> Stroke | None:
        return next((s for s in self.strokes if s.id == stroke_id), None)


def ring_labels(labels: Mapping[str, str] | None) -> dict[str, str]:
    """Labels for all three rings, falling back to the defaults for missing ones."""
    out = dict(DEFAULT_RING_LABELS)
    for ring, label in (labels or {}).items():
        if ring in out and label:
            out[ring] = label
    return out
