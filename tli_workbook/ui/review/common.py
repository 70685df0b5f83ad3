"""Shared pieces of the Review pages: page chrome, file access, and the session's ignored
privacy findings."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from tli_workbook.definitions.model import Credential
from tli_workbook.store import Store
from tli_workbook.ui import theme
from tli_workbook.ui.pages.base import ScrollPage

log = logging.getLogger(__name__)

Jump = Callable[[str, str], None]  # (part id, target)

# "Ignore once" lasts until the app quits: kept here, never written to the workbook.
_IGNORED: dict[tuple[str, int], set[str]] = {}


def session_ignored(store: Store, workbook_id: int) -> set[str]:
    """The finding keys the teacher chose to ignore in this session (a live, mutable set)."""
    return _IGNORED.setdefault((str(store.data_dir), workbook_id), set())


def stored_file(store: Store) -> Callable[[str], Path | None]:
    """file_path(sha) for the scanners: the stored file, or None when it is missing."""

    def file_path(sha: str) -> Path | None:
        try:
            path = store.file_path(sha)
        except Exception:  # noqa: BLE001 - a malformed reference is a missing file
            log.exception("The stored file %r cannot be found", sha)
            return None
        return path if path.exists() else None

    return file_path


class ReviewPage(ScrollPage):
    """A page of the Review group, with the same chrome as the part pages."""

    def __init__(
        self, credential: Credential, title: str, intro: str, parent: QWidget | None = None
    ) -> None:
        review = QCoreApplication.translate("ReviewPage", "REVIEW")
        super().__init__(f"{review}  ·  {credential.title}", title, intro, 12, parent)
        self.credential = credential


_ICONS: dict[tuple[str, str], QIcon] = {}


def status_icon(state: str) -> QIcon:
    """A small coloured disc with the state's mark, so rows keep readable black text."""
    key = (state, theme.current_scheme)
    if key not in _ICONS:
        size = 32  # drawn at 2x, shown at 16 px
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = theme.qcolor(f"mark.{state}")
        rect = QRectF(2, 2, size - 4, size - 4)
        if state in ("empty", "started"):
            p.setPen(QPen(colour, 2.5))
            p.drawEllipse(rect)
            if state == "started":  # half full, like the navigator's ◐
                p.setBrush(colour)
                p.drawPie(rect, 90 * 16, 180 * 16)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(rect)
            font = QFont()
            font.setPixelSize(20)
            font.setBold(True)
            p.setFont(font)
            p.setPen(theme.qcolor("mark.glyph"))
            glyph = {"complete": "✓", "todo": "✗"}[state]
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)
        p.end()
        pix.setDevicePixelRatio(2.0)
        _ICONS[key] = QIcon(pix)
    return _ICONS[key]


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text. Qt sizes tree rows before it knows the column
    widths, so long labels and contexts were cut off; this measures against the real width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        timer = QTimer(view)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_a: timer.start())

    def sizeHint(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return size
        width = self.view.header().sectionSize(index.column()) - 18  # item margins and padding
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            decorated = self.view.rootIsDecorated()
            width -= self.view.indentation() * (depth + int(decorated)) + 24  # icon
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        height = metrics.boundingRect(0, 0, max(width, 40), 100_000, flags, str(text)).height()
        return QSize(size.width(), max(size.height(), height + 8))


def label(text: str, name: str = "pageNote") -> QLabel:
    lab = QLabel(text)
    lab.setObjectName(name)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def set_state(widget: QWidget, state: str) -> None:
    """Set the `state` property the review style sheet colours by, and re-polish."""
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
