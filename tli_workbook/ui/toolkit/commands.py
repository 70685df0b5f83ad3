"""Undo commands of the Toolkit: adding, deleting and renaming copies, and the links that copy
a tool's content into the credential's parts. Each command writes through the store or the
target page's own editors, so the page on screen and the database never disagree."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tli_workbook.circlemap.model import Entry
from tli_workbook.store import StoreError, new_uid
from tli_workbook.ui.toolkit.weak import weak_kit

if TYPE_CHECKING:
    from tli_workbook.toolkit.links import PlanTarget
    from tli_workbook.ui.toolkit.nav import Toolkit

log = logging.getLogger(__name__)


class AddCopyCommand(QUndoCommand):
    """A new copy (blank, or with answers: a duplicate). Redo after undo brings back the
    answers the copy had when it was undone."""

    def __init__(
        self, kit: Toolkit, tool_id: str, title: str, answers: dict[str, Any] | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ToolkitCommands", "add “{title}”").format(title=title)
        )
        self.kit, self.tool_id, self.title = weak_kit(kit), tool_id, title
        self.answers = dict(answers or {})
        self.copy_id = new_uid()
        self.in_packet = False

    def redo(self) -> None:
        self.kit.store.add_tool_copy(
            self.kit.workbook_id,
            self.tool_id,
            self.title,
            self.answers,
            copy_id=self.copy_id,
            in_packet=self.in_packet,
        )
        self.kit.copies_changed(show=self.copy_id)

    def undo(self) -> None:
        self.kit.drop_page(self.copy_id)
        record, self.answers = self.kit.store.delete_tool_copy(self.kit.workbook_id, self.copy_id)
        self.title, self.in_packet = record["title"], bool(record["in_packet"])
        self.kit.copies_changed()


class DeleteCopyCommand(QUndoCommand):
    def __init__(self, kit: Toolkit, copy_id: str, title: str) -> None:
        super().__init__(
            QCoreApplication.translate("ToolkitCommands", "delete “{title}”").format(title=title)
        )
        self.kit, self.copy_id = weak_kit(kit), copy_id
        self.record: dict[str, Any] = {}
        self.answers: dict[str, Any] = {}

    def redo(self) -> None:
        self.kit.drop_page(self.copy_id)
        self.record, self.answers = self.kit.store.delete_tool_copy(
            self.kit.workbook_id, self.copy_id
        )
        self.kit.copies_changed()

    def undo(self) -> None:
        r = self.record
        self.kit.store.add_tool_copy(
            self.kit.workbook_id,
            r["tool"],
            r["title"],
            self.answers,
            copy_id=self.copy_id,
            position=r["position"],
            in_packet=bool(r["in_packet"]),
        )
        self.kit.copies_changed(show=self.copy_id)


class RenameCopyCommand(QUndoCommand):
    def __init__(self, kit: Toolkit, copy_id: str, before: str, after: str) -> None:
        super().__init__(
            QCoreApplication.translate("ToolkitCommands", "rename “{title}”").format(title=before)
        )
        self.kit, self.copy_id = weak_kit(kit), copy_id
        self.before, self.after = before, after

    def _set(self, title: str) -> None:
        self.kit.store.update_tool_copy(self.kit.workbook_id, self.copy_id, title=title)
        self.kit.copies_changed()

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


# ----------------------------------------------------------------------------------- links


class SendNeedsCommand(QUndoCommand):
    """Ranked issues become Circle Map needs (new entries in the outer ring)."""

    def __init__(self, kit: Toolkit, map_part_id: str, texts: list[str]) -> None:
        count = len(texts)
        super().__init__(
            QCoreApplication.translate(
                "ToolkitCommands", "send %n issue(s) to the Circle Map", "", count
            )
        )
        self.kit, self.part_id = weak_kit(kit), map_part_id
        self.entries = [Entry(id=new_uid(), ring="needs", text=t) for t in texts]

    def _doc(self) -> Any:
        return self.kit.view.page(self.part_id).doc  # type: ignore[attr-defined]

    def redo(self) -> None:
        doc = self._doc()
        for e in self.entries:
            doc.insert_entry(e)
        self.kit.view.signals.mapChanged.emit()

    def undo(self) -> None:
        doc = self._doc()
        for e in self.entries:
            if doc.entry(e.id) is not None:
                doc.remove_entry(e.id)
        self.kit.view.signals.mapChanged.emit()


class FillPlanCommand(QUndoCommand):
    """A Goals and Objectives copy fills the action plan's goal and adds its objectives,
    through the plan page's own editors (so the page on screen shows them at once)."""

    def __init__(self, kit: Toolkit, target: PlanTarget, after: dict[str, Any]) -> None:
        super().__init__(
            QCoreApplication.translate(
                "ToolkitCommands", "fill the goal and objectives of {part}"
            ).format(part=target.part.short_title)
        )
        self.kit, self.target, self.after = weak_kit(kit), target, after
        self.before: dict[str, Any] = {}

    def _apply(self, values: dict[str, Any]) -> None:
        page: Any = self.kit.view.page(self.target.part.id)
        for key, value in values.items():
            editor = page.editor(key)
            editor.set_value(value)
            page.autosaver.set(key, editor.value)
        page.autosaver.flush()

    def redo(self) -> None:
        if not self.before:
            page: Any = self.kit.view.page(self.target.part.id)
            self.before = {k: page.editor(k).value() for k in self.after}
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class AddEvidenceCommand(QUndoCommand):
    """A filled tool, as a PDF already in the store, becomes an artifact of an artifacts part."""

    def __init__(self, kit: Toolkit, part_id: str, record: dict[str, Any]) -> None:
        super().__init__(
            QCoreApplication.translate("ToolkitCommands", "add “{title}” as evidence").format(
                title=record.get("title", "")
            )
        )
        self.kit, self.part_id = weak_kit(kit), part_id
        self.record = {"id": new_uid(), "part": part_id, **record}

    def _page(self) -> Any:
        return self.kit.view.pages.get(self.part_id)

    def redo(self) -> None:
        store, wid = self.kit.store, self.kit.workbook_id
        uid = store.upsert_artifact(wid, self.record)
        page = self._page()
        if page is not None:  # an open page shows the new card; a later one reads the store
            stored = next(a for a in store.artifacts(wid, self.part_id) if a["id"] == uid)
            page._show_card(stored)
            page._load_views([uid])
            page.changed.emit()

    def undo(self) -> None:
        page = self._page()
        uid = str(self.record["id"])
        if page is not None and uid in page.cards:
            page.remove_artifact(uid, confirm=False)
        else:
            try:
                self.kit.store.delete_artifact(self.kit.workbook_id, uid)
            except StoreError:
                log.exception("could not remove the evidence artifact %s", uid)
