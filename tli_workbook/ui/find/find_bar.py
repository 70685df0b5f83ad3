"""The find bar over an open workbook: a search box and the hits with their place.

Searching reads a snapshot of the saved workbook (review.find), so what was typed a moment
ago is written first. Enter or a double-click on a hit goes there and selects it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.review.find import Hit

log = logging.getLogger(__name__)
HitRole = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 180  # wait for a pause in typing before searching


class _QueryEdit(QLineEdit):
    """Down moves into the hits; Escape closes the bar."""

    def __init__(self, bar: FindBar) -> None:
        super().__init__(bar)
        self.bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Down and self.bar.results.count():
            self.bar.results.setFocus()
            if self.bar.results.currentRow() < 0:
                self.bar.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)


class _Results(QListWidget):
    """Enter goes to the hit (QListWidget's activated is platform dependent for Enter)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self.itemActivated.emit(item)
                return
        super().keyPressEvent(event)


class FindBar(QFrame):
    """`search(query) -> hits` and `go(hit)` are given by the workbook view."""

    closed = Signal()

    def __init__(
        self,
        search: Callable[[str], list[Hit]],
        go: Callable[[Hit], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.search_fn, self.go_fn = search, go
        self.hits: list[Hit] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 6, 10, 6)
        col.setSpacing(4)
        row = QHBoxLayout()
        label = QLabel(self.tr("F&ind in this workbook:"))
        self.query = _QueryEdit(self)
        self.query.setObjectName("findQuery")
        self.query.setAccessibleName(self.tr("Find in this workbook"))
        self.query.setPlaceholderText(self.tr("A word or phrase from any answer, entry or note"))
        self.query.setClearButtonEnabled(True)
        label.setBuddy(self.query)
        self.count = QLabel("")
        self.count.setObjectName("findCount")
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(self.tr("Close find"))
        close.setToolTip(self.tr("Close find (Esc)"))
        close.clicked.connect(self.close_bar)
        row.addWidget(label)
        row.addWidget(self.query, 1)
        row.addWidget(self.count)
        row.addWidget(close)
        col.addLayout(row)
        self.results = _Results(self)
        self.results.setObjectName("findResults")
        self.results.setAccessibleName(self.tr("Places where the words were found"))
        self.results.setMaximumHeight(170)
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.itemActivated.connect(self._activated)
        self.results.itemDoubleClicked.connect(self._activated)
        col.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter)

    def open(self) -> None:
        self.show()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
        if self.query.text().strip():
            self.run()  # the workbook may have changed since the last search

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Cancel):
            self.close_bar()
            return
        super().keyPressEvent(event)

    def run(self) -> None:
        self._timer.stop()
        query = self.query.text()
        try:
            self.hits = self.search_fn(query) if query.strip() else []
        except Exception:  # a search must never take the window down with it
            log.exception("find failed")
            self.hits = []
        self.results.clear()
        for hit in self.hits:
            item = QListWidgetItem(f"{hit.source.place}\n    {hit.snippet}")
            item.setToolTip(hit.source.place)
            self.results.addItem(item)
        n = len(self.hits)
        if not query.strip():
            self.count.setText("")
        elif n == 0:
            self.count.setText(self.tr("Not found"))
        else:
            self.count.setText(self.tr("%n place(s)", "", n))
        if n:
            self.results.setCurrentRow(0)

    def _enter(self) -> None:
        if self._timer.isActive() or not self.hits:
            self.run()
        if self.hits:
            self.go(max(0, self.results.currentRow()))

    def _activated(self, item: QListWidgetItem) -> None:
        self.go(self.results.row(item))

    def go(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.results.setCurrentRow(row)
            self.go_fn(self.hits[row])
