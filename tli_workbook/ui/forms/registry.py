"""The Qt editor of every field type, by type name: registered here, explicitly.

The core side of each type is tli_workbook.fields.registry.KINDS; the two must list the same
types (tests/forms check it). Pages pass EDITORS in their FormContext, so editors that hold
other editors (groups, tables, outlines) find them without importing this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from tli_workbook.ui.fishbone.editor import FishboneEditor
from tli_workbook.ui.forms.base import FieldEditor
from tli_workbook.ui.forms.fields_choice import (
    ChecklistEditor,
    ChoiceEditor,
    MultiChoiceEditor,
    RatingEditor,
)
from tli_workbook.ui.forms.fields_choice_table import ChoiceTableEditor
from tli_workbook.ui.forms.fields_file import FileEditor
from tli_workbook.ui.forms.fields_group import GroupEditor
from tli_workbook.ui.forms.fields_letter import LetterEditor
from tli_workbook.ui.forms.fields_links import NeedLinkEditor
from tli_workbook.ui.forms.fields_outline import OutlineEditor
from tli_workbook.ui.forms.fields_partners import AgreementEditor, SignoffEditor
from tli_workbook.ui.forms.fields_scalar import DateEditor, DateTimeEditor, NumberEditor
from tli_workbook.ui.forms.fields_table import TableEditor
from tli_workbook.ui.forms.fields_text import LongTextEditor, ShortTextEditor
from tli_workbook.ui.forms.fields_timer import TimedInfoEditor
from tli_workbook.ui.structuretree.editor import StructureTreeEditor

EDITORS: Mapping[str, type[FieldEditor]] = MappingProxyType(
    {
        "info": TimedInfoEditor,  # guidance; with `minutes:` a section countdown
        "short_text": ShortTextEditor,
        "long_text": LongTextEditor,
        "date": DateEditor,
        "datetime": DateTimeEditor,
        "number": NumberEditor,
        "choice": ChoiceEditor,
        "multi_choice": MultiChoiceEditor,
        "checklist": ChecklistEditor,
        "rating": RatingEditor,
        "table": TableEditor,
        "group": GroupEditor,
        "outline": OutlineEditor,
        "need_link": NeedLinkEditor,
        "file": FileEditor,
        "fishbone": FishboneEditor,
        "structure_tree": StructureTreeEditor,
        "choice_table": ChoiceTableEditor,
        "agreement": AgreementEditor,
        "signoff": SignoffEditor,
        "letter": LetterEditor,
    }
)


def editor_class(field_type: str) -> type[FieldEditor] | None:
    return EDITORS.get(field_type)


def registered_types() -> list[str]:
    return sorted(EDITORS)
