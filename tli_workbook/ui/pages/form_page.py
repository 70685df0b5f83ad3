"""A page of fields rendered by the form engine, saved through the workbook's autosaver."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Field, Part, Variant
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.forms.base import FieldEditor, FormContext, editor_class
from tli_workbook.ui.pages.base import PageBase


def answer_key(part: Part, field: Field, variant: Variant | None = None) -> str:
    if variant is not None:
        return f"{part.id}.{variant.id}.{field.id}"
    return f"{part.id}.{field.id}"


def variant_key(part: Part) -> str:
    return f"{part.id}.variant"


class FieldsView(QWidget):
    """Editors for a list of fields, each bound to an answer key."""

    def __init__(
        self,
        fields: tuple[Field, ...],
        keys: list[str],
        ctx: FormContext,
        answers: dict[str, Any],
        autosaver: Autosaver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editors: dict[str, FieldEditor] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(18)
        for field, key in zip(fields, keys, strict=True):
            cls = editor_class(field.type)
            if cls is None:
                lay.addWidget(_missing(field))
                continue
            editor = cls(field, ctx)
            editor.setObjectName(f"field:{key}")
            if field.stores_value:
                editor.set_value(answers.get(key))
                # The value is read when the autosaver writes, not on every keystroke.
                editor.changed.connect(lambda k=key, e=editor: autosaver.set(k, e.value))
            self.editors[key] = editor
            if editor.owns_label:
                lay.addWidget(editor)
            else:
                lay.addWidget(_labelled(field, editor))
        lay.addStretch(1)


def _labelled(field: Field, editor: QWidget) -> QWidget:
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(4)
    label = QLabel(field.label + ("" if not field.required else "  *"))
    label.setObjectName("fieldLabel")
    label.setWordWrap(True)
    lay.addWidget(label)
    if field.help:
        h = QLabel(field.help)
        h.setObjectName("fieldHelp")
        h.setWordWrap(True)
        lay.addWidget(h)
    if field.prompts:
        p = QLabel(" ".join(field.prompts))
        p.setObjectName("fieldHelp")
        p.setWordWrap(True)
        lay.addWidget(p)
    lay.addWidget(editor)
    return box


def _missing(field: Field) -> QLabel:
    lab = QLabel(f"{field.label}: this version cannot show “{field.type}” fields yet.")
    lab.setObjectName("pageNote")
    lab.setWordWrap(True)
    return lab


class FormPage(PageBase):
    """Renders a `form` part, with a variant switch when the part has variants."""

    def __init__(
        self, ctx: FormContext, autosaver: Autosaver, fellow: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx.credential, ctx.part, parent)
        self.ctx = ctx
        self.autosaver = autosaver
        part = ctx.part
        answers = ctx.store.answers(ctx.workbook_id)
        self.views: dict[str, FieldsView] = {}
        if part.variants:
            self._build_variants(part, answers, fellow)
        else:
            keys = [answer_key(part, f) for f in part.fields]
            view = FieldsView(part.fields, keys, ctx, answers, autosaver)
            self.views[""] = view
            self.body.addWidget(view)
        if part.passing:
            self.add_note(f"Passing: {part.passing}", "passingNote")
        rows = ctx.credential.rubric.rows_for(part.id)
        if rows:
            from tli_workbook.ui.review.rubric_panel import RubricPanel

            self.rubric_panel = RubricPanel(ctx.credential.rubric, rows, answers, autosaver)
            self.body.addWidget(self.rubric_panel)
        self.body.addStretch(1)
        autosaver.saved.connect(self.changed)

    def _build_variants(self, part: Part, answers: dict[str, Any], fellow: bool) -> None:
        chosen = answers.get(variant_key(part))
        default = part.default_variant(fellow)
        current = part.variant(chosen) or default
        box = QFrame()
        box.setObjectName("variantBox")
        row = QHBoxLayout(box)
        row.addWidget(QLabel("Which template?"))
        self.variant_buttons = QButtonGroup(self)
        self.variant_stack: dict[str, QWidget] = {}
        holders = QVBoxLayout()
        for v in part.variants:
            rb = QRadioButton(v.label)
            rb.setObjectName(f"variant:{v.id}")
            rb.setToolTip(v.description)
            self.variant_buttons.addButton(rb)
            row.addWidget(rb)
            keys = [answer_key(part, f, v) for f in v.fields]
            holder = QWidget()
            hl = QVBoxLayout(holder)
            hl.setContentsMargins(0, 0, 0, 0)
            if v.description:
                d = QLabel(v.description)
                d.setWordWrap(True)
                d.setObjectName("fieldHelp")
                hl.addWidget(d)
            view = FieldsView(v.fields, keys, self.ctx, answers, self.autosaver)
            hl.addWidget(view)
            self.views[v.id] = view
            self.variant_stack[v.id] = holder
            holders.addWidget(holder)
            rb.setChecked(v is current)
            holder.setVisible(v is current)
            rb.toggled.connect(lambda on, vid=v.id: on and self._switch(vid))
        row.addStretch(1)
        self.body.addWidget(box)
        self.body.addLayout(holders)

    def _switch(self, variant_id: str) -> None:
        # Both variants keep their answers; only which one is submitted changes.
        for vid, holder in self.variant_stack.items():
            holder.setVisible(vid == variant_id)
        self.autosaver.set(variant_key(self.part), variant_id)

    def editor(self, key: str) -> FieldEditor:
        for view in self.views.values():
            if key in view.editors:
                return view.editors[key]
        raise KeyError(key)

    def flush(self) -> bool:
        return self.autosaver.flush()
