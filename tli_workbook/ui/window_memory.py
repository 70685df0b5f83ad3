"""What the main window remembers between sessions: its size and place, the workbook view's
splitter, the last page of each workbook and the recently opened workbooks (File > Open
Recent). Kept in the settings file; a damaged value only costs the default."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from tli_workbook.ui import settings

if TYPE_CHECKING:
    # The main window restores its size before its first paint; the workbook view (every
    # page) loads when a workbook opens.
    from tli_workbook.ui.workbook_view import WorkbookView

log = logging.getLogger(__name__)

KEY_GEOMETRY = "window/geometry"  # "x,y,width,height"
KEY_MAXIMIZED = "window/maximized"
KEY_SPLITTER = "window/navigator_split"  # "270,900"
KEY_RECENT = "recent/workbooks"  # workbook ids, newest first
RECENT_COUNT = 5
MIN_SIZE = (640, 480)


def _ints(text: str, count: int) -> list[int] | None:
    try:
        values = [int(v) for v in text.split(",")]
    except ValueError:
        return None
    return values if len(values) == count else None


def clamp_to_screen(rect: QRect, available: QRect) -> QRect:
    """The rectangle moved and shrunk so that it lies inside the available screen area (a
    window saved on a second monitor that is gone comes back onto the one there is)."""
    w = max(MIN_SIZE[0], min(rect.width(), available.width()))
    h = max(MIN_SIZE[1], min(rect.height(), available.height()))
    x = min(max(rect.x(), available.left()), available.right() + 1 - w)
    y = min(max(rect.y(), available.top()), available.bottom() + 1 - h)
    return QRect(max(x, available.left()), max(y, available.top()), w, h)


def restore_geometry(window: QMainWindow) -> None:
    values = _ints(settings.get_str(KEY_GEOMETRY), 4)
    if values is None:
        return
    rect = QRect(*values)
    screen = QGuiApplication.screenAt(rect.center()) or QGuiApplication.primaryScreen()
    if screen is not None:
        rect = clamp_to_screen(rect, screen.availableGeometry())
    window.setGeometry(rect)
    if settings.get_bool(KEY_MAXIMIZED):
        window.showMaximized()


def save_geometry(window: QMainWindow) -> None:
    g = window.normalGeometry() if window.isMaximized() else window.geometry()
    settings.set_values(
        {
            KEY_GEOMETRY: f"{g.x()},{g.y()},{g.width()},{g.height()}",
            KEY_MAXIMIZED: window.isMaximized(),
        }
    )


def _splitter(view: WorkbookView) -> QSplitter | None:
    return view.findChild(QSplitter)


def page_key(workbook_id: int) -> str:
    return f"workbook_{workbook_id}/last_page"


def remember_view(view: WorkbookView) -> None:
    """The splitter and the page on screen, when a workbook closes."""
    values: dict[str, str | bool | Path] = {}
    split = _splitter(view)
    if split is not None and all(s > 0 for s in split.sizes()):
        values[KEY_SPLITTER] = ",".join(str(s) for s in split.sizes())
    page = view.stack.currentWidget()
    part = getattr(page, "part", None)
    review = next((pid for pid, w in view.review_pages.items() if w is page), None)
    if part is not None:
        values[page_key(view.workbook_id)] = part.id
    elif review is not None:
        values[page_key(view.workbook_id)] = "review:" + review
    if values:
        settings.set_values(values)


def restore_view(view: WorkbookView) -> None:
    """The splitter sizes and the last page of this workbook, when it opens."""
    split = _splitter(view)
    sizes = _ints(settings.get_str(KEY_SPLITTER), 2)
    if split is not None and sizes is not None and all(s > 0 for s in sizes):
        split.setSizes(sizes)
    last = settings.get_str(page_key(view.workbook_id))
    if not last:
        return
    try:
        if last.startswith("review:"):
            if last[7:] in {pid for pid, *_ in _review_ids()}:
                view.show_review(last[7:])
        elif any(p.id == last for p in view.credential.parts):
            view.show_part(last)
    except Exception:  # a page that cannot be built must not stop the workbook opening
        log.exception("could not reopen page %s", last)


def _review_ids() -> list[tuple[str, str]]:
    from tli_workbook.ui.workbook_view import _REVIEW_PAGES

    return [(pid, label) for pid, label, _f in _REVIEW_PAGES]


def recent() -> list[int]:
    text = settings.get_str(KEY_RECENT)
    out: list[int] = []
    for part in text.split(","):
        if part.strip().isdigit() and int(part) not in out:
            out.append(int(part))
    return out[:RECENT_COUNT]


def add_recent(workbook_id: int) -> None:
    ids = [workbook_id] + [i for i in recent() if i != workbook_id]
    settings.set_value(KEY_RECENT, ",".join(str(i) for i in ids[:RECENT_COUNT]))


def forget_recent(workbook_id: int) -> None:
    settings.set_value(KEY_RECENT, ",".join(str(i) for i in recent() if i != workbook_id))
