"""Schools and districts as teachers write them: "Roosevelt Middle School", "Lincoln MS",
"PS 143", "Thurgood Marshall Middle", "St. Brigid's Catholic School", "JEFFERSON ELEMENTARY",
"the Eagles at Westview", "LAUSD", "District 65", "Wake County Public School System"."""

from __future__ import annotations

import re
from functools import cache

from tli_workbook.text.privacy.tokens import Token
from tli_workbook.text.privacy.wordlists import _lines, common_words, english_words, fold, words


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


Span = tuple[str, int, int]

# Words that also start a school name ("Central High School", "North Middle School") and so
# count as a name part even though they are common.
_NAME_WORDS = _set("""
    central north south east west northern southern eastern western northeast northwest
    southeast southwest northside southside eastside westside upper lower city county
    united valley lake river park hill hills mountain creek ridge oak oaks pine cedar maple
    grove spring springs heights meadow meadows forest glen view vista harbor bay mesa
    """) | words("us_states.txt")
# Words that begin a school name but are not a name on their own ("New", "St.").
_CONNECTORS = _set("new st saint san santa los las el la fort ft mount mt port jr")
# Organisations that match a school pattern but identify nobody.
_NOT_SCHOOLS = frozenset(
    {
        "khan academy",
        "naval academy",
        "military academy",
        "air force academy",
        "police academy",
        "coast guard academy",
        "summer school",
        "graduate school",
        "sunday school",
        "high school",
        "middle school",
    }
)
# Words before "School" that make it a university's or an activity's, not a K-12 school.
_NOT_K12 = _set(
    "business law medical graduate divinity nursing dental summer sunday night film art "
    "design-based modern public private charter boarding"
)
# Keywords that are also ordinary words: the name before them must be a proper name.
_WEAK_KEYWORDS = frozenset(("high", "middle", "school", "schools", "prep"))

_NUMBERED = re.compile(
    r"(?<![\w.])(?:P\.S\.|I\.S\.|M\.S\.|J\.H\.S\.|PS|IS|MS|JHS|HS|CS|MSA|PSA)"
    r"[ \t]?\d{1,3}(?![\w\-])"
)
_DISTRICT_NUMBER = re.compile(
    r"(?<![\w])(?:(?:Community[ \t]+)?(?:School[ \t]+)?District|USD|ISD|SD|Unit[ \t]+District)"
    r"[ \t]+(?:No\.?[ \t]*|#[ \t]?)?\d{1,4}[A-Z]?(?![\w\-])"
)
_DISTRICT_ACRONYM = re.compile(r"(?<![\w\-])[A-Z]{1,6}(?:USD|ISD|UFSD|CSD|PSD|CPS|PSS)(?![\w\-])")


@cache
def _keywords() -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for line in sorted(_lines("school_keywords.txt"), key=lambda k: -len(k.split())):
        parts = tuple(line.split())
        by_first.setdefault(parts[0].lower(), []).append(parts)
    return by_first


@cache
def _keyword_words() -> frozenset[str]:
    return frozenset(fold(w) for ks in _keywords().values() for k in ks for w in k)


def _match_keyword(tokens: list[Token], i: int) -> int:
    """How many tokens a school keyword covers from ``i`` (0 if none)."""
    candidates = _keywords().get(tokens[i].text.lower())
    if not candidates:
        return 0
    for keyword in candidates:
        n = len(keyword)
        if i + n > len(tokens):
            continue
        ok = True
        for k, word in enumerate(keyword):
            t = tokens[i + k]
            same = t.text == word or (t.upper and t.text == word.upper())
            if not same or (k and not t.joined):
                ok = False
                break
        if ok:
            return n
    return 0


def _is_name_word(t: Token) -> bool:
    if len(t.text) < 2 and not t.initial:
        return False
    if not (t.cap or t.upper):
        return False
    if t.f in _NAME_WORDS or t.f in _CONNECTORS:
        return True
    if t.upper and t.f in words("acronyms.txt"):
        return False
    return t.f not in common_words() and t.f not in _keyword_words()


def _adjacent(tokens: list[Token], k: int) -> bool:
    """Word ``k + 1`` follows word ``k`` in one name, a possessive allowed ("St. Brigid's
    Catholic School")."""
    nxt = tokens[k + 1]
    if nxt.joined:
        return True
    return (
        tokens[k].possessive
        and 0 < len(nxt.gap.lstrip("'’s")) <= 3
        and not nxt.gap.lstrip("'’s").strip()
    )


def _schools_in(tokens: list[Token]) -> list[Span]:
    found: list[Span] = []
    i = 1
    while i < len(tokens):
        n = _match_keyword(tokens, i)
        if not n or not _adjacent(tokens, i - 1):
            i += 1
            continue
        first = i
        k = i - 1
        while k >= 0 and _adjacent(tokens, k) and _is_name_word(tokens[k]):
            first = k
            k -= 1
        if all(tokens[t].f in _CONNECTORS for t in range(first, i)):
            first = i
        names = tokens[first:i]
        heading = all(t.upper for t in tokens[first : i + n])
        if tokens[i].f in ("school", "schools") and names and names[-1].f in _NOT_K12:
            first = i  # "Harvard Business School", "Summer School"
        elif n == 1 and tokens[i].f in _WEAK_KEYWORDS and not heading:
            # "Roosevelt High", "Thurgood Marshall Middle" but not "Grace Middle" or "Spring
            # High": the name must hold a proper name, not only place words.
            proper = [
                t
                for t in names
                if t.f not in _NAME_WORDS and t.f not in _CONNECTORS and t.f not in english_words()
            ]
            if not proper and len(names) < 2:
                first = i
        phrase = " ".join(t.f for t in tokens[first : i + n])
        if first < i and phrase not in _NOT_SCHOOLS:
            last = tokens[i + n - 1]
            end = last.end + (1 if last.f in ("elem", "jr") and last.period else 0)
            found.append(("school", tokens[first].start, end))
        i += n
    return found


def _mascots(text: str, tokens: list[Token]) -> list[Span]:
    """ "the Eagles at Westview", "Westview Eagles"."""
    found: list[Span] = []
    mascots = words("mascots.txt")
    for i, t in enumerate(tokens):
        if not t.cap or t.f not in mascots or not t.text.endswith("s"):
            continue
        # "Eagles at|of|from Westview"
        if i + 2 < len(tokens) and tokens[i + 1].f in ("at", "of", "from"):
            place = tokens[i + 2]
            if place.cap and place.f not in common_words() and tokens[i + 2].gap.strip() == "":
                found.append(("school", t.start, place.end))
                continue
        if i > 0 and t.joined and _is_name_word(tokens[i - 1]) and tokens[i - 1].cap:
            prev = tokens[i - 1]
            if not prev.sentence_start or prev.f not in common_words():
                found.append(("school", prev.start, t.end))
    return found


def find_schools(text: str, tokens: list[Token]) -> list[Span]:
    found = _schools_in(tokens)
    found += _mascots(text, tokens)
    for pattern in (_NUMBERED, _DISTRICT_NUMBER, _DISTRICT_ACRONYM):
        found += [("school", m.start(), m.end()) for m in pattern.finditer(text)]
    known = words("district_acronyms.txt")
    found += [("school", t.start, t.end) for t in tokens if t.upper and t.f in known]
    return found
