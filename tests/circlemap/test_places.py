"""The map keeps what the teacher did: entries stay exactly where they were put, through adds,
drags, edits and a reopen from the same database file; only Tidy re-arranges, as one undo step.
Driven with real mouse events on the canvas."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from tests.circlemap.test_editor import add_by_double_click, drag, item_point, type_in_place, vp
from tli_workbook.circlemap import layout as layout_module
from tli_workbook.circlemap.model import CircleMap, ring_at
from tli_workbook.store import Store

# Chosen points (map units): three in the context ring, two in the needs ring.
POINTS = [(250.0, -60.0), (-250.0, 60.0), (60.0, 262.0), (440.0, -140.0), (-380.0, -300.0)]
TEXTS = [
    "Grades 6 to 8",
    "31 teachers, 8 new",
    "A buddy system, no coaching role",
    "Regular feedback for new teachers",
    "Shared planning time for mentor pairs",
]


def open_page(qtbot, data: Path, credential, part, wid: int):
    """The workbook's map page built from the database file in data (a fresh Store)."""
    from tli_workbook.ui.circlemap.editor import CircleMapPage

    store = Store(data)
    page = CircleMapPage(store, wid, credential, part)
    qtbot.addWidget(page)
    page.resize(1200, 820)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.fit()
    return page, store


def close_page(page, store: Store) -> None:
    assert page.flush()
    page.close()
    store.close()


def pixel(page, entry_id: str) -> QPoint:
    """The viewport pixel of the entry's stored point (its item's position)."""
    return page.view.mapFromScene(page.scene.entry_items[entry_id].pos())


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def wid(data: Path) -> int:
    s = Store(data)
    try:
        return s.create_workbook("coaching-and-mentoring", "Map")
    finally:
        s.close()


def test_five_placed_entries_stay_where_put_through_drag_adds_and_reopen(
    qtbot, data, wid, credential, part, monkeypatch
) -> None:
    page, store = open_page(qtbot, data, credential, part, wid)
    clicks = [vp(page, x, y) for x, y in POINTS]
    for click, text in zip(clicks, TEXTS, strict=True):
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=click)
        assert page.scene.editor is not None
        type_in_place(qtbot, page, text)
    ids = [next(e.id for e in page.doc.map.entries if e.text == t) for t in TEXTS]
    put = dict(zip(ids, clicks, strict=True))
    assert {i: pixel(page, i) for i in ids} == put
    # Centred exactly on the scene point under each double-click.
    exact = {i: page.view.mapToScene(c) for i, c in put.items()}
    assert all(page.scene.entry_items[i].pos() == p for i, p in exact.items())

    # Drag the fourth one (press, moves, release on the viewport) within its ring.
    moved = ids[3]
    grab = item_point(page, moved)
    drop = grab + QPoint(-40, 55)
    drag(page, grab, drop, steps=10)
    put[moved] = put[moved] + (drop - grab)
    assert pixel(page, moved) == put[moved]
    e = page.doc.entry(moved)
    assert e is not None and ring_at(e.x, e.y) == "needs"

    # Two more: one by double-click, one from the list (placed in free space).
    add_by_double_click(qtbot, page, -440.0, 200.0, "Family surveys in Spanish")
    monkeypatch.setattr(page, "_ask_text", lambda *a, **k: ("Time to observe each other", True))
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.model.ring_index("needs"))
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    assert len(page.doc.map.entries) == 7
    assert {i: pixel(page, i) for i in ids} == put
    listed = next(e for e in page.doc.map.entries if e.text == "Time to observe each other")
    assert listed.ring == "needs" and listed.id not in page.doc.layout.overlapping()

    # Editing one entry's text keeps every entry where it is.
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=item_point(page, ids[0]))
    type_in_place(qtbot, page, " (about 780 students)")
    assert page.doc.entry(ids[0]).text == "Grades 6 to 8 (about 780 students)"
    assert {i: pixel(page, i) for i in ids} == put
    stored = {i: (page.doc.entry(i).x, page.doc.entry(i).y) for i in ids}
    QApplication.processEvents()  # the closed editor leaves the scene, the page lays out
    page.view.fit()
    view_size, transform = page.view.size(), page.view.transform()
    put = {i: pixel(page, i) for i in ids}  # the same points, in the view as it is now
    close_page(page, store)

    assert all(stored[i] == (p.x(), p.y()) for i, p in exact.items() if i != moved)
    again, store = open_page(qtbot, data, credential, part, wid)
    QApplication.processEvents()
    assert again.view.size() == view_size and again.view.transform() == transform
    assert {i: (again.doc.entry(i).x, again.doc.entry(i).y) for i in ids} == stored
    assert {i: pixel(again, i) for i in ids} == put  # to the pixel, after the reopen
    for i in ids:
        item = again.scene.entry_items[i]
        assert (item.pos().x(), item.pos().y()) == stored[i]
    close_page(again, store)


