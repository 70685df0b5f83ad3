"""How an answer stands against its word/bullet range: one function for counters, readiness
and export."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook.definitions.model import Range
from tli_workbook.text import count_bullets, count_words

# The shown words for `satisfied_by` (the stored value stays English).
_BY = {
    "words": str(QT_TRANSLATE_NOOP("Limits", "words")),
    "bullets": str(QT_TRANSLATE_NOOP("Limits", "bullets")),
    "words and bullets": str(QT_TRANSLATE_NOOP("Limits", "words and bullets")),
}


@dataclass(frozen=True)
class LimitStatus:
    words: int
    bullets: int
    word_range: Range | None
    bullet_range: Range | None
    state: str  # "empty", "below", "within", "above"
    satisfied_by: str  # "words", "bullets", "words and bullets" or ""
    guide: bool = False  # the range is a guide the credential gives, not a rule

    @property
    def ok(self) -> bool:
        """Within the range (for a guide too: this says where the answer stands)."""
        return self.state == "within"

    @property
    def has_limit(self) -> bool:
        """A range with at least one bound: without one there is nothing to be within."""
        return _bounded(self.word_range) or _bounded(self.bullet_range)

    @property
    def passes(self) -> bool:
        """Meets the requirement: within a hard range, or anything written for a guide."""
        return self.state == "within" or (self.guide and self.state != "empty")

    @property
    def warns(self) -> bool:
        """Written, but outside a range the credential gives as a guide."""
        return self.guide and self.state in ("below", "above")

    def summary(self) -> str:
        """'312 / 350-500 words' or '72 words (50-150) · 4 bullets (3-5)'."""
        parts = []
        if _bounded(self.word_range):
            assert self.word_range is not None
            text = QCoreApplication.translate("Limits", "{n} / {range} words")
            parts.append(text.format(n=self.words, range=_range_text(self.word_range)))
        else:
            words = self.words
            parts.append(QCoreApplication.translate("Limits", "%n word(s)", "", words))
        if _bounded(self.bullet_range):
            assert self.bullet_range is not None
            text = QCoreApplication.translate("Limits", "{n} / {range} bullets")
            parts.append(text.format(n=self.bullets, range=_range_text(self.bullet_range)))
        return " · ".join(parts)

    def explanation(self) -> str:
        text = self._explanation()
        if self.warns:
            return QCoreApplication.translate(
                "Limits", "{explanation} (the word count is a guide)"
            ).format(explanation=text)
        return text

    def _explanation(self) -> str:
        if self.state == "empty":
            return QCoreApplication.translate("Limits", "Not started")
        if not self.has_limit:
            return QCoreApplication.translate("Limits", "Written")
        if self.state == "within":
            if self.bullet_range is not None:
                by = QCoreApplication.translate("Limits", _BY.get(self.satisfied_by, ""))
                return QCoreApplication.translate("Limits", "Within range (by {what})").format(
                    what=by or self.satisfied_by
                )
            return QCoreApplication.translate("Limits", "Within range")
        wr = self.word_range
        if self.state == "below":
            if wr is not None and wr.min is not None and self.bullet_range is None:
                more = wr.min - self.words
                return QCoreApplication.translate(
                    "Limits", "Below range: %n more word(s) needed", "", more
                )
            return QCoreApplication.translate("Limits", "Below range")
        if wr is not None and wr.max is not None and self.words > wr.max:
            over = self.words - wr.max
            return QCoreApplication.translate("Limits", "Above range: %n word(s) over", "", over)
        return QCoreApplication.translate("Limits", "Above range")


def _bounded(r: Range | None) -> bool:
    return r is not None and (r.min is not None or r.max is not None)


def _range_text(r: Range) -> str:
    if r.min is not None and r.max is not None:
        return f"{r.min}–{r.max}"
    if r.max is not None:
        return f"≤{r.max}"
    if r.min is not None:
        return f"≥{r.min}"
    return QCoreApplication.translate("Limits", "any")


def _side(n: int, r: Range) -> str:
    if r.min is not None and n < r.min:
        return "below"
    if r.max is not None and n > r.max:
        return "above"
    return "within"


def evaluate(
    text: str,
    word_range: Range | None,
    bullet_range: Range | None = None,
    *,
    words_always: bool = False,
    guide: bool = False,
) -> LimitStatus:
    """Judge text against a word range and an optional "or bullets" range.

    `words_always`: the word range holds for a bullet answer too (a rubric that states a
    word count), so bullets only count when the words are also within range.
    `guide`: the credential gives the range as a guide; see LimitStatus.passes."""
    words = count_words(text)
    bullets = count_bullets(text) if bullet_range is not None else 0
    return evaluate_counts(
        words, bullets, word_range, bullet_range, words_always=words_always, guide=guide
    )


def evaluate_counts(
    words: int,
    bullets: int,
    word_range: Range | None,
    bullet_range: Range | None = None,
    *,
    words_always: bool = False,
    guide: bool = False,
) -> LimitStatus:
    """evaluate() for counts already made (the editor counts block by block as it changes)."""
    if bullet_range is None:
        bullets = 0
    if words == 0:
        return LimitStatus(0, 0, word_range, bullet_range, "empty", "", guide)
    if words_always and word_range is not None:
        side = _side(words, word_range)
        by = ["words"] if side == "within" else []
        in_bullets = bullet_range is not None and bullets and _side(bullets, bullet_range)
        if side == "within" and in_bullets == "within":
            by.append("bullets")
        return LimitStatus(words, bullets, word_range, bullet_range, side, " and ".join(by), guide)
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
        return LimitStatus(words, bullets, word_range, bullet_range, "within", "words", guide)
    if by:
        state = "within"
    elif "above" in sides and "below" not in sides or sides[0] == "above":
        state = "above"
    else:
        state = "below"
    return LimitStatus(words, bullets, word_range, bullet_range, state, " and ".join(by), guide)
