"""Table editor: a grid of the engine's own editors, with fixed (pre-labelled) or repeating rows.

Date, number and choice cells reuse the registry (a date column is the same DateEditor as a
date field), so they behave, validate and read aloud the same everywhere. Text cells use a
compact box that wraps and grows with its text: in a narrow column a line edit would hide
most of what was typed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Field
from tli_workbook.fields.registry import KINDS, kind_of
from tli_workbook.fields.table import ROW_KEY
from tli_workbook.fields.table import Table as TableKind
from tli_workbook.ui.forms.base import FieldEditor, FormContext
from tli_workbook.ui.forms.counter import CounterLabel
from tli_workbook.ui.forms.fields_text import KeyboardTextEdit
from tli_workbook.ui.forms.lazy import (
    LazyRows,
    chain_of,
    later,
    place_in_chain,
)

# A stored table shows this many rows at once; the rest are built one per turn of the event
# loop (a row of the sample's milestones is some twenty widgets, a first visit's longest stall).
ROWS_AT_ONCE = 1
ROWS_PER_TURN = 1


def _table_kind() -> TableKind:
    kind = KINDS["table"]
    assert isinstance(kind, TableKind)
    return kind


TABLE = _table_kind()


class GrowingTextEdit(KeyboardTextEdit):
    """A plain-text box whose height follows its text (between min and max lines).

    `single_line` makes it a wrapping short-text box: Return moves on and pasted line breaks
    become spaces, so a short answer is never hidden behind a scrolled line edit.
    """

    def __init__(
        self,
        min_lines: int = 1,
        max_lines: int = 12,
        parent: QWidget | None = None,
        single_line: bool = False,
    ) -> None:
        super().__init__(parent)
        self.min_lines, self.max_lines = min_lines, max_lines
        self.single_line = single_line
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if self.single_line and plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        text = source.text() if source.hasText() else ""
        if self.single_line:
            text = " ".join(text.split())
        # Control characters (except tab/newline) come from bad sources; drop them.
        self.insertPlainText("".join(c for c in text if c >= " " or c in "\t\n"))

    def _fit(self, *_args: Any) -> None:
        # QPlainTextEdit's document layout measures height in lines, not pixels.
        lines = int(self.document().documentLayout().documentSize().height())
        shown = max(self.min_lines, min(self.max_lines, lines))
        margins = self.contentsMargins()
        doc_margin = self.document().documentMargin()
        # contentsMargins already include the frame and the stylesheet's padding.
        h = shown * self.fontMetrics().lineSpacing() + 2 * doc_margin
        h += margins.top() + margins.bottom() + 2
        self.setFixedHeight(int(h))
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if lines > self.max_lines
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()


class CellTextEditor(FieldEditor):
    """Text inside a table cell or outline row: a box that grows with its text (wrapping, so
    nothing typed is hidden), with a counter only when the column sets a word limit."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        short = not kind_of(field).multiline
        self.max_chars = (field.max_chars or 1000) if short else None
        self.edit = GrowingTextEdit(1 if short else 2, 4 if short else 12, single_line=short)
        self.edit.setAccessibleName(field.label)
        self.edit.setPlaceholderText(field.placeholder)
        self.edit.textChanged.connect(self._on_text)
        lay.addWidget(self.edit)
        self.counter: CounterLabel | None = None
        if field.words is not None or field.bullets is not None:
            self.counter = CounterLabel(
                field.words,
                field.bullets,
                guide=field.is_guide,
                words_always=field.words_always,
            )
            lay.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignLeft)
        self._loading = False
        self.setFocusProxy(self.edit)

    def _on_text(self) -> None:
        if self.counter is not None:
            self.counter.update_for(self.edit.toPlainText())
        if not self._loading:
            self.changed.emit()

    def value(self) -> Any:
        text = self.edit.toPlainText()
        if self.max_chars is not None:
            text = " ".join(text.split("\n"))[: self.max_chars]
        return text

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.edit.setPlainText(value if isinstance(value, str) else "")
        finally:
            self._loading = False
        if self.counter is not None:
            self.counter.update_for(self.edit.toPlainText())

    def focus_editor(self) -> None:
        self.edit.setFocus()


