"""Pure-Python text services: word and bullet counting, identifiable-information scanning
(``privacy``), and an offline spell-check adapter.  Nothing here imports Qt.

``spelling`` is not imported here: it pulls in pyspellchecker, which the app should only load
when spell checking is first needed (``from tli_workbook.text.spelling import SpellCheck``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tli_workbook.lazy_names import lazy_names

if TYPE_CHECKING:
    from tli_workbook.text.counting import TextStats, count, count_bullets, count_words
    from tli_workbook.text.privacy import KINDS, Finding, fold, scan_metadata, scan_text

# Loaded on first use: the start screen formats its dates and titles with text.dates and
# text.display_names before its first paint, and importing the privacy scanner with them
# would cost it some 20 ms (word lists, patterns).
_LAZY = {
    "TextStats": "tli_workbook.text.counting",
    "count": "tli_workbook.text.counting",
    "count_bullets": "tli_workbook.text.counting",
    "count_words": "tli_workbook.text.counting",
    "KINDS": "tli_workbook.text.privacy",
    "Finding": "tli_workbook.text.privacy",
    "fold": "tli_workbook.text.privacy",
    "scan_metadata": "tli_workbook.text.privacy",
    "scan_text": "tli_workbook.text.privacy",
}


__getattr__ = lazy_names(__name__, _LAZY)


__all__ = [
    "KINDS",
    "Finding",
    "TextStats",
    "count",
    "count_bullets",
    "count_words",
    "fold",
    "scan_metadata",
    "scan_text",
]
