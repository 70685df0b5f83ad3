"""What the first open of a workbook needs (the guidebook's tool files, the workbook view's
code) is loaded on the task runner once the Store is open, so opening reads none of it on the
GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from tli_workbook.definitions import tools as tools_module
from tli_workbook.ui.tasks import runner

REPO = Path(__file__).resolve().parents[2]


def test_tool_files_are_read_off_the_gui_thread_before_the_first_open(
    qtbot: Any, store: Any, catalog: Any, monkeypatch: Any
) -> None:
    from tli_workbook.store.archive import import_archive
    from tli_workbook.ui import settings
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    monkeypatch.setattr(settings, "_folder", store.data_dir)
    wid = import_archive(store, next((REPO / "resources" / "samples").glob("*.tliwb")))
    threads: list[str] = []
    read = tools_module.load_tool_file

    def reading(path):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return read(path)

    monkeypatch.setattr(tools_module, "load_tool_file", reading)
    tools_module.default_tools.cache_clear()  # as in a fresh start: nothing read yet
    try:
        make_app()
        window = MainWindow(store, catalog)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(runner().is_idle, timeout=30_000)
        files = len(tools_module.default_tools())
        assert len(threads) == files > 0 and all(t.startswith("tli-task") for t in threads)
        threads.clear()
        view = window.open_workbook(wid)
        assert view is not None
        assert threads == []  # opening (the toolkit's navigator) read no tool file
    finally:
        tools_module.default_tools.cache_clear()


def test_the_dictionary_loads_on_a_worker_before_the_first_open_and_once(
    qtbot: Any, store: Any, catalog: Any, monkeypatch: Any
) -> None:
    """Its parse held the interpreter for most of the first open: it is started while the
    start screen waits, off the GUI thread, and the open does not start another."""
    from tli_workbook.store.archive import import_archive
    from tli_workbook.ui import settings, spelling_service
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    monkeypatch.setattr(settings, "_folder", store.data_dir)
    wid = import_archive(store, next((REPO / "resources" / "samples").glob("*.tliwb")))
    threads: list[str] = []
    languages: list[str] = []
    make = spelling_service._make_checker

    def making(words, language="en"):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        languages.append(language)
        return make(words, language)

    monkeypatch.setattr(spelling_service, "_make_checker", making)
    make_app()
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(runner().is_idle, timeout=60_000)
    service = window.services["spelling"]
    language = service.language_for("")
    assert service.is_loaded(language)
    assert len(threads) == 1 and threads[0].startswith("tli-task")
    view = window.open_workbook(wid)
    assert view is not None
    qtbot.waitUntil(runner().is_idle, timeout=60_000)
    # Only a dictionary of another language (a field written in it) may load at the open.
    assert languages.count(language) == 1
    assert all(t.startswith("tli-task") for t in threads)


def test_every_step_of_the_page_code_warm_up_is_a_module() -> None:
    """The pages' code is imported ahead one module a turn, the heavy imports of a page's
    module before it; a renamed module would only be logged, and its page's first visit
    would import it all at once again."""
    import importlib.util

    from tli_workbook.ui import workbook_view

    chains = [*workbook_view._PAGE_MODULES.values(), *workbook_view._REVIEW_MODULES.values()]
    for chain in chains:
        assert chain and chain[-1].startswith("tli_workbook.ui."), chain
        for name in chain:
            assert importlib.util.find_spec(name) is not None, name
