"""Every field type, by name: the one place that maps a type name to its kind.

Adding a field type is one module here (a FieldKind subclass, listed below) and one editor
module in tli_workbook/ui/forms/ (listed in ui/forms/registry.py).
"""

from __future__ import annotations

from tli_workbook.definitions.model import Field
from tli_workbook.fields.base import FieldKind
from tli_workbook.fields.choice_table import ChoiceTable
from tli_workbook.fields.choices import Checklist, MultiChoice
from tli_workbook.fields.group import Group
from tli_workbook.fields.letter import Letter
from tli_workbook.fields.links import File, NeedLink
from tli_workbook.fields.outline import Outline
from tli_workbook.fields.partners import Agreement, Signoff
from tli_workbook.fields.scalar import Choice, Date, DateTime, Number, Rating
from tli_workbook.fields.table import Table
from tli_workbook.fields.text import Info, LongText, ShortText

KINDS: dict[str, FieldKind] = {}
# Types that hold other fields look their parts up in KINDS itself.
for _kind in (
    Info(),
    ShortText(),
    LongText(),
    Date(),
    DateTime(),
    Number(),
    Choice(),
    MultiChoice(),
    Checklist(),
    Rating(),
    Table(KINDS),
    Group(KINDS),
    Outline(KINDS),
    NeedLink(),
    File(),
    # Guidebook tools (forms/tools): a style that brings its rows, partners' ticks and
    # initials, a fill-in letter.
    ChoiceTable(),
    Agreement(),
    Signoff(),
    Letter(KINDS),
):
    KINDS[_kind.name] = _kind
del _kind

FIELD_TYPES: tuple[str, ...] = tuple(KINDS)
COLUMN_TYPES: tuple[str, ...] = tuple(name for name, k in KINDS.items() if k.column)


def kind_of(field: Field) -> FieldKind:
    """The kind of a loaded field (the loader admits only known types)."""
    return KINDS[field.type]


def normalise(field: Field, value: object) -> object:
    return KINDS[field.type].normalise(field, value)
