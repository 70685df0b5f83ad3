"""The Circle Map page driven like a teacher would: real mouse events on the canvas, the
keyboard in the list, undo and redo, reopening, printing and export."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QUndoGroup
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tli_workbook.circlemap.model import RADIUS
from tli_workbook.circlemap.sample import SAMPLE_MAP


def vp(page, x: float, y: float) -> QPoint:
    """Viewport pixel of a map point."""
    return page.view.mapFromScene(QPointF(x, y))


def entries(store, wid) -> list[dict]:
    return store.map_entries(wid)


def by_text(store, wid, text: str) -> dict:
    return next(e for e in store.map_entries(wid) if e["text"] == text)


def type_in_place(qtbot, page, text: str) -> None:
    qtbot.keyClicks(page.view.viewport(), text)
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.scene.editor is None)


def add_by_double_click(qtbot, page, x: float, y: float, text: str) -> None:
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=vp(page, x, y))
    assert page.scene.editor is not None, "double-click inside a ring opens the editor"
    type_in_place(qtbot, page, text)


def drag(page, start: QPoint, end: QPoint, steps: int = 8) -> None:
    viewport = page.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, p)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def item_point(page, entry_id: str) -> QPoint:
    """A viewport point on the entry's text (its middle line), to grab it."""
    return page.view.mapFromScene(page.scene.entry_items[entry_id].scenePos())


def test_add_entries_in_each_ring_by_double_click(qtbot, make_page, store, workbook_id) -> None:
    page = make_page()
    with qtbot.waitSignal(page.changed):
        add_by_double_click(qtbot, page, 0, 40, "Every colleague can grow")
    add_by_double_click(qtbot, page, 250, 0, "Grades 6 to 8")
    add_by_double_click(qtbot, page, -440, 0, "Regular feedback for new teachers")
    rings = {e["text"]: e["ring"] for e in entries(store, workbook_id)}
    assert rings == {
        "Every colleague can grow": "center",
        "Grades 6 to 8": "context",
        "Regular feedback for new teachers": "needs",
    }
    # Each is centred exactly where the double-click was.
    for e, (x, y) in zip(entries(store, workbook_id), ((0, 40), (250, 0), (-440, 0)), strict=True):
        at = page.view.mapToScene(vp(page, x, y))
        assert e["free"] and (e["x"], e["y"]) == (at.x(), at.y())
    # The canvas and the list show the same entries.
    assert set(page.scene.entry_items) == {e["id"] for e in entries(store, workbook_id)}
    assert page.model.rowCount(page.model.ring_index("needs")) == 1
    assert page.core.theme.currentText() == "Every colleague can grow"


def test_escape_cancels_and_double_click_on_entry_edits(qtbot, make_page, store, workbook_id):
    page = make_page()
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=vp(page, 250, 0))
    qtbot.keyClicks(page.view.viewport(), "never saved")
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.scene.editor is None)
    assert entries(store, workbook_id) == []
    add_by_double_click(qtbot, page, 250, 0, "First wording")
    eid = entries(store, workbook_id)[0]["id"]
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=item_point(page, eid))
    assert page.scene.editor is not None
    cursor = page.scene.editor.textCursor()
    # The cursor at the end, nothing selected: typing adds to the entry, never replaces it.
    assert not cursor.hasSelection() and cursor.position() == len("First wording")
    type_in_place(qtbot, page, ", second thoughts")
    assert entries(store, workbook_id)[0]["text"] == "First wording, second thoughts"


