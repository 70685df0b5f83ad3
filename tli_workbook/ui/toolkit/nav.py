"""The Toolkit group of a workbook's navigator, and the pages it opens.

Navigator keys: TOOLKIT_KEY (the overview of every tool), tool_part_id(copy) for a filled copy
("tool.<id>", the part id its answers are stored under) and GUIDE_PREFIX + tool id for a
read-only guide. Copy pages join the view's `pages`, so the workbook's flush and save errors
cover them; the Toolkit's own undo stack (copies added, deleted, renamed; links sent) is the
one Edit > Undo follows while a Toolkit page is on screen.
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from tli_workbook.definitions.keys import TOOL_PREFIX, tool_part_id
from tli_workbook.definitions.tools import Tool, ToolCatalog, default_tools
from tli_workbook.store import StoreError
from tli_workbook.ui.toolkit.commands import (
    AddCopyCommand,
    DeleteCopyCommand,
    RenameCopyCommand,
)
from tli_workbook.ui.weakcall import weak_method

if TYPE_CHECKING:
    from tli_workbook.ui.workbook_view import WorkbookView

log = logging.getLogger(__name__)

TOOLKIT_KEY = "toolkit"
GUIDE_PREFIX = "toolguide:"
_COPY_PREFIX = f"{TOOL_PREFIX}."
PartRole = Qt.ItemDataRole.UserRole


class Toolkit(QObject):
    def __init__(self, view: WorkbookView) -> None:
        super().__init__(view)
        self._view = weakref.ref(view)  # the view owns the Toolkit, never the other way
        self.store = view.store
        self.workbook_id = view.workbook_id
        self.tools: ToolCatalog = view.services.get("tools") or default_tools()
        self.undo_stack = QUndoStack(self)
        group = view.services.get("undo_group")
        if group is not None:
            group.addStack(self.undo_stack)
        self.pages: dict[str, QWidget] = {}
        self.copy_items: dict[str, QTreeWidgetItem] = {}
        self.copies: list[dict[str, Any]] = []
        bold = QFont()
        bold.setBold(True)
        self.top = QTreeWidgetItem([self.tr("Toolkit")])
        self.top.setFont(0, bold)
        self.top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        # After the credential's stages, before the Review group.
        view.nav.insertTopLevelItem(len(view._stage_items), self.top)
        self.overview_item = QTreeWidgetItem([self.tr("   All guidebook tools")])
        self.overview_item.setData(0, PartRole, TOOLKIT_KEY)
        self.overview_item.setToolTip(0, self.tr("The guidebook's tools by stage and chapter"))
        self.top.addChild(self.overview_item)
        self.top.setExpanded(True)
        self._reload_copies()
        # A guide opened from the overview has no navigator item: clicking the overview item,
        # still current, must bring the overview back.
        view.nav.itemClicked.connect(weak_method(self._clicked))

    @property
    def view(self) -> WorkbookView:
        view = self._view()
        if view is None:
            raise RuntimeError("the workbook of this Toolkit is closed")
        return view

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, PartRole)
        if self.handles(key) and self.view.stack.currentWidget() is not self.pages.get(key):
            self.show(key)

    # ----- navigator -------------------------------------------------------------------------

    @staticmethod
    def handles(key: Any) -> bool:
        return isinstance(key, str) and (
            key == TOOLKIT_KEY or key.startswith(_COPY_PREFIX) or key.startswith(GUIDE_PREFIX)
        )

    def tool(self, tool_id: str) -> Tool | None:
        return self.tools.get(tool_id) if tool_id in self.tools else None

    def copy(self, copy_id: str) -> dict[str, Any]:
        return next(c for c in self.copies if c["id"] == copy_id)

    def _reload_copies(self) -> None:
        self.copies = self.store.tool_copies(self.workbook_id)
        # Rebuilding moves the navigator's current item: that is no visit to a page.
        blocked = self.view.nav.blockSignals(True)
        try:
            self._rebuild_items()
        finally:
            self.view.nav.blockSignals(blocked)

    def _rebuild_items(self) -> None:
        for item in self.copy_items.values():
            self.top.removeChild(item)
        self.copy_items.clear()
        for c in self.copies:
            tool = self.tool(c["tool"])
            item = QTreeWidgetItem([f"   {c['title']}"])
            item.setData(0, PartRole, tool_part_id(c["id"]))
            item.setToolTip(
                0,
                f"{c['title']} ({tool.title})"
                if tool
                else self.tr("A tool this version does not know"),
            )
            self.top.addChild(item)
            self.copy_items[c["id"]] = item

    def copies_changed(self, show: str | None = None) -> None:
        """Copies were added, removed or renamed: navigator, overview and copy titles follow."""
        current = self.view.nav.currentItem()
        key = current.data(0, PartRole) if current is not None else None
        self._reload_copies()
        overview = self.pages.get(TOOLKIT_KEY)
        if overview is not None:
            overview.refresh()  # type: ignore[attr-defined]
        for c in self.copies:
            page = self.pages.get(tool_part_id(c["id"]))
            if page is not None:
                page.set_copy_title(c["title"])  # type: ignore[attr-defined]
        if show is not None:
            self.show(tool_part_id(show))
        elif key and self.handles(key) and self._key_alive(key):
            self._select(key)
        elif self.handles(key) or key is None:
            self.show(TOOLKIT_KEY)

    def _key_alive(self, key: str) -> bool:
        if key.startswith(_COPY_PREFIX):
            return key[len(_COPY_PREFIX) :] in self.copy_items
        return True

    def _select(self, key: str) -> None:
        item = self.overview_item if key == TOOLKIT_KEY else None
        if key.startswith(_COPY_PREFIX):
            item = self.copy_items.get(key[len(_COPY_PREFIX) :])
        nav = self.view.nav
        if item is not None and nav.currentItem() is not item:
            nav.blockSignals(True)
            nav.setCurrentItem(item)
            nav.blockSignals(False)
        elif item is None:
            nav.blockSignals(True)
            nav.clearSelection()
            nav.blockSignals(False)

    # ----- pages -----------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            page = self._make(key)
            self.pages[key] = page
            self.view.stack.addWidget(page)
            if key.startswith(_COPY_PREFIX):
                self.view.pages[key] = page  # type: ignore[assignment]
        return self.pages[key]

    def _make(self, key: str) -> QWidget:
        if key == TOOLKIT_KEY:
            from tli_workbook.ui.toolkit.overview import ToolkitOverviewPage

            return ToolkitOverviewPage(self)
        if key.startswith(GUIDE_PREFIX):
            from tli_workbook.ui.toolkit.copy_page import make_guide_page

            return make_guide_page(self, self.tools.get(key[len(GUIDE_PREFIX) :]))
        from tli_workbook.ui.toolkit.copy_page import ToolCopyPage

        return ToolCopyPage(self, self.copy(key[len(_COPY_PREFIX) :]))

    def show(self, key: str) -> QWidget:
        self.view.flush()
        page = self.page(key)
        refresh = getattr(page, "refresh", None)
        if key == TOOLKIT_KEY and callable(refresh):
            refresh()
        self.view.stack.setCurrentWidget(page)
        group = self.view.services.get("undo_group")
        if group is not None:
            group.setActiveStack(self.undo_stack)
        self._select(key)
        return page

    def show_copy(self, copy_id: str) -> QWidget:
        return self.show(tool_part_id(copy_id))

    def drop_page(self, copy_id: str) -> None:
        """Close a copy's page (its pending answers written first)."""
        key = tool_part_id(copy_id)
        page = self.pages.pop(key, None)
        self.view.pages.pop(key, None)
        if page is None:
            return
        flush = getattr(page, "flush", None)
        if callable(flush):
            flush()
        self.view.autosaver.flush()
        if self.view.stack.currentWidget() is page:
            self.view.stack.setCurrentWidget(self.page(TOOLKIT_KEY))
        self.view.stack.removeWidget(page)
        page.deleteLater()

    def current_bar(self) -> Any:
        page = self.view.stack.currentWidget()
        return getattr(page, "message_bar", None)

    def notify(self, text: str, command: QUndoCommand | None = None) -> None:
        """A message on the Toolkit page on screen; with the command just pushed, an Undo
        button that undoes exactly it (when it is still the last change)."""
        bar = self.current_bar()
        if bar is None:
            return
        bar.show_message(text, (lambda: self.undo_exactly(command)) if command else None)

    def undo_exactly(self, command: QUndoCommand | None) -> bool:
        stack = self.undo_stack
        if command is None or stack.index() == 0 or stack.command(stack.index() - 1) is not command:
            bar = self.current_bar()
            if bar is not None:
                bar.show_message(
                    self.tr(
                        "That change was already undone or followed by others; use Edit > Undo."
                    )
                )
            return False
        stack.undo()
        return True

    def push(self, command: QUndoCommand, message: str) -> bool:
        try:
            self.undo_stack.push(command)
        except StoreError as exc:
            self.view.dialogs.error(self.tr("The change was not saved"), str(exc))
            return False
        self.notify(message, command)
        return True

    # ----- copies ----------------------------------------------------------------------------

    def default_title(self, tool: Tool) -> str:
        n = sum(c["tool"] == tool.id for c in self.copies) + 1
        return tool.short_title if n == 1 else f"{tool.short_title} {n}"

    def add_copy(self, tool_id: str, title: str | None = None) -> str:
        tool = self.tools.get(tool_id)
        cmd = AddCopyCommand(self, tool_id, title or self.default_title(tool))
        self.push(cmd, self.tr("Added “{0}”.").format(cmd.title))
        return cmd.copy_id

    def duplicate_copy(self, copy_id: str) -> str:
        self.view.flush()
        c = self.copy(copy_id)
        answers = self.store.tool_copy_answers(self.workbook_id, copy_id)
        title = self.tr("{0} (copy)").format(c["title"])
        cmd = AddCopyCommand(self, c["tool"], title, answers)
        self.push(cmd, self.tr("Made “{0}”, a copy with the same answers.").format(title))
        return cmd.copy_id

    def rename_copy(self, copy_id: str, title: str | None = None) -> bool:
        c = self.copy(copy_id)
        if title is None:
            title, ok = self.view.dialogs.ask_text(
                self.tr("Rename"), self.tr("Name of this copy:"), c["title"]
            )
            if not ok:
                return False
        title = title.strip()[:300]
        if not title or title == c["title"]:
            return False
        return self.push(
            RenameCopyCommand(self, copy_id, c["title"], title),
            self.tr("Renamed to “{0}”.").format(title),
        )

    def delete_copy(self, copy_id: str) -> bool:
        title = self.copy(copy_id)["title"]
        cmd = DeleteCopyCommand(self, copy_id, title)
        return self.push(
            cmd, self.tr("Deleted “{0}” and its answers. Undo brings it back.").format(title)
        )

    def set_in_packet(self, copy_id: str, on: bool) -> None:
        try:
            self.store.update_tool_copy(self.workbook_id, copy_id, in_packet=on)
        except StoreError as exc:
            self.view.dialogs.error(self.tr("The choice was not saved"), str(exc))
            return
        self.copies = self.store.tool_copies(self.workbook_id)

    def page_made(self, part_id: str, page: QWidget) -> None:
        """Called for every credential page the view makes: the reflection gets the panel
        of the teacher's own Toolkit material."""
        from tli_workbook.ui.toolkit.reflection_panel import add_reflection_panel

        add_reflection_panel(self, part_id, page)
