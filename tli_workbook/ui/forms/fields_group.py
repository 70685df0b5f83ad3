"""Group editor: a repeating group of sub-fields (e.g. a log of planning conversations).

Each item renders its sub-fields with the same registry editors a page uses. When the
definition states `coverage` (e.g. "at least one peer, one mentor, one online"), a live
indicator above the items shows which kinds are present.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Field
from tli_workbook.fields.registry import kind_of
from tli_workbook.ui import theme
from tli_workbook.ui.forms.base import FieldEditor, FormContext, mnemonic_label
from tli_workbook.ui.forms.branches import wire_branches
from tli_workbook.ui.forms.fields_table import clean_cells, discard, same_value, tool_button

# Short answers sit side by side inside an item; everything else takes the full width.
SHORT_TEXT_COMPACT_CHARS = 100  # a short text this short fits beside others


def is_compact(field: Field) -> bool:
    kind = kind_of(field)
    if kind.prose:
        limit = field.max_chars
        return kind.compact and limit is not None and limit <= SHORT_TEXT_COMPACT_CHARS
    return kind.compact


COMPACT_PER_ROW = 3


def field_label(field: Field) -> QLabel:
    # The label is its editor's buddy: "&" shows as itself, "3. ..." gets Alt+3.
    label = QLabel(mnemonic_label(field.label) + ("  *" if field.required else ""))
    label.setObjectName("fieldLabel")
    label.setWordWrap(True)
    return label


def labelled(field: Field, editor: QWidget, parent: QWidget | None = None) -> QWidget:
    """An editor under its label, help line and prompts (editors that own their label are
    returned as they are). Made in `parent` (the form it goes into), the box and its label
    are styled once, not again when the box is placed."""
    if getattr(editor, "owns_label", False):
        return editor
    box = QWidget(parent)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(4)
    label = field_label(field)
    lay.addWidget(label)
    for text in (field.help, " ".join(field.prompts)):
        if text:
            h = QLabel(text)
            h.setObjectName("fieldHelp")
            h.setWordWrap(True)
            lay.addWidget(h)
    lay.addWidget(editor)
    label.setBuddy(editor.focusProxy() or editor)
    return box


def lay_out_fields(
    layout: QVBoxLayout, pairs: list[tuple[Field, FieldEditor]], per_row: int
) -> None:
    """Add labelled editors to `layout`: short answers (dates, numbers, choices) side by side,
    up to `per_row` in a row; everything else full width."""
    fields = FieldLayout(layout, per_row)
    for field, editor in pairs:
        fields.add(field, editor)
    fields.close()


class FieldLayout:
    """`lay_out_fields` one field at a time, for a page built over several turns of the event
    loop: `add` returns the boxes it placed in the layout (a short answer waits for the
    others of its row), `close` places the last row."""

    def __init__(self, layout: QVBoxLayout, per_row: int) -> None:
        self.layout = layout
        self.per_row = per_row
        self.row: list[QWidget] = []
        self.pairs: list[tuple[Field, FieldEditor]] = []
        self.wrappers: dict[str, QWidget] = {}
        self._placed: set[str] = set()
        self._wired: set[str] = set()

    def add(self, field: Field, editor: FieldEditor) -> list[QWidget]:
        self.pairs.append((field, editor))
        box = self.wrappers[field.id] = labelled(field, editor, self.layout.parentWidget())
        if is_compact(field) and not editor.owns_label:
            self.row.append(box)
            return self._flush() if len(self.row) == self.per_row else []
        placed = self._flush()
        self.layout.addWidget(box)
        return self._placed_now([*placed, box])

    def add_widget(self, widget: QWidget) -> list[QWidget]:
        """A full-width widget that is no editor (a note)."""
        placed = self._flush()
        self.layout.addWidget(widget)
        return self._placed_now([*placed, widget])

    def close(self) -> list[QWidget]:
        return self._flush()

    def _flush(self) -> list[QWidget]:
        if not self.row:
            return []
        line = QHBoxLayout()
        line.setSpacing(20)
        for w in self.row:
            line.addWidget(w, 1, Qt.AlignmentFlag.AlignTop)
        for _ in range(self.per_row - len(self.row)):
            line.addStretch(1)  # a short last row keeps the same column widths
        self.layout.addLayout(line)
        placed, self.row = self.row, []
        return self._placed_now(placed)

    def _placed_now(self, boxes: list[QWidget]) -> list[QWidget]:
        holder = self.layout.parentWidget()
        if holder is not None and holder.isVisible():
            for box in boxes:
                # At once, not on the next turn (Qt's default for a box added to a visible
                # page): the box can be focused and clicked as soon as it is asked for.
                box.show()
        for field, box in self.wrappers.items():
            if box in boxes:
                self._placed.add(field)
        # A branch is wired once its box is in the page (hiding or showing a box that has no
        # parent yet would make it a window of its own) and the choice it follows exists.
        ready = [
            (f, e)
            for f, e in self.pairs
            if f.id in self._placed
            and f.id not in self._wired
            and f.show_if is not None
            and any(g.id == f.show_if.field for g, _e in self.pairs)
        ]
        if ready:
            self._wired.update(f.id for f, _e in ready)
            sources = [p for p in self.pairs if p not in ready]
            wire_branches([*sources, *ready], {f.id: self.wrappers[f.id] for f, _e in ready})
        return boxes


def _add_label(text: str) -> str:
    # "Planning conversation" -> "planning conversation"; leave acronyms ("PLC meeting") alone.
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


class GroupEditor(FieldEditor):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.items: list[dict[str, Any]] = [{}]
        self.sub_ids = [f.id for f in field.fields if f.stores_value]
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.status = QLabel()
        self.status.setObjectName("groupStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName(self.tr("{label}: progress").format(label=field.label))
        lay.addWidget(self.status)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(10)
        lay.addLayout(self.list_box)
        bar = QHBoxLayout()
        self.add_btn = QPushButton(
            self.tr("+ Add {item}").format(item=_add_label(field.item_label))
        )
        self.add_btn.setAccessibleName(
            self.tr("Add {item}").format(item=_add_label(field.item_label))
        )
        self.add_btn.clicked.connect(lambda: self.add_item())
        bar.addWidget(self.add_btn)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.cards: list[QFrame] = []
        self.editors: list[dict[str, FieldEditor]] = []
        self.buttons: list[dict[str, Any]] = []
        self._rebuild()

    # ----- model -----------------------------------------------------------------------------

    def value(self) -> Any:
        return [c for c in (clean_cells(i) for i in self.items) if c]

    def set_value(self, value: Any) -> None:
        ids = set(self.sub_ids)
        items = value if isinstance(value, list) else []
        self.items = [
            {k: v for k, v in i.items() if k in ids} for i in items if isinstance(i, dict)
        ]
        if not self.items:
            self.items = [{}]
        self._rebuild()

    def _filled(self) -> list[dict[str, Any]]:
        return [i for i in self.items if clean_cells(i)]

    # ----- user actions ----------------------------------------------------------------------

    def add_item(self) -> None:
        if not self._can_add():
            return
        self.items.append({})
        self._rebuild()
        self.changed.emit()
        self._focus_item(len(self.items) - 1)

    def remove_item(self, index: int) -> None:
        if not 0 <= index < len(self.items):
            return
        name = f"{self.field.item_label} {index + 1}"
        if clean_cells(self.items[index]) and not self.ctx.dialogs.confirm(
            self.tr("Remove {item}").format(item=_add_label(self.field.item_label)),
            self.tr("Remove {name} and everything in it?").format(name=name),
            self.tr("Remove"),
        ):
            return
        del self.items[index]
        self._rebuild()
        self.changed.emit()
        if self.items:
            self._focus_button(min(index, len(self.items) - 1), "remove")
        else:
            self.add_btn.setFocus()

    def move_item(self, index: int, delta: int) -> None:
        target = index + delta
        if not (0 <= index < len(self.items) and 0 <= target < len(self.items)):
            return
        self.items[index], self.items[target] = self.items[target], self.items[index]
        self._rebuild()
        self.changed.emit()
        self._focus_button(target, "up" if delta < 0 else "down")

    def _can_add(self) -> bool:
        return self.field.max_rows is None or len(self.items) < self.field.max_rows

    def _sub_changed(self, index: int, sub_id: str, editor: FieldEditor) -> None:
        if index >= len(self.editors) or self.editors[index].get(sub_id) is not editor:
            return  # an editor of a card that has been rebuilt
        value = editor.value()
        if same_value(self.items[index].get(sub_id), value):
            return  # e.g. a re-highlight, not an edit
        self.items[index][sub_id] = value
        self._update_status()
        self.changed.emit()

    # ----- view ------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        for card in self.cards:
            self.list_box.removeWidget(card)
            discard(card)
        self.cards, self.editors, self.buttons = [], [], []
        for i, item in enumerate(self.items):
            card = self._card(i, item)
            self.cards.append(card)
            self.list_box.addWidget(card)
            card.show()
        self.add_btn.setEnabled(self._can_add())
        self._update_status()

    def _card(self, index: int, item: dict[str, Any]) -> QFrame:
        card = QFrame()
        card.setObjectName("groupItem")
        title_text = f"{self.field.item_label} {index + 1}"
        card.setAccessibleName(title_text)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(12, 8, 12, 12)
        lay.setSpacing(8)
        head = QHBoxLayout()
        title = QLabel(title_text)
        title.setObjectName("groupItemTitle")
        head.addWidget(title)
        head.addStretch(1)
        buttons = {
            "up": tool_button(
                self.tr("↑ Up"),
                self.tr("Move {name} up").format(name=title_text),
                lambda: self.move_item(index, -1),
            ),
            "down": tool_button(
                self.tr("↓ Down"),
                self.tr("Move {name} down").format(name=title_text),
                lambda: self.move_item(index, 1),
            ),
            "remove": tool_button(
                self.tr("Remove"),
                self.tr("Remove {name}").format(name=title_text),
                lambda: self.remove_item(index),
            ),
        }
        buttons["up"].setEnabled(index > 0)
        buttons["down"].setEnabled(index < len(self.items) - 1)
        for b in buttons.values():
            head.addWidget(b)
        lay.addLayout(head)
        editors: dict[str, FieldEditor] = {}
        pairs: list[tuple[Field, FieldEditor]] = []
        for f in self.field.fields:
            cls = self.ctx.editor_class(f.type)
            if cls is None:
                continue
            ed = cls(f, self.ctx)
            ed.setObjectName(f"item{index}:{f.id}")
            _fit_text_box(ed, f)
            if f.stores_value:
                ed.set_value(item.get(f.id))
                ed.changed.connect(lambda i=index, k=f.id, e=ed: self._sub_changed(i, k, e))
                editors[f.id] = ed
            pairs.append((f, ed))
        lay_out_fields(lay, pairs, COMPACT_PER_ROW)
        self.editors.append(editors)
        self.buttons.append(buttons)
        return card

    def _update_status(self) -> None:
        parts: list[str] = []
        filled = self._filled()
        f = self.field
        noun = html.escape(_add_label(f.item_label))
        if f.min_rows:
            ok = len(filled) >= f.min_rows
            parts.append(
                _mark(
                    ok,
                    self.tr("{count} of at least %n {item}(s) recorded", "", f.min_rows).format(
                        count=len(filled), item=noun
                    ),
                )
            )
        cov = f.coverage
        if cov is not None:
            sub = next((s for s in f.fields if s.id == cov.field), None)
            names = {o.id: o.label for o in sub.options} if sub else {}
            counts = {v: 0 for v in cov.values}
            for item in filled:
                if item.get(cov.field) in counts:
                    counts[item[cov.field]] += 1
            kinds = " &nbsp; ".join(
                _mark(n >= cov.each_at_least, f"{html.escape(names.get(v, v))}: {n}")
                for v, n in counts.items()
            )
            missing = [names.get(v, v) for v, n in counts.items() if n < cov.each_at_least]
            head = html.escape(cov.label or self.tr("Each kind present"))
            parts.append(f"{head}<br>{kinds}")
            self.status.setAccessibleDescription(
                self.tr("All required kinds present.")
                if not missing
                else self.tr("Still missing: {items}.").format(items=", ".join(missing))
            )
        self.status.setText("<br>".join(parts))  # notr: markup
        self.status.setVisible(bool(parts))

    def status_text(self) -> str:
        """The progress line as plain text (what a screen reader says)."""
        return QTextDocumentFragment.fromHtml(self.status.text()).toPlainText()

    def _focus_item(self, index: int) -> None:
        if 0 <= index < len(self.editors) and self.editors[index]:
            next(iter(self.editors[index].values())).focus_editor()

    def _focus_button(self, index: int, which: str) -> None:
        btn = self.buttons[index][which] if 0 <= index < len(self.buttons) else None
        if btn is not None and btn.isEnabled():
            btn.setFocus()
        else:
            self._focus_item(index)

    def focus_editor(self) -> None:
        self._focus_item(0)


def _fit_text_box(editor: FieldEditor, field: Field) -> None:
    """Inside an item, a long-text box is sized to its word limit, so one short answer does
    not take a whole screen."""
    box = getattr(editor, "edit", None)
    if not kind_of(field).multiline or not isinstance(box, QPlainTextEdit):
        return
    limit = field.words.max if field.words is not None else None
    if limit is not None and limit <= 200:
        lines = 3 if limit <= 60 else 4 if limit <= 120 else 6
        box.setMinimumHeight(0)
        box.setFixedHeight(lines * box.fontMetrics().lineSpacing() + 24)


def _mark(ok: bool, text: str) -> str:
    colour, sign = (theme.role("text.ok"), "✓") if ok else (theme.role("text.warn"), "✗")
    return f"<span style='color:{colour}'><b>{sign}</b> {text}</span>"