def test_drag_entry_across_rings_and_within_a_ring(qtbot, make_page, store, workbook_id) -> None:
    page = make_page()
    add_by_double_click(qtbot, page, 250, 0, "Moves out")
    eid = entries(store, workbook_id)[0]["id"]
    # Into the needs ring: the ring changes, the entry stays where it was dropped.
    grab = item_point(page, eid)
    offset = page.view.mapToScene(grab) - page.scene.entry_items[eid].pos()
    drag(page, grab, vp(page, -440, 60))
    e = entries(store, workbook_id)[0]
    dropped = page.view.mapToScene(vp(page, -440, 60)) - offset
    assert e["ring"] == "needs" and e["free"] is True
    assert (e["x"], e["y"]) == (dropped.x(), dropped.y())
    # Within its ring: placed where dropped, exactly.
    start = item_point(page, eid)
    drag(page, start, start + QPoint(-25, 30))
    e = entries(store, workbook_id)[0]
    item = page.scene.entry_items[eid]
    assert e["ring"] == "needs" and e["free"] is True
    assert (e["x"], e["y"]) == (item.pos().x(), item.pos().y())
    # Dropped outside the map: nothing changes.
    before = entries(store, workbook_id)
    far = vp(page, RADIUS["needs"] + 5, RADIUS["needs"] + 5)
    drag(page, item_point(page, eid), far)
    assert entries(store, workbook_id) == before


def test_pen_stroke_arrow_and_eraser(qtbot, make_page, store, workbook_id) -> None:
    page = make_page()
    page.set_tool("pen")
    drag(page, vp(page, -300, -300), vp(page, -200, -250), steps=10)
    strokes = store.map_strokes(workbook_id)
    assert len(strokes) == 1 and strokes[0]["kind"] == "pen"
    assert len(strokes[0]["points"]) >= 5
    start = page.view.mapToScene(vp(page, -300, -300))
    assert strokes[0]["points"][0] == [start.x(), start.y()]
    page.set_tool("arrow")
    drag(page, vp(page, 400, 100), vp(page, 250, 60))
    strokes = store.map_strokes(workbook_id)
    assert [s["kind"] for s in strokes] == ["pen", "arrow"]
    assert len(strokes[1]["points"]) == 2
    page.set_tool("eraser")
    drag(page, vp(page, -250, -330), vp(page, -250, -220), steps=12)
    assert [s["kind"] for s in store.map_strokes(workbook_id)] == ["arrow"]
    page.undo_stack.undo()
    assert [s["kind"] for s in store.map_strokes(workbook_id)] == ["pen", "arrow"]


def test_undo_redo_restore_the_store(qtbot, make_page, store, workbook_id) -> None:
    page = make_page()
    group = QUndoGroup()  # as the main window holds it
    group.addStack(page.undo_stack)
    group.setActiveStack(page.undo_stack)
    add_by_double_click(qtbot, page, 250, 0, "Context one")
    after_add = entries(store, workbook_id)
    eid = after_add[0]["id"]
    drag(page, item_point(page, eid), vp(page, -440, 60))
    after_move = entries(store, workbook_id)
    page.set_tool("line")
    drag(page, vp(page, 100, -450), vp(page, 200, -420))
    after_line = store.map_strokes(workbook_id)
    assert len(after_line) == 1

    group.undo()
    assert store.map_strokes(workbook_id) == []
    group.undo()
    assert entries(store, workbook_id) == after_add
    group.undo()
    assert entries(store, workbook_id) == []
    assert (
        page.scene.entry_items == {} and page.model.rowCount(page.model.ring_index("context")) == 0
    )
    group.redo()
    assert entries(store, workbook_id) == after_add
    group.redo()
    assert entries(store, workbook_id) == after_move
    group.redo()
    assert store.map_strokes(workbook_id) == after_line


