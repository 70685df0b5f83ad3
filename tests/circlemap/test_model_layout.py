"""The map model, the automatic layout and the sample map (no Qt needed)."""

from __future__ import annotations

import math

import pytest

from tli_workbook.circlemap.export import text_listing
from tli_workbook.circlemap.layout import (
    ENTRY_FONT,
    LINE_HEIGHT,
    find_spot,
    layout_map,
    pad,
    place_unplaced,
    tidy_entries,
    wrap_at,
)
from tli_workbook.circlemap.model import RADIUS, RINGS, CircleMap, Entry, ring_at
from tli_workbook.circlemap.render import build_display_list
from tli_workbook.circlemap.sample import SAMPLE_MAP
from tli_workbook.circlemap.textmetrics import text_width, wrap


def _inside_ring(rect, ring: str) -> bool:
    r_out = RADIUS[ring]
    r_in = 0.0 if ring == "center" else RADIUS[RINGS[RINGS.index(ring) - 1]]
    far = max(math.hypot(x, y) for x, y in rect.corners())
    nx = min(max(0.0, rect.x), rect.x + rect.w)
    ny = min(max(0.0, rect.y), rect.y + rect.h)
    return far <= r_out and math.hypot(nx, ny) >= r_in


def test_snapshot_round_trip_is_exact() -> None:
    data = {
        "entries": [
            {
                "id": "a",
                "ring": "needs",
                "text": "x",
                "note": "n",
                "color": "#112233",
                "x": 0.1 + 0.2,
                "y": -1 / 3,
                "free": True,
                "size": 15.5,
                "wrap": 1 / 7 + 150,
            },
        ],
        "strokes": [
            {
                "id": "s",
                "kind": "arrow",
                "color": "#000000",
                "width": 2.5,
                "points": [[1 / 7, 2 / 3], [1e-9, -123.456789]],
            }
        ],
    }
    assert CircleMap.from_dict(data).to_dict() == data


def test_ring_at_uses_the_ring_radii() -> None:
    assert ring_at(0, 0) == "center"
    assert ring_at(RADIUS["center"] + 1, 0) == "context"
    assert ring_at(0, -(RADIUS["context"] + 1)) == "needs"
    assert ring_at(RADIUS["needs"] + 1, 0) is None


def _unplaced(cmap: CircleMap) -> CircleMap:
    return CircleMap([e.with_(free=False, size=0.0, wrap=0.0) for e in cmap.entries])


@pytest.mark.parametrize("how", ["stored", "tidy", "unplaced"])
def test_sample_layout_is_readable_inside_rings_and_without_overlap(how: str) -> None:
    cmap = CircleMap.from_dict(SAMPLE_MAP)
    if how == "tidy":
        cmap = CircleMap(tidy_entries(cmap))
    elif how == "unplaced":
        cmap = _unplaced(cmap)
    layout = layout_map(cmap)
    assert not layout.overlapping()
    assert set(layout.boxes) == {e.id for e in cmap.entries}
    # Print scale is about half a point per map unit: keep sample entries at 8 pt or more.
    assert min(layout.ring_font.values()) >= 16.0
    boxes = list(layout.boxes.values())
    for box in boxes:
        assert all(_inside_ring(r, box.ring) for r in box.line_rects()), box.entry_id
        for line in box.lines:
            assert text_width(line, box.size, box.bold) <= box.width - 2 * pad(box.size)[0] + 1e-6
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not any(ra.intersects(rb) for ra in a.line_rects() for rb in b.line_rects()), (
                a.entry_id,
                b.entry_id,
            )
    labels = [lab.rect for lab in layout.labels.values()]
    for box in boxes:
        assert not any(r.intersects(lab) for r in box.line_rects() for lab in labels)


def test_every_word_of_an_entry_is_shown_in_order() -> None:
    layout = layout_map(CircleMap.from_dict(SAMPLE_MAP))
    for e in CircleMap.from_dict(SAMPLE_MAP).entries:
        assert " ".join(layout.boxes[e.id].lines).split() == e.text.split()


def test_wrap_breaks_at_spaces_and_keeps_newlines() -> None:
    lines = wrap("alpha beta gamma\ndelta", 10.0, text_width("alpha beta", 10.0) + 0.01)
    assert lines == ("alpha beta", "gamma", "delta")
    long = wrap("x" * 200, 10.0, 100.0)
    assert all(text_width(s, 10.0) <= 100.0 for s in long) and "".join(long) == "x" * 200


def test_placed_entries_are_drawn_from_their_own_place_only() -> None:
    e = Entry("f", "needs", "placed by hand", x=123.25, y=-410.5, free=True, size=15.0, wrap=90.0)
    box = layout_map(CircleMap([e])).boxes["f"]
    assert (box.cx, box.cy, box.size) == (123.25, -410.5, 15.0)
    assert box.lines == wrap("placed by hand", 15.0, 90.0)
    # Many more entries, other text in the same ring: the box is the same.
    others = [Entry(f"o{i}", "needs", "another need " * 5) for i in range(8)]
    assert layout_map(CircleMap([*others, e])).boxes["f"] == box


