"""Undo steps of the fishbone editor: each one swaps the whole (small) diagram."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

NOTE_ID = 7301  # consecutive keystrokes in the Pareto note merge into one step


class SetDiagram(QUndoCommand):
    def __init__(
        self,
        apply: Callable[[dict[str, Any]], None],
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        merge_id: int = -1,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self._merge_id = merge_id

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetDiagram) or other.id() != self._merge_id:
            return False
        self.after = copy.deepcopy(other.after)
        return True

    def redo(self) -> None:
        self._apply(copy.deepcopy(self.after))

    def undo(self) -> None:
        self._apply(copy.deepcopy(self.before))
