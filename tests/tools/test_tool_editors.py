"""The guidebook tools' behaviours in the real editors, on the real tool definitions: the
invitation style picker, partners' ticks and initials, the fill-in letter, the section timer
and Yes/No branches inside a repeating group; and bad definitions refused by name."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from tli_workbook.definitions.tools import default_tools, parse_tool
from tli_workbook.definitions.yamlnode import DefinitionError
from tli_workbook.fields.registry import KINDS
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.forms.registry import EDITORS

GARBAGE: list[Any] = [None, 0, True, "x", [], {}, [1, "a"], {"partners": "x", "ticks": [1]},
                      {"choice": 5, "rows": []}, {"partners": [None, 3], "rows": {"pledge": 1}},
                      {"to": ["x"], "topic": {"a": 1}}]  # fmt: skip


class Dialogs:
    def warning(self, *_a: Any) -> None: ...

    def confirm(self, *_a: Any, **_k: Any) -> bool:
        return True


def editor_for(qtbot, store, catalog, tool_id: str, field_id: str):  # type: ignore[no-untyped-def]
    tool = default_tools().get(tool_id)
    cred = next(iter(catalog))
    wid = store.create_workbook(cred.id, "Tools", False)
    ctx = FormContext(store, wid, cred, tool.part, Dialogs(), {}, EDITORS)  # type: ignore[arg-type]
    field = next(f for f in tool.part.fields if f.id == field_id)
    editor = EDITORS[field.type](field, ctx)
    qtbot.addWidget(editor)
    return field, editor


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


@pytest.mark.parametrize(
    ("tool_id", "field_id"),
    [
        ("extending-the-invitation", "invitation"),
        ("collaborative-attributes-commitment-list", "attributes"),
        ("building-a-strong-partnership", "components"),
        ("sample-joint-letter-memo", "letter"),
    ],
)
def test_new_editors_tolerate_garbage_and_stay_silent(
    qtbot, store, catalog, tool_id: str, field_id: str
) -> None:
    field, editor = editor_for(qtbot, store, catalog, tool_id, field_id)
    emitted: list[int] = []
    editor.changed.connect(lambda: emitted.append(1))
    assert editor.value() == {}
    for junk in GARBAGE:
        editor.set_value(junk)
        value = editor.value()
        json.dumps(value, allow_nan=False)
        assert KINDS[field.type].normalise(field, value) == value
    editor.set_value(None)
    assert editor.value() == {} and emitted == []


def test_the_style_picker_fills_the_chosen_styles_elements(qtbot, store, catalog) -> None:
    field, editor = editor_for(qtbot, store, catalog, "extending-the-invitation", "invitation")
    editor.show()
    editor.combo.setFocus()
    for _ in range(5):  # down to Monroe's Motivated Sequence, as a person would
        qtbot.keyClick(editor.combo, Qt.Key.Key_Down)
    assert editor.combo.currentText() == "Monroe's Motivated Sequence"
    assert list(editor.edits) == ["opener", "need", "solution", "visualization", "request"]
    qtbot.keyClicks(editor.edits["need"], "Too few mentors")
    qtbot.keyClicks(editor.edits["request"], "Meet on Friday?")
    qtbot.keyClick(editor.combo, Qt.Key.Key_Up)  # Compare/Contrast: no "need" row
    assert list(editor.edits) == ["opener", "contrast", "path", "request"]
    assert editor.edits["request"].toPlainText() == "Meet on Friday?"
    assert editor.value() == {"choice": "compare_contrast", "rows": {"request": "Meet on Friday?"}}
    qtbot.keyClick(editor.combo, Qt.Key.Key_Down)  # back: the need comes back too
    assert editor.edits["need"].toPlainText() == "Too few mentors"


def test_an_attribute_counts_only_when_every_partner_ticks_it(qtbot, store, catalog) -> None:
    field, editor = editor_for(
        qtbot, store, catalog, "collaborative-attributes-commitment-list", "attributes"
    )
    editor.show()
    qtbot.keyClicks(editor.name_edits[0], "District")
    qtbot.keyClicks(editor.name_edits[1], "Association")
    click(qtbot, editor.add_btn)
    qtbot.keyClicks(editor.name_edits[2], "Parents")
    for who in range(3):
        click(qtbot, editor.boxes["awareness"][who])
    click(qtbot, editor.boxes["reliability"][0])
    click(qtbot, editor.boxes["reliability"][1])
    kind = KINDS["agreement"]
    assert kind.agreed(field, editor.value()) == ["awareness"]  # type: ignore[attr-defined]
    assert editor.marks["awareness"].text() == "\u2713" and not editor.marks["reliability"].text()
    click(qtbot, editor.remove_btn)  # Parents leave: reliability is now agreed by all
    assert kind.agreed(field, editor.value()) == ["awareness", "reliability"]  # type: ignore[attr-defined]
    assert editor.value()["partners"] == ["District", "Association"]


def test_initials_per_partner_sign_off_a_row(qtbot, store, catalog) -> None:
    field, editor = editor_for(qtbot, store, catalog, "building-a-strong-partnership", "components")
    editor.show()
    qtbot.keyClicks(editor.name_edits[0], "Supt. Diaz")
    qtbot.keyClicks(editor.name_edits[1], "Pres. Okafor")
    qtbot.keyClicks(editor.initials["pledge"][0], "JD")
    kind = KINDS["signoff"]
    assert kind.signed(field, editor.value()) == []  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.initials["pledge"][1], "MO")
    assert kind.signed(field, editor.value()) == ["pledge"]  # type: ignore[attr-defined]
    stored = editor.value()
    again = EDITORS["signoff"](field, editor.ctx)
    qtbot.addWidget(again)
    again.set_value(stored)
    assert again.initials["pledge"][1].text() == "MO" and again.value() == stored


def test_the_letter_fills_in_as_it_is_typed(qtbot, store, catalog) -> None:
    field, editor = editor_for(qtbot, store, catalog, "sample-joint-letter-memo", "letter")
    editor.show()
    assert "[Partner 1]" in editor.preview_text()
    qtbot.keyClicks(editor.editors["partner1"].edit, "Riverside Unified")
    qtbot.keyClicks(editor.editors["partner2"].edit, "Riverside Education Association")
    text = editor.preview_text()
    assert "On behalf of Riverside Unified and Riverside Education Association" in text
    assert text.rstrip().endswith("Riverside Unified and Riverside Education Association")


def test_a_timed_section_counts_down_and_stores_nothing(qtbot, store, catalog) -> None:
    field, editor = editor_for(qtbot, store, catalog, "lessons-learned", "results_heading")
    editor.show()
    assert field.minutes == 20 and editor.clock.text() == "20:00"
    assert editor.clock.isVisible() and editor.start_btn.isVisible()
    click(qtbot, editor.start_btn)
    assert editor.timer.isActive() and editor.start_btn.text() == "Pause timer"
    for _ in range(3):
        editor.tick()  # what the running timer calls each second
    assert editor.clock.text() == "19:57"
    click(qtbot, editor.start_btn)
    assert not editor.timer.isActive() and editor.start_btn.text() == "Resume timer"
    click(qtbot, editor.reset_btn)
    assert editor.clock.text() == "20:00" and editor.value() is None
    _plain, info = editor_for(qtbot, store, catalog, "lessons-learned", "norms")
    assert info.timer is None


def test_yes_no_branches_inside_each_structure(qtbot, store, catalog) -> None:
    field, editor = editor_for(
        qtbot, store, catalog, "sustaining-collaborative-structures", "structures"
    )
    editor.show()
    card = editor.editors[0]
    assert not any(card[k].isVisibleTo(editor) for k in ("changes_impact", "scale", "can_change"))
    click(qtbot, card["sustainable"].radios.buttons["no"])
    assert card["can_change"].isVisibleTo(editor) and not card["scale"].isVisibleTo(editor)
    qtbot.keyClicks(card["can_change"].edit, "Meet monthly, not weekly")
    click(qtbot, card["sustainable"].radios.buttons["yes"])
    assert card["scale"].isVisibleTo(editor) and not card["can_change"].isVisibleTo(editor)
    value = editor.value()
    assert value[0]["can_change"] == "Meet monthly, not weekly"  # kept, not shown
    kind = KINDS["group"]
    problems = [i for i in kind.items("t", field, "t.structures", value, None) if not i.ok]  # type: ignore[arg-type]
    # The branch taken asks for its answers; the hidden one asks nothing.
    assert problems and all("Sustainable" not in i.detail for i in problems)
    assert "Can you make changes" not in " ".join(i.detail for i in problems)
    assert "Changes needed" in " ".join(i.detail for i in problems)


BASE = {
    "format": 1, "id": "x-tool", "number": 40, "title": "X", "stage": "act", "chapter": 7,
    "chapter_title": "C", "purpose": "P", "source": "S",
}  # fmt: skip


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            [{"id": "a", "type": "long_text", "label": "A",
              "show_if": {"field": "b", "value": "y"}}],
            "show_if.field: 'b' is not another field here",
        ),
        (
            [
                {"id": "b", "type": "choice", "label": "B", "options": [{"id": "y", "label": "Y"}]},
                {"id": "a", "type": "long_text", "label": "A",
                 "show_if": {"field": "b", "value": "n"}},
            ],
            "fields[1].show_if: 'n' is not an option of 'b'",
        ),
        (
            [{"id": "l", "type": "letter", "label": "L", "template": "Dear {to}",
              "fields": [{"id": "too", "type": "short_text", "label": "T"}]}],
            "template: {to} is not one of the letter's fields",
        ),
        (
            [{"id": "c", "type": "choice_table", "label": "C",
              "options": [{"id": "a", "label": "A", "rows": []}]}],
            "each option needs at least one row",
        ),
        (
            [{"id": "s", "type": "signoff", "label": "S", "rows": []}],
            "needs at least one row",
        ),
    ],
)  # fmt: skip
def test_bad_tool_definitions_are_refused_by_name(fields: list, message: str) -> None:
    with pytest.raises(DefinitionError) as err:
        parse_tool({**BASE, "fields": fields}, "tools/x-tool.yaml")
    assert message in str(err.value)


def test_a_project_plan_task_can_be_a_milestone(qtbot, store, catalog) -> None:
    field, editor = editor_for(qtbot, store, catalog, "project-plan", "plan")
    editor.show()
    qtbot.keyClicks(editor.rows[(0,)].text, "90% find PD helpful")
    qtbot.mouseClick(editor.rows[(0,)].child_btn, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.rows[(0, 0)].text, "Identify PD needs")
    qtbot.mouseClick(editor.rows[(0, 0)].child_btn, Qt.MouseButton.LeftButton)
    task = editor.rows[(0, 0, 0)]
    qtbot.keyClicks(task.text, "Needs findings published")
    qtbot.keyClicks(task.cells["lead"].edit, "JP")
    assert list(task.checks) == ["_milestone"] and task.checks["_milestone"].text() == "Milestone"
    assert not editor.rows[(0,)].checks  # goals are never milestones
    click(qtbot, task.checks["_milestone"])
    value = editor.value()
    assert value[0]["children"][0]["children"][0]["checks"] == ["_milestone"]
    assert KINDS["outline"].normalise(field, value) == value
    (grid,) = KINDS["outline"].blocks(field, value, None, 2)  # type: ignore[arg-type]
    labels = [r[0].text for r in grid.rows]  # type: ignore[union-attr]
    assert labels[-1] == "Milestone 1.1.1: Needs findings published"