def test_an_older_map_is_placed_once_keeping_hand_placed_entries() -> None:
    old_free = Entry("h", "needs", "dragged by hand long ago", x=-300.5, y=310.25, free=True)
    autos = [Entry(f"a{i}", "context", f"Context number {i}") for i in range(4)]
    placed = place_unplaced(CircleMap([*autos, old_free]))
    assert all(e.placed for e in placed)
    kept = placed[-1]
    assert (kept.x, kept.y, kept.ring) == (-300.5, 310.25, "needs")
    # The same as the automatic layout of those entries, so nothing jumps on the first open.
    assert placed[:4] == tidy_entries(CircleMap(autos))
    assert place_unplaced(CircleMap(placed)) == placed


def test_a_new_entry_goes_into_free_space_and_moves_nothing() -> None:
    cmap = CircleMap.from_dict(SAMPLE_MAP)
    before = layout_map(cmap)
    for ring in ("context", "needs"):
        x, y, size, w = find_spot(before, ring, "A new entry with a handful of words in it")
        new = Entry("new", ring, "A new entry with a handful of words in it", "", "", x, y, True)
        new = new.with_(size=size, wrap=w)
        after = layout_map(CircleMap([*cmap.entries, new]))
        assert ring_at(x, y) == ring
        assert all(after.boxes[k] == b for k, b in before.boxes.items())
        assert not after.overlapping()
        assert all(_inside_ring(r, ring) for r in after.boxes["new"].line_rects())


def test_an_entry_put_at_a_point_is_centred_there_inside_its_ring() -> None:
    layout = layout_map(CircleMap())
    text = "Regular feedback on instruction from a colleague"
    for x, y in ((0.0, -470.0), (455.5, 10.25), (-200.0, 0.0)):
        ring = ring_at(x, y)
        size = layout.ring_font[ring]
        w = wrap_at(layout, ring, text, x, y, size)
        e = Entry("p", ring, text, x=x, y=y, free=True, size=size, wrap=w)
        box = layout_map(CircleMap([e])).boxes["p"]
        assert (box.cx, box.cy) == (x, y)
        assert all(_inside_ring(r, ring) for r in box.line_rects()), (x, y)


def test_crowded_rings_shrink_to_the_smallest_size() -> None:
    entries = [
        Entry(f"e{i}", "context" if i % 2 else "needs", f"Entry number {i} with several words")
        for i in range(300)
    ]
    layout = layout_map(CircleMap(entries))  # seconds: benchmarks/circlemap_layout.py
    assert layout.ring_font["needs"] == ENTRY_FONT[0]
    assert len(layout.boxes) == 300
    assert layout.overlapping()  # too many to fit: the page says so and offers Tidy


def test_display_list_contains_labels_entries_title_and_strokes() -> None:
    cmap = CircleMap.from_dict(SAMPLE_MAP)
    dl = build_display_list(cmap, {"needs": "Needs"}, title="My title")
    texts = [op.text for op in dl.ops if hasattr(op, "text")]
    assert "My title" in texts and "Needs" in texts and "Context" in texts
    assert dl.bounds.h > dl.bounds.w  # the title line sits above the square map
    line_height = 26.0 * LINE_HEIGHT
    assert dl.bounds.h - dl.bounds.w >= line_height


def test_sample_map_is_anonymous_and_complete() -> None:
    entries = SAMPLE_MAP["entries"]
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)) and "need-feedback" in ids
    by_ring = {r: [e for e in entries if e["ring"] == r] for r in RINGS}
    assert len(by_ring["center"]) == 1
    assert 6 <= len(by_ring["context"]) <= 8
    assert 6 <= len(by_ring["needs"]) <= 8
    assert any(s["kind"] == "arrow" for s in SAMPLE_MAP["strokes"])


def test_sample_arrows_join_their_entries() -> None:
    """The sample's arrows were drawn from the layout; if the layout changes, redraw them."""
    layout = layout_map(CircleMap.from_dict(SAMPLE_MAP))
    for s in SAMPLE_MAP["strokes"]:
        if s["kind"] != "arrow":
            continue
        ends = [s["points"][0], s["points"][-1]]
        near = [
            min(
                math.hypot(
                    max(b.rect.x - x, 0, x - b.rect.x - b.rect.w),
                    max(b.rect.y - y, 0, y - b.rect.y - b.rect.h),
                )
                for b in layout.boxes.values()
            )
            for x, y in ends
        ]
        assert max(near) < 25.0, s["id"]


def test_text_listing_is_center_out_with_notes() -> None:
    listing = text_listing(SAMPLE_MAP, {"center": "Core", "context": "Ctx", "needs": "Needs"})
    assert [label for label, _ in listing] == ["Core", "Ctx", "Needs"]
    assert listing[0][1][0].startswith("My theme from page 5 of the competencies booklet")
    assert "in my words: every teacher grows faster" in listing[0][1][0]
    assert listing[1][1][0].startswith("Suburban district")
    assert any("(spring staff survey: 7 of the 8" in e for e in listing[2][1])
    assert len(listing[2][1]) == len([e for e in SAMPLE_MAP["entries"] if e["ring"] == "needs"])


def test_an_unplaced_entry_among_placed_ones_goes_into_free_space() -> None:
    cmap = CircleMap.from_dict(SAMPLE_MAP)
    kept = Entry("kept", "needs", "Typed when the app stopped: kept, placed on reopening")
    placed = place_unplaced(CircleMap([*cmap.entries, kept]))
    assert placed[:-1] == cmap.entries  # the others stay exactly where they are
    assert placed[-1].placed and ring_at(placed[-1].x, placed[-1].y) == "needs"
    assert not layout_map(CircleMap(placed)).overlapping()
