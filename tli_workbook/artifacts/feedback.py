"""Participant feedback helpers: the personal-name warning for a respondent's role, and the
shape of an answer against the credential's "2-3 sentences or bullets" guidance.

A respondent is identified by role only ("Colleague, grade 7 math"). The name check is
deliberately simple and only warns: a false alarm costs a glance, a missed name is caught again
by the packet's privacy scan."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tli_workbook.text import count_bullets

# Honorifics that precede a surname ("Ms. Lopez", "Dr Chen", "mrs. lee"). Capitalised or
# followed by a period, so "MS science" (middle school) is not taken for a title.
_TITLES = re.compile(
    r"(?<!\w)(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?|(?i:mr|mrs|ms|mx|dr|prof)\.)\s*[A-Za-z]"
)
_CAP_WORD = re.compile(r"[A-Z][a-z'’\-]+")


@cache
def first_names() -> frozenset[str]:
    try:
        text = resources.files("tli_workbook.text").joinpath("first_names.txt").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return frozenset()  # the title check still works
    names = {line.strip().lower() for line in text.splitlines()}
    return frozenset(n for n in names if n and not n.startswith("#"))


def name_warning(role: str) -> str:
    """A warning for the teacher if `role` looks like a personal name; "" otherwise."""
    m = _TITLES.search(role)
    if m:
        return (
            f"“{role.strip()}” looks like a person's name (it starts with a title such as "
            "Mr. or Dr.). Describe the person by role only, for example “Colleague, grade 7 "
            "math”, so they cannot be identified."
        )
    words = role.replace(",", " ").split()
    names = first_names()
    for first, second in zip(words, words[1:], strict=False):
        if (
            _CAP_WORD.fullmatch(first)
            and _CAP_WORD.fullmatch(second.rstrip(".,;:"))
            and first.lower() in names
        ):
            return (
                f"“{first} {second.rstrip('.,;:')}” looks like a person's name. Describe the "
                "person by role only, for example “Colleague, grade 7 math”, so they cannot be "
                "identified."
            )
    return ""


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_RANGE = re.compile(
    r"\b(\d+|one|two|three|four|five|six)\s*(?:-|–|to)\s*(\d+|one|two|three|four|five|six)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]+(?:[\"')\]]*)(?=\s|$)")


def guidance_range(guidance: str) -> tuple[int, int] | None:
    """(2, 3) from "... in 2-3 sentences or 2-3 bulleted points"; None if none is stated."""
    m = _RANGE.search(guidance or "")
    if not m:
        return None

    def num(s: str) -> int:
        return int(s) if s.isdigit() else _NUMBER_WORDS[s.lower()]

    lo, hi = num(m.group(1)), num(m.group(2))
    return (lo, hi) if 0 < lo <= hi else None


_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|prof|st|no)\.", re.IGNORECASE)


def count_sentences(text: str) -> int:
    text = _ABBREVIATION.sub("x", text).strip()
    if not text:
        return 0
    ends = len(_SENTENCE_END.findall(text))
    # A last sentence without its full stop still counts.
    return ends + (0 if _SENTENCE_END.search(text[-3:] + " ") else 1)


@dataclass(frozen=True)
class AnswerShape:
    sentences: int
    bullets: int
    ok: bool | None  # None: no range stated, or nothing written yet

    def describe(self) -> str:
        if self.bullets:
            return f"{self.bullets} bullet{'s' if self.bullets != 1 else ''}"
        return f"{self.sentences} sentence{'s' if self.sentences != 1 else ''}"


def answer_shape(text: str, guidance: str) -> AnswerShape:
    """How an answer compares with the guidance (bullets if it has any, else sentences)."""
    bullets = count_bullets(text)
    sentences = count_sentences(text)
    rng = guidance_range(guidance)
    if rng is None or not text.strip():
        return AnswerShape(sentences, bullets, None)
    n = bullets or sentences
    return AnswerShape(sentences, bullets, rng[0] <= n <= rng[1])
