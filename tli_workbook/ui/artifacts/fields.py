"""Small editors for annotation elements: a date-time that can be empty, a count that can be
empty, and a short multi-line text."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.artifacts.annotation import MAX_PARTICIPANTS, parse_datetime
from tli_workbook.ui.forms.fields_scalar import NullableDateTimeEdit
from tli_workbook.ui.forms.fields_text import PlainEditor

NOT_SET = str(QT_TRANSLATE_NOOP("OptionalCount", "Not set"))
# A Qt date format, translated so each language shows its own order ("22 sept 2025").
DISPLAY = str(QT_TRANSLATE_NOOP("OptionalDateTime", "MMM d, yyyy  h:mm AP"))


class OptionalDateTime(QWidget):
    """Value: ISO "YYYY-MM-DDTHH:MM" or None. Empty ("No date") until the teacher types or
    picks one; a photo's own date is offered beside it (offer()), never filled in unasked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        lay = QHBoxLayout()
        self.edit = NullableDateTimeEdit(display=self.tr(DISPLAY))
        self.edit.setMinimumWidth(210)
        self.clear_btn = QToolButton()
        self.clear_btn.setText(self.tr("Clear"))
        self.clear_btn.setToolTip(self.tr("Leave the date and time empty"))
        self.clear_btn.clicked.connect(self.clear)
        self.offer_btn = QToolButton()
        self.offer_btn.setObjectName("photoDate")
        self.offer_btn.hide()
        self.offer_btn.clicked.connect(self._take_offer)
        self._offered: str | None = None
        lay.addWidget(self.edit)
        lay.addWidget(self.clear_btn)
        lay.addStretch(1)
        column.addLayout(lay)
        # Under the box, not beside it: the card stays narrow enough for a 1024-pixel window.
        column.addWidget(self.offer_btn, 0, Qt.AlignmentFlag.AlignLeft)
        self._loading = False
        self.edit.dateTimeChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        self._sync_offer()
        if not self._loading:
            self.changed.emit()

    def value(self) -> str | None:
        if self.edit.is_null():
            return None
        return self.edit.dateTime().toString("yyyy-MM-ddTHH:mm")

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            parsed = parse_datetime(value)
            if parsed is None:
                self.edit.clear_value()
            else:
                self.edit.setDateTime(_qdatetime(parsed))
        finally:
            self._loading = False
        self._sync_offer()

    def clear(self) -> None:
        self.edit.clear_value()

    def offer(self, iso: str | None) -> None:
        """Offer a date the file itself carries (a photo's "taken" time); None withdraws it."""
        self._offered = iso if parse_datetime(iso) is not None else None
        self._sync_offer()

    def _take_offer(self) -> None:
        if self._offered is not None:
            self.set_value(self._offered)
            self.changed.emit()
            self.edit.setFocus()

    def _sync_offer(self) -> None:
        parsed = parse_datetime(self._offered)
        if parsed is None or self.value() == self._offered:
            self.offer_btn.hide()
            return
        shown = QLocale().toString(_qdatetime(parsed), self.tr(DISPLAY)).replace("  ", " ")
        self.offer_btn.setText(self.tr("Use the photo's date: {0}").format(shown))
        self.offer_btn.setToolTip(self.tr("The date and time the photo was taken"))
        self.offer_btn.setAccessibleName(self.offer_btn.text())
        self.offer_btn.show()


def _qdatetime(dt: datetime) -> QDateTime:
    return QDateTime(QDate(dt.year, dt.month, dt.day), QTime(dt.hour, dt.minute))


class OptionalCount(QSpinBox):
    """A whole number that may be unset (shown as NOT_SET). Value: int or None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, MAX_PARTICIPANTS)
        self.setSpecialValueText(self.tr(NOT_SET))
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
