"""Words of a text with what the name and school rules need to know about each one."""

from __future__ import annotations

import re

from tli_workbook.text.privacy.wordlists import fold


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A word of letters (any script), with inner apostrophes and hyphens ("O'Brien", "Lopez-Garcia").
_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['’\-](?=[^\W\d_]))*['’]?")
_ABBREVIATIONS = _set("mr mrs ms mx dr prof st mt ft jr sr sra srta mme rev no vs")
_SENTENCE_PUNCT = frozenset('.!?:"“”•·▪*')


class Token:
    """One word: ``text`` without a possessive ("Brigid" of "Brigid's"), ``f`` folded."""

    __slots__ = (
        "start",
        "end",
        "text",
        "f",
        "possessive",
        "period",
        "cap",
        "upper",
        "sentence_start",
        "joined",
        "gap",
        "glued",
    )

    def __init__(self, text: str, start: int, end: int, source: str) -> None:
        self.possessive = False
        if text.endswith(("'s", "’s")) and len(text) > 3:
            text, self.possessive = text[:-2], True
        elif text.endswith(("'", "’")):
            text = text[:-1]
            self.possessive = text.endswith("s") and len(text) > 2
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.f = text.lower() if text.isascii() else fold(text)
        following = end if end < len(source) else len(source)
        self.period = following < len(source) and source[following] == "."
        first = text[:1]
        self.upper = len(text) >= 2 and text.isupper()
        self.cap = first.isupper() and (len(text) == 1 or not self.upper)
        self.sentence_start = True
        self.joined = False  # in one run with the previous word (only spaces between)
        self.gap = ""
        # Part of a path, file name or handle ("Lecture9B_Jing", "@MsPatel"): never a name.
        before = source[start - 1] if start else " "
        self.glued = before in "/_@\\#=" or (end < len(source) and source[end] in "/_@\\=")

    @property
    def abbreviation(self) -> bool:
        """A full stop after this word does not end the sentence ("Dr.", "J.", "St.")."""
        return len(self.text) == 1 or self.f in _ABBREVIATIONS

    @property
    def initial(self) -> bool:
        return len(self.text) == 1 and self.text.isupper()

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Token({self.text!r}@{self.start})"


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    previous: Token | None = None
    for m in _WORD.finditer(text):
        token = Token(m.group(), m.start(), m.end(), text)
        if previous is not None:
            gap = text[previous.end : token.start]
            token.gap = gap
            core = gap.lstrip("'’s") if previous.possessive else gap
            stop = core.startswith(".") and not previous.abbreviation
            token.sentence_start = (
                "\n" in gap or stop or any(c in _SENTENCE_PUNCT for c in core.lstrip("."))
            )
            spaces = core[1:] if core.startswith(".") and previous.abbreviation else core
            token.joined = (
                0 < len(spaces) <= 3 and spaces.strip(" \t") == "" and not previous.possessive
            )
        tokens.append(token)
        previous = token
    return tokens
