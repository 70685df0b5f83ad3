"""Readiness items about evidence: files that will reach the assessor only as the original file
in the upload kit, and annotations that do not seem to mention an element the credential asks
for. Both are hints (warnings): they never stop a workbook from being ready.

Its own module, called once from readiness.part_status, so the rules stay in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Part
from tli_workbook.packet.evidence.kinds import describe_original, travels_as_original
from tli_workbook.review.items import Item
from tli_workbook.text.dates import MONTHS
from tli_workbook.text.display_names import display_name

_NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "dozen",
    "hundred",
]
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "that",
        "this",
        "from",
        "into",
        "their",
        "they",
        "them",
        "were",
        "was",
        "are",
        "our",
        "your",
        "have",
        "has",
        "had",
        "will",
        "would",
        "about",
        "each",
        "every",
        "what",
        "when",
        "where",
        "which",
        "while",
        "how",
        "who",
        "whom",
        "been",
        "being",
        "also",
        "more",
        "most",
        "some",
        "such",
        "than",
        "then",
        "there",
        "these",
        "those",
        "very",
    ]
)
# Words that show an element is addressed even when the teacher phrased it differently.
_CUES: dict[str, tuple[str, ...]] = {
    "purpose": ("purpose", "used", "use ", "to help", "so that", "aim", "goal", "in order to"),
    "equity": (
        "equit",
        "inclus",
        "divers",
        "access",
        "every student",
        "all students",
        "each student",
        "culturally",
        "multilingual",
        "fair",
    ),
}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


def _mentions_date(text: str, value: Any) -> bool:
    low = text.lower()
    months = [m.lower() for m in MONTHS]
    if any(re.search(rf"\b{m[:3]}[a-z]*\.?\s*\d", low) for m in months):
        return True
    if re.search(r"\b\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b", low):
        return True
    if re.search(r"\b\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)\b|\b\d{1,2}:\d{2}\b", low):
        return True
    return any(d in low for d in _WEEKDAYS)


def _mentions_count(text: str, value: Any) -> bool:
    low = text.lower()
    given = str(value or "").strip()
    if given.isdigit():
        n = int(given)
        if re.search(rf"\b{n}\b", low):
            return True
        if 1 <= n <= 20:
            return re.search(rf"\b{_NUMBER_WORDS[n - 1]}\b", low) is not None
        return False
    return bool(re.search(r"\b\d+\b", low)) or any(
        re.search(rf"\b{w}\b", low) for w in _NUMBER_WORDS
    )


def _mentions_text(element_id: str, label: str, text: str, value: Any) -> bool:
    low = text.lower()
    if any(cue in low for cue in _CUES.get(element_id, ())):
        return True
    given = _words(str(value or ""))
    if given and len(given & _words(text)) >= min(2, len(given)):
        return True
    return bool(_words(label) & _words(text)) and element_id not in _CUES


_CHECKS: dict[str, Callable[[str, Any], bool]] = {
    "date_time": _mentions_date,
    "participants": _mentions_count,
}


def mentions(element_id: str, label: str, text: str, value: Any = None) -> bool:
    """Whether an annotation seems to give an element ("date_time", "participants",
    "purpose", "equity" or any other id, judged by its label's words)."""
    if not text.strip():
        return False
    check = _CHECKS.get(element_id)
    if check is not None:
        return check(text, value)
    return _mentions_text(element_id, label, text, value)


def annotation_items(part: Part, art: Mapping[str, Any], i: int, target: str) -> Iterator[Item]:
    """One hint per annotation element the annotation does not seem to mention. The elements
    the teacher filled in beside it help write it; only the annotation reaches the packet."""
    text = str(art.get("description") or "")
    if not text.strip():
        return  # the word-count item already asks for the annotation
    raw_fields = art.get("fields")
    fields = raw_fields if isinstance(raw_fields, Mapping) else {}
    for el in part.annotation_elements:
        if mentions(el.id, el.label, text, fields.get(el.id)):
            continue
        yield Item(
            part.id,
            target,
            QCoreApplication.translate(
                "EvidenceReadiness", "Artifact {i} annotation: {element}"
            ).format(i=i, element=el.label),
            True,
            QCoreApplication.translate(
                "EvidenceReadiness",
                "The annotation does not seem to mention this ({element}): the assessor "
                "reads only the annotation",
            ).format(element=el.label.lower()),
            True,
            warning=True,
        )


def original_file_items(
    part: Part, snap: Mapping[str, Any], files: Mapping[str, Any]
) -> Iterator[Item]:
    """A warning for each attached file that cannot be laid out in the packet and reaches the
    assessor only as the original file in the upload kit (audio, video, other formats)."""
    arts = [a for a in snap.get("artifacts") or [] if a.get("part") == part.id]
    for i, art in enumerate(arts, 1):
        sha = art.get("file")
        if not isinstance(sha, str) or not sha:
            continue
        media = str((files.get(sha) or {}).get("media_type", ""))
        name = str(art.get("filename") or "")
        if travels_as_original(media, name):
            what = describe_original(media, name)
            yield Item(
                part.id,
                f"artifact:{art.get('id')}",
                QCoreApplication.translate(
                    "EvidenceReadiness", "Artifact {i}: {name} travels only as the original file"
                ).format(i=i, name=display_name(name) if name else what),
                True,
                QCoreApplication.translate(
                    "EvidenceReadiness",
                    "The packet cannot show this {what}: it carries a page naming it, and the "
                    "file goes into the upload kit for the assessor to open. Export the upload "
                    "kit and upload that file too.",
                ).format(what=what),
                True,
                warning=True,
            )
