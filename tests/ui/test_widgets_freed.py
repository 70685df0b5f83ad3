"""Pages and dialogs are freed when they close, like novelWriter's checkWidgetFreedOnRelease:
a page or dialog that lingers (a child the window keeps, or a Python reference cycle through a
signal) grows the app with every workbook opened and every dialog shown, and slows every
style-sheet polish after it.

The checks run with the cyclic garbage collector off, so only Qt's own deletion and reference
counting may free the widget."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tli_workbook.ui.workbook_view import _REVIEW_PAGES


@pytest.fixture
def no_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _run_deferred_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _assert_freed(refs: dict[str, weakref.ref[QObject]]) -> None:
    _run_deferred_deletes()
    alive = [name for name, ref in refs.items() if ref() is not None]
    assert alive == [], f"still alive after closing: {alive}"


def _credential_ids() -> list[str]:
    from tli_workbook.definitions import default_catalog

    return [c.id for c in default_catalog()]


@pytest.mark.parametrize("credential_id", _credential_ids())
def test_every_page_is_freed_when_its_workbook_closes(
    window, store, catalog, no_gc, credential_id: str
) -> None:
    cred = catalog.get(credential_id)
    wid = store.create_workbook(credential_id, "Freed")
    view = window.open_workbook(wid)
    refs: dict[str, weakref.ref[QObject]] = {"view": weakref.ref(view)}
    for part in cred.parts:
        refs[part.id] = weakref.ref(view.show_part(part.id))
    for page_id, _label, _factory in _REVIEW_PAGES:
        refs[page_id] = weakref.ref(view.show_review(page_id))
    assert window.close_workbook()
    del view
    _assert_freed(refs)
    from tli_workbook.ui.workbook_view import WorkbookView

    assert window.findChildren(WorkbookView) == []


def _close_modal_soon(refs: dict[str, weakref.ref[QObject]], name: str) -> None:
    """Reject the dialog the code under test is about to exec(), remembering it weakly."""

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet on a busy machine: look again
            QTimer.singleShot(20, close)
            return
        refs[name] = weakref.ref(dialog)
        assert isinstance(dialog, QDialog)
        dialog.reject()

    QTimer.singleShot(0, close)


def _dialogs(window) -> list[Callable[[], object]]:
    from tli_workbook.store import backups

    wid = window.store.create_workbook("coaching-and-mentoring", "Dialogs")
    window.open_workbook(wid)
    backups.make_backup(window.store.data_dir, "test")
    return [
        window.show_about,
        window.new_workbook,
        window.export_packet,
        window.restore_backup,
        lambda: window.dialogs.error("Title", "An error", "details"),
        lambda: window.dialogs.confirm("Title", "Sure?"),
    ]


def test_every_dialog_is_freed_when_it_closes(window, no_gc, tmp_path: Path) -> None:
    before = {id(d) for d in window.findChildren(QDialog)}
    for index, open_dialog in enumerate(_dialogs(window)):
        refs: dict[str, weakref.ref[QObject]] = {}
        name = f"dialog {index}"
        _close_modal_soon(refs, name)
        open_dialog()
        assert name in refs, f"dialog {index} was not shown"
        _assert_freed(refs)
    left = [d for d in window.findChildren(QDialog) if id(d) not in before]
    assert [type(d).__name__ for d in left if shiboken6.isValid(d)] == []