def test_reopen_shows_exactly_what_was_saved(qtbot, make_page, store, workbook_id) -> None:
    page = make_page()
    add_by_double_click(qtbot, page, 250, 0, "Kept")
    eid = entries(store, workbook_id)[0]["id"]
    start = item_point(page, eid)
    drag(page, start, start + QPoint(13, 7))
    page.set_tool("pen")
    drag(page, vp(page, -123.4, -321.9), vp(page, -201.7, -260.3), steps=7)
    saved_entries, saved_strokes = entries(store, workbook_id), store.map_strokes(workbook_id)
    model_before = page.doc.map.to_dict()
    page.close()

    again = make_page()
    assert again.doc.map.to_dict() == model_before
    assert entries(store, workbook_id) == saved_entries
    assert store.map_strokes(workbook_id) == saved_strokes
    item = again.scene.entry_items[eid]
    assert (item.pos().x(), item.pos().y()) == (saved_entries[0]["x"], saved_entries[0]["y"])
    stroke_item = next(iter(again.scene.stroke_items.values()))
    assert [list(p) for p in stroke_item.stroke.points] == saved_strokes[0]["points"]


def test_list_keyboard_add_edit_move_delete(qtbot, make_page, store, workbook_id, monkeypatch):
    page = make_page()
    monkeypatch.setattr(page, "_ask_text", lambda *a, **k: ("Typed in the list", True))
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.model.ring_index("context"))
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    e = entries(store, workbook_id)[0]
    assert (e["ring"], e["text"]) == ("context", "Typed in the list")
    idx = page.model.entry_index(e["id"])
    assert page.tree.currentIndex() == idx
    page.model.setData(idx, "Edited in the list")
    assert entries(store, workbook_id)[0]["text"] == "Edited in the list"
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert entries(store, workbook_id)[0]["ring"] == "needs"
    assert page.model.ring_of(page.tree.currentIndex()) == "needs"
    # Selection follows from the list to the canvas.
    assert page.scene.selected_entry_ids() == [e["id"]]
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert entries(store, workbook_id) == []
    page.undo_stack.undo()
    assert entries(store, workbook_id)[0]["ring"] == "needs"


def test_core_belief_panel_colour_and_theme_list(
    qtbot, make_page, store, workbook_id, monkeypatch, tmp_path
) -> None:
    page = make_page()
    page.core.theme.setFocus()
    page.core.theme.lineEdit().setText("Growth through trusted colleagues")
    page.core.theme.lineEdit().editingFinished.emit()
    page.core.note.setText("My words")
    page.core.note.editingFinished.emit()
    center = [e for e in entries(store, workbook_id) if e["ring"] == "center"]
    assert [(e["text"], e["note"]) for e in center] == [
        ("Growth through trusted colleagues", "My words")
    ]

    page.scene.select_entries([center[0]["id"]])
    monkeypatch.setattr(page, "_ask_color", lambda initial: "#1d4e89")
    page.choose_color()
    assert entries(store, workbook_id)[0]["color"] == "#1d4e89"

    themes = tmp_path / "themes.txt"
    themes.write_text("# my list\nFirst theme\n\nSecond theme\nFirst theme\n", encoding="utf-8")
    monkeypatch.setattr(page, "_ask_open_file", lambda *a: themes)
    assert page.load_theme_list() == ["First theme", "Second theme"]
    items = [page.core.theme.itemText(i) for i in range(page.core.theme.count())]
    assert items[:2] == ["First theme", "Second theme"]  # the teacher's own list first
    assert items[2:] and all(t.startswith("Example: ") for t in items[2:])
    assert store.setting("circle_map.themes") == ["First theme", "Second theme"]


def test_rubric_checklist_is_saved(qtbot, make_page, store, workbook_id, part) -> None:
    page = make_page()
    assert page.guidance.checklist.count() == 6
    with qtbot.waitSignal(page.changed):
        page.guidance.checklist.item(1).setCheckState(Qt.CheckState.Checked)
    page.guidance.checklist.item(4).setCheckState(Qt.CheckState.Checked)
    # Stored as the rubric self-assessment of the Circle Map row, shared with the rubric view.
    assert store.answer(workbook_id, "rubric.circle-map") == {
        "level": None,
        "ticked": ["proficient:1", "proficient:4"],
    }
    again = make_page()
    assert again.guidance.checked() == [1, 4]