def test_tidy_rearranges_everything_in_one_undo_step(qtbot, data, wid, credential, part) -> None:
    page, store = open_page(qtbot, data, credential, part, wid)
    for (x, y), text in zip(POINTS, TEXTS, strict=True):
        add_by_double_click(qtbot, page, x, y, text)
    before = store.map_entries(wid)
    steps = page.undo_stack.count()
    tidy = next(a for a in page.toolbar.actions() if a.text() == "Tidy")
    tidy.trigger()
    assert page.undo_stack.count() == steps + 1
    tidied = store.map_entries(wid)
    expected = layout_module.tidy_entries(CircleMap.from_dict({"entries": before}), page.labels)
    assert tidied == [e.to_dict() for e in expected]
    assert tidied != before
    assert not page.doc.layout.overlapping()
    for e in expected:
        item = page.scene.entry_items[e.id]
        assert (item.pos().x(), item.pos().y()) == (e.x, e.y)
    page.undo_stack.undo()
    assert store.map_entries(wid) == before
    for e in before:
        item = page.scene.entry_items[e["id"]]
        assert (item.pos().x(), item.pos().y()) == (e["x"], e["y"])
    page.undo_stack.redo()
    assert store.map_entries(wid) == tidied
    close_page(page, store)


def test_an_older_map_is_laid_out_once_then_opens_without_layout(
    qtbot, data, wid, credential, part, monkeypatch
) -> None:
    s = Store(data)
    old = [
        {"id": f"c{i}", "ring": "context", "text": f"Context fact number {i}"} for i in range(5)
    ] + [
        {
            "id": "h",
            "ring": "needs",
            "text": "Dragged by hand",
            "x": -300.0,
            "y": 300.0,
            "free": True,
        }
    ]
    s.save_map(wid, entries=old)
    s.close()
    page, store = open_page(qtbot, data, credential, part, wid)
    saved = store.map_entries(wid)
    assert all(e["free"] and e["size"] > 0 and e["wrap"] > 0 for e in saved)
    assert (saved[-1]["x"], saved[-1]["y"]) == (-300.0, 300.0)
    close_page(page, store)

    def no_layout(*_args: object) -> None:
        raise AssertionError("the automatic layout ran on opening a placed map")

    monkeypatch.setattr(layout_module, "_layout_outer", no_layout)
    monkeypatch.setattr(layout_module, "_layout_center", no_layout)
    layout_module._layout_ring_cached.cache_clear()
    again, store = open_page(qtbot, data, credential, part, wid)
    assert [(e["x"], e["y"]) for e in store.map_entries(wid)] == [(e["x"], e["y"]) for e in saved]
    assert set(again.scene.entry_items) == {e["id"] for e in saved}
    close_page(again, store)


def test_double_click_on_an_entry_edits_with_the_cursor_at_the_end(
    qtbot, data, wid, credential, part
) -> None:
    page, store = open_page(qtbot, data, credential, part, wid)
    add_by_double_click(qtbot, page, 250.0, 0.0, "Grades 6 to 8")
    eid = page.doc.map.entries[0].id
    at = page.scene.entry_items[eid].pos()
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=item_point(page, eid))
    editor = page.scene.editor
    assert editor is not None and editor.toPlainText() == "Grades 6 to 8"
    cursor = editor.textCursor()
    assert not cursor.hasSelection() and cursor.atEnd()
    type_in_place(qtbot, page, "!")
    assert [e.text for e in page.doc.map.entries] == ["Grades 6 to 8!"]
    assert page.scene.entry_items[eid].pos() == QPointF(at)
    close_page(page, store)
