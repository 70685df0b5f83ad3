"""Yes/No branches on a page or in a group item: a field with `show_if` is shown only while
its sibling choice holds one of the values (tli_workbook.fields.conditions). Hiding never
clears what was typed: choosing the branch again shows the answer as it was."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QWidget

from tli_workbook.definitions.model import Field
from tli_workbook.ui.forms.base import FieldEditor


def wire_branches(
    pairs: Sequence[tuple[Field, FieldEditor]], wrappers: Mapping[str, QWidget]
) -> None:
    editors = {f.id: e for f, e in pairs}
    for field, _editor in pairs:
        cond = field.show_if
        wrapper = wrappers.get(field.id)
        source = editors.get(cond.field) if cond else None
        if cond is None or wrapper is None or source is None:
            continue

        def update(
            w: QWidget = wrapper, s: FieldEditor = source, vals: tuple[str, ...] = cond.values
        ) -> None:
            w.setVisible(s.value() in vals)

        source.changed.connect(update)
        update()
