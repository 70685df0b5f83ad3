"""Identifiable-information scanner.

Before a teacher exports a submission packet, the app looks for details that could identify a
student, a colleague, a school or the teacher: people's names in any form, schools and
districts, email addresses, phone numbers, street addresses, links, towns, dates of birth,
student ID numbers, social handles, class codes, room numbers, the teacher's own list of
people, and identifying metadata inside attached files.

Everything here is pure Python, offline and heuristic; a finding the teacher judges harmless
can be dismissed by its stable :attr:`Finding.key`.  Modules:

- ``scanner``: :func:`scan_text`, the one entry point for text;
- ``patterns``: identifiers with a shape (email, phone, dates of birth, IDs, handles...);
- ``names`` and ``schools``: people and schools, decided by word lists and context;
- ``terms``: the teacher's own terms; ``metadata_fields``: which file metadata identifies;
- ``wordlists`` and ``data/``: the word lists, as plain text files.
"""

from tli_workbook.text.privacy.finding import KIND_LABELS, KINDS, Finding
from tli_workbook.text.privacy.metadata_fields import scan_metadata
from tli_workbook.text.privacy.scanner import scan_spans, scan_text
from tli_workbook.text.privacy.wordlists import fold

__all__ = ["KINDS", "KIND_LABELS", "Finding", "fold", "scan_metadata", "scan_spans", "scan_text"]
