"""Dates as a reader expects them in a packet or an annotation ("March 3, 2025, 3:30 PM")."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_date(value: Any) -> str:
    """ISO date or date-time -> "March 3, 2025" / "March 3, 2025, 3:30 PM"; other text as is."""
    if not isinstance(value, str) or not value.strip():
        return str(value or "").strip()
    s = value.strip()
    try:
        if len(s) <= 10:
            d = date.fromisoformat(s)
            return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return s
    hour = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year}, {hour}:{dt.minute:02d} {ampm}"
