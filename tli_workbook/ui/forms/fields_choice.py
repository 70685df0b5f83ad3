"""Choice field editors: choice (radio or dropdown), multi_choice, checklist, rating.

Every editor here reacts to `clicked`/`activated`/`textEdited` only, which Qt emits for user
actions (mouse or keyboard) and never for programmatic changes, so set_value stays silent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Field, Option
from tli_workbook.fields.choices import Checklist
from tli_workbook.fields.registry import kind_of
from tli_workbook.fields.scalar import OTHER
from tli_workbook.ui.forms.base import FieldEditor, FormContext

PLACEHOLDER = str(QT_TRANSLATE_NOOP("ChoiceEditor", "Choose…"))


class ComboBox(QComboBox):
    """A dropdown that ignores the mouse wheel unless it has focus, so scrolling a long form
    never changes an answer by accident."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _RadioSet(QWidget):
    """Radio buttons for a list of options, with a way back to "nothing chosen"."""

    def __init__(
        self,
        options: tuple[Option, ...],
        label: str,
        horizontal: bool,
        on_pick: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(label)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QBoxLayout(
            QBoxLayout.Direction.LeftToRight if horizontal else QBoxLayout.Direction.TopToBottom
        )
        box.setSpacing(14 if horizontal else 4)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for i, opt in enumerate(options):
            rb = QRadioButton(opt.label)
            rb.setObjectName(f"option:{opt.id}")
            rb.setAccessibleDescription(label)
            self.group.addButton(rb, i)
            self.buttons[opt.id] = rb
            box.addWidget(rb)
        self.ids = [o.id for o in options]
        self.clear_btn = QToolButton()
        self.clear_btn.setText(self.tr("Clear"))
        self.clear_btn.setObjectName("clearChoice")
        self.clear_btn.setAccessibleName(self.tr("Clear {label}").format(label=label))
        self.clear_btn.setToolTip(self.tr("Leave this unanswered"))
        self.clear_btn.clicked.connect(self._clear_clicked)
        # Hidden until something is chosen, without making the options jump.
        policy = self.clear_btn.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.clear_btn.setSizePolicy(policy)
        self.group.idClicked.connect(lambda _i: self._picked(on_pick))
        box.addWidget(self.clear_btn, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addLayout(box)
        outer.addStretch(1)
        self._on_pick = on_pick
        self._sync()

    def _picked(self, on_pick: Any) -> None:
        self._sync()
        on_pick()

    def _clear_clicked(self) -> None:
        self.set_current(None)
        self._on_pick()
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            first.setFocus()

    def _sync(self) -> None:
        self.clear_btn.setVisible(self.current() is not None)

    def current(self) -> str | None:
        i = self.group.checkedId()
        return self.ids[i] if 0 <= i < len(self.ids) else None

    def set_current(self, option_id: Any) -> None:
        # An exclusive group cannot uncheck its last button; lift exclusivity for a moment.
        self.group.setExclusive(False)
        for oid, rb in self.buttons.items():
            rb.setChecked(oid == option_id)
        self.group.setExclusive(True)
        self._sync()


class ChoiceEditor(FieldEditor):
    """One pick, as radio buttons or a dropdown. An option with id "other" opens a text box
    beside the list for what the other choice is."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.combo: QComboBox | None = None
        self.radios: _RadioSet | None = None
        self.other_edit: QLineEdit | None = None
        if field.style == "dropdown":
            self.combo = ComboBox()
            self.combo.setAccessibleName(field.label)
            self.combo.addItem(
                field.placeholder or QCoreApplication.translate("ChoiceEditor", PLACEHOLDER), None
            )
            for opt in field.options:
                self.combo.addItem(opt.label, opt.id)
            self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.combo.activated.connect(lambda _i: self._picked())
            lay.addWidget(self.combo)
            self.setFocusProxy(self.combo)
        else:
            short = sum(len(o.label) for o in field.options) <= 48 and len(field.options) <= 5
            self.radios = _RadioSet(field.options, field.label, short, self._picked)
            lay.addWidget(self.radios)
        if any(o.id == OTHER for o in field.options):
            self.other_edit = QLineEdit()
            self.other_edit.setObjectName("otherChoice")
            self.other_edit.setAccessibleName(
                self.tr("{0}: other, please describe").format(field.label)
            )
            self.other_edit.setPlaceholderText(self.tr("Say what it is"))
            self.other_edit.setMaxLength(500)
            self.other_edit.setMinimumWidth(220)
            self.other_edit.textEdited.connect(lambda _t: self.changed.emit())
            self.other_edit.hide()
            lay.addWidget(self.other_edit, 1, Qt.AlignmentFlag.AlignTop)
        lay.addStretch(1 if self.combo is not None else 0)

    def _current(self) -> str | None:
        if self.combo is not None:
            data = self.combo.currentData()
            return data if isinstance(data, str) else None
        assert self.radios is not None
        return self.radios.current()

    def _picked(self) -> None:
        self._sync_other()
        if self.other_edit is not None and self._current() == OTHER:
            self.other_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _sync_other(self) -> None:
        if self.other_edit is not None:
            self.other_edit.setVisible(self._current() == OTHER)

    def value(self) -> Any:
        current = self._current()
        if current == OTHER and self.other_edit is not None:
            text = self.other_edit.text()
            return {OTHER: text} if text.strip() else OTHER
        return current

    def set_value(self, value: Any) -> None:
        v = kind_of(self.field).normalise(self.field, value)
        pick = OTHER if isinstance(v, dict) else v
        if self.combo is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(pick)) if pick else 0)
        elif self.radios is not None:
            self.radios.set_current(pick)
        if self.other_edit is not None:
            self.other_edit.setText(v[OTHER] if isinstance(v, dict) else "")
        self._sync_other()

    def focus_editor(self) -> None:
        if self.combo is not None:
            self.combo.setFocus()
        elif self.radios is not None and self.radios.buttons:
            btn = self.radios.group.checkedButton() or next(iter(self.radios.buttons.values()))
            btn.setFocus()


class RatingEditor(FieldEditor):
    """A scale as a row of radio buttons, best or lowest first as the definition orders it."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.radios = _RadioSet(field.scale, field.label, True, self.changed.emit)
        lay.addWidget(self.radios)

    def value(self) -> Any:
        return self.radios.current()

    def set_value(self, value: Any) -> None:
        known = {o.id for o in self.field.scale}
        self.radios.set_current(value if isinstance(value, str) and value in known else None)

    def focus_editor(self) -> None:
        btn = self.radios.group.checkedButton() or next(iter(self.radios.buttons.values()), None)
        if btn is not None:
            btn.setFocus()


class _CheckEditor(FieldEditor):
    """Checkboxes, optionally under group titles, with an optional free-text "Other"."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        self.boxes: dict[str, QCheckBox] = {}
        groups = field.groups or ()
        if groups:
            for g in groups:
                if g.title:
                    head = QLabel(g.title)
                    head.setObjectName("guidanceHeading")
                    head.setWordWrap(True)
                    lay.addWidget(head)
                lay.addLayout(self._boxes_for(g.items, g.title))
        else:
            lay.addLayout(self._boxes_for(field.options, ""))
        self.other_box: QCheckBox | None = None
        self.other_edit: QLineEdit | None = None
        if field.allow_other:
            row = QHBoxLayout()
            self.other_box = QCheckBox(self.tr("Other:"))
            self.other_box.setAccessibleName(self.tr("{label}: other").format(label=field.label))
            self.other_box.clicked.connect(self._other_clicked)
            self.other_edit = QLineEdit()
            self.other_edit.setAccessibleName(
                self.tr("{label}: other, please describe").format(label=field.label)
            )
            self.other_edit.setPlaceholderText(self.tr("Describe the other item"))
            self.other_edit.setMaxLength(500)
            self.other_edit.textEdited.connect(self._other_edited)
            row.addWidget(self.other_box)
            row.addWidget(self.other_edit, 1)
            lay.addLayout(row)

    def _boxes_for(self, items: tuple[Option, ...], group_title: str) -> QGridLayout:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(3)
        # Many short items read better in two columns; long ones need the full width.
        cols = 2 if len(items) > 6 and max((len(o.label) for o in items), default=0) < 40 else 1
        per_col = -(-len(items) // cols)
        for i, opt in enumerate(items):
            cb = QCheckBox(opt.label)
            cb.setObjectName(f"item:{opt.id}")
            where = f"{self.field.label}, {group_title}" if group_title else self.field.label
            cb.setAccessibleDescription(where)
            cb.clicked.connect(lambda _on: self.changed.emit())
            self.boxes[opt.id] = cb
            grid.addWidget(cb, i % per_col, i // per_col)
        grid.setColumnStretch(cols, 1)
        return grid

    def _other_clicked(self) -> None:
        self.changed.emit()

    def _other_edited(self, text: str) -> None:
        # Typing an "other" item ticks it: the text alone makes the intent clear.
        if self.other_box is not None and text.strip() and not self.other_box.isChecked():
            self.other_box.setChecked(True)
        self.changed.emit()

    def ticked(self) -> list[str]:
        return [oid for oid, cb in self.boxes.items() if cb.isChecked()]

    def value(self) -> Any:
        out: list[Any] = self.ticked()
        if self.other_box is not None and self.other_box.isChecked():
            assert self.other_edit is not None
            out.append({"other": self.other_edit.text()})
        return out

    def set_value(self, value: Any) -> None:
        # The checklist kind reads every stored shape (fields.choices); a multiple choice
        # has no groups and no "Other", so the same reading serves it.
        ticks = Checklist.ticks(self.field, value)
        ids, other = set(ticks.ids), ticks.other
        for oid, cb in self.boxes.items():
            cb.setChecked(oid in ids)
        if self.other_box is not None and self.other_edit is not None:
            self.other_box.setChecked(other is not None)
            self.other_edit.setText(other or "")

    def focus_editor(self) -> None:
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            first.setFocus()


class MultiChoiceEditor(_CheckEditor):
    """Pick any number of options; stored as option ids in definition order."""


class ChecklistEditor(_CheckEditor):
    """Grouped items; stored as item ids in definition order, then {"other": text} when the
    "Other" item is ticked."""
