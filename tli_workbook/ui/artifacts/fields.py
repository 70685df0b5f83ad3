"""Small editors for annotation elements: a date-time that can be empty, a count that can be
empty, and a short multi-line text."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QSpinBox,
    QToolButton,
    QWidget,
)

from tli_workbook.artifacts.annotation import MAX_PARTICIPANTS, parse_datetime
from tli_workbook.ui.forms.fields_text import PlainEditor

NOT_SET = "Not set"
# QDateTimeEdit cannot be empty: its minimum stands for "not set" and shows NOT_SET.
_EMPTY = QDateTime(QDate(1900, 1, 1), QTime(0, 0))


class _NullableDateTimeEdit(QDateTimeEdit):
    def _wake(self) -> None:
        # The first click or key on an empty field starts from today, not from 1900.
        if self.dateTime() == self.minimumDateTime():
            now = QDateTime.currentDateTime()
            self.setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0)))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._wake()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.text().strip() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._wake()
        super().keyPressEvent(event)


class OptionalDateTime(QWidget):
    """Value: ISO "YYYY-MM-DDTHH:MM" or None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = _NullableDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("MMM d, yyyy  h:mm AP")
        self.edit.setMinimumDateTime(_EMPTY)
        self.edit.setSpecialValueText(NOT_SET)
        self.edit.setDateTime(_EMPTY)
        self.edit.setMinimumWidth(210)
        self.clear_btn = QToolButton()
        self.clear_btn.setText("Clear")
        self.clear_btn.setToolTip("Leave the date and time empty")
        self.clear_btn.clicked.connect(self.clear)
        lay.addWidget(self.edit)
        lay.addWidget(self.clear_btn)
        lay.addStretch(1)
        self._loading = False
        self.edit.dateTimeChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def value(self) -> str | None:
        dt = self.edit.dateTime()
        if dt == self.edit.minimumDateTime():
            return None
        return dt.toString("yyyy-MM-ddTHH:mm")

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            parsed = parse_datetime(value)
            if parsed is None:
                self.edit.setDateTime(_EMPTY)
            else:
                self.edit.setDateTime(_qdatetime(parsed))
        finally:
            self._loading = False

    def clear(self) -> None:
        self.edit.setDateTime(_EMPTY)


def _qdatetime(dt: datetime) -> QDateTime:
    return QDateTime(QDate(dt.year, dt.month, dt.day), QTime(dt.hour, dt.minute))


class OptionalCount(QSpinBox):
    """A whole number that may be unset (shown as NOT_SET). Value: int or None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, MAX_PARTICIPANTS)
        self.setSpecialValueText(NOT_SET)
        self.setValue(-1)
        self.setMinimumWidth(110)
        self._loading = False
        self.valueChanged.connect(lambda _v: None if self._loading else self.changed.emit())

    def number(self) -> int | None:
        v = super().value()
        return None if v < 0 else v

    def set_number(self, value: Any) -> None:
        self._loading = True
        try:
            if isinstance(value, bool) or not isinstance(value, int | float):
                try:
                    value = int(str(value).strip())
                except ValueError:
                    value = -1
            self.setValue(int(value) if value >= 0 else -1)
        finally:
            self._loading = False


class ShortText(PlainEditor):
    """Two or three lines of text, for the purpose and equity elements."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(62)
        self.setTabChangesFocus(True)
        self._loading = False
        self.textChanged.connect(lambda: None if self._loading else self.changed.emit())

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.setPlainText(value if isinstance(value, str) else "")
        finally:
            self._loading = False