def test_accessible_names(make_page) -> None:
    page = make_page()
    assert page.view.accessibleName() == "Circle map canvas"
    assert page.tree.accessibleName() == "Circle map entries by ring"
    assert page.model.data(page.model.ring_index("needs"), Qt.ItemDataRole.AccessibleTextRole)


@pytest.fixture
def sample_page(make_page, store, workbook_id):
    store.save_map(workbook_id, entries=SAMPLE_MAP["entries"], strokes=SAMPLE_MAP["strokes"])
    return make_page()


def test_print_to_pdf_through_qprinter(sample_page, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    for page_size, landscape, expected in (
        ("letter", False, "612 x 792"),
        ("a4", True, "842 x 595"),
    ):
        sample_page.print_page, sample_page.print_landscape = page_size, landscape
        printer = sample_page.make_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        sample_page.print_to(printer, "Circle Map title line")
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert f"Page size:       {expected} pts" in info
        assert "Pages:           1" in info
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "Circle Map title line" in text
        assert "Needs" in text and "Context" in text
        assert "non-evaluative feedback" in " ".join(text.split())


def test_print_preview_paints(sample_page, monkeypatch) -> None:
    painted = []

    def fake_exec(dialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        dialog.paintRequested.connect(lambda p: painted.append(p))
        preview.updatePreview()
        return 0

    monkeypatch.setattr(sample_page, "_exec_dialog", fake_exec)
    sample_page.print_preview()
    assert painted


def test_export_png_svg_pdf_from_the_page(sample_page, tmp_path: Path, monkeypatch) -> None:
    for kind in ("png", "svg", "pdf"):
        target = tmp_path / f"map.{kind}"
        monkeypatch.setattr(sample_page, "_ask_save_file", lambda *a, t=target: t)
        assert sample_page.export_file(kind) == target
        assert target.stat().st_size > 1000
    image = QImage(str(tmp_path / "map.png"))
    assert (image.width(), image.height()) == (2550, 3300)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left


def test_zoom_and_pan(qtbot, make_page) -> None:
    page = make_page()
    view = page.view
    before = view.zoom
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(before * 1.2)
    for _ in range(4):  # zoomed in far enough that the map overflows the canvas
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(before * 1.2**5)
    center = view.viewport().rect().center()
    scroll = view.horizontalScrollBar().value()
    QTest.mousePress(view.viewport(), Qt.MouseButton.MiddleButton, pos=center)
    QTest.mouseMove(view.viewport(), center + QPoint(-60, 0))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton, pos=center + QPoint(-60, 0))
    assert view.horizontalScrollBar().value() == scroll + 60
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(before)


def test_note_from_the_list(qtbot, make_page, store, workbook_id, monkeypatch) -> None:
    page = make_page()
    eid = page.add_entry("needs", "A need")
    monkeypatch.setattr(page, "_ask_text", lambda *a: ("Staff survey, spring", True))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert store.map_entries(workbook_id)[0]["note"] == "Staff survey, spring"
    assert page.model.entry_id(page.tree.currentIndex()) == eid


def test_insert_on_the_core_belief_edits_it_and_never_replaces_it(
    qtbot, make_page, store, workbook_id, monkeypatch
) -> None:
    page = make_page()
    asked: list[object] = []
    monkeypatch.setattr(page, "_ask_text", lambda *a, **k: asked.append(a) or ("New", True))
    page.add_entry("center", "Every teacher grows with a trusted colleague")
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.model.ring_index("center"))
    for _ in range(3):
        qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert asked == []  # no "new entry" dialog for the one belief
    centre = [e for e in entries(store, workbook_id) if e["ring"] == "center"]
    assert [e["text"] for e in centre] == ["Every teacher grows with a trusted colleague"]
    # Insert opened the belief itself in the list, its words shown, ready to edit.
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert editor is not page.tree and "trusted colleague" in editor.text()
