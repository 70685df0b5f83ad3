"""The form engine's contract: one editor class per field type.

Editors are found through tli_workbook.ui.forms.registry, keyed by the field type (the core
side of a type lives in tli_workbook.fields). Adding a field type is a FieldKind there, a
FieldEditor subclass here and one line in the registry; pages, autosave and the store need
no change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from tli_workbook.definitions.model import Credential, Field, Part
from tli_workbook.store import Store
from tli_workbook.ui.dialogs import Dialogs


@dataclass
class FormContext:
    """What an editor may need beyond its own field."""

    store: Store
    workbook_id: int
    credential: Credential
    part: Part
    dialogs: Dialogs
    services: dict[str, Any] = field(default_factory=dict)  # e.g. "spelling", "map_changed"
    # Editor classes by field type (ui.forms.registry.EDITORS), for editors that hold
    # others (groups, tables, outlines).
    editors: Mapping[str, type[FieldEditor]] = field(default_factory=dict)

    def editor_class(self, field_type: str) -> type[FieldEditor] | None:
        return self.editors.get(field_type)


class FieldEditor(QWidget):
    """Edits one field's value. Emits `changed` on every user edit (not on set_value)."""

    changed = Signal()
    #: editors that lay out their own label (e.g. long text with prompts beside it)
    owns_label = False

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.ctx = ctx

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_editor(self) -> None:
        self.setFocus()


def mnemonic_label(text: str) -> str:
    """A label's text for a QLabel with a buddy: "&" shown as itself, and a numbered label
    ("2. Your role ...") reached with Alt+its number."""
    text = text.replace("&", "&&")
    head = text.split(".", 1)[0]
    if head.isdigit() and len(head) == 1 and text[1:2] == ".":
        return "&" + text
    return text
