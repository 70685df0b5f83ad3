"""Editor of a `letter` (tli_workbook.fields.letter): the blanks as the engine's own editors,
and beside them the letter, filled in live as the teacher types."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from tli_workbook.definitions.model import Field
from tli_workbook.fields.letter import Letter
from tli_workbook.fields.registry import KINDS
from tli_workbook.ui.forms.base import FieldEditor, FormContext
from tli_workbook.ui.forms.fields_group import field_label, labelled


def _kind() -> Letter:
    kind = KINDS["letter"]
    assert isinstance(kind, Letter)
    return kind


class LetterEditor(FieldEditor):
    owns_label = True

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(field_label(field))
        if field.help:
            h = QLabel(field.help)
            h.setObjectName("fieldHelp")
            h.setWordWrap(True)
            outer.addWidget(h)
        row = QHBoxLayout()
        row.setSpacing(16)
        blanks = QVBoxLayout()
        blanks.setSpacing(8)
        self.editors: dict[str, FieldEditor] = {}
        for sub in field.fields:
            cls = ctx.editor_class(sub.type)
            if cls is None:
                continue
            ed = cls(sub, ctx)
            ed.setObjectName(f"blank:{sub.id}")
            ed.changed.connect(self._edited)
            self.editors[sub.id] = ed
            blanks.addWidget(labelled(sub, ed))
        blanks.addStretch(1)
        row.addLayout(blanks, 2)
        self.preview = QTextBrowser()
        self.preview.setObjectName("letterPreview")
        self.preview.setAccessibleName(self.tr("The letter as it reads now"))
        self.preview.setMinimumHeight(360)
        row.addWidget(self.preview, 3)
        outer.addLayout(row)
        self._render()

    def _edited(self) -> None:
        self._render()
        self.changed.emit()

    def _render(self) -> None:
        paras = _kind().paragraphs(self.field, self.value())
        out = []
        for pieces in paras:
            bits = [
                f"<b>{html.escape(t)}</b>" if filled else html.escape(t) for t, filled in pieces
            ]
            out.append(f"<p>{''.join(bits)}</p>")
        self.preview.setHtml("".join(out))

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    def value(self) -> Any:
        return _kind().normalise(self.field, {k: e.value() for k, e in self.editors.items()})

    def set_value(self, value: Any) -> None:
        v = _kind().normalise(self.field, value)
        for k, ed in self.editors.items():
            ed.set_value(v.get(k))
        self._render()

    def focus_editor(self) -> None:
        if self.editors:
            next(iter(self.editors.values())).focus_editor()
