"""How an answer stands against its word/bullet range: one function for counters, readiness
and export."""

from __future__ import annotations

from dataclasses import dataclass

from tli_workbook.definitions.model import Range
from tli_workbook.text import count_bullets, count_words


@dataclass(frozen=True)
class LimitStatus:
    words: int
    bullets: int
    word_range: Range | None
    bullet_range: Range | None
    state: str  # "empty", "below", "within", "above"
    satisfied_by: str  # "words", "bullets", "words and bullets" or ""

    @property
    def ok(self) -> bool:
        return self.state == "within"

    def summary(self) -> str:
        """'312 / 350-500 words' or '72 words (50-150) · 4 bullets (3-5)'."""
        parts = []
        if self.word_range is not None:
            parts.append(f"{self.words} / {_range_text(self.word_range)} words")
        else:
            parts.append(f"{self.words} words")
        if self.bullet_range is not None:
            parts.append(f"{self.bullets} / {_range_text(self.bullet_range)} bullets")
        return " · ".join(parts)

    def explanation(self) -> str:
        if self.state == "empty":
            return "Not started"
        if self.state == "within":
            if self.bullet_range is not None:
                return f"Within range (by {self.satisfied_by})"
            return "Within range"
        wr = self.word_range
        if self.state == "below":
            if wr is not None and wr.min is not None and self.bullet_range is None:
                return f"Below range: {wr.min - self.words} more words needed"
            return "Below range"
        if wr is not None and wr.max is not None and self.words > wr.max:
            return f"Above range: {self.words - wr.max} words over"
        return "Above range"


def _range_text(r: Range) -> str:
    if r.min is not None and r.max is not None:
        return f"{r.min}–{r.max}"
    if r.max is not None:
        return f"≤{r.max}"
    if r.min is not None:
        return f"≥{r.min}"
    return "any"


def _side(n: int, r: Range) -> str:
    if r.min is not None and n < r.min:
        return "below"
    if r.max is not None and n > r.max:
        return "above"
    return "within"


def evaluate(text: str, word_range: Range | None, bullet_range: Range | None = None) -> LimitStatus:
    """Judge text against a word range and an optional "or bullets" range."""
    words = count_words(text)
    bullets = count_bullets(text) if bullet_range is not None else 0
    if words == 0:
        return LimitStatus(0, 0, word_range, bullet_range, "empty", "")
    by = []
    sides = []
    if word_range is not None:
        side = _side(words, word_range)
        sides.append(side)
        if side == "within":
            by.append("words")
    if bullet_range is not None:
        side = _side(bullets, bullet_range) if bullets else "below"
        sides.append(side)
        if side == "within":
            by.append("bullets")
    if not sides:
        return LimitStatus(words, bullets, word_range, bullet_range, "within", "words")
    if by:
        state = "within"
    elif "above" in sides and "below" not in sides or sides[0] == "above":
        state = "above"
    else:
        state = "below"
    return LimitStatus(words, bullets, word_range, bullet_range, state, " and ".join(by))
