"""Long forms are built a screenful at a time: what is on screen first, the rest on later turns
of the event loop (through the task runner's `later`), so a first visit paints at once.

A widget added to a window that is already built goes to the end of the window's Tab chain
(after the rubric panel, after the other pages); `place_in_chain` moves the focusable widgets
of such a late block to where the block would have been had it been built with the rest, so
Tab goes through a lazily built page exactly as through one built at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget


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


def settle_layouts() -> None:
    """Lay out now what was just built, so a box asked for at once already has its place (to
    scroll to, to click). Qt would do it on the next turn of the event loop."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
