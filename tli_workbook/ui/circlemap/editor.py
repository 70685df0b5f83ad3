"""The Circle Map page: toolbar, canvas, side list, core belief, guidance, printing, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QPainter,
    QUndoStack,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.circlemap.export import paint_page, qt_page_layout, ring_labels_for, write_map
from tli_workbook.circlemap.model import RINGS, Entry
from tli_workbook.circlemap.render import DisplayList, build_display_list
from tli_workbook.definitions.model import Credential, Part
from tli_workbook.review.rubric import normalise, rubric_key, tick_id
from tli_workbook.store import Store, StoreError, new_uid
from tli_workbook.ui import preferences, theme
from tli_workbook.ui.circlemap.commands import (
    AddEntryCommand,
    DeleteEntryCommand,
    EditEntryCommand,
    MoveEntryCommand,
    RecolorEntryCommand,
    RecolorStrokeCommand,
)
from tli_workbook.ui.circlemap.document import MapDocument
from tli_workbook.ui.circlemap.listmodel import EntryListModel, WrappingDelegate
from tli_workbook.ui.circlemap.panels import CoreBeliefPanel, GuidancePanel
from tli_workbook.ui.circlemap.printing import run_print_preview
from tli_workbook.ui.circlemap.scene import CircleMapScene
from tli_workbook.ui.circlemap.toolbar import build_toolbar, color_icon, make_action, tool_icon
from tli_workbook.ui.circlemap.view import MapView
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.weakcall import weak_method

THEMES_SETTING = "circle_map.themes"
MAX_THEMES, MAX_THEME_CHARS = 1000, 300
HINT = str(
    QT_TRANSLATE_NOOP(
        "CircleMapPage",
        "Double-click inside a ring to add an entry there, or on an entry to edit it; drag an "
        "entry to move it (it stays where you drop it). Ctrl+wheel zooms; drag with the middle "
        "button or hold Space to pan.",
    )
)


class CircleMapPage(QWidget):
    """The page for parts of kind `circle_map`. Every change is an undo command on
    `undo_stack`, saved to the store at once, then announced with `changed`."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        workbook_id: int,
        credential: Credential,
        part: Part,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workbook_id = workbook_id
        self.credential = credential
        self.part = part
        self.dialogs = Dialogs(self)
        self.labels = ring_labels_for(part)
        self.print_page = preferences.page_key()
        self.print_landscape = False
        self.print_title = f"{credential.title}: {part.title}"
        self.undo_stack = QUndoStack(self)
        self.doc = MapDocument(store, workbook_id, self.labels, self)
        self.scene = CircleMapScene(self.doc, self.undo_stack, self)
        self.view = MapView(self.scene)
        self.model = EntryListModel(self.doc, weak_method(self._edit_from_list), self)
        self._syncing_selection = False
        self._core_id = new_uid()  # id of the centre entry while it is first being typed
        self.saver = self.doc.saver  # the page's autosave state, shown by the window
        self._build()
        self._load_side_state()
        self.doc.saved.connect(self.changed)
        self._failing = False
        self.doc.saveFailed.connect(self._save_failed)
        self.doc.saver.stateChanged.connect(self._save_state)
        self.doc.entriesChanged.connect(self._entries_changed)
        self._entries_changed([])

    # ----- building ------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        title = QLabel(self.part.title)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        outer.addWidget(title)
        if self.part.intro:
            intro = QLabel(self.part.intro)
            intro.setObjectName("pageIntro")
            intro.setWordWrap(True)
            outer.addWidget(intro)
        tools = build_toolbar(self)
        self.toolbar = tools.bar
        self.tool_actions, self.color_action = tools.tool_actions, tools.color_action
        self.width_box = tools.width_box
        theme.follow(self._scheme_changed)
        outer.addWidget(self.toolbar)

        # Built from the outside in: a widget added to its parent before its own children is
        # styled once, where a finished panel added last restyles every widget inside it
        # (half of this page's first visit). The Tab order is the same either way.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)
        canvas = QWidget()
        splitter.addWidget(canvas)
        col = QVBoxLayout(canvas)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.view, 1)
        self.status = QLabel(self.tr(HINT))
        self.status.setObjectName("pageNote")
        self.status.setWordWrap(True)
        col.addWidget(self.status)

        side = QWidget()
        splitter.addWidget(side)
        side_col = QVBoxLayout(side)
        side_col.setContentsMargins(6, 0, 0, 0)
        self.core = CoreBeliefPanel(self.labels["center"])
        side_col.addWidget(self.core)
        self.tabs = QTabWidget()
        side_col.addWidget(self.tabs, 1)
        entries = QWidget()
        self.tabs.addTab(entries, self.tr("Entries"))
        self._build_list(entries)
        criteria = [
            c
            for row in self.credential.rubric.rows_for(self.part.id)
            for c in row.criteria.get("proficient", ())
        ]
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.tabs.addTab(scroll, self.tr("Guidance"))
        self.guidance = GuidancePanel(self.part, criteria)
        scroll.setWidget(self.guidance)

        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 340])
        side.setMinimumWidth(260)

        self.core.themeEdited.connect(self._set_core_text)
        self.core.noteEdited.connect(self._set_core_note)
        self.core.themeTyped.connect(lambda text: self._core_draft(text=text))
        self.core.noteTyped.connect(lambda note: self._core_draft(note=note))
        self.core.loadListRequested.connect(self.load_theme_list)
        self.guidance.checksChanged.connect(self._save_checks)
        self.scene.selectionChanged.connect(self._canvas_selection_changed)

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: str | QKeySequence | None = None,
        tip: str = "",
        owner: QWidget | None = None,
    ) -> QAction:
        return make_action(owner or self, text, slot, shortcut, tip)

    def _build_list(self, box: QWidget) -> None:
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 4, 0, 0)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setAccessibleName(self.tr("Circle map entries by ring"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Insert adds an entry to the selected ring, F2 edits, Delete removes, Alt+Up and "
                "Alt+Down move an entry to the inner or outer ring."
            )
        )
        self.tree.expandAll()
        self.model.rowsInserted.connect(lambda parent, *_: self.tree.expand(parent))
        self.tree.selectionModel().selectionChanged.connect(self._list_selection_changed)
        col.addWidget(self.tree, 1)
        # Two rows of three: every label reads in full in the side panel of a 1024 px window.
        buttons = QGridLayout()
        buttons.setSpacing(4)
        t = self.tree
        for text, slot, key, tip in (
            (
                self.tr("Add…"),
                self.add_entry_from_list,
                "Insert",
                self.tr("Add an entry to the selected ring"),
            ),
            (self.tr("Edit"), self.edit_selected_in_list, "F2", self.tr("Edit the selected entry")),
            (
                self.tr("Note…"),
                self.edit_note_of_selected,
                "Shift+F2",
                self.tr("A note on the entry's source"),
            ),
            (
                self.tr("Delete"),
                self.delete_selected_in_list,
                "Delete",
                self.tr("Delete the selected entries"),
            ),
            (
                self.tr("Inward"),
                lambda: self.move_selected_ring(-1),
                "Alt+Up",
                self.tr("Move to the inner ring"),
            ),
            (
                self.tr("Outward"),
                lambda: self.move_selected_ring(1),
                "Alt+Down",
                self.tr("Move to the outer ring"),
            ),
        ):
            act = self._action(text, slot, key, tip, owner=t)
            button = QToolButton()
            button.setDefaultAction(act)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            n = buttons.count()
            buttons.addWidget(button, n // 3, n % 3)
        col.addLayout(buttons)

    def _load_side_state(self) -> None:
        themes = self.store.setting(THEMES_SETTING, []) or []
        if themes:
            self.core.set_themes([str(t) for t in themes])
        self.guidance.set_checked(self._load_checks())

    # ----- overridable dialogs (tests patch these) -------------------------------------------

    def _ask_text(self, title: str, label: str, text: str = "") -> tuple[str, bool]:
        return self.dialogs.ask_text(title, label, text)

    def _ask_color(self, initial: str) -> str | None:
        color = QColorDialog.getColor(QColor(initial), self, self.tr("Choose a colour"))
        return color.name() if color.isValid() else None

    def _ask_open_file(self, title: str, filters: str) -> Path | None:
        return self.dialogs.open_file(title, filters)

    def _ask_save_file(self, title: str, suggested: str, filters: str) -> Path | None:
        return self.dialogs.save_file(title, suggested, filters)

    def _show_error(self, title: str, text: str) -> None:
        self.dialogs.error(title, text)

    def _exec_dialog(self, dialog: QDialog) -> int:
        return dialog.exec()

    # ----- tools ---------------------------------------------------------------------------

    def set_tool(self, tool: str) -> None:
        self.scene.set_tool(tool)
        self.tool_actions[tool].setChecked(True)

    def _scheme_changed(self, _scheme: str) -> None:
        for tool, act in self.tool_actions.items():
            act.setIcon(tool_icon(tool))  # drawn in the scheme's ink

    def choose_color(self) -> None:
        color = self._ask_color(self.scene.pen_color)
        if not color:
            return
        self.scene.pen_color = color
        self.color_action.setIcon(color_icon(self.scene.pen_color))
        entries = self.scene.selected_entry_ids() or self._list_selected_ids()
        strokes = self.scene.selected_stroke_ids()
        if not entries and not strokes:
            return
        self.undo_stack.beginMacro(self.tr("Colour"))
        for eid in entries:
            e = self.doc.entry(eid)
            if e is not None and e.color != color:
                self.undo_stack.push(RecolorEntryCommand(self.doc, e, e.with_(color=color)))
        for sid in strokes:
            s = self.doc.stroke(sid)
            if s is not None and s.color != color:
                self.undo_stack.push(RecolorStrokeCommand(self.doc, s, s.with_(color=color)))
        self.undo_stack.endMacro()

    def tidy(self) -> None:
        """Re-arrange the whole map automatically (one undo step)."""
        self.scene.tidy()

    def delete_selected(self) -> None:
        if not self.scene.delete_selected():
            self.delete_selected_in_list()

    # ----- entries -------------------------------------------------------------------------

    def add_entry(self, ring: str, text: str | None = None) -> str | None:
        """Add an entry to a ring (asking for its text when not given); returns its id."""
        if text is None:
            text, ok = self._ask_text(
                self.tr("Add entry"), self.tr("New entry in %1:").replace("%1", self.labels[ring])
            )
            if not ok:
                return None
        text = text.strip()
        if not text:
            return None
        center = self.doc.map.in_ring("center")
        if ring == "center" and center:
            e = center[0]
            self.undo_stack.push(EditEntryCommand(self.doc, e, e.with_(text=text)))
            return e.id
        entry = Entry(id=new_uid(), ring=ring, text=text)
        self.undo_stack.push(AddEntryCommand(self.doc, entry))
        self.select_entry(entry.id)
        return entry.id

    def _edit_from_list(self, entry_id: str, text: str) -> None:
        e = self.doc.entry(entry_id)
        text = text.strip()
        if e is not None and text and text != e.text:
            self.undo_stack.push(EditEntryCommand(self.doc, e, e.with_(text=text)))
        else:
            self.doc.clear_draft(entry_id)

    def _core_draft(self, text: str | None = None, note: str | None = None) -> None:
        """A keystroke in the core belief box or its note: saved as a draft of the centre."""
        center = self.doc.map.in_ring("center")
        base = center[0] if center else None
        if base is None:
            base = self.doc.draft(self._core_id) or Entry(self._core_id, "center", "")
        draft = self.doc.draft(base.id) or base
        changes = {k: v for k, v in (("text", text), ("note", note)) if v is not None}
        self.doc.set_draft(draft.with_(**changes))

    def _set_core_text(self, text: str) -> None:
        center = self.doc.map.in_ring("center")
        if center and not text:
            self.undo_stack.push(DeleteEntryCommand(self.doc, center[0].id))
        elif center:
            self.undo_stack.push(EditEntryCommand(self.doc, center[0], center[0].with_(text=text)))
        elif text:
            draft = self.doc.draft(self._core_id)
            note = draft.note if draft else ""
            entry = Entry(self._core_id, "center", text, note)
            self.undo_stack.push(AddEntryCommand(self.doc, entry))
            self._core_id = new_uid()
        else:
            self.doc.clear_draft(self._core_id)

    def _set_core_note(self, note: str) -> None:
        center = self.doc.map.in_ring("center")
        if center:
            self.undo_stack.push(EditEntryCommand(self.doc, center[0], center[0].with_(note=note)))
        elif note:
            draft = self.doc.draft(self._core_id)
            text = draft.text if draft else ""
            entry = Entry(self._core_id, "center", text, note)
            self.undo_stack.push(AddEntryCommand(self.doc, entry))
            self._core_id = new_uid()

    def _entries_changed(self, _ids: list[str]) -> None:
        center = self.doc.map.in_ring("center")
        self.core.set_values(center[0].text if center else "", center[0].note if center else "")
        notes = []
        crowded = len(self.doc.layout.overlapping())
        if crowded:
            notes.append(
                self.tr(
                    "%n entries overlap on the map: drag them apart, or use Tidy to arrange "
                    "the whole map.",
                    "",
                    crowded,
                )
            )
        self.status.setText(" ".join([*notes, self.tr(HINT)]))

    # ----- the list ------------------------------------------------------------------------

    def _list_selected_ids(self) -> list[str]:
        ids = [self.model.entry_id(i) for i in self.tree.selectionModel().selectedRows()]
        return [i for i in ids if i]

    def _list_current_ring(self) -> str:
        return self.model.ring_of(self.tree.currentIndex()) or "context"

    def add_entry_from_list(self) -> None:
        ring = self._list_current_ring()
        center = self.doc.map.in_ring("center")
        if ring == "center" and center:
            # The centre holds one belief: Insert there opens it to edit (its words shown),
            # never a blank "new entry" that silently replaces it.
            self.select_entry(center[0].id)
            idx = self.tree.currentIndex()
            if self.model.entry_id(idx) == center[0].id:
                self.tree.edit(idx)
            return
        self.add_entry(ring)

    def edit_selected_in_list(self) -> None:
        idx = self.tree.currentIndex()
        if self.model.entry_id(idx):
            self.tree.edit(idx)

    def edit_note_of_selected(self) -> None:
        eid = self.model.entry_id(self.tree.currentIndex())
        e = self.doc.entry(eid) if eid else None
        if e is None:
            return
        note, ok = self._ask_text(
            self.tr("Note"), self.tr("Where this comes from (optional):"), e.note
        )
        if ok and note.strip() != e.note:
            self.undo_stack.push(EditEntryCommand(self.doc, e, e.with_(note=note.strip())))

    def delete_selected_in_list(self) -> None:
        ids = self._list_selected_ids()
        if not ids:
            return
        row = self.tree.currentIndex().row()
        ring = self._list_current_ring()
        self.undo_stack.beginMacro(self.tr("Delete"))
        for eid in ids:
            self.undo_stack.push(DeleteEntryCommand(self.doc, eid))
        self.undo_stack.endMacro()
        # Keep the keyboard where it was: the next entry of the ring, or the ring itself.
        parent = self.model.ring_index(ring)
        n = self.model.rowCount(parent)
        target = self.model.index(min(row, n - 1), 0, parent) if n else parent
        self.tree.setCurrentIndex(target)

    def move_selected_ring(self, step: int) -> None:
        ids = self._list_selected_ids()
        moves = []
        for eid in ids:
            e = self.doc.entry(eid)
            if e is None:
                continue
            i = RINGS.index(e.ring) + step
            if 0 <= i < len(RINGS):
                moves.append((e, RINGS[i]))
        if not moves:
            return
        self.undo_stack.beginMacro(self.tr("Move to another ring"))
        for e, ring in moves:
            # Into free space of the other ring, at that ring's size; the others stay put.
            after = self.doc.placed_new(e.with_(ring=ring, size=0.0, wrap=0.0, free=False))
            self.undo_stack.push(MoveEntryCommand(self.doc, e, after))
        self.undo_stack.endMacro()
        self.select_entry(moves[0][0].id)

    def select_entry(self, entry_id: str) -> None:
        idx = self.model.entry_index(entry_id)
        if idx.isValid():
            self.tree.setCurrentIndex(idx)

    def _list_selection_changed(self, *_args: QItemSelection) -> None:
        if self._syncing_selection:
            return
        self._syncing_selection = True
        try:
            ids = self._list_selected_ids()
            self.scene.select_entries(ids)
            if ids and ids[0] in self.scene.entry_items:
                self.view.ensureVisible(self.scene.entry_items[ids[0]], 20, 20)
        finally:
            self._syncing_selection = False

    def _canvas_selection_changed(self) -> None:
        if self._syncing_selection:
            return
        self._syncing_selection = True
        try:
            sel = self.tree.selectionModel()
            selection = QItemSelection()
            for eid in self.scene.selected_entry_ids():
                idx = self.model.entry_index(eid)
                if idx.isValid():
                    selection.select(idx, idx)
            sel.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if not selection.isEmpty():
                first = selection.indexes()[0]
                sel.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._syncing_selection = False

    # ----- themes and rubric ---------------------------------------------------------------

    def load_theme_list(self) -> list[str]:
        path = self._ask_open_file(
            self.tr("Load a theme list"), self.tr("Text files (*.txt);;All files (*)")
        )
        if path is None:
            return []
        try:
            raw = Path(path).read_text(encoding="utf-8-sig", errors="replace")
        except OSError as exc:
            self._show_error(
                self.tr("Theme list"),
                self.tr("The file could not be read: {reason}.").format(reason=exc.strerror),
            )
            return []
        themes: list[str] = []
        for line in raw.splitlines():
            line = " ".join(line.split())[:MAX_THEME_CHARS]
            if line and not line.startswith("#") and line not in themes:
                themes.append(line)
            if len(themes) >= MAX_THEMES:
                break
        try:
            self.store.set_setting(THEMES_SETTING, themes)
        except StoreError as exc:
            self._show_error(self.tr("Theme list"), str(exc))
        self.core.set_themes(themes)
        return themes

    # The Proficient checklist beside the map is a view of the rubric self-assessment
    # ("rubric.<row id>"), so the collected rubric view and this panel never disagree.
    def _load_checks(self) -> list[int]:
        checked, offset = [], 0
        for row in self.credential.rubric.rows_for(self.part.id):
            value = normalise(self.store.answer(self.workbook_id, rubric_key(row)))
            n = len(row.criteria.get("proficient", ()))
            checked += [offset + i for i in range(n) if tick_id("proficient", i) in value["ticked"]]
            offset += n
        return checked

    def _save_checks(self, indices: list[int]) -> None:
        updates, offset = {}, 0
        for row in self.credential.rubric.rows_for(self.part.id):
            value = normalise(self.store.answer(self.workbook_id, rubric_key(row)))
            n = len(row.criteria.get("proficient", ()))
            others = [t for t in value["ticked"] if not t.startswith("proficient:")]
            mine = [tick_id("proficient", i - offset) for i in indices if offset <= i < offset + n]
            updates[rubric_key(row)] = {"level": value["level"], "ticked": others + mine}
            offset += n
        for key, value in updates.items():
            self.doc.set_answer(key, value)
        if self.doc.flush():
            self.changed.emit()

    def _save_failed(self, message: str) -> None:
        # The change stays pending and is retried; the window's indicator says "Not saved".
        # One dialog when saving starts failing, not one per retry.
        self.status.setText(self.tr("Not saved yet (retrying): %1").replace("%1", message))
        if not self._failing:
            self._failing = True
            self._show_error(self.tr("Circle map not saved"), message)

    def _save_state(self, state: str, _message: str) -> None:
        if state == "saved" and self._failing:
            self._failing = False
            self._entries_changed([])

    # ----- printing and export -------------------------------------------------------------

    def display_list(self, title: str | None = None) -> DisplayList:
        return build_display_list(
            self.doc.map, self.labels, title=title or None, layout=self.doc.layout
        )

    def print_to(self, printer: QPrinter, title: str | None = None) -> None:
        """Paint the map on the printer's page (a real printer or a PDF QPrinter)."""
        painter = QPainter(printer)
        try:
            paint_page(painter, printer, self.display_list(title))
        finally:
            painter.end()

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(qt_page_layout(self.print_page, self.print_landscape))
        printer.setDocName(self.print_title or self.tr("Circle Map"))
        return printer

    def print_preview(self) -> int:
        """Preview with page setup (paper, orientation, margins) and an optional title line."""
        self.scene.commit_editor()
        return run_print_preview(self)

    def export_file(self, kind: str) -> Path | None:
        self.scene.commit_editor()
        stem = self.part.upload_name or "CircleMap"
        filters = {
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG drawing (*.svg)"),
            "pdf": self.tr("PDF document (*.pdf)"),
        }[kind]
        path = self._ask_save_file(
            self.tr("Export the circle map as {format}").format(format=kind.upper()),
            f"{stem}.{kind}",
            filters,
        )
        if path is None:
            return None
        path = Path(path)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            write_map(
                self.doc.map.to_dict(),
                self.labels,
                path,
                self.print_page,
                self.print_landscape,
                self.print_title or None,
            )
        except (OSError, ValueError) as exc:
            self._show_error(
                self.tr("Export failed"),
                self.tr("The map could not be exported: {error}").format(error=exc),
            )
            return None
        return path

    # ----- page protocol -------------------------------------------------------------------

    def flush(self) -> bool:
        """Commit typing in progress and write everything pending. True only when nothing is
        left unsaved (a failed write stays pending, and quitting warns)."""
        self.scene.commit_editor()
        self.core.commit()
        return self.doc.flush()

    @property
    def last_error(self) -> str:
        return self.doc.saver.last_error

    def focus_target(self, target: str) -> bool:
        """Targets from readiness and privacy: "map:center", "map:<ring>", "map:entry:<id>"."""
        if not target.startswith("map:"):
            return False
        what = target[4:]
        if what == "center":
            self.core.theme.setFocus()
            return True
        if what.startswith("entry:"):
            self.select_entry(what[6:])
            self.tree.setFocus()
            return True
        ids = [e.id for e in self.doc.map.entries if e.ring == what]
        if ids:
            self.select_entry(ids[0])
        self.tree.setFocus()
        return True
