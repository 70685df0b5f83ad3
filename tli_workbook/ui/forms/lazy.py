"""Long forms are built a screenful at a time: what is on screen first, the rest on later turns
of the event loop (through the task runner's `later`), so a first visit paints at once.

A widget added to a window that is already built goes to the end of the window's Tab chain
(after the rubric panel, after the other pages); `place_in_chain` moves the focusable widgets
of such a late block to where the block would have been had it been built with the rest, so
Tab goes through a lazily built page exactly as through one built at once.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tli_workbook.ui.tasks import runner


def chain_of(block: QWidget) -> list[QWidget]:
    """The focusable widgets of a block just added to its window, in Tab order. A freshly
    added block's widgets follow it in the chain, one after another."""
    out: list[QWidget] = []
    w = block.nextInFocusChain()
    while w is not None and w is not block and block.isAncestorOf(w):
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            out.append(w)
        w = w.nextInFocusChain()
    return out


def place_in_chain(anchor: QWidget | None, widgets: list[QWidget]) -> QWidget | None:
    """Move `widgets` (in their order) right after `anchor` in the Tab chain. Returns the new
    last widget of the run (the anchor when there is nothing to move)."""
    if anchor is None:
        return widgets[-1] if widgets else None
    prev = anchor
    for w in widgets:
        QWidget.setTabOrder(prev, w)
        prev = w
    return prev


def settle_layouts(widget: QWidget) -> None:
    """Lay out now what was just built in `widget` (shown), so a box asked for at once already
    has its place (to scroll to, to click); Qt would do it on the next turn of the event loop.
    Only this widget and the ones holding it: other pages' layouts keep Qt's own timing."""
    if not widget.isVisible():
        return
    w: QWidget | None = widget
    while w is not None:
        QApplication.sendPostedEvents(w, QEvent.Type.LayoutRequest)
        w = w.parentWidget()


def later(method: Callable[..., Any], *args: Any) -> None:
    """Run a widget's method on a later turn of the event loop (the task runner's `later`),
    holding the widget weakly: a page closed meanwhile is freed at once, and the call is
    then dropped."""
    ref = weakref.WeakMethod(method)
    owner = getattr(method, "__self__", None)
    alive = weakref.ref(owner) if owner is not None else None

    def call() -> None:
        bound, widget = ref(), alive() if alive is not None else None
        if bound is not None and widget is not None and shiboken6.isValid(widget):
            bound(*args)

    runner().later(call)


class LazyRows:
    """For an editor that builds its rows a few per turn: `_pending` holds what each row
    still to come is built from, `_build_late(item)` builds one. Asking for the rows (or Tab
    order, or a value) builds the rest first through finish_building()."""

    _pending: list[Any]

    def _build_late(self, item: Any) -> None:
        raise NotImplementedError

    def building(self) -> bool:
        return bool(self._pending)

    def finish_building(self) -> None:
        if not self._pending:
            return
        while self._pending:
            self._build_late(self._pending.pop(0))
        assert isinstance(self, QWidget)
        settle_layouts(self)
