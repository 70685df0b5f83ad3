"""The form engine's contract: one editor class per field type, found through a registry.

Adding a field type (the guidebook toolkit will) is a new FieldEditor subclass decorated with
@editor_for("type"); pages, autosave and the store need no change.
"""

from __future__ import annotations

from collections.abc import Callable
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


_REGISTRY: dict[str, type[FieldEditor]] = {}


def editor_for(*types: str) -> Callable[[type[FieldEditor]], type[FieldEditor]]:
    def register(cls: type[FieldEditor]) -> type[FieldEditor]:
        for t in types:
            _REGISTRY[t] = cls
        return cls

    return register


def editor_class(field_type: str) -> type[FieldEditor] | None:
    _load_all()
    return _REGISTRY.get(field_type)


def registered_types() -> list[str]:
    _load_all()
    return sorted(_REGISTRY)


def _load_all() -> None:
    # Editor modules register themselves on import; importing them here keeps the registry
    # complete wherever it is used.
    import importlib
    import pkgutil

    import tli_workbook.ui.forms as pkg

    for mod in pkgutil.iter_modules(pkg.__path__):
        if mod.name.startswith("fields_"):
            importlib.import_module(f"{pkg.__name__}.{mod.name}")
