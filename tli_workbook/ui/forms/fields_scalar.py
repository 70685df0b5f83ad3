"""Scalar field editors: date, datetime and number, each of which can also be EMPTY.

Qt's date editors have no "no date" state, so an untouched field would silently hold a real
date (2000-01-01). These editors show "No date" until the teacher picks or types one.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QRegularExpression,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QEnterEvent,
    QFocusEvent,
    QKeyEvent,
    QRegularExpressionValidator,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from tli_workbook.definitions.model import Field
from tli_workbook.ui.forms.base import FieldEditor, FormContext

# QDateTimeEdit's own lower bound doubles as the "no date" sentinel (Qt's documented idiom:
# minimum value + specialValueText). It is never returned by value().
NULL_DATE = QDate(1752, 9, 14)
NO_DATE_TEXT = str(QT_TRANSLATE_NOOP("NullableDate", "No date"))
START_TIME = QTime(9, 0)
DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


class _NullableMixin:
    """Shared by the date and date-time boxes: the empty state and how to leave it."""

    def _init_nullable(self) -> None:
        box: QDateTimeEdit = self  # type: ignore[assignment]
        box.setCalendarPopup(True)
        # The calendar (about 45 widgets, each styled) is made when the box is first
        # focused or hovered, not with the box: a plan with 14 dates opened a second slower.
        self._calendar_ready = False
        box.setMinimumDateTime(QDateTime(NULL_DATE, QTime(0, 0)))
        box.setSpecialValueText(QCoreApplication.translate("NullableDate", NO_DATE_TEXT))
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        box.setDateTime(box.minimumDateTime())
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus (or change) by wheel

    def _ensure_calendar(self) -> None:
        if self._calendar_ready:
            return
        self._calendar_ready = True
        box: QDateTimeEdit = self  # type: ignore[assignment]
        cal = QCalendarWidget()
        cal.setGridVisible(False)
        box.setCalendarWidget(cal)
        cal.installEventFilter(self)  # type: ignore[arg-type]

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        # Qt gives focus before it delivers the click that opens the popup, and the keyboard
        # (Alt+Down) needs focus too: the calendar exists whenever it can be opened.
        self._ensure_calendar()
        super().focusInEvent(event)  # type: ignore[misc]

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 (Qt override)
        self._ensure_calendar()
        super().enterEvent(event)  # type: ignore[misc]

    def is_null(self) -> bool:
        box: QDateTimeEdit = self  # type: ignore[assignment]
        return box.dateTime() <= box.minimumDateTime()

    def clear_value(self) -> None:
        box: QDateTimeEdit = self  # type: ignore[assignment]
        box.setDateTime(box.minimumDateTime())

    def start_today(self) -> None:
        """Leave the empty state at today, first section selected, ready for typing. The
        time starts at a school-day 9:00 AM, not at the hour the box was touched (which
        showed "6:00 PM" for a date typed in the evening)."""
        box: QDateTimeEdit = self  # type: ignore[assignment]
        box.setDateTime(QDateTime(QDate.currentDate(), START_TIME))
        box.setCurrentSectionIndex(0)
        box.setSelectedSection(box.sectionAt(0))

    def _typed_am_pm(self, event: QKeyEvent) -> bool:
        """'a' or 'p' anywhere in a box with a time switches to AM or PM: "3:30" then "p" is
        3:30 PM, in a 12-hour box and in a 24-hour one (15:30). Qt takes the letter only
        with the AM/PM section selected, so typing it after the minutes did nothing."""
        box: QDateTimeEdit = self  # type: ignore[assignment]
        letter = event.text().lower()
        if letter not in ("a", "p") or self.is_null():
            return False
        if not box.displayedSections() & QDateTimeEdit.Section.HourSection:
            return False
        t = box.time()
        box.setTime(QTime(t.hour() % 12 + (12 if letter == "p" else 0), t.minute()))
        return True

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        # Arrow keys, the wheel and PageUp/Down from "No date" start at today, not in 1752.
        if self.is_null():
            self.start_today()
            return
        super().stepBy(steps)  # type: ignore[misc]

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt override)
        # Tab steps through a date's sections; "No date" has none to step through, and Qt
        # kept the focus here for ever. Leave for the next widget instead.
        if self.is_null():
            return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]
        return super().focusNextPrevChild(next)  # type: ignore[misc]

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        # Scrolling the page over a date must scroll the page, not set a date by accident.
        box: QDateTimeEdit = self  # type: ignore[assignment]
        if box.hasFocus():
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        box: QDateTimeEdit = self  # type: ignore[assignment]
        if self.is_null() and event.text().isdigit():
            self.start_today()
        elif self._typed_am_pm(event):
            return
        elif (
            not self.is_null()
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and box.lineEdit().selectedText() == box.text()
        ):
            # Deleting the whole date empties the field (the keyboard twin of "Clear").
            self.clear_value()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        box: QDateTimeEdit = self  # type: ignore[assignment]
        shown = event.type() == QEvent.Type.Show and watched is box.calendarWidget()
        if shown and self.is_null():
            # Only turn the page: selecting a day here would already set the field.
            today = QDate.currentDate()
            box.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class NullableDateEdit(_NullableMixin, QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self._init_nullable()


class NullableDateTimeEdit(_NullableMixin, QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None, display: str = DATETIME_FORMAT) -> None:
        super().__init__(parent)
        self.setDisplayFormat(display)
        self._init_nullable()


def parse_iso_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        d = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return d if d.year > NULL_DATE.year() else None


def parse_iso_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt.replace(tzinfo=None) if dt.year > NULL_DATE.year() else None


class _DateEditorBase(FieldEditor):
    """A nullable date box with a Clear button beside it."""

    with_time = False

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self._loading = False
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.edit: NullableDateEdit | NullableDateTimeEdit = (
            NullableDateTimeEdit() if self.with_time else NullableDateEdit()
        )
        self.edit.setAccessibleName(field.label)
        self.edit.setAccessibleDescription(
            self.tr(
                "Type the date as year, month, day (and the time; A or P for AM or PM), or press "
                "Alt+Down for a calendar. Delete with all selected empties it."
            )
        )
        self.edit.setMinimumWidth(190 if self.with_time else 130)
        self.edit.dateTimeChanged.connect(self._on_changed)
        self.clear_btn = QToolButton()
        self.clear_btn.setText("✕")
        self.clear_btn.setAccessibleName(self.tr("Clear {label}").format(label=field.label))
        self.clear_btn.setToolTip(self.tr("Leave this date empty"))
        self.clear_btn.clicked.connect(self._clear_clicked)
        lay.addWidget(self.edit)
        lay.addWidget(self.clear_btn)
        lay.addStretch(1)
        self.setFocusProxy(self.edit)
        self._sync_clear()

    def _on_changed(self) -> None:
        self._sync_clear()
        if not self._loading:
            self.changed.emit()

    def _clear_clicked(self) -> None:
        self.edit.clear_value()
        self.edit.setFocus()

    def _sync_clear(self) -> None:
        self.clear_btn.setEnabled(not self.edit.is_null())

    def value(self) -> Any:
        if self.edit.is_null():
            return None
        if self.with_time:
            return self.edit.dateTime().toString("yyyy-MM-ddTHH:mm")
        return self.edit.date().toString("yyyy-MM-dd")

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            if self.with_time:
                dt = parse_iso_datetime(value)
                if dt is None:
                    self.edit.clear_value()
                else:
                    self.edit.setDateTime(
                        QDateTime(QDate(dt.year, dt.month, dt.day), QTime(dt.hour, dt.minute))
                    )
            else:
                d = parse_iso_date(value)
                if d is None:
                    self.edit.clear_value()
                else:
                    self.edit.setDate(QDate(d.year, d.month, d.day))
        finally:
            self._loading = False
        self._sync_clear()

    def focus_editor(self) -> None:
        self.edit.setFocus()


class DateEditor(_DateEditorBase):
    with_time = False


class DateTimeEditor(_DateEditorBase):
    with_time = True


class _NumberLine(QLineEdit):
    """Up/Down step by one, as in a spin box, without a spin box's forced 0."""

    def __init__(self, owner: NumberEditor) -> None:
        super().__init__()
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.owner.step(1 if event.key() == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)


