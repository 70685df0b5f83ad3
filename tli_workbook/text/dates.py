"""Dates as a reader expects them in a packet, an annotation or a list, in the app's language:
"March 3, 2025, 3:30 PM" in English, "3 de marzo de 2025, 15:30" in Spanish.

The language is the one tli_workbook.i18n installed (English until then), so the dates in a
packet follow the language its headings are written in, whatever the system's locale is."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from tli_workbook import i18n

# English month names, for reading dates a teacher typed (evidence_readiness); not for showing.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# The weekday and what joins it to the rest of a long date ("dddd, "), in any locale's pattern.
_WEEKDAY = re.compile(r"d{4}[,.]?\s*|\s*[,.]?\s*d{4}")


def locale() -> QLocale:
    return QLocale(i18n.current())


def _day_pattern(loc: QLocale) -> str:
    """The locale's long date without the weekday: "MMMM d, yyyy" / "d 'de' MMMM 'de' yyyy"."""
    return _WEEKDAY.sub("", loc.dateFormat(QLocale.FormatType.LongFormat)).strip()


def _clean(text: str) -> str:
    # Qt's English time has a narrow no-break space before AM/PM; plain text wants a space.
    return text.replace("\u202f", " ")


def format_day(value: date) -> str:
    """A day in words: "March 3, 2025"."""
    loc = locale()
    return _clean(loc.toString(QDate(value.year, value.month, value.day), _day_pattern(loc)))


def format_moment(value: datetime) -> str:
    """A day and a time of day: "March 3, 2025, 3:30 PM" / "3 de marzo de 2025, 15:30"."""
    loc = locale()
    time = loc.toString(
        QTime(value.hour, value.minute), loc.timeFormat(QLocale.FormatType.ShortFormat)
    )
    return f"{format_day(value.date())}, {_clean(time)}"


def format_qdatetime(value: QDateTime) -> str:
    d, t = value.date(), value.time()
    return format_moment(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))


def format_date(value: Any) -> str:
    """ISO date or date-time -> "March 3, 2025" / "March 3, 2025, 3:30 PM"; other text as is."""
    if not isinstance(value, str) or not value.strip():
        return str(value or "").strip()
    s = value.strip()
    try:
        if len(s) <= 10:
            return format_day(date.fromisoformat(s))
        return format_moment(datetime.fromisoformat(s.replace("Z", "+00:00")))
    except ValueError:
        return s