def make_cell_editor(column: Field, ctx: FormContext, label: str) -> FieldEditor:
    """The editor for one cell; `label` names it for screen readers (e.g. "Lead, row 2")."""
    col = dataclasses.replace(column, label=label)
    if kind_of(col).prose:
        return CellTextEditor(col, ctx)
    if col.options:
        col = dataclasses.replace(col, style="dropdown")  # radios do not fit in a cell
    cls = ctx.editor_class(col.type)
    if cls is None:  # the loader allows only known column types; stay safe anyway
        return CellTextEditor(dataclasses.replace(col, type="short_text"), ctx)
    editor = cls(col, ctx)
    inner = getattr(editor, "edit", None)
    if isinstance(inner, QWidget) and editor.focusProxy() is None:
        editor.setFocusProxy(inner)
    return editor


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict)):
        return all(is_empty(v) for v in (value.values() if isinstance(value, dict) else value))
    return False


def same_value(old: Any, new: Any) -> bool:
    return old == new or (is_empty(old) and is_empty(new))


def clean_cells(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty cells so stored rows hold only what was typed."""
    return {k: v for k, v in data.items() if not is_empty(v)}


def discard(widget: QWidget) -> None:
    """Remove a widget that is being rebuilt. Its signals are blocked first: an editor that is
    only waiting for deletion must not report edits against an index that has moved on."""
    widget.hide()
    for obj in [widget, *widget.findChildren(QObject)]:
        obj.blockSignals(True)
        if isinstance(obj, QWidget):
            # Until deletion its shortcuts would clash with the rebuilt row's (same keys).
            for act in obj.actions():
                act.setEnabled(False)
    widget.deleteLater()


def tool_button(text: str, name: str, slot: Callable[[], None], tip: str = "") -> QToolButton:
    b = QToolButton()
    b.setText(text)
    b.setAccessibleName(name)
    b.setToolTip(tip or name)
    b.clicked.connect(lambda _checked=False: slot())  # `checked` must not reach the slot
    return b


class TableEditor(LazyRows, FieldEditor):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.fixed = bool(field.rows)
        self.rows: list[dict[str, Any]] = self._blank_rows()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.frame = QFrame()
        self.frame.setObjectName("tableGrid")
        self.frame.setAccessibleName(field.label)
        self.grid = QGridLayout(self.frame)
        self.grid.setContentsMargins(8, 6, 8, 8)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        lay.addWidget(self.frame)
        self.add_btn: QPushButton | None = None
        if not self.fixed:
            bar = QHBoxLayout()
            self.add_btn = QPushButton(self.tr("+ Add row"))
            self.add_btn.setAccessibleName(
                self.tr("Add a row to {label}").format(label=field.label)
            )
            self.add_btn.clicked.connect(lambda: self.add_row())
            bar.addWidget(self.add_btn)
            bar.addStretch(1)
            lay.addLayout(bar)
        self._cells: list[dict[str, FieldEditor]] = []
        self._row_buttons: list[dict[str, QToolButton]] = []
        self._pending: list[int] = []  # rows still to be built, in order
        self._generation = 0  # which rebuild a queued row belongs to
        self._tail: QWidget | None = None  # the last Tab stop of the rows built so far
        self._rebuild()

    @property
    def cells(self) -> list[dict[str, FieldEditor]]:
        """Each row's cell editors by column (rows still to come are built first)."""
        self.finish_building()
        return self._cells

    @property
    def row_buttons(self) -> list[dict[str, QToolButton]]:
        self.finish_building()
        return self._row_buttons

    def _build_late(self, item: Any) -> None:
        self._add_row(item, late=True)

    def focus_tail(self) -> QWidget | None:
        """The last Tab stop of this editor (its last row's last one)."""
        self.finish_building()
        return self._tail

    # ----- model -----------------------------------------------------------------------------

    def _blank_rows(self) -> list[dict[str, Any]]:
        if self.fixed:
            return [{} for _ in self.field.rows]
        return [{} for _ in range(max(self.field.min_rows, 1))]

    def value(self) -> Any:
        if self.fixed:
            # Every fixed row, in definition order, so readers that go by position still find
            # the right row; nothing at all when nothing was typed.
            rows = [clean_cells(d) for d in self.rows]
            if not any(rows):
                return []
            pairs = zip(self.field.rows, rows, strict=True)
            return [{ROW_KEY: r.id, **cells} for r, cells in pairs]
        return [c for c in (clean_cells(d) for d in self.rows) if c]

    def set_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else []
        col_ids = {c.id for c in self.field.columns}

        def cells_of(item: Any) -> dict[str, Any]:
            if not isinstance(item, dict):
                return {}
            return {k: v for k, v in item.items() if k in col_ids}

        if self.fixed:
            # Rows are found by their id, the way every reader finds them (fields.table).
            self.rows = TABLE.fixed_rows(self.field, value)
        else:
            # Rows beyond max_rows (an edited definition) are kept: nothing typed is dropped.
            self.rows = [cells_of(i) for i in items if isinstance(i, dict)]
            while len(self.rows) < max(self.field.min_rows, 1):
                self.rows.append({})
        built = len(self._cells)
        if self._pending or built > len(self.rows):
            self._rebuild(lazy=True)
            return
        # The grid built with the editor has its first rows already (a fixed table has all
        # of them): they are filled in rather than built a second time (half the first visit
        # of a page with a table), and only the rows beyond them are added.
        self._fill()
        if built < len(self.rows):
            for r, buttons in enumerate(self._row_buttons):  # no longer the last rows
                buttons["down"].setEnabled(r < len(self.rows) - 1)
            self._add_rows(range(built, len(self.rows)), lazy=True)

    def _fill(self) -> None:
        for data, editors in zip(self.rows, self._cells, strict=False):
            for column, editor in editors.items():
                editor.blockSignals(True)  # showing a stored value is no edit
                try:
                    editor.set_value(data.get(column))
                finally:
                    editor.blockSignals(False)

    # ----- user actions ----------------------------------------------------------------------

    def add_row(self, after: int | None = None) -> None:
        if self.fixed or not self._can_add():
            return
        at = len(self.rows) if after is None else after + 1
        self.rows.insert(at, {})
        self._rebuild()
        self.changed.emit()
        self._focus_cell(at)

    def remove_row(self, index: int) -> None:
        if self.fixed or not 0 <= index < len(self.rows):
            return
        if clean_cells(self.rows[index]) and not self.ctx.dialogs.confirm(
            self.tr("Remove row"),
            self.tr("Remove row {number} and what it contains?").format(number=index + 1),
            self.tr("Remove"),
        ):
            return
        del self.rows[index]
        self._rebuild()
        self.changed.emit()
        if self.rows:
            self._focus_button(min(index, len(self.rows) - 1), "remove")
        elif self.add_btn is not None:
            self.add_btn.setFocus()

    def move_row(self, index: int, delta: int) -> None:
        target = index + delta
        if self.fixed or not (0 <= index < len(self.rows) and 0 <= target < len(self.rows)):
            return
        self.rows[index], self.rows[target] = self.rows[target], self.rows[index]
        self._rebuild()
        self.changed.emit()
        self._focus_button(target, "up" if delta < 0 else "down")

    def _can_add(self) -> bool:
        return self.field.max_rows is None or len(self.rows) < self.field.max_rows

    def _cell_changed(self, row: int, column: str, editor: FieldEditor) -> None:
        if row >= len(self._cells) or self._cells[row].get(column) is not editor:
            return  # a cell of a grid that has been rebuilt
        value = editor.value()
        if same_value(self.rows[row].get(column), value):
            return  # e.g. a re-highlight, not an edit
        self.rows[row][column] = value
        self.changed.emit()

    # ----- view ------------------------------------------------------------------------------

    def _rebuild(self, lazy: bool = False) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            w = taken.widget() if taken is not None else None
            if w is not None:
                discard(w)
        self._cells, self._row_buttons = [], []
        self._pending, self._tail = [], None
        self._generation += 1
        cols = self.field.columns
        first = 1  # column 0 holds the row label or number
        for c, col in enumerate(cols):
            head = QLabel(col.label)
            head.setObjectName("tableHeader")
            head.setWordWrap(True)
            head.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            self.grid.addWidget(head, 0, first + c)
            head.show()
            stretch = {"long_text": 3, "short_text": 2, "choice": 2}.get(col.type, 0)
            self.grid.setColumnStretch(first + c, stretch)
        self._add_rows(range(len(self.rows)), lazy)
        if not self.fixed and not self.rows:
            empty = QLabel(self.tr("No rows yet. Use “+ Add row” to start."))
            empty.setObjectName("fieldHelp")
            self.grid.addWidget(empty, 1, 0, 1, first + len(cols))
            empty.show()
        if self.add_btn is not None:
            self.add_btn.setEnabled(self._can_add())

    def _add_rows(self, rows: range, lazy: bool) -> None:
        """Build these rows (the next ones of the grid); with `lazy`, those beyond the first
        screenful come on later turns."""
        now = rows[: max(0, ROWS_AT_ONCE - rows.start)] if lazy else rows
        for r in now:
            self._add_row(r, late=False)
        self._pending = list(rows[len(now) :])
        if self._pending:
            later(self._build_some, self._generation)

    def _build_some(self, generation: int) -> None:
        if generation != self._generation:
            return  # rebuilt since: those rows are gone
        for _ in range(min(ROWS_PER_TURN, len(self._pending))):
            self._add_row(self._pending.pop(0), late=True)
        if self._pending:
            later(self._build_some, generation)

    def _add_row(self, r: int, late: bool) -> None:
        cols = self.field.columns
        first = 1  # column 0 holds the row label or number
        data = self.rows[r]
        row_name = (
            self.field.rows[r].label if self.fixed else self.tr("row {number}").format(number=r + 1)
        )
        tag = QLabel(self.field.rows[r].label if self.fixed else f"{r + 1}")
        tag.setObjectName("rowLabel" if self.fixed else "rowNumber")
        tag.setWordWrap(True)
        if self.fixed:
            tag.setMaximumWidth(180)
        self.grid.addWidget(tag, r + 1, 0, Qt.AlignmentFlag.AlignTop)
        tag.show()
        placed: list[QWidget] = []
        editors: dict[str, FieldEditor] = {}
        for c, col in enumerate(cols):
            ed = make_cell_editor(col, self.ctx, f"{col.label}, {row_name}")
            ed.set_value(data.get(col.id))
            ed.changed.connect(lambda r=r, k=col.id, e=ed: self._cell_changed(r, k, e))
            self.grid.addWidget(ed, r + 1, first + c, Qt.AlignmentFlag.AlignTop)
            ed.show()
            editors[col.id] = ed
            placed.append(ed)
        self._cells.append(editors)
        if not self.fixed:
            buttons = self._row_actions(r, first + len(cols))
            self._row_buttons.append(buttons)
            box = next(iter(buttons.values())).parentWidget()
            if box is not None:
                placed.append(box)
        stops = [s for w in placed for s in _stops(w)]
        if late:  # after the rows before it, not at the end of the window's Tab chain
            self._tail = place_in_chain(self._tail or self.add_btn, stops)
        elif stops:
            self._tail = stops[-1]

    def _row_actions(self, r: int, column: int) -> dict[str, QToolButton]:
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        n = r + 1
        buttons = {
            "up": tool_button(
                "↑", self.tr("Move row {number} up").format(number=n), lambda: self.move_row(r, -1)
            ),
            "down": tool_button(
                "↓", self.tr("Move row {number} down").format(number=n), lambda: self.move_row(r, 1)
            ),
            "remove": tool_button(
                "✕", self.tr("Remove row {number}").format(number=n), lambda: self.remove_row(r)
            ),
        }
        buttons["up"].setEnabled(r > 0)
        buttons["down"].setEnabled(r < len(self.rows) - 1)
        for b in buttons.values():
            lay.addWidget(b)
        self.grid.addWidget(box, r + 1, column, Qt.AlignmentFlag.AlignTop)
        box.show()
        return buttons

    def _focus_cell(self, row: int) -> None:
        cells = self.cells
        if 0 <= row < len(cells) and cells[row]:
            next(iter(cells[row].values())).focus_editor()

    def _focus_button(self, row: int, which: str) -> None:
        btn = self.row_buttons[row][which] if 0 <= row < len(self.row_buttons) else None
        if btn is not None and btn.isEnabled():
            btn.setFocus()
        else:
            self._focus_cell(row)

    def focus_editor(self) -> None:
        self._focus_cell(0)


def _stops(widget: QWidget) -> list[QWidget]:
    """The Tab stops of a widget just added to its window: itself if it takes focus, then
    its own."""
    own = [widget] if widget.focusPolicy() != Qt.FocusPolicy.NoFocus else []
    return own + chain_of(widget)
