"""Editors for fields several partners fill at once (tli_workbook.fields.partners).

The partners' names are typed once, in a row of boxes at the top; the grid below has one
column per partner. `agreement` shows a box per partner for each item and marks the items
every partner ticked; `signoff` has a notes box and one initials box per partner per row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Field
from tli_workbook.fields.partners import MAX_INITIALS, MAX_PARTNERS, partner_label, partners_of
from tli_workbook.fields.registry import KINDS
from tli_workbook.ui.forms.base import FieldEditor, FormContext
from tli_workbook.ui.forms.fields_table import GrowingTextEdit, discard, tool_button

START_PARTNERS = 2  # a new copy starts with two partners (district and association)


class _PartnersEditor(FieldEditor):
    """Partner names above a grid that has one column per partner."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.names: list[str] = [""] * START_PARTNERS
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Partners:")))
        self.name_box = QHBoxLayout()
        bar.addLayout(self.name_box, 1)
        self.add_btn = tool_button(self.tr("+ Partner"), self.tr("Add a partner"), self.add_partner)
        self.remove_btn = tool_button(
            self.tr("\u2212 Partner"), self.tr("Remove the last partner"), self.remove_partner
        )
        bar.addWidget(self.add_btn)
        bar.addWidget(self.remove_btn)
        lay.addLayout(bar)
        self.grid_host = QWidget()
        lay.addWidget(self.grid_host)
        self.name_edits: list[QLineEdit] = []
        self.grid: QWidget | None = None
        self._rebuild()

    # ----- partners

    def add_partner(self) -> None:
        if len(self.names) >= MAX_PARTNERS:
            return
        self.names.append("")
        self._grow(len(self.names) - 1)
        self._rebuild()
        self.name_edits[-1].setFocus()
        self.changed.emit()

    def remove_partner(self) -> None:
        if len(self.names) <= 1:
            return
        self.names.pop()
        self._shrink(len(self.names))
        self._rebuild()
        self.changed.emit()

    def _named(self, i: int, text: str) -> None:
        self.names[i] = text
        self._relabel()
        self.changed.emit()

    def _rebuild(self) -> None:
        while self.name_box.count():
            item = self.name_box.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                discard(old)
        self.name_edits = []
        for i, name in enumerate(self.names):
            edit = QLineEdit(name)
            edit.setMaxLength(60)
            edit.setPlaceholderText(self.tr("Partner %1").replace("%1", str(i + 1)))
            edit.setAccessibleName(self.tr("Name of partner %1").replace("%1", str(i + 1)))
            edit.textEdited.connect(lambda t, i=i: self._named(i, t))
            self.name_box.addWidget(edit)
            self.name_edits.append(edit)
        self.add_btn.setEnabled(len(self.names) < MAX_PARTNERS)
        self.remove_btn.setEnabled(len(self.names) > 1)
        if self.grid is not None:
            discard(self.grid)
        self.grid = self._build_grid()
        host = self.grid_host.layout() or QVBoxLayout(self.grid_host)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.grid)

    # ----- for subclasses

    def _grow(self, index: int) -> None: ...

    def _shrink(self, count: int) -> None: ...

    def _build_grid(self) -> QWidget:
        raise NotImplementedError

    def _relabel(self) -> None: ...


class AgreementEditor(_PartnersEditor):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        self.ticks: dict[str, set[int]] = {}
        self.boxes: dict[str, list[QCheckBox]] = {}
        self.marks: dict[str, QLabel] = {}
        self.headers: list[QLabel] = []
        super().__init__(field, ctx, parent)

    def _shrink(self, count: int) -> None:
        for who in self.ticks.values():
            who.discard(count)

    def _build_grid(self) -> QWidget:
        grid_w = QWidget()
        grid = QGridLayout(grid_w)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(0, 1)
        self.headers = []
        for i in range(len(self.names)):
            h = QLabel()
            h.setObjectName("fieldHelp")
            grid.addWidget(h, 0, i + 1, Qt.AlignmentFlag.AlignCenter)
            self.headers.append(h)
        grid.addWidget(QLabel(self.tr("All agree")), 0, len(self.names) + 1)
        self.boxes, self.marks = {}, {}
        for r, item in enumerate(self.field.options, 1):
            text = QLabel(item.label)
            text.setWordWrap(True)
            grid.addWidget(text, r, 0)
            row = []
            for i in range(len(self.names)):
                box = QCheckBox()
                box.setChecked(i in self.ticks.get(item.id, set()))
                box.clicked.connect(lambda on, k=item.id, i=i: self._tick(k, i, on))
                grid.addWidget(box, r, i + 1, Qt.AlignmentFlag.AlignCenter)
                row.append(box)
            self.boxes[item.id] = row
            mark = QLabel()
            mark.setObjectName("agreedMark")
            grid.addWidget(mark, r, len(self.names) + 1, Qt.AlignmentFlag.AlignCenter)
            self.marks[item.id] = mark
        self._relabel()
        return grid_w

    def _relabel(self) -> None:
        for i, h in enumerate(self.headers):
            h.setText(partner_label(self.names, i))
        for item in self.field.options:
            row = self.boxes.get(item.id, [])
            for i, box in enumerate(row):
                box.setAccessibleName(f"{item.label}: {partner_label(self.names, i)}")
            agreed = self.is_agreed(item.id)
            self.marks[item.id].setText("\u2713" if agreed else "")
            self.marks[item.id].setAccessibleName(
                self.tr("Agreed by all") if agreed else self.tr("Not yet agreed by all")
            )

    def _tick(self, item_id: str, who: int, on: bool) -> None:
        who_set = self.ticks.setdefault(item_id, set())
        (who_set.add if on else who_set.discard)(who)
        self._relabel()
        self.changed.emit()

    def is_agreed(self, item_id: str) -> bool:
        n = len(self.names)
        return n > 0 and set(range(n)) <= self.ticks.get(item_id, set())

    def value(self) -> Any:
        return KINDS["agreement"].normalise(
            self.field,
            {
                "partners": self.names,
                "ticks": {k: sorted(v) for k, v in self.ticks.items()},
            },
        )

    def set_value(self, value: Any) -> None:
        v = KINDS["agreement"].normalise(self.field, value)
        names = partners_of(v) if v else []
        self.names = names + [""] * max(0, START_PARTNERS - len(names))
        self.ticks = {k: set(w) for k, w in v.get("ticks", {}).items()} if v else {}
        self._rebuild()


