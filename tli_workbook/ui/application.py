"""GUI start-up: QApplication, definitions, the data folder, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tli_workbook.definitions import DefinitionError, default_catalog
from tli_workbook.paths import APP_NAME, data_dir, resources_dir
from tli_workbook.store import StoreError


class _FirstPaint(QObject):
    """Quits the app once the main window has painted (--smoke)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.painted = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.app.quit)
        return False


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("TLI Workbook")
    app.setDesktopFileName("tli-workbook")
    qss = resources_dir() / "styles" / "app.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


def run(data_dir_override: str | None, *, smoke: bool = False) -> int:
    app = make_app()
    try:
        catalog = default_catalog()
    except DefinitionError as exc:
        # Refuse to start rather than half-work with a broken definition.
        print(f"tli-workbook: a credential definition is invalid: {exc}", file=sys.stderr)
        if not smoke:
            QMessageBox.critical(
                None,
                APP_NAME,
                f"A credential definition is invalid:\n\n{exc}"
                "\n\nReinstall the app or restore the file.",
            )
        return 2
    folder = data_dir(data_dir_override)
    try:
        from tli_workbook.store.startup import open_checked

        store = open_checked(folder)
    except StoreError as exc:
        print(f"tli-workbook: {exc}", file=sys.stderr)
        if not smoke:
            QMessageBox.critical(None, APP_NAME, str(exc))
        return 3
    from tli_workbook.ui.main_window import MainWindow

    window = MainWindow(store, catalog)
    if smoke:
        watcher = _FirstPaint(app)
        window.installEventFilter(watcher)
        QTimer.singleShot(10_000, lambda: app.exit(4))  # never hang a smoke test
    window.show()
    code = app.exec()
    if smoke and code == 0 and not watcher.painted:
        code = 4
    store.close()
    return code
