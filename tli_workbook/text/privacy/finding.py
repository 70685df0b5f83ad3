"""What the scanner reports: a :class:`Finding` and the kinds it can have."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KINDS: tuple[str, ...] = (
    "email",
    "phone",
    "address",
    "url",
    "person",
    "school",
    "place",
    "birthdate",
    "student_id",
    "handle",
    "class_code",
    "room",
    "term",
    "metadata",
)

# Shown translated: QCoreApplication.translate("PrivacyFinding", KIND_LABELS[kind]).
KIND_LABELS: dict[str, str] = {
    "email": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Email address")),
    "phone": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Phone number")),
    "address": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Street address")),
    "url": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Link")),
    "person": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Possible name")),
    "school": str(QT_TRANSLATE_NOOP("PrivacyFinding", "School or district")),
    "place": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Town and state")),
    "birthdate": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Date of birth")),
    "student_id": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Student ID number")),
    "handle": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Social media handle or hashtag")),
    "class_code": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Class join code")),
    "room": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Room number")),
    "term": str(QT_TRANSLATE_NOOP("PrivacyFinding", "Your term")),
    "metadata": str(QT_TRANSLATE_NOOP("PrivacyFinding", "File metadata")),
}

CONTEXT = 40


@dataclass(frozen=True, slots=True)
class Finding:
    """One possibly identifying detail found in a piece of text or a file."""

    kind: str
    text: str
    start: int
    end: int
    context: str
    where: str = ""

    @property
    def key(self) -> str:
        """A stable identifier, so a finding the user marked as fine stays dismissed.

        It depends on the location label, the kind and the matched text (case and spacing
        folded), not on the offset, so it survives edits elsewhere in the text.
        """
        folded = " ".join(self.text.lower().split())
        digest = hashlib.sha1(f"{self.where}\x1f{self.kind}\x1f{folded}".encode())
        return f"{self.kind}:{digest.hexdigest()[:16]}"

    @property
    def label(self) -> str:
        """A human-readable name for the kind."""
        label = KIND_LABELS.get(self.kind)
        return QCoreApplication.translate("PrivacyFinding", label) if label else self.kind


def context(text: str, start: int, end: int) -> str:
    """The words around ``text[start:end]`` on one line, with an ellipsis where cut."""
    left = max(0, start - CONTEXT)
    right = min(len(text), end + CONTEXT)
    snippet = " ".join(text[left:right].split())
    if left > 0:
        snippet = "…" + snippet
    if right < len(text):
        snippet = snippet + "…"
    return snippet
