"""GUI start-up: QApplication, definitions, the data folder (lock, integrity check, recovery,
backups), crash reporting, the main window.

The window is painted first, with the real start screen: the list of workbooks is read with
the standard sqlite3 module (store/listing.py) and the credentials' titles from their files
(definitions/titles.py). Right after that first paint, the catalog loads (and is validated),
SQLAlchemy is imported and the Store opens with its checks (quick_check, migrations, the
recovery dialogs), and the window is wired to them (MainWindow.attach). When the list cannot
be read that way (a schema this version must migrate or refuse, a file SQLite cannot read),
the Store opens before the window, as it always did.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QWidget,
)

from tli_workbook.logs import hold_logging, log, setup_logging
from tli_workbook.paths import APP_NAME, data_dir, resources_dir
from tli_workbook.store.errors import CorruptDatabaseError, StoreError
from tli_workbook.ui.wheel_guard import install_wheel_guard

if TYPE_CHECKING:
    from collections.abc import Mapping

    from tli_workbook.definitions import Catalog
    from tli_workbook.store import Store
    from tli_workbook.store.listing import Listing
    from tli_workbook.ui.crash import CrashHandler
    from tli_workbook.ui.main_window import MainWindow

EXIT_DEFINITIONS = 2
EXIT_STORE = 3
EXIT_SMOKE_TIMEOUT = 4
EXIT_ALREADY_RUNNING = 5
GUI_SWITCH_INTERVAL_S = 0.0005


class _FirstPaint(QObject):
    """The main window's first paint: `painted` is emitted once it has been drawn and shown
    (on the next turn of the event loop), and the filter removes itself."""

    painted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            if os.environ.get("TLI_WORKBOOK_PAINT_STAMP"):
                # benchmarks/run_all.py: when the first paint happened (wall clock, seconds).
                print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
            obj.removeEventFilter(self)
            # This paint event is still being handled; its children paint and the window is
            # flushed to the screen before a zero timer fires.
            QTimer.singleShot(0, self.painted.emit)
        return False


def app_icon() -> QIcon:
    """The app icon at every shipped size (window title bars, task switchers, dialogs)."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons" / "hicolor").glob("*/apps/tli-workbook.png")):
        icon.addFile(str(png))
    return icon


