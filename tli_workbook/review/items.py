"""A readiness item: one requirement of a credential and whether a workbook meets it.

Its own module so that the field types (tli_workbook.fields) can produce items without
importing readiness, which asks them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    part_id: str
    target: str  # where to jump (see review.readiness)
    label: str
    ok: bool
    detail: str = ""
    started: bool = True  # False when nothing has been entered for it yet
    # A guide the credential gives (not a rule) that the answer is outside of: the item
    # counts as met, and readiness and `check` show the detail as a warning.
    warning: bool = False
