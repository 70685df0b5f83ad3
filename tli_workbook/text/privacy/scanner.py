"""The scanner: :func:`scan_text` runs every rule over a text and resolves overlaps."""

from __future__ import annotations

from collections.abc import Sequence

from tli_workbook.text.privacy.finding import Finding, context
from tli_workbook.text.privacy.names import find_people
from tli_workbook.text.privacy.patterns import find_patterns, find_rooms
from tli_workbook.text.privacy.schools import find_schools
from tli_workbook.text.privacy.terms import find_terms
from tli_workbook.text.privacy.tokens import tokenize

Span = tuple[str, int, int]

# When two findings start at the same place, the more specific kind wins.
_PRIORITY = {
    kind: n
    for n, kind in enumerate(
        (
            "url",
            "email",
            "birthdate",
            "student_id",
            "phone",
            "address",
            "handle",
            "class_code",
            "room",
            "school",
            "place",
        )
    )
}


def _resolve(spans: list[Span]) -> list[Span]:
    """Drop findings that lie inside a longer finding; merge adjacent address parts."""
    terms = [s for s in spans if s[0] == "term"]
    # The teacher's own term says more than "possible name" for the same words.
    term_spans = {(s[1], s[2]) for s in terms}
    spans = [s for s in spans if s[0] != "person" or (s[1], s[2]) not in term_spans]
    # A name inside or across a school's name is the school ("Rosa Parks Elementary", "Go
    # Westview Eagles"): the school is the finding.
    schools = [s for s in spans if s[0] == "school"]
    if schools:
        spans = [
            s
            for s in spans
            if s[0] != "person" or not any(s[1] < b[2] and b[1] < s[2] for b in schools)
        ]
    others = sorted(
        {s for s in spans if s[0] != "term"},
        key=lambda s: (s[1], -s[2], _PRIORITY.get(s[0], 99)),
    )
    kept: list[Span] = []
    max_end = -1
    for span in others:
        if span[2] <= max_end:
            continue
        kept.append(span)
        max_end = span[2]
    # "1201 16th St., NW" + "Washington, DC 20036" -> one address.
    merged: list[Span] = []
    for span in kept:
        if (
            merged
            and span[0] == "address-tail"
            and merged[-1][0] == "address"
            and 0 <= span[1] - merged[-1][2] <= 3
        ):
            merged[-1] = ("address", merged[-1][1], span[2])
        elif span[0] == "address-tail":
            merged.append(("address", span[1], span[2]))
        else:
            merged.append(span)
    # Terms overlap only other terms' findings: "Jayden Brooks" is one, not three.
    kept_terms: list[Span] = []
    term_end = -1
    for span in sorted(set(terms), key=lambda s: (s[1], -s[2])):
        if span[2] <= term_end:
            continue
        kept_terms.append(span)
        term_end = span[2]
    return sorted(merged + kept_terms, key=lambda s: (s[1], s[2]))


def scan_spans(text: str, terms: Sequence[str] = ()) -> list[Span]:
    """(kind, start, end) of every finding in ``text``, in order of position."""
    if not text:
        return []
    tokens = tokenize(text)
    spans = find_patterns(text)
    schools = find_schools(text, tokens)
    spans += schools
    spans += find_rooms(text, has_school=bool(schools))
    spans += find_people(text, tokens)
    spans += find_terms(text, terms)
    return [s for s in _resolve(spans) if s[2] > s[1]]


def scan_text(text: str, *, terms: Sequence[str] = (), where: str = "") -> list[Finding]:
    """Return the possibly identifying details in ``text``, in order of position.

    ``terms`` are the teacher's own words to look for (names of students, colleagues, the
    school...; see ``review.people.people_terms``), matched with accents and case folded as
    whole words.  ``where`` is a location label such as "Part 1 Overview", copied into every
    finding.  The same function serves the Privacy page, ``tli-workbook check`` and the text
    read from pictures.
    """
    return [
        Finding(kind, text[start:end], start, end, context(text, start, end), where)
        for kind, start, end in scan_spans(text, terms)
    ]
