"""Pure-Python text services: word and bullet counting, identifiable-information scanning
(``privacy``), and an offline spell-check adapter.  Nothing here imports Qt.

``spelling`` is not imported here: it pulls in pyspellchecker, which the app should only load
when spell checking is first needed (``from tli_workbook.text.spelling import SpellCheck``).
"""

from tli_workbook.text.counting import TextStats, count, count_bullets, count_words
from tli_workbook.text.privacy import KINDS, Finding, fold, scan_metadata, scan_text

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
