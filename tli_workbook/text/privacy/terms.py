"""The teacher's own terms: names of students, colleagues, the school, the district, the town.

A term matches as a whole word or phrase with accents and case folded ("Zoe" finds "Zoë",
"ZOË"), spacing and hyphens loosened, and with a possessive ("Zoë's").  A one-word term that is
also an ordinary English word ("Will", "Hope", "Grace") matches only where it is written with
a capital, so the teacher's student Hope does not turn every "hope" into a finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tli_workbook.text.privacy.wordlists import english_words, fold, fold_keep_offsets

Span = tuple[str, int, int]


@lru_cache(maxsize=512)
def _pattern(term: str) -> tuple[re.Pattern[str], bool] | None:
    parts = fold(term).replace("-", " ").split()
    parts = [p for p in parts if p.strip(".")]
    if not parts:
        return None
    body = r"[\s\-]+".join(re.escape(p) for p in parts)
    pattern = re.compile(r"(?<!\w)(?P<body>" + body + r")(?:['’]s?)?(?!\w)")
    needs_capital = len(parts) == 1 and parts[0] in english_words()
    return pattern, needs_capital


def find_terms(text: str, terms: Sequence[str]) -> list[Span]:
    if not terms:
        return []
    folded = fold_keep_offsets(text)
    found: list[Span] = []
    seen: set[str] = set()
    for term in terms:
        key = " ".join(fold(term).split())
        if len(key) < 2 or key in seen:
            continue
        seen.add(key)
        compiled = _pattern(term)
        if compiled is None:
            continue
        pattern, needs_capital = compiled
        for m in pattern.finditer(folded):
            if needs_capital and not text[m.start()].isupper():
                continue
            found.append(("term", m.start(), m.end("body")))
    return found
