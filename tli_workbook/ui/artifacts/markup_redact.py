"""One-click redaction: add redaction marks (found by the privacy check) to an artifact's markup.

The marks go where the teacher's own marks live, so they are undone, moved or deleted the same
way, burned into the exported pixels by packet.images.prepare_image, and the stored file is
never changed. When the artifact's markup editor is open, the marks are added there (one undo
step), so the editor's next save cannot drop them; otherwise through the artifacts page's card,
which saves with the page's autosave.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tli_workbook.ui.artifacts.markup_commands import AddMark
from tli_workbook.ui.artifacts.markup_editor import MarkupEditor
from tli_workbook.ui.artifacts.markup_items import from_record

log = logging.getLogger(__name__)


class _ArtifactsPageLike(Protocol):
    cards: dict[str, Any]
    windows: dict[tuple[str, str], Any]

    def set_markup(self, uid: str, markup: list[dict[str, Any]]) -> None: ...

    def flush(self) -> bool: ...


def add_to_editor(editor: MarkupEditor, marks: Iterable[Mapping[str, Any]]) -> int:
    """Add redaction marks to an open markup editor as one undoable step."""
    made = [from_record(m, editor.scene.bounds) for m in marks if m.get("kind") == "redact"]
    items = [i for i in made if i is not None]
    if not items:
        return 0
    stack = editor.stack
    macro = QUndoCommand(
        QCoreApplication.translate("MarkupRedact", "Redact what the privacy check found")
    )
    for item in items:
        item.on_edited = editor.scene._edited
        AddMark(editor.scene, item, macro)
    stack.push(macro)
    return len(items)


def redact_artifact(page: _ArtifactsPageLike, uid: str, marks: list[dict[str, Any]]) -> bool:
    """Add the marks to artifact `uid` on its page and save. False if it is not there."""
    card = page.cards.get(uid)
    if card is None:
        return False
    editor = page.windows.get((uid, "markup"))
    if isinstance(editor, MarkupEditor) and editor.isVisible():
        add_to_editor(editor, marks)  # markupChanged -> page.set_markup
    else:
        page.set_markup(uid, card.markup + [dict(m) for m in marks])
    return page.flush()
