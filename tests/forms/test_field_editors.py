"""Each editor on its own: value()/set_value() round trips, garbage tolerance, silence on
set_value, accessible names and keyboard reach. Editors come from the registry, built from
the all-types definition, so these tests are about the engine, not any credential."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from formkit import PDF_BYTES
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tli_workbook.fields.registry import FIELD_TYPES
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.forms.registry import EDITORS, editor_class, registered_types


class RecordingDialogs:
    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.confirm_answer = True

    def warning(self, title: str, text: str) -> None:
        self.warnings.append(text)

    def confirm(self, *_a: Any, **_k: Any) -> bool:
        return self.confirm_answer

    def open_file(self, *_a: Any, **_k: Any) -> None:
        return None


@pytest.fixture
def ctx(qtbot, store, all_types):  # type: ignore[no-untyped-def]
    wid = store.create_workbook("all-types", "Unit", False)
    store.upsert_map_entry(wid, {"id": "n1", "ring": "needs", "text": "Need one"})
    store.upsert_map_entry(wid, {"id": "c1", "ring": "context", "text": "Not a need"})
    part = all_types.part("form")
    dialogs = RecordingDialogs()
    return FormContext(store, wid, all_types, part, dialogs, {}, EDITORS)  # type: ignore[arg-type]


def make(ctx, field_id: str, qtbot):  # type: ignore[no-untyped-def]
    field = next(f for f in ctx.part.fields if f.id == field_id)
    editor = editor_class(field.type)(field, ctx)
    qtbot.addWidget(editor)
    return editor


def sample_values(store) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    sha = store.add_file(__import__("io").BytesIO(PDF_BYTES), "application/pdf")
    return {
        "name": "A short answer",
        "essay": "Some words here.",
        "when": "2025-03-14",
        "meeting": "2025-03-14T15:30",
        "count": 7,
        "ratio": 2.5,
        "colour": "green",
        "size": "m",
        "days": ["mon", "wed"],
        "skills": ["paraphrase", "summarise", {"other": "Mirror body language"}],
        "confidence": "high",
        "outreach": [  # fixed rows: every row in definition order once anything is typed
            {"_row": "parents", "channel": "mail"},
            {"_row": "staff", "how": "Staff meeting", "by": "2025-04-01", "reach": 30},
        ],
        "log": [{"what": "Kick-off", "notes": "Went well"}, {"what": "Check-in"}],
        "talks": [
            {"kind": "peer", "held_on": "2025-01-10", "notes": "Good", "steps": [{"step": "A"}]},
            {"kind": "mentor"},
        ],
        "plan": [
            {
                "level": "objective",
                "text": "Objective one",
                "cells": {"lead": "Me", "due": "2025-05-01"},
                "checks": ["specific"],
                "children": [
                    {
                        "level": "task",
                        "text": "Task",
                        "cells": {},
                        "checks": [],
                        "children": [
                            {
                                "level": "subtask",
                                "text": "Sub",
                                "cells": {},
                                "checks": [],
                                "children": [],
                            }
                        ],
                    }
                ],
            }
        ],
        "needs": ["n1", "gone"],
        "files": [{"file": sha, "name": "plan.pdf", "media_type": "application/pdf"}],
    }


def test_every_field_type_has_an_editor() -> None:
    assert set(FIELD_TYPES) <= set(registered_types())


GARBAGE = [
    None,
    0,
    -1,
    True,
    3.5,
    math.nan,
    math.inf,
    "",
    "x",
    "2025-13-45",
    [],
    {},
    [None, 1, "x", {"a": 1}, [2]],
    {"level": 5, "children": "no"},
    [{"_row": 3, "file": 5, "children": {"x": 1}, "cells": [1], "checks": "all"}],
    [[["deep"]]],
    [{"text": None, "children": [{"children": [{"children": [{"text": "too deep"}]}]}]}],
]


@pytest.mark.parametrize(
    "field_id",
    [
        "name",
        "essay",
        "when",
        "meeting",
        "count",
        "ratio",
        "colour",
        "size",
        "days",
        "skills",
        "confidence",
        "outreach",
        "log",
        "talks",
        "plan",
        "needs",
        "files",
    ],
)
def test_round_trip_garbage_and_silence(qtbot, ctx, field_id: str) -> None:
    editor = make(ctx, field_id, qtbot)
    emitted: list[int] = []
    editor.changed.connect(lambda: emitted.append(1))
    empty = editor.value()
    assert empty in (None, "", []), f"{field_id} starts with a value: {empty!r}"
    value = sample_values(ctx.store)[field_id]
    editor.set_value(value)
    assert editor.value() == value
    for junk in GARBAGE:
        editor.set_value(junk)
        json.dumps(editor.value(), allow_nan=False)  # always plain, storable data
    editor.set_value(None)
    assert editor.value() == empty
    assert emitted == [], "set_value must not look like a user edit"


def test_outline_keeps_rows_deeper_than_its_levels(qtbot, ctx) -> None:
    editor = make(ctx, "plan", qtbot)
    editor.set_value([{"text": "O", "children": [{"text": "T", "children": [
        {"text": "S", "children": [{"text": "too deep"}]}]}]}])  # fmt: skip
    task = editor.value()[0]["children"][0]
    assert [c["text"] for c in task["children"]] == ["S", "too deep"]
    assert {c["level"] for c in task["children"]} == {"subtask"}


def test_need_link_shows_current_text_and_broken_links(qtbot, ctx) -> None:
    editor = make(ctx, "needs", qtbot)
    editor.set_value(["n1", "gone", "c1"])
    assert list(editor.boxes) == ["n1"]  # only the needs ring
    assert editor.boxes["n1"].isChecked()
    assert editor.linked_texts() == ["Need one", None, None]
    assert len(editor.broken_rows) == 2


def test_date_is_empty_until_set_and_never_defaults(qtbot, ctx) -> None:
    editor = make(ctx, "when", qtbot)
    assert editor.value() is None
    assert editor.edit.text() == "No date"
    editor.set_value("2000-01-01")
    assert editor.value() == "2000-01-01"
    editor.set_value("1700-01-01")  # before Qt's range: treated as no date
    assert editor.value() is None


def test_number_keeps_out_of_range_input_and_flags_it(qtbot, ctx) -> None:
    editor = make(ctx, "count", qtbot)
    qtbot.keyClicks(editor.edit, "150")
    assert editor.value() == 150
    assert "1 to 99" in editor.note.text()
    editor.edit.clear()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Up)
    assert editor.value() == 1


def _in_calendar_popup(w: QWidget) -> bool:
    while w is not None:
        if isinstance(w, QCalendarWidget):
            return True
        w = w.parentWidget()
    return False


FOCUSABLE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


STRUCTURED = ["colour", "size", "skills", "outreach", "log", "talks", "plan", "needs", "files"]


@pytest.mark.parametrize("field_id", STRUCTURED)
def test_controls_are_named_and_reachable_by_keyboard(qtbot, ctx, field_id: str) -> None:
    editor = make(ctx, field_id, qtbot)
    editor.set_value(sample_values(ctx.store)[field_id])
    controls = [w for w in editor.findChildren(QWidget) if isinstance(w, FOCUSABLE)]
    assert controls
    for w in controls:
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QAbstractSpinBox):
            continue  # the spin box's own line edit; the box carries the name
        if _in_calendar_popup(w):
            continue  # Qt's calendar popup is its own (accessible) window
        text = w.text() if isinstance(w, QAbstractButton) else ""
        assert w.accessibleName() or text.strip(), f"unnamed {type(w).__name__} in {field_id}"
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{type(w).__name__} not tabbable"


def test_scrolling_the_page_over_a_date_or_dropdown_changes_nothing(qtbot, ctx) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    for field_id, target in (("when", "edit"), ("size", "combo")):
        editor = make(ctx, field_id, qtbot)
        editor.show()
        widget = getattr(editor, target)
        before = editor.value()
        pos = QPointF(widget.rect().center())
        wheel = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        QApplication.sendEvent(widget, wheel)
        assert editor.value() == before, field_id


def test_a_table_is_built_once_and_shows_its_stored_rows_editable(qtbot, ctx) -> None:
    """Loading a stored value into a table whose grid already has its rows fills the cells
    in; it does not build every cell a second time. The values show, and edits are saved."""
    from tli_workbook.ui.forms import fields_table

    made: list[object] = []
    original = fields_table.make_cell_editor

    def counting(*args: Any) -> Any:
        made.append(args)
        return original(*args)

    fields_table.make_cell_editor = counting  # type: ignore[assignment]
    try:
        ed = make(ctx, "outreach", qtbot)
        built = len(made)
        assert built == 2 * 4  # two fixed rows of four columns
        changes: list[bool] = []
        ed.changed.connect(lambda: changes.append(True))
        stored = [{"_row": "parents", "how": "Letters home"}, {"_row": "staff", "reach": 12}]
        ed.set_value(stored)
        assert len(made) == built
        assert changes == []  # showing a stored value is no edit
        assert ed.cells[0]["how"].value() == "Letters home"
        assert ed.cells[1]["reach"].value() == 12
        ed.cells[1]["how"].set_value("Staff meeting")
        ed.cells[1]["how"].changed.emit()
        assert changes
        rows = {r["_row"]: r for r in ed.value()}
        assert rows["staff"]["how"] == "Staff meeting" and rows["parents"]["how"] == "Letters home"
    finally:
        fields_table.make_cell_editor = original  # type: ignore[assignment]


def _stops(root: QWidget) -> list[str]:
    out: list[str] = []
    w = root.nextInFocusChain()
    while w is not None and w is not root:
        if root.isAncestorOf(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(w.accessibleName())
        w = w.nextInFocusChain()
    return out


def test_a_stored_table_shows_its_first_row_at_once_and_the_rest_on_later_turns(
    qtbot, ctx, monkeypatch
) -> None:
    """Rows beyond the first screenful are built on later turns, in their place in Tab order;
    the row the editor was built with is filled in, not built again; whatever asks for the
    cells gets them all at once."""
    from tli_workbook.ui.forms import fields_table
    from tli_workbook.ui.tasks import runner

    made: list[object] = []
    original = fields_table.make_cell_editor

    def counting(*args: Any) -> Any:
        made.append(args)
        return original(*args)

    monkeypatch.setattr(fields_table, "make_cell_editor", counting)
    stored = [{"what": f"Step {i}", "notes": f"Note {i}"} for i in range(1, 4)]

    def shown(lazy: bool) -> Any:
        monkeypatch.setattr(fields_table, "ROWS_AT_ONCE", 1 if lazy else 10_000)
        ed = make(ctx, "log", qtbot)
        ed.show()
        qtbot.waitExposed(ed)
        made.clear()
        ed.set_value(stored)
        return ed

    ed = shown(lazy=True)
    assert made == [] and ed.building()  # its one row filled in; rows 2 and 3 to come
    assert ed.value() == stored
    qtbot.waitUntil(lambda: not ed.building())
    assert len(made) == 2 * 2
    lazy_stops = _stops(ed)
    assert [c["what"].value() for c in ed.cells] == ["Step 1", "Step 2", "Step 3"]
    eager = shown(lazy=False)
    assert not eager.building()
    assert lazy_stops == _stops(eager) and len(lazy_stops) > 6
    # Asked for before they came: built at once.
    asked = shown(lazy=True)
    assert len(asked.cells) == 3 and not asked.building()
    assert runner().wait_idle()