class SignoffEditor(_PartnersEditor):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        self.rows: dict[str, dict[str, Any]] = {}
        self.notes: dict[str, GrowingTextEdit] = {}
        self.initials: dict[str, list[QLineEdit]] = {}
        self.headers: list[QLabel] = []
        super().__init__(field, ctx, parent)

    def _row(self, rid: str) -> dict[str, Any]:
        return self.rows.setdefault(rid, {"note": "", "initials": []})

    def _shrink(self, count: int) -> None:
        for r in self.rows.values():
            r["initials"] = r["initials"][:count]

    def _build_grid(self) -> QWidget:
        grid_w = QWidget()
        grid = QGridLayout(grid_w)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(0, 2)
        notes = bool(self.field.note_label)
        first = 2 if notes else 1
        if notes:
            grid.setColumnStretch(1, 3)
            grid.addWidget(QLabel(self.field.note_label), 0, 1)
        self.headers = []
        for i in range(len(self.names)):
            h = QLabel()
            h.setObjectName("fieldHelp")
            grid.addWidget(h, 0, first + i, Qt.AlignmentFlag.AlignCenter)
            self.headers.append(h)
        self.notes, self.initials = {}, {}
        for r, row in enumerate(self.field.rows, 1):
            data = self._row(row.id)
            text = QLabel(row.label)
            text.setWordWrap(True)
            grid.addWidget(text, r, 0, Qt.AlignmentFlag.AlignTop)
            if notes:
                note = GrowingTextEdit(2, 8)
                note.setPlainText(data["note"])
                note.setAccessibleName(f"{row.label}: {self.field.note_label}")
                note.textChanged.connect(lambda rid=row.id, n=note: self._noted(rid, n))
                grid.addWidget(note, r, 1, Qt.AlignmentFlag.AlignTop)
                self.notes[row.id] = note
            boxes = []
            for i in range(len(self.names)):
                edit = QLineEdit(data["initials"][i] if i < len(data["initials"]) else "")
                edit.setMaxLength(MAX_INITIALS)
                edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("MMMMM") + 16)
                edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
                edit.textEdited.connect(lambda t, rid=row.id, i=i: self._initialled(rid, i, t))
                grid.addWidget(edit, r, first + i, Qt.AlignmentFlag.AlignTop)
                boxes.append(edit)
            self.initials[row.id] = boxes
        self._relabel()
        return grid_w

    def _relabel(self) -> None:
        for i, h in enumerate(self.headers):
            h.setText(partner_label(self.names, i))
        for row in self.field.rows:
            for i, edit in enumerate(self.initials.get(row.id, [])):
                edit.setAccessibleName(
                    self.tr("%1: initials of %2")
                    .replace("%1", row.label)
                    .replace("%2", partner_label(self.names, i))
                )

    def _noted(self, rid: str, note: GrowingTextEdit) -> None:
        text = note.toPlainText()
        if text != self._row(rid)["note"]:
            self._row(rid)["note"] = text
            self.changed.emit()

    def _initialled(self, rid: str, who: int, text: str) -> None:
        initials = self._row(rid)["initials"]
        initials.extend([""] * (who + 1 - len(initials)))
        initials[who] = text
        self.changed.emit()

    def value(self) -> Any:
        n = len(self.names)
        rows = {
            rid: {"note": r["note"], "initials": (r["initials"] + [""] * n)[:n]}
            for rid, r in self.rows.items()
        }
        return KINDS["signoff"].normalise(self.field, {"partners": self.names, "rows": rows})

    def set_value(self, value: Any) -> None:
        v = KINDS["signoff"].normalise(self.field, value)
        names = partners_of(v) if v else []
        self.names = names + [""] * max(0, START_PARTNERS - len(names))
        self.rows = {
            rid: {"note": r.get("note", ""), "initials": list(r.get("initials", []))}
            for rid, r in (v.get("rows", {}) if v else {}).items()
        }
        self._rebuild()
