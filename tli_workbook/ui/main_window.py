"""The main window: start screen or an open workbook, menus, status bar. All signals from
children are wired here, in one place.

At start the window is built and painted before the Store is open (application.run): it
shows the start screen's list read with sqlite3, every menu is there, and what needs the
Store or the catalog (creating, opening, importing, preferences...) waits in a queue until
`attach` hands them over, right after the first paint; nothing clicked meanwhile is lost.
The workbook view and its pages, the export guard and the spelling service are imported
only when they are first needed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from tli_workbook import __version__
from tli_workbook.paths import APP_NAME, resources_dir
from tli_workbook.store.errors import StoreError
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.start_screen import StartScreen

if TYPE_CHECKING:
    from collections.abc import Mapping

    from tli_workbook.definitions import Catalog
    from tli_workbook.store import Store
    from tli_workbook.store.listing import Listing
    from tli_workbook.store.snapshot import Snapshot
    from tli_workbook.ui.tasks import Task
    from tli_workbook.ui.workbook_view import WorkbookView

log = logging.getLogger(__name__)

SAMPLE_ARCHIVE = "coaching-and-mentoring-sample.tliwb"
# How long after the key that started a save "Saving…" is shown (the write follows).
SAVING_SHOW_MS = 150


def display_name(name: object, *args: Any) -> str:
    # The text package loads its scanner on import: not before the first paint.
    from tli_workbook.text.display_names import display_name as shown

    return shown(name, *args)


# Imported by the first open besides the workbook view (the first page, the Toolkit's
# navigator and reflection panel, the spelling checker's code): on the GUI thread they made
# a third of the open's stall.
_FIRST_OPEN_MODULES = (
    "tli_workbook.ui.workbook_view",
    "tli_workbook.ui.pages.form_page",
    "tli_workbook.ui.forms.mnemonics",
    "tli_workbook.ui.toolkit.nav",
    "tli_workbook.ui.toolkit.reflection_panel",
    "tli_workbook.packet.tool_copy",
    "tli_workbook.circlemap.model",
    "tli_workbook.text.spelling",
    # Not the first open's, but the reflection panel's first build (Part 3): 40 ms of import.
    "tli_workbook.packet.builder",
)


def _warm_workbook_code(_task: Any) -> None:
    import importlib

    from tli_workbook.definitions.tools import default_tools

    for name in _FIRST_OPEN_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 (the page reports it itself when it is opened)
            log.exception("could not import %s ahead of the first open", name)
    default_tools()


def _export_guard(window: QWidget, snapshot: Snapshot) -> bool:
    # The readiness and privacy checks it runs load with the first export, not at start.
    from tli_workbook.ui.review.export_guard import export_guard_service

    return bool(export_guard_service(window, snapshot))


class MainWindow(QMainWindow):
    store: Store
    catalog: Catalog

    def __init__(
        self,
        store: Store | None,
        catalog: Catalog | None,
        parent: QWidget | None = None,
        *,
        listing: Listing | None = None,
        titles: Mapping[str, str] | None = None,
    ) -> None:
        """With a store and a catalog, the window is ready at once. Without (the start-up
        path), it shows `listing` with the credentials' `titles` until `attach`."""
        super().__init__(parent)
        self.ready = False
        self._waiting: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []
        self.dialogs = Dialogs(self)
        self.undo_group = QUndoGroup(self)
        # Shared by every page of every workbook (filled in by attach).
        self.services: dict = {"undo_group": self.undo_group}
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 800)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start = StartScreen(None, None, listing=listing, titles=titles)
        self.stack.addWidget(self.start)
        self.view: WorkbookView | None = None

        self.saved_label = QLabel("")
        self.saved_label.setObjectName("savedIndicator")
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.saved_label)
        # "Saving…" is shown a moment after the key that started it, not from the keystroke:
        # restyling the indicator costs as much as the keystroke itself, at every pause.
        self._saving_message = ""
        self._saving_shown = QTimer(self)
        self._saving_shown.setSingleShot(True)
        self._saving_shown.setInterval(SAVING_SHOW_MS)
        self._saving_shown.timeout.connect(
            lambda: self._show_save_state("pending", self._saving_message)
        )
        self._build_menus()
        self._wire_start()
        self._update_actions()
        self._build_memory()
        self._tell_english_content()
        if store is not None and catalog is not None:
            self.attach(store, catalog)

    # ----- the store, after the first paint --------------------------------------------------

    def attach(self, store: Store, catalog: Catalog) -> None:
        """The Store is open and the catalog loaded: wire everything that needs them, list
        from the Store, then do what was asked meanwhile, in the order it was asked."""
        from tli_workbook.ui.spelling_service import SpellingService

        self.store, self.catalog = store, catalog
        # The spelling dictionary loads on first use.
        self.services["spelling"] = SpellingService(store, self)
        self.services["export_guard"] = _export_guard
        self.start.attach(store, catalog)
        self.ready = True
        from tli_workbook.ui.tasks import runner

        # What opening a workbook first needs (the workbook view's code and the guidebook's 44
        # tool files, some 100 ms) is loaded now, off the GUI thread, while the list is read.
        runner().run(
            _warm_workbook_code,
            lambda _none: self._warm_dictionary(),
            label=self.tr("getting ready"),
            owner=self,
        )
        self._fill_recent()
        self._update_actions()
        if self._waiting:
            self.statusBar().clearMessage()
        waiting, self._waiting = self._waiting, []
        for fn, args in waiting:
            # One per turn of the event loop, after attach returns: a dialog one of them
            # opens does not run inside the start-up.
            QTimer.singleShot(0, lambda fn=fn, args=args: fn(*args))

    def _warm_dictionary(self) -> None:
        """Start loading the spelling dictionary of the app's language while the start screen
        waits: loaded by the first page of the first open, its parse on a worker held the
        interpreter for most of the open and doubled its stall."""
        from tli_workbook.ui.spelling_service import SpellingService

        service = self.services.get("spelling")
        if isinstance(service, SpellingService):
            service.checker(service.language_for(""))

    def when_ready(self, fn: Callable[..., Any], *args: Any) -> None:
        """fn(*args) now, or once the Store is open (a click in the first moments after the
        window appeared). The same request twice is done once."""
        if self.ready:
            fn(*args)
            return
        if (fn, args) not in self._waiting:
            self._waiting.append((fn, args))
        self.statusBar().showMessage(self.tr("Opening your workbooks…"))

    def _queued(self, fn: Callable[..., Any]) -> Callable[..., None]:
        """A slot that waits for the Store (signal arguments are passed on; a menu action's
        `checked` is not)."""

        def slot(*args: Any) -> None:
            self.when_ready(fn, *[a for a in args if not isinstance(a, bool)])

        return slot

    # ----- menus -----------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(slot)
        if menu is not None:
            menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        f = mb.addMenu(self.tr("&File"))
        self.act_new = self._action(
            self.tr("&New workbook…"),
            self._queued(self.new_workbook),
            QKeySequence.StandardKey.New,
            f,
        )
        self.act_home = self._action(
            self.tr("&All workbooks"), self._queued(self.show_start), "Ctrl+Shift+H", f
        )
        f.addSeparator()
        self.act_import = self._action(
            self.tr("&Import archive…"), self._queued(self.import_archive), None, f
        )
        self.act_export_archive = self._action(
            self.tr("&Export archive…"), self.export_archive, None, f
        )
        f.addSeparator()
        self.act_export_packet = self._action(
            self.tr("Export submission &packet…"), self.export_packet, "Ctrl+E", f
        )
        self.act_print_map = self._action(
            self.tr("Print &Circle Map…"), self.print_circle_map, "Ctrl+P", f
        )
        self.act_blank_form = self._action(
            self.tr("Print &blank feedback form…"),
            lambda: self.blank_feedback_form("print"),
            None,
            f,
        )
        self.act_blank_form_pdf = self._action(
            self.tr("Save blank feedback form as P&DF…"),
            lambda: self.blank_feedback_form("pdf"),
            None,
            f,
        )
        self.act_blank_form_docx = self._action(
            self.tr("Save blank feedback form as &Word…"),
            lambda: self.blank_feedback_form("docx"),
            None,
            f,
        )
        f.addSeparator()
        self.act_restore = self._action(
            self.tr("&Restore from backup…"), self._queued(self.restore_backup), None, f
        )
        f.addSeparator()
        self.workbook_actions: list[QAction] = [
            self.act_export_archive,
            self.act_export_packet,
            self.act_print_map,
            self.act_blank_form,
            self.act_blank_form_pdf,
            self.act_blank_form_docx,
        ]
        self.file_menu = f
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        f.addSeparator()
        f.addAction(self.act_quit)

        e = mb.addMenu(self.tr("&Edit"))
        from tli_workbook.ui.edit_actions import EditActions

        # Undo/Redo act on the focused text box, else on the page's own stack (the map).
        self.edit_actions = EditActions(self, self.undo_group)
        self.act_undo, self.act_redo = self.edit_actions.undo, self.edit_actions.redo
        e.addAction(self.act_undo)
        e.addAction(self.act_redo)
        e.addSeparator()
        self.act_find = self._action(
            self.tr("&Find in workbook…"), self.find_in_workbook, QKeySequence.StandardKey.Find, e
        )
        self.edit_menu = e

        g = mb.addMenu(self.tr("&Go"))
        self.act_next_part = self._action(self.tr("&Next part"), lambda: self.step_part(1), None, g)
        self.act_next_part.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Ctrl+]")])
        self.act_prev_part = self._action(
            self.tr("&Previous part"), lambda: self.step_part(-1), None, g
        )
        self.act_prev_part.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Ctrl+[")])
        self.go_menu = g

        h = mb.addMenu(self.tr("&Help"))
        self.help_menu = h
        self._build_help_menu(h)
        h.addSeparator()
        self._action(self.tr("&About and credits"), self._queued(self.show_about), None, h)

    # ----- help ------------------------------------------------------------------------------

    def _build_help_menu(self, h: Any) -> None:
        self.help_window: Any = None
        self.act_help = self._action(self.tr("&User guide"), self.show_help, "F1", h)
        self.act_help.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_help_pdf = self._action(
            self.tr("Save guide as &PDF…"), self.save_guide_pdf, None, h
        )

    # ----- preferences and memory ------------------------------------------------------------

    def _build_memory(self) -> None:
        """Edit > Preferences…, File > Open Recent, and the remembered window size and place."""
        from tli_workbook.ui import window_memory

        # The settings file is the data folder's (application.run points settings there).
        self.edit_menu.addSeparator()
        self.act_preferences = self._action(
            self.tr("&Preferences…"),
            self._queued(self.show_preferences),
            QKeySequence("Ctrl+,"),
            self.edit_menu,
        )
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.insertMenu(self.act_import, self.recent_menu)
        self.recent_menu.setEnabled(False)  # filled once the Store is open
        window_memory.restore_geometry(self)

    def _fill_recent(self) -> None:
        from tli_workbook.ui import window_memory

        if not self.ready:
            return
        self.recent_menu.clear()
        for n, wid in enumerate(window_memory.recent(), start=1):
            try:
                title = self.store.workbook(wid).title
            except StoreError:
                window_memory.forget_recent(wid)  # deleted since
                continue
            act = self.recent_menu.addAction(f"&{n} {title}")
            act.triggered.connect(lambda _checked=False, w=wid: self.open_workbook(w))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def show_preferences(self) -> None:
        from tli_workbook.ui.preferences import PreferencesDialog, spell_language, theme
        from tli_workbook.ui.theme import apply_theme

        dialog = PreferencesDialog(self.store, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            dialog.save()
            apply_theme(theme())
            self.services["spelling"].set_mode(spell_language())
            if dialog.restart_requested:
                self.restart()

    def restart(self) -> bool:
        """Close as on quitting (everything saved, the closing backup made); application.run
        then starts the app again with the same command line. False if the teacher kept the
        window open."""
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is None:
            return False
        app.setProperty("tli_restart", True)
        if self.close():
            return True
        app.setProperty("tli_restart", False)
        return False

    def _tell_english_content(self) -> None:
        """Once, the first time the app runs in a language other than English: NEA's own
        words are not translated."""
        from tli_workbook import i18n
        from tli_workbook.ui import settings

        if i18n.current() != "en" and not settings.get_bool(i18n.NOTICE_KEY):
            settings.set_value(i18n.NOTICE_KEY, True)
            self.statusBar().showMessage(i18n.english_content_notice(), 30000)

    def help_anchor(self) -> str:
        """The guide's section for what is on screen: a page may name its own (help_anchor),
        otherwise its part's kind and stage, or the review page, decide."""
        from tli_workbook.ui.help.guide import START, section_for_part, section_for_review

        if self.view is None or self.stack.currentWidget() is not self.view:
            return START
        page = self.view.stack.currentWidget()
        own = getattr(page, "help_anchor", None)
        if isinstance(own, str) and own:
            return own
        part = getattr(page, "part", None)
        if part is not None:
            return section_for_part(part.kind, part.stage)
        for page_id, widget in self.view.review_pages.items():
            if widget is page:
                return section_for_review(page_id)
        return START

    def show_help(self, anchor: str = "") -> None:
        from tli_workbook.ui.help.window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show_section(anchor or self.help_anchor())

    def save_guide_pdf(self) -> Task[Path] | None:
        from tli_workbook.ui.help.window import write_guide_pdf
        from tli_workbook.ui.tasks import runner

        path = self.dialogs.save_file(
            self.tr("Save the user guide as PDF"), "TLI Workbook guide.pdf", "PDF (*.pdf)"
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from tli_workbook.ui.preferences import paper_size

        paper = paper_size()
        return runner().run(
            lambda _task: write_guide_pdf(path, paper),
            lambda p: self.statusBar().showMessage(self.tr("Guide saved: %s") % p, 8000),
            label=self.tr("saving the user guide"),
            owner=self,
            dialogs=self.dialogs,
            failure_title=self.tr("Could not save the guide"),
            failure_hint=self.tr("Choose another folder and try again."),
            expected=(OSError,),
        )

    def _update_actions(self) -> None:
        for act in [*self.workbook_actions, self.act_find, self.act_next_part, self.act_prev_part]:
            act.setEnabled(self.view is not None)
        kinds = {p.kind for p in self.view.credential.parts} if self.view is not None else set()
        self.act_print_map.setEnabled("circle_map" in kinds)
        for act in (self.act_blank_form, self.act_blank_form_pdf, self.act_blank_form_docx):
            act.setEnabled("feedback" in kinds)

    def step_part(self, step: int) -> None:
        if self.view is not None:
            self.view.step_part(step)

    def find_in_workbook(self) -> None:
        """Edit > Find: the find bar over the open workbook."""
        if self.view is not None:
            self.view.show_find()

    def print_circle_map(self) -> None:
        if self.view is None:
            return
        from tli_workbook.ui.circlemap.editor import CircleMapPage

        parts = self.view.credential.parts_of_kind("circle_map")
        page = self.view.show_part(parts[0].id) if parts else None
        if isinstance(page, CircleMapPage):
            page.print_preview()

    def blank_feedback_form(self, how: str) -> None:
        if self.view is None:
            return
        from tli_workbook.ui.feedback import printing

        cred = self.view.credential
        parts = cred.parts_of_kind("feedback")
        if not parts:
            return
        if how == "print":
            printing.print_blank_form(cred, parts[0], self.dialogs, self)
        else:
            printing.save_blank_form(cred, parts[0], self.dialogs, how)

    # ----- start screen ----------------------------------------------------------------------

    def _wire_start(self) -> None:
        s = self.start
        s.openRequested.connect(self._queued(self.open_workbook))
        s.newRequested.connect(self._queued(self.new_workbook))
        s.renameRequested.connect(self._queued(self.rename_workbook))
        s.duplicateRequested.connect(self._queued(self.duplicate_workbook))
        s.deleteRequested.connect(self._queued(self.delete_workbook))
        s.importRequested.connect(self._queued(self.import_archive))
        s.sampleRequested.connect(self._queued(self.open_sample))

    def _guard(self, what: str, fn, *args):  # type: ignore[no-untyped-def]
        try:
            return fn(*args)
        except StoreError as exc:
            self.dialogs.error(what, str(exc))
            return None

    def new_workbook(self) -> None:
        from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog

        values, ok = NewWorkbookDialog.get(self.catalog, self)
        if not ok or values is None:
            return
        cid, title, fellow = values
        wid = self._guard(
            self.tr("Could not create the workbook"), self.store.create_workbook, cid, title, fellow
        )
        if wid is not None:
            self.open_workbook(wid)

    def rename_workbook(self, wid: int) -> None:
        info = self.store.workbook(wid)
        title, ok = self.dialogs.ask_text(
            self.tr("Rename workbook"), self.tr("New title:"), info.title
        )
        if ok and title.strip():
            self._guard(self.tr("Could not rename"), self.store.rename_workbook, wid, title)
            self.start.refresh(select=wid)

    def duplicate_workbook(self, wid: int) -> None:
        new = self._guard(self.tr("Could not duplicate"), self.store.duplicate_workbook, wid)
        self.start.refresh(select=new)

    def delete_workbook(self, wid: int) -> None:
        info = self.store.workbook(wid)
        if not self.dialogs.confirm(
            self.tr("Delete workbook"),
            self.tr(
                "Delete “{title}” and everything in it? This cannot be undone "
                "from the app (the last automatic backup still holds it)."
            ).format(title=display_name(info.title)),
            self.tr("Delete"),
        ):
            return
        if self.view is not None and self.view.workbook_id == wid:
            self.close_workbook()
        self._guard(self.tr("Could not delete"), self.store.delete_workbook, wid)
        self.start.refresh()

    def open_sample(self) -> None:
        """Import the sample workbook (on the task runner) and open it."""
        from tli_workbook.ui.tasks import wait_for

        path = resources_dir() / "samples" / SAMPLE_ARCHIVE
        task = self._import_task(path, self.tr("Could not open the sample"))
        wait_for(task)  # the caller expects the sample open; the window keeps painting
        if task.done and task.error is None and task.result is not None:
            self.open_workbook(task.result)

    def import_archive(self) -> None:
        path = self.dialogs.open_file(
            self.tr("Import workbook archive"), self.tr("Workbook archives (*.tliwb)")
        )
        if path is None:
            return

        self._import_task(path, self.tr("Could not import the archive"), self._imported)

    def offer_import(self, path: Path) -> Task[int] | None:
        """A .tliwb opened from the file manager or given on the command line: ask, then import
        it as a new workbook (the teacher's other workbooks are never touched)."""
        if not path.is_file():
            self.dialogs.error(
                self.tr("Could not open the archive"),
                self.tr("{0} was not found. It may have been moved or renamed.").format(
                    display_name(path, 120)
                ),
            )
            return None
        if not self.dialogs.confirm(
            self.tr("Import workbook archive"),
            self.tr(
                "Import “{0}” as a new workbook? Your other workbooks stay as they are."
            ).format(display_name(path.name)),
            self.tr("Import"),
        ):
            return None

        return self._import_task(path, self.tr("Could not import the archive"), self._imported)

    def _imported(self, wid: int) -> None:
        self.start.refresh(select=wid)
        self.statusBar().showMessage(
            self.tr("Imported “{0}”.").format(display_name(self.store.workbook(wid).title)), 5000
        )

    def _import_task(self, path: Path, failure_title: str, on_success: Any = None) -> Task[int]:
        """Import an archive on the task runner, behind a progress dialog."""
        from tli_workbook.store.archive import import_archive
        from tli_workbook.ui.tasks import progress_dialog, runner

        store = self.store
        task: Task[int] = runner().run(
            lambda _task: import_archive(store, path),
            on_success,
            label=self.tr("importing {0}").format(display_name(path.name)),
            owner=self,
            dialogs=self.dialogs,
            failure_title=failure_title,
            failure_hint=self.tr("Nothing was added to your workbooks."),
            expected=(StoreError, OSError),
        )
        progress_dialog(
            task,
            self,
            self.tr("Importing"),
            self.tr("Importing {0}").format(display_name(path.name)),
            cancellable=False,
        )
        return task

    def export_archive(self) -> Task[Path] | None:
        """Write the open workbook to an archive on the task runner."""
        if self.view is None:
            return None
        self.view.flush()
        info = self.store.workbook(self.view.workbook_id)
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in info.title).strip()
        dest = self.dialogs.save_file(
            self.tr("Export workbook archive"),
            f"{safe or 'workbook'}.tliwb",  # notr: a file name the teacher can change
            self.tr("Workbook archives (*.tliwb)"),
        )
        if dest is None:
            return None
        if dest.suffix != ".tliwb":
            dest = dest.with_suffix(".tliwb")
        from tli_workbook.store.archive import export_archive
        from tli_workbook.ui.tasks import progress_dialog, runner

        store, wid, target = self.store, self.view.workbook_id, dest
        task: Task[Path] = runner().run(
            lambda _task: export_archive(store, wid, target),
            lambda _p: self.statusBar().showMessage(
                self.tr("Saved archive {path}").format(path=display_name(target, 120)), 5000
            ),
            label=self.tr("writing the archive {0}").format(display_name(target.name)),
            owner=self,
            dialogs=self.dialogs,
            failure_title=self.tr("Could not export"),
            failure_hint=self.tr(
                "{0} was not written. Choose another folder (for example Documents) and "
                "export again."
            ).format(display_name(target, 120)),
            expected=(StoreError, OSError),
        )
        progress_dialog(
            task,
            self,
            self.tr("Exporting"),
            self.tr("Writing {0}").format(display_name(target.name)),
            cancellable=False,
        )
        return task

    def export_packet(self) -> None:
        if self.view is None:
            return
        from tli_workbook.ui.export_dialog import ExportDialog, ExportDoneDialog, run_export

        self.view.flush()
        store, wid = self.store, self.view.workbook_id
        snapshot = store.snapshot(wid)
        cred = self.view.credential
        if not self.confirm_ready_to_export(snapshot):
            return
        folder = Path(self.store.setting("export.folder", str(Path.home())))
        choice, ok = ExportDialog.get(cred, folder, self)
        if not ok or choice is None:
            return

        def file_path(sha: str) -> Path | None:
            p = store.file_path(sha)
            return p if p.exists() else None

        # Recorded before the export runs: if it is killed, the next start knows where its
        # hidden leftovers are.
        self.store.set_setting("export.folder", str(choice.folder))
        paths, error = run_export(self, snapshot, cred, file_path, choice)
        if paths is None:
            if error:
                self.dialogs.error(self.tr("The packet was not exported"), error)
            return
        self.dialogs.run(ExportDoneDialog(choice, paths, self))

    def confirm_ready_to_export(self, snapshot: Snapshot) -> bool:
        """Lists unfinished requirements and open privacy findings, and asks before going on."""
        guard = self.services.get("export_guard")
        return True if guard is None else bool(guard(self, snapshot))

    # ----- open workbook ---------------------------------------------------------------------

    def open_workbook(self, wid: int) -> WorkbookView | None:
        self.close_workbook()
        try:
            info = self.store.workbook(wid)
            cred = self.catalog.get(info.credential_id)
        except (StoreError, KeyError) as exc:
            self.dialogs.error(self.tr("Could not open the workbook"), str(exc))
            return None
        from tli_workbook.ui.workbook_view import WorkbookView

        # Made in the window's stack: a view built outside it was styled again, every widget
        # of its first page, when it was placed.
        self.view = WorkbookView(self.store, wid, cred, self.dialogs, self.services, self.stack)
        self.view.statusChanged.connect(self._on_save_state)
        self._remember_opened(self.view)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.view.focus_page()  # typing can start at once, without the mouse
        self.setWindowTitle(f"{display_name(info.title)} — {APP_NAME}")
        self.saved_label.setText(self.tr("All changes saved"))
        self._update_actions()
        return self.view

    def _remember_opened(self, view: WorkbookView) -> None:
        from tli_workbook.ui import window_memory

        window_memory.add_recent(view.workbook_id)
        window_memory.restore_view(view)

    def close_workbook(self) -> bool:
        if self.view is None:
            return True
        from tli_workbook.ui import window_memory

        window_memory.remember_view(self.view)
        if not self.view.flush():
            keep = self.dialogs.confirm(
                self.tr("Changes not saved"),
                self.tr(
                    "Some changes could not be saved: {error}\n\n"
                    "Keep the workbook open so they can still be saved (or copied somewhere safe)?"
                ).format(error=self.view.last_error),
                self.tr("Keep it open"),
            )
            if keep:
                return False
        view = self.view
        self.view = None
        self.stack.removeWidget(view)
        view.deleteLater()
        self.setWindowTitle(APP_NAME)
        self._update_actions()
        return True

    def show_start(self) -> None:
        if self.close_workbook():
            self.saved_label.setText("")
            self.start.refresh()
            self.stack.setCurrentWidget(self.start)

    def _on_save_state(self, state: str, message: str) -> None:
        if state == "pending":
            self._saving_message = message
            if not self._saving_shown.isActive():
                self._saving_shown.start()
        else:
            self._saving_shown.stop()  # saved (or failed) before "Saving…" was shown
            self._show_save_state(state, message)
        notice, self.store.journal_notice = self.store.journal_notice, None
        if notice:
            # After this slot returns: the autosave that noticed is still on the stack.
            title = self.tr("A file was removed")
            QTimer.singleShot(0, lambda: self.dialogs.warning(title, notice))

    def _show_save_state(self, state: str, message: str) -> None:
        texts = {"saved": self.tr("✓ All changes saved"), "pending": self.tr("Saving…")}
        text = texts.get(state) or self.tr("⚠ Not saved")
        if self.saved_label.text() != text:
            self.saved_label.setText(text)
        self.saved_label.setToolTip(message)
        if self.saved_label.property("state") != state:
            # Re-polishing restyles the label: on a change of state, not on every keystroke.
            self.saved_label.setProperty("state", state)
            self.saved_label.style().unpolish(self.saved_label)
            self.saved_label.style().polish(self.saved_label)
        if state == "error":
            self.statusBar().showMessage(message, 10000)

    def show_about(self) -> None:
        from tli_workbook.ui.about_dialog import AboutDialog

        AboutDialog(self.catalog, self).exec()

    # ----- durability ------------------------------------------------------------------------

    def save_all(self) -> bool:
        """Write everything pending. True when nothing is left unsaved."""
        return self.view.flush() if self.view is not None else True

    def check_journal(self) -> bool:
        """Say so when the database's journal was removed under the app (the store has saved
        a fresh copy by then). False when that happened."""
        from tli_workbook.store.journal import JournalLostError

        try:
            self.store.check_journal()
        except JournalLostError as exc:
            self.store.journal_notice = None
            self.dialogs.warning(self.tr("A file was removed"), str(exc))
            return False
        except StoreError as exc:
            self.dialogs.error(self.tr("Your workbooks file needs attention"), str(exc))
            return False
        return True

    def backup(self, reason: str) -> None:
        import sqlite3

        from tli_workbook.store import backups

        self.check_journal()  # a backup of a file whose journal was removed misses changes
        try:
            keep = int(self.store.setting("backup.keep", backups.DEFAULT_KEEP))
            backups.make_backup(self.store.data_dir, reason, keep)
        except (OSError, ValueError, StoreError, sqlite3.Error) as exc:
            # A failed backup must never stop the teacher working; it is logged and shown.
            from tli_workbook.logs import log

            log.warning("Backup (%s) failed: %s", reason, exc)
            self.statusBar().showMessage(
                self.tr("Automatic backup failed: {error}").format(error=exc), 10000
            )

    def daily_backup(self) -> Task[Any] | None:
        """The first backup of the day, on the task runner (the teacher may be typing)."""
        from tli_workbook.store import backups
        from tli_workbook.ui.tasks import runner

        data_dir = self.store.data_dir
        if not backups.due_daily(data_dir):
            return None
        keep = int(self.store.setting("backup.keep", backups.DEFAULT_KEEP))

        def failed(exc: BaseException) -> None:
            # A failed backup must never stop the teacher working; the runner logged it.
            self.statusBar().showMessage(
                self.tr("Automatic backup failed: {error}").format(error=exc), 10000
            )

        return runner().run(
            lambda _task: backups.make_backup(data_dir, "daily", keep),
            label=self.tr("making the daily backup"),
            owner=self,
            on_failure=failed,
        )

    def restore_backup(self) -> None:
        from tli_workbook.store import Store, backups
        from tli_workbook.text.dates import format_moment
        from tli_workbook.ui.restore_dialog import RestoreDialog
        from tli_workbook.ui.tasks import runner

        choice, ok = RestoreDialog.get(
            backups.list_backups(self.store.data_dir), self.catalog, self
        )
        if not ok or choice is None:
            return
        if not self.close_workbook():
            return
        folder = self.store.data_dir
        # Nothing may still be writing through the store that is about to be replaced.
        runner().cancel_all()
        runner().wait_idle()
        self.store.close()
        try:
            aside = backups.restore(folder, choice.path)
        except (OSError, ValueError) as exc:
            self.dialogs.error(self.tr("Could not restore"), str(exc))
            aside = None
        self.store = Store(folder)
        self.start.store = self.store
        self.show_start()
        if aside is not None:
            self.dialogs.info(
                self.tr("Backup restored"),
                self.tr(
                    "The backup from {taken} is now your database. The "
                    "database you had before was kept at:\n{path}"
                ).format(taken=format_moment(choice.taken), path=aside),
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.ready:
            # Closed before the Store opened (or after it failed to): nothing was written yet,
            # so there is nothing to save or back up.
            self._waiting.clear()
            self._remember_on_close()
            event.accept()
            return
        if self.view is not None and not self.view.flush():
            keep = self.dialogs.confirm(
                self.tr("Changes not saved"),
                self.tr(
                    "Some changes could not be saved: {error}\n\n"
                    "If you quit now they are lost. Keep the app open to fix the problem "
                    "(for example free disk space) so they can be saved?"
                ).format(error=self.view.last_error),
                self.tr("Keep the app open"),
            )
            if keep:
                event.ignore()
                return
        # Let background work stop at its next safe point (a file being attached finishes)
        # before the last backup. The close backup itself stays here: it copies only the
        # database (text, no attachments), and the process must not exit before it is done.
        from tli_workbook.ui.tasks import runner

        runner().cancel_all()
        runner().wait_idle()
        self.backup("close")
        self._remember_on_close()
        event.accept()

    def _remember_on_close(self) -> None:
        from tli_workbook.ui import window_memory

        if self.view is not None:
            window_memory.remember_view(self.view)
        window_memory.save_geometry(self)

    def version(self) -> str:
        return __version__
