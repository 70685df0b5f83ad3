"""Shared fixtures. Tests run headless and never touch the user's real data folder."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Point every app-data lookup at a throwaway folder before anything imports the app.
_SESSION_DATA = Path(tempfile.mkdtemp(prefix="tli-test-data-"))
os.environ["TLI_WORKBOOK_DATA_DIR"] = str(_SESSION_DATA)
os.environ.setdefault("XDG_DATA_HOME", str(_SESSION_DATA / "xdg"))
# Text read in pictures is cached by file hash: one cache for the whole run, so the sample's
# pictures are read once however many tests, `check` processes and xdist workers scan them
# (each worker is its own process with its own session folder; they share the run's id).
_RUN = os.environ.get("PYTEST_XDIST_TESTRUNUID")
_OCR_CACHE = Path(tempfile.gettempdir()) / f"tli-test-ocr-{_RUN}" if _RUN else None
os.environ.setdefault("TLI_WORKBOOK_OCR_CACHE", str(_OCR_CACHE or _SESSION_DATA / "ocr-cache"))

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def free_widgets() -> None:
    """Delete every top-level widget now. pytest-qt only calls deleteLater() on the
    widgets a test registered, and without a running event loop nothing ever deletes them:
    windows piled up across a file (thousands of live widgets) and every later style-sheet
    polish or event walked them all."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        # Parented windows (dialogs) go with their parent; closeEvent is not sent again, as the
        # test's stores are closed by now.
        if widget.parentWidget() is None:
            widget.deleteLater()
    # Deferred deletes posted outside an event loop run only when asked for explicitly.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session", autouse=True)
def _widgets_application() -> object:
    """The full QApplication, made before any test runs: core code (the Circle Map exporter)
    makes a bare QGuiApplication when there is none, after which no widget test could make
    its QApplication. The order of the test files no longer matters."""
    from PySide6.QtWidgets import QApplication

    from tli_workbook import i18n

    app = QApplication.instance() or QApplication([sys.argv[0]])
    if not i18n.installed_in(app):
        i18n.install("en")  # the English plural forms, for core code tested without make_app
    return app


@pytest.fixture(autouse=True)
def _free_widgets_after_test() -> Iterator[None]:
    """Runs last in teardown (autouse fixtures are set up first), after pytest-qt closed the
    test's widgets and after the store fixtures closed their databases."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        free_widgets()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("TLI_WORKBOOK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir: Path):  # type: ignore[no-untyped-def]
    from tli_workbook.store import Store

    s = Store(data_dir)
    yield s
    s.close()


@pytest.fixture
def catalog():  # type: ignore[no-untyped-def]
    from tli_workbook.definitions import default_catalog

    return default_catalog()


@pytest.fixture
def window(qtbot, store, catalog):  # type: ignore[no-untyped-def]
    """The real main window on a fresh data folder, with dialogs that fail loudly if a test
    did not expect them."""
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    make_app()
    w = MainWindow(store, catalog)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
