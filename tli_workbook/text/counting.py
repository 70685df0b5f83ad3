"""Word and bullet counting.

The rules are documented for users in ``docs/counting.md``; keep the two in step.

A *word* is a run of characters between whitespace, em dashes (U+2014), en dashes (U+2013) or
double hyphens ("--", a typed em dash) that contains at least one letter or digit
(``str.isalnum`` semantics, so any script counts).
Punctuation inside a run (hyphens, apostrophes, slashes, full stops, ...) does not split it.
List markers at the start of a line (``-``, ``*``, ``•``, ``1.``, ``12)``, ``a)``, ``(iv)``...)
are not words, and neither are runs made only of punctuation or emoji.

A *bullet* is a list item: a line that starts (after optional indentation) with a list marker
and has at least one word after it.

Everything here is linear-time: the regular expressions are anchored at line starts or are
simple character classes, so a 10 MB paste or a one-million-character "word" counts quickly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TextStats", "count", "count_bullets", "count_words"]

# Characters that end a line.  Qt's plain text uses "\n"; its raw text uses U+2029 between
# paragraphs and U+2028 for soft line breaks; pasted Windows/Mac text may carry "\r".
_LINE_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n"})

# Em dash and en dash separate words just like whitespace does.
_DASHES = "\u2013\u2014"

# A token made only of punctuation/symbols (no letter or digit), with whitespace either side.
# ``[^\W_]`` is exactly ``str.isalnum`` and ``\s`` exactly ``str.isspace``; underscores are
# turned into hyphens first so that ``[^\w\s]`` covers every non-alphanumeric character.
_PUNCTUATION_TOKEN = re.compile(r"\s[^\w\s]++(?=\s)")

# Symbol bullets.  ASCII ones, and dashes, need a following space ("-5" is a number,
# "*emphasis*" is not a bullet); the typographic ones may be glued to the text.
_ASCII_BULLETS = r"[-*+\u2013\u2014]"
_SYMBOL_BULLETS = (
    r"[\u2022\u25e6\u2023\u2043\u2219\u00b7\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25c6\u25c7"
    r"\u25b8\u25b9\u25ba\u27a2\u27a4\u2794\u2713\u2714\u2756\u2605\u2606\u2610\u2611\u2612"
    r"\uf0b7\uf0a7\uf0d8\uf076]"
)
_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|x{1,3}|I{1,3}|IV|VI{0,3}|IX|X{1,3})"
# Markers that contain a letter or digit, and so would otherwise count as a word.
_ALNUM_MARKER = (
    r"(?:\d{1,3}[.)]"  # 1.  12)
    r"|[A-Za-z]\)"  # a)  B)
    r"|" + _ROMAN + r"\)"  # iv)
    r"|\((?:\d{1,3}|[A-Za-z]|" + _ROMAN + r")\))"  # (a)  (1)  (iv)
)
_SEP_AHEAD = r"(?=[\s" + _DASHES + r"]|\Z)"
_INDENT = r"[^\S\n]*+"

# A line-initial marker token that contains an alphanumeric character.
_ALNUM_MARKER_AT_LINE_START = re.compile(
    r"^" + _INDENT + _ALNUM_MARKER + _SEP_AHEAD,
    re.MULTILINE,
)

# A list item: marker, then at least one letter or digit later on the same line.
_BULLET_LINE = re.compile(
    r"^"
    + _INDENT
    + r"(?:"
    + _ASCII_BULLETS
    + r"(?=[^\S\n])"
    + r"|"
    + _SYMBOL_BULLETS
    + r"|"
    + _ALNUM_MARKER
    + _SEP_AHEAD
    + r")"
    + r"[^\n\w]*+(?:_[^\n\w]*+)*+[^\W_]",
    re.MULTILINE,
)

# Large inputs are counted in line-aligned chunks so memory stays bounded.
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class TextStats:
    """Counts for one piece of text."""

    words: int
    bullets: int


def _normalise(text: str) -> str:
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        text = text.translate(_LINE_BREAKS)
    return text


def _chunks(text: str) -> list[str]:
    """Split ``text`` at newlines into pieces of roughly ``_CHUNK`` characters."""
    if len(text) <= _CHUNK:
        return [text]
    pieces: list[str] = []
    start = 0
    n = len(text)
    while start < n:
        cut = start + _CHUNK
        if cut >= n:
            pieces.append(text[start:])
            break
        newline = text.find("\n", cut)
        if newline == -1:
            pieces.append(text[start:])
            break
        pieces.append(text[start:newline])
        start = newline + 1
    return pieces


def _count_words_chunk(chunk: str) -> int:
    spaced = chunk
    for dash in _DASHES:
        if dash in spaced:
            spaced = spaced.replace(dash, " ")
    if "--" in spaced:  # a typed em dash: "one--two" is two words
        spaced = spaced.replace("--", "  ")
    tokens = len(spaced.split())
    if not tokens:
        return 0
    if "_" in spaced:
        spaced = spaced.replace("_", "-")
    # Tokens are counted by ``str.split`` (fast C code); those without a letter or digit are
    # then found with one cheap pattern and subtracted, as are line-initial list markers.
    punctuation_only = len(_PUNCTUATION_TOKEN.findall(f" {spaced} "))
    markers = len(_ALNUM_MARKER_AT_LINE_START.findall(chunk))
    return tokens - punctuation_only - markers


def count_words(text: str) -> int:
    """Return the number of words in ``text`` (see ``docs/counting.md``)."""
    if not text:
        return 0
    if len(text) > _BY_LINE_CHARS:
        return _count_by_line(_normalise(text)).words
    text = _normalise(text)
    return sum(_count_words_chunk(chunk) for chunk in _chunks(text))


def count_bullets(text: str) -> int:
    """Return the number of list items: lines starting with a list marker that have a word."""
    if not text:
        return 0
    if len(text) > _BY_LINE_CHARS:
        return _count_by_line(_normalise(text)).bullets
    text = _normalise(text)
    return sum(len(_BULLET_LINE.findall(chunk)) for chunk in _chunks(text))


def count(text: str) -> TextStats:
    """Return both the word and the bullet count of ``text``."""
    if not text:
        return TextStats(0, 0)
    text = _normalise(text)
    if len(text) > _BY_LINE_CHARS:
        return _count_by_line(text)
    return _count_direct(text)


def _count_direct(text: str) -> TextStats:
    chunks = _chunks(text)
    return TextStats(
        words=sum(_count_words_chunk(c) for c in chunks),
        bullets=sum(len(_BULLET_LINE.findall(c)) for c in chunks),
    )


# Long texts are counted line by line with each line's counts remembered: every rule above is
# line-local, so the sum over lines is the count of the text, and re-counting an essay after
# one keystroke (readiness marks, the counter) costs one line, not the whole text.
_BY_LINE_CHARS = 20_000
_LINE_CACHE_MAX = 50_000
_line_counts: dict[str, TextStats] = {}
lines_counted = 0  # work done, for tests


def _count_by_line(text: str) -> TextStats:
    global _line_counts, lines_counted
    cache = _line_counts
    words = bullets = 0
    for line in text.split("\n"):
        if not line:
            continue
        st = cache.get(line)
        if st is None:
            st = _count_direct(line)
            lines_counted += 1
            if len(line) <= _BY_LINE_CHARS:  # one huge line is not worth keeping
                if len(cache) >= _LINE_CACHE_MAX:
                    cache = _line_counts = {}
                cache[line] = st
        words += st.words
        bullets += st.bullets
    return TextStats(words, bullets)
