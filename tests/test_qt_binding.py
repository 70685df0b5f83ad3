"""Guards against a Qt for Python build that leaks references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call that returns nothing;
after a few thousand painter calls Python aborts with "none_dealloc". pyproject.toml pins a
version without the bug; this test fails if the pin is ever lifted to a broken build.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_void_calls_do_not_leak_references_to_none(qapp) -> None:
    img = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(img)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.setPen(QPen(QColor("red")))
        painter.drawLine(0, 0, 10, 10)
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100, f"None lost {before - after} references in 1,000 calls"