def make_app(argv: list[str] | None = None) -> QApplication:
    """The application with its name, icon, language, theme and wheel guard."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    # Every Python slot, event filter and override the GUI thread runs must take the
    # interpreter back from a worker (a dictionary load, a snapshot, a scan) first, and waits
    # up to one switch interval each time: at Python's 5 ms, the hundreds of such calls in
    # opening a workbook stretched its 55 ms of work to 140 ms while workers ran; at 0.5 ms,
    # 80 ms (benchmarks/visits_bench.py). It matters only while the GUI thread waits for it.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("TLI Workbook")
    app.setDesktopFileName("tli-workbook")
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    from tli_workbook import i18n
    from tli_workbook.ui import settings
    from tli_workbook.ui.theme import apply_theme

    if not i18n.installed_in(app):
        i18n.install(i18n.resolve(settings.get_str(i18n.PREFERENCE_KEY, "system")))
    # Before the theme and any widget: setting the style later would polish every widget again.
    install_wheel_guard(app)
    apply_theme()
    return app


class Recovery:
    """What to do when the database cannot be read: set it aside, offer the newest good
    backup. Questions go through `ask`, so tests answer them."""

    def __init__(self, folder: Path, ask) -> None:  # type: ignore[no-untyped-def]
        self.folder = folder
        self.ask = ask

    def run(self, error: CorruptDatabaseError) -> Store:
        from tli_workbook.store import Store, backups
        from tli_workbook.text.dates import format_moment

        aside = backups.set_aside(self.folder, "unreadable")
        log.error("Database unreadable (%s); set aside at %s", error.detail, aside)
        good = next((b for b in backups.list_backups(self.folder) if b.is_good()), None)
        # What SQLite said ("On tree page 13 cell 1...") is for the log, not the teacher.
        text = QCoreApplication.translate(
            "Startup",
            "Your workbooks database is damaged and could not be read (the details are in "
            "the log).\n\nNothing was deleted: the damaged file was moved to\n{path}\n\n",
        ).format(path=aside)
        if good is not None:
            titles = ", ".join(t for t, _ in good.summary()[:5]) or QCoreApplication.translate(
                "Startup", "no workbooks"
            )
            when = format_moment(good.taken)
            if self.ask(
                QCoreApplication.translate("Startup", "Restore from backup?"),
                text
                + QCoreApplication.translate(
                    "Startup",
                    "The newest good backup is from {when} and holds: {titles}.\n\n"
                    "Restore it now? (Choose Cancel to start with an empty database.)",
                ).format(when=when, titles=titles),
            ):
                backups.restore(self.folder, good.path)
                return Store(self.folder)
        else:
            self.ask(
                QCoreApplication.translate("Startup", "Starting with an empty database"),
                text
                + QCoreApplication.translate(
                    "Startup", "There is no backup to restore, so the app starts empty."
                ),
            )
        return Store(self.folder)


def open_store(folder: Path, ask, smoke: bool) -> Store:  # type: ignore[no-untyped-def]
    from tli_workbook.store.startup import open_checked

    try:
        return open_checked(folder, clean=True)
    except CorruptDatabaseError as exc:
        if smoke:
            raise
        return Recovery(folder, ask).run(exc)


class _IntegrityWatch(QObject):
    """SQLite's full integrity_check (which finds damage quick_check misses) on a worker
    thread after start; a problem is reported on the GUI thread."""

    problem = Signal(str)

    def start(self, db: Path) -> None:
        import threading

        from tli_workbook.store.database import integrity_check

        def run() -> None:
            try:
                result = integrity_check(db) if db.exists() else "ok"
            except Exception:
                log.exception("integrity_check failed to run")
                return
            if result != "ok":
                log.error("integrity_check: %s", result)
                self.problem.emit(result)

        threading.Thread(target=run, name="integrity-check", daemon=True).start()


def _integrity_problem(window: QWidget, log_path: Path | None) -> None:
    QMessageBox.warning(
        window,
        APP_NAME,
        QCoreApplication.translate(
            "Startup",
            "A check of your workbooks database found damage. Everything that could be read "
            "is open; keep working, but use File > Restore from backup if something is "
            "missing, and export your packet soon. Details are in the log:\n%1",
        ).replace("%1", str(log_path)),
    )


def start_failed(folder: Path, log_path: Path | None, exc: BaseException) -> bool:
    """The window could not be built: say what happened, where the log is, and offer the
    newest good backup. True when a backup was restored (the caller tries once more)."""
    from tli_workbook.store import backups

    log.exception("Start-up failed")
    good = next((b for b in backups.list_backups(folder) if b.is_good()), None)
    text = QCoreApplication.translate(
        "Startup",
        "TLI Workbook could not open your workbooks: %1\n\nNothing was deleted. Details are "
        "in the log:\n%2",
    )
    text = text.replace("%1", str(exc) or type(exc).__name__).replace("%2", str(log_path or "-"))
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    restore = None
    if good is not None:
        restore = box.addButton(
            QCoreApplication.translate("Startup", "Restore from backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore is not None and box.clickedButton() is restore and good is not None:
        backups.restore(folder, good.path)
        return True
    return False


def _clean_last_export(store: Store) -> None:
    """Leftovers of a killed export (hidden work folder and temp files) beside the last
    export are removed at start."""
    from tli_workbook.packet.atomic import clean_export_leftovers

    try:
        folder = store.setting("export.folder")
        if folder:
            clean_export_leftovers(Path(folder))
    except (OSError, StoreError):
        log.exception("Could not clean up after an earlier export")


def _ask(title: str, text: str, parent: QWidget | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Ok


def load_catalog(smoke: bool, parent: QWidget | None = None) -> Catalog | None:
    """The credential catalog, or None (said on stderr and, unless --smoke, in a message)
    when a definition is invalid: the app refuses to half-work with one."""
    from tli_workbook.definitions import DefinitionError, default_catalog

    try:
        return default_catalog()
    except DefinitionError as exc:
        _definition_invalid(exc, smoke, parent)
        return None


def _definition_invalid(exc: Exception, smoke: bool, parent: QWidget | None) -> None:
    print(f"tli-workbook: a credential definition is invalid: {exc}", file=sys.stderr)
    if not smoke:
        QMessageBox.critical(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "Startup",
                "A credential definition is invalid:\n\n{error}"
                "\n\nReinstall the app or restore the file.",
            ).format(error=exc),
        )


def _prepare(folder: Path, catalog: Catalog | None) -> tuple[Any, Any]:
    """On a worker thread, right after the first paint: the catalog and the checked Store
    (importing SQLAlchemy and the loader takes a few hundred milliseconds the window must
    not freeze for). What failed is returned, not raised, for the GUI thread to handle:
    (DefinitionError, None), or (catalog, StoreError) for a damaged or unusable database."""
    from tli_workbook.definitions import DefinitionError, default_catalog

    try:
        catalog = catalog or default_catalog()
    except DefinitionError as exc:
        return exc, None
    from tli_workbook.store.startup import open_checked

    try:
        return catalog, open_checked(folder, clean=True)
    except StoreError as exc:
        return catalog, exc


class Startup:
    """One start of the GUI, from the locked data folder to the wired window. The window may
    be painted before the Store opens (paint_first), or after (store_first)."""

    def __init__(
        self,
        app: QApplication,
        folder: Path,
        *,
        smoke: bool = False,
        open_archive: Path | None = None,
    ) -> None:
        self.app = app
        self.folder = folder
        self.log_path: Path | None = None  # the log file is opened once the window is up
        self.smoke = smoke
        self.open_archive = open_archive
        self.window: MainWindow | None = None
        self.crash: CrashHandler | None = None
        self.watch = _IntegrityWatch()
        self.first_paint = _FirstPaint(app)
        self.painted = False
        self.opened = False  # the Store is open and the window wired to it
        self.code = 0
        self._opening = False

    # ----- the two paths ---------------------------------------------------------------------

    def paint_first(
        self, listing: Listing, titles: Mapping[str, str], catalog: Catalog | None
    ) -> MainWindow:
        """Show the start screen from the list read at start; the Store opens right after
        the first paint (or after a while if the window is never painted, e.g. minimised)."""
        from tli_workbook.ui.main_window import MainWindow

        window = MainWindow(None, None, listing=listing, titles=titles)
        self.window = window
        self.first_paint.painted.connect(lambda: self.open_store(catalog))
        QTimer.singleShot(2000, window, lambda: self.open_store(catalog))
        self._show(window)
        return window

    def store_first(self, catalog: Catalog | None) -> int | None:
        """The ordinary path: the catalog, the Store (its recovery dialogs before any window),
        then the window. An exit code when it cannot start."""
        from tli_workbook.store import Store
        from tli_workbook.ui.main_window import MainWindow

        self.log_path = setup_logging(self.folder)
        catalog = catalog or load_catalog(self.smoke)
        if catalog is None:
            return EXIT_DEFINITIONS
        try:
            store = open_store(self.folder, _ask, self.smoke)
        except StoreError as exc:
            print(f"tli-workbook: {exc}", file=sys.stderr)
            if not self.smoke:
                QMessageBox.critical(None, APP_NAME, str(exc))
            return EXIT_STORE
        try:
            window = MainWindow(store, catalog)
        except Exception as exc:  # never a traceback on the terminal instead of a window
            store.close()
            if self.smoke or not start_failed(self.folder, self.log_path, exc):
                self._could_not_start(exc)
                return EXIT_STORE
            store = Store(self.folder)
            window = MainWindow(store, catalog)
        self.window = window
        self._opened(window)
        self._show(window)
        return None

    # ----- after the first paint -------------------------------------------------------------

    def open_store(self, catalog: Catalog | None) -> None:
        """Load the catalog and open the Store (quick check, migrations) on the task runner,
        then, on the GUI thread, recover a damaged database and wire the window. Runs once."""
        window = self.window
        if self._opening or window is None or not window.isVisible():
            return  # done already, or the window was closed first
        self._opening = True
        from tli_workbook.ui.tasks import runner

        self.log_path = setup_logging(self.folder)
        folder = self.folder
        runner().run(
            lambda _task: _prepare(folder, catalog),
            self._prepared,
            label=QCoreApplication.translate("Startup", "opening your workbooks"),
            owner=window,
            on_failure=self._not_prepared,
        )

    def _prepared(self, result: tuple[Any, Any]) -> None:
        from tli_workbook.definitions import DefinitionError
        from tli_workbook.store import Store

        window = self.window
        assert window is not None
        catalog, store = result
        if isinstance(catalog, DefinitionError):
            _definition_invalid(catalog, self.smoke, window)
            self._exit(EXIT_DEFINITIONS)
            return
        if isinstance(store, CorruptDatabaseError) and not self.smoke:
            try:
                store = Recovery(self.folder, lambda t, m: _ask(t, m, window)).run(store)
            except StoreError as exc:
                store = exc
        if isinstance(store, StoreError):
            print(f"tli-workbook: {store}", file=sys.stderr)
            if not self.smoke:
                QMessageBox.critical(window, APP_NAME, str(store))
            self._exit(EXIT_STORE)
            return
        try:
            window.attach(store, catalog)
        except Exception as exc:  # never a traceback on the terminal instead of a window
            store.close()
            if self.smoke or not start_failed(self.folder, self.log_path, exc):
                self._could_not_start(exc)
                self._exit(EXIT_STORE)
                return
            store = Store(self.folder)
            window.attach(store, catalog)
        self._opened(window)

    def _not_prepared(self, exc: BaseException) -> None:
        """Opening failed in a way the checks do not know (logged by the runner)."""
        if self.smoke or not start_failed(self.folder, self.log_path, exc):
            self._could_not_start(exc)
            self._exit(EXIT_STORE)
            return
        self._opening = False  # a backup was restored: once more
        self.open_store(None)

    def _opened(self, window: MainWindow) -> None:
        """The Store is open: the work that follows it at every start."""
        _clean_last_export(window.store)
        self.watch.problem.connect(lambda _r: _integrity_problem(window, self.log_path))
        if not self.smoke:
            QTimer.singleShot(3000, window, lambda: self.watch.start(window.store.db_path))
        from tli_workbook.ui.crash import CrashHandler

        self.crash = CrashHandler(
            self.log_path,
            window.save_all,
            lambda t, m, d: window.dialogs.error(t, m, d),
            window.close,
        )
        self.crash.install()
        if not self.smoke:
            QTimer.singleShot(2000, window, window.daily_backup)
        self.opened = True
        self._smoke_done()

    # ----- showing and ending ----------------------------------------------------------------

    def _show(self, window: MainWindow) -> None:
        self.first_paint.painted.connect(self._painted)
        window.installEventFilter(self.first_paint)
        if self.smoke:
            QTimer.singleShot(10_000, lambda: self._exit(EXIT_SMOKE_TIMEOUT))  # never hang
        window.show()
        if self.open_archive is not None and not self.smoke:
            path = self.open_archive
            # Asked once the window is up and the Store open (at once on the Store-first path).
            QTimer.singleShot(0, window, lambda: window.when_ready(window.offer_import, path))

    def _painted(self) -> None:
        self.painted = True
        self._smoke_done()

    def _smoke_done(self) -> None:
        # --smoke proves the whole start-up: the first paint and the Store opened after it.
        if self.smoke and self.painted and self.opened:
            QTimer.singleShot(0, self.app.quit)

    def _exit(self, code: int) -> None:
        self.code = code
        self.app.exit(code)

    def _could_not_start(self, exc: BaseException) -> None:
        print(f"tli-workbook: could not start: {exc!r} (log: {self.log_path})", file=sys.stderr)

    def finish(self, code: int) -> int:
        """After the event loop: the exit code; closes the Store."""
        code = self.code or code
        if self.smoke and code == 0 and not (self.painted and self.opened):
            code = EXIT_SMOKE_TIMEOUT
        if self.crash is not None:
            self.crash.uninstall()
        if self.window is not None and self.window.ready:
            self.window.store.close()
        return code


def _titles(catalog: Catalog | None) -> Mapping[str, str] | None:
    if catalog is None:
        from tli_workbook.definitions.titles import credential_titles

        return credential_titles()
    from tli_workbook.definitions.titles import TEAM_BINDER_ID

    titles = {c.id: c.title for c in catalog}
    titles[TEAM_BINDER_ID] = catalog.get(TEAM_BINDER_ID).title
    return titles


def run(
    data_dir_override: str | None, *, smoke: bool = False, open_archive: Path | None = None
) -> int:
    folder = data_dir(data_dir_override)
    from tli_workbook.store.listing import read_listing
    from tli_workbook.store.lock import AlreadyRunningError, InstanceLock
    from tli_workbook.ui import settings

    # Before the application's language and theme are chosen: they are this folder's.
    settings.use_folder(folder)
    app = make_app()
    catalog: Catalog | None = None
    if not folder.exists():
        # A first start: a broken definition must leave no data folder behind, so the
        # catalog is checked before the folder is made (later, after the first paint).
        catalog = load_catalog(smoke)
        if catalog is None:
            return EXIT_DEFINITIONS

    lock = InstanceLock(folder)
    try:
        lock.acquire()
    except AlreadyRunningError as exc:
        print(f"tli-workbook: {exc}", file=sys.stderr)
        if not smoke:
            QMessageBox.information(None, APP_NAME, str(exc))
        return EXIT_ALREADY_RUNNING
    except OSError as exc:
        print(f"tli-workbook: the data folder {folder} cannot be used: {exc}", file=sys.stderr)
        if not smoke:
            QMessageBox.critical(
                None,
                APP_NAME,
                QCoreApplication.translate(
                    "Startup",
                    "The data folder {folder} cannot be used: "
                    "{error}.\nChoose another with --data-dir.",
                ).format(folder=folder, error=exc.strerror or exc),
            )
        return EXIT_STORE
    hold_logging()
    log.info("Starting (data folder %s)", folder)
    start = Startup(app, folder, smoke=smoke, open_archive=open_archive)
    listing = read_listing(folder)
    titles = _titles(catalog) if listing is not None else None
    if listing is not None and titles is not None:
        start.paint_first(listing, titles, catalog)
    else:
        failed = start.store_first(catalog)
        if failed is not None:
            lock.release()
            return failed
    code = start.finish(app.exec())
    lock.release()
    log.info("Closed")
    if app.property("tli_restart") and not smoke:
        relaunch()  # after the lock is released, or the new app would find this one running
    return code


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this app (a bundle's executable, or Python
    with its -m or script and the same options)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, list(sys.orig_argv[1:])


def relaunch() -> bool:
    from PySide6.QtCore import QProcess

    program, args = restart_command()
    started = QProcess.startDetached(program, args, str(Path.cwd()))
    ok = bool(started[0] if isinstance(started, tuple) else started)
    if not ok:
        log.error("Could not start the app again: %s %s", program, args)
    return ok
