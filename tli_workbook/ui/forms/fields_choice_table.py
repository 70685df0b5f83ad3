"""Editor of a `choice_table` (tli_workbook.fields.choice_table): a style picker that fills
the element rows of the chosen style, each with a box for the teacher's text.

Text typed under a row is kept, by row id, while the page is open: switching to another
style and back brings it back, and rows the styles share (the opener, the request) keep
their text across the switch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from tli_workbook.definitions.model import Field
from tli_workbook.fields.choice_table import rows_of
from tli_workbook.fields.registry import KINDS
from tli_workbook.ui.forms.base import FieldEditor, FormContext
from tli_workbook.ui.forms.fields_choice import ComboBox
from tli_workbook.ui.forms.fields_table import GrowingTextEdit, discard


class ChoiceTableEditor(FieldEditor):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.texts: dict[str, str] = {}
        self.choice: str | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.combo = ComboBox()
        self.combo.setAccessibleName(field.label)
        self.combo.addItem(self.tr("Choose a style\u2026"), None)
        for o in field.options:
            self.combo.addItem(o.label, o.id)
        self.combo.activated.connect(self._picked)
        lay.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeft)
        self.grid_host = QVBoxLayout()
        lay.addLayout(self.grid_host)
        self.grid: QWidget | None = None
        self.edits: dict[str, GrowingTextEdit] = {}
        self._rebuild()
        self.setFocusProxy(self.combo)

    def _picked(self, index: int) -> None:
        choice = self.combo.itemData(index)
        if choice == self.choice:
            return
        self.choice = choice
        self._rebuild()
        self.changed.emit()

    def _rebuild(self) -> None:
        if self.grid is not None:
            self.grid_host.removeWidget(self.grid)
            discard(self.grid)
        self.grid = QWidget()
        grid = QGridLayout(self.grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.edits = {}
        rows = rows_of(self.field, self.choice)
        if rows:
            grid.addWidget(QLabel(self.field.item_label), 0, 0)
            grid.addWidget(QLabel(self.field.note_label), 0, 1)
        for r, row in enumerate(rows, 1):
            label = QLabel(row.label)
            label.setWordWrap(True)
            label.setMaximumWidth(260)
            grid.addWidget(label, r, 0, Qt.AlignmentFlag.AlignTop)
            edit = GrowingTextEdit(2, 10)
            edit.setPlainText(self.texts.get(row.id, ""))
            edit.setAccessibleName(row.label)
            edit.textChanged.connect(lambda rid=row.id, e=edit: self._typed(rid, e))
            grid.addWidget(edit, r, 1)
            self.edits[row.id] = edit
        self.grid_host.addWidget(self.grid)

    def _typed(self, rid: str, edit: GrowingTextEdit) -> None:
        text = edit.toPlainText()
        if text != self.texts.get(rid, ""):
            self.texts[rid] = text
            self.changed.emit()

    def value(self) -> Any:
        return KINDS["choice_table"].normalise(
            self.field, {"choice": self.choice, "rows": self.texts}
        )

    def set_value(self, value: Any) -> None:
        v = KINDS["choice_table"].normalise(self.field, value)
        self.choice = v.get("choice") if v else None
        self.texts = dict(v.get("rows", {})) if v else {}
        index = self.combo.findData(self.choice) if self.choice else 0
        self.combo.setCurrentIndex(max(0, index))
        self._rebuild()