class NumberEditor(FieldEditor):
    """A number that may be empty; limits are shown, and a value outside them is kept but
    flagged (a teacher's typing is never thrown away)."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = _NumberLine(self)
        self.edit.setAccessibleName(field.label)
        sign = "" if field.min is not None and field.min >= 0 else "-?"
        frac = "" if field.integer else r"([.,]\d{0,6})?"
        pattern = QRegularExpression(rf"^{sign}\d{{0,12}}{frac}$")
        self.edit.setValidator(QRegularExpressionValidator(pattern, self.edit))
        self.edit.setPlaceholderText(field.placeholder or _range_text(field) or self.tr("Number"))
        self.edit.setMaximumWidth(160)
        self.edit.textEdited.connect(self._on_edited)
        self.note = QLabel("")
        self.note.setObjectName("fieldWarning")
        lay.addWidget(self.edit)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self.setFocusProxy(self.edit)

    def _on_edited(self) -> None:
        self._check()
        self.changed.emit()

    def step(self, delta: int) -> None:
        current = self.value()
        base = current if current is not None else (self.field.min or 0) - delta
        new = base + delta
        if self.field.min is not None and new < self.field.min:
            new = self.field.min
        if self.field.max is not None and new > self.field.max:
            new = self.field.max
        self.edit.setText(_format_number(new, self.field.integer))
        self._on_edited()

    def _check(self) -> None:
        v = self.value()
        f = self.field
        bad = v is not None and (
            (f.min is not None and v < f.min) or (f.max is not None and v > f.max)
        )
        self.note.setText(self.tr("Expected {range}").format(range=_range_text(f)) if bad else "")

    def value(self) -> Any:
        text = self.edit.text().strip().replace(",", ".")
        if text in ("", "-", "."):
            return None
        try:
            number = float(text)
        except ValueError:
            return None
        if self.field.integer:
            return int(number)
        return int(number) if number.is_integer() else number

    def set_value(self, value: Any) -> None:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if ok and isinstance(value, float) and not math.isfinite(value):
            ok = False
        self.edit.setText(_format_number(value, self.field.integer) if ok else "")
        self._check()

    def focus_editor(self) -> None:
        self.edit.setFocus()


def _format_number(value: float, integer: bool) -> str:
    if integer or float(value).is_integer():
        return str(int(value))
    return f"{value:g}"


def _range_text(f: Field) -> str:
    lo = None if f.min is None else _format_number(f.min, f.integer)
    hi = None if f.max is None else _format_number(f.max, f.integer)
    if lo is not None and hi is not None:
        return QCoreApplication.translate("NumberEditor", "{low} to {high}").format(low=lo, high=hi)
    if lo is not None:
        return QCoreApplication.translate("NumberEditor", "{low} or more").format(low=lo)
    if hi is not None:
        return QCoreApplication.translate("NumberEditor", "up to {high}").format(high=hi)
    return ""
