"""Finding overlapping entries (run after every drop and edit on the map) measures each
entry's lines once, however crowded the map: on 300 entries it measured them per pair, and a
drop stalled the window for a seventh of a second."""

from __future__ import annotations

from tli_workbook.circlemap import layout as layout_module
from tli_workbook.circlemap.layout import layout_map
from tli_workbook.circlemap.model import CircleMap, Entry


def _crowded(n: int) -> CircleMap:
    return CircleMap(
        [
            Entry(f"e{i}", "context" if i % 2 else "needs", f"Entry number {i} with several words")
            for i in range(n)
        ]
    )


def test_overlapping_measures_each_entry_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    layout = layout_map(_crowded(300))
    calls: list[str] = []
    measure = layout_module.TextBox.line_rects

    def counted(self):  # type: ignore[no-untyped-def]
        calls.append(self.entry_id)
        return measure(self)

    monkeypatch.setattr(layout_module.TextBox, "line_rects", counted)
    found = layout.overlapping()
    assert found  # 300 entries do not fit: some overlap, so pairs were really compared
    assert len(calls) == len(set(calls)) <= len(layout.boxes)
