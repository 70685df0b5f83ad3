"""People's names in prose: full names in any order, titled names, and first names alone.

A name-word is a word in the international given-name or family-name lists (see
``wordlists``), compared with accents and case folded.  Whether a capitalised name-word is a
person is decided by context:

- a title before it ("Ms. T", "Coach Ramirez", "Señora Ruiz") makes it one;
- two or more name-words in a row ("Grace Kim", "Nguyen Van Minh") are one, unless the second
  is an ordinary word ("Grace Period", "Mark Time") or an institution word follows ("Rosa
  Parks Elementary" is a school);
- a given name alone is one when it is not also an ordinary word or a place ("Jayden",
  "Oluwaseun"); one that is ("Hope", "April", "Mark") only with more context: a possessive
  before a lower-case word ("Destiny's mom"), a speech verb after it ("April asked"), a word
  such as "student" or "my son" before it, or a list with another name;
- cited authors and public figures (``data/public_figures.txt``) never are.
"""

from __future__ import annotations

import re

from tli_workbook.text.privacy.tokens import Token
from tli_workbook.text.privacy.wordlists import (
    ambiguous_inside,
    ambiguous_words,
    common_words,
    english_words,
    family_names,
    fold,
    given_names,
    name_key,
    public_figures,
    public_first_words,
    titles,
    words,
)


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


Span = tuple[str, int, int]

# What follows a surname in a citation: "Anderson, S., &", "(Kaur, 2017)", "Kaur (2017)",
# "Doyle, A. (2018)", "Rigelman and Ruben (2012)", "Smith et al."
_CITATION_AFTER = re.compile(
    r"(?:['’]s)?[ \t]*(?:,[ \t]*)?(?:\(?(?:19|20)\d{2}[a-z]?\b|[A-Z]\.(?:[ \t]?[A-Z]\.)*(?!\w)"
    r"|et[ \t]+al\b|&|and[ \t]+[A-Z][\w'’\-]+[ \t]*\(?(?:19|20)\d{2}"
    r"|(?:,[ \t]*[A-Z][\w'’\-]+){1,4},?[ \t]*(?:and|&)[ \t]*[A-Z][\w'’\-]+[ \t]*\(?(?:19|20)\d{2})"
)
# A name-word followed by a state is a town ("Lombard, IL", "Marietta, Georgia").
_STATE_AFTER = re.compile(
    r",[ \t]*(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA"
    r"|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])(?![\w\-])"
)
_MONTH_PREFIXES = _set("jan feb mar apr may jun jul aug sep oct nov dec")
_NUMBER_AFTER = re.compile(r"\.?[ \t]+\d{1,4}\b")
# "Rose, a first-year teacher", "Faith, my co-teacher": a name in apposition with a role.
_APPOSITIVE = re.compile(
    r"['’]?s?,[ \t]+(?:a|an|my|our|the|one[ \t]+of[ \t]+(?:my|our|the))[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,3}?(?:student|teacher|colleague|parent|mom|dad|mother|father|para"
    r"|paraprofessional|counselor|mentor|mentee|coach|principal|librarian|aide|friend|peer"
    r"|sophomore|freshman|junior|senior|grader|kindergartner|classmate|co-teacher|neighbor)s?\b",
    re.IGNORECASE,
)
# Words before a name that make it a place ("St. Paul", "Los Angeles", "Fort Collins").
_PLACE_PREFIXES = _set("st saint san santa los las el la fort ft mount mt port lake new")

# Words after a name that make it a person doing something (a speech or classroom verb).
_PERSON_VERBS = _set("""
    said says told tells asked asks wrote writes explained explains shared shares replied
    answered added adds noted notes admitted suggested suggests whispered shouted
    volunteered insisted mentioned argued agreed agrees laughed smiled nodded cried raised
    emailed texted struggled struggles refused finished stayed presented thanked
    interrupted admitted
    """)
# Words before a name that make it a person ("my student Hope", "named April").
_PERSON_CUES = _set("""
    student students son daughter child kid mentee mentor colleague colleagues partner
    friend classmate peer named called nephew niece cousin sister brother mom dad mother
    father grandson granddaughter teammate coworker co-teacher paraprofessional para
    """)
# Words the name lists hold (they come from people's own profiles) that are never a name.
_FUNCTION_WORDS = _set("""
    the a an and or but nor of in on at to for with by from as into is are was were be been
    am do did have has had could would shall should might must i me my we us
    our you your he him his she her it its they them their this that these those who whom
    what which when where why how not no yes all any each every some such so than then there
    here very also just only our dear thank thanks please hello hi
    """)


def _institution_words() -> frozenset[str]:
    return words("institution_words.txt")


def _name_like(t: Token) -> bool:
    """A capitalised word that could be part of a name (a surname, a middle name)."""
    if not t.cap or len(t.text) < 2:
        return False
    f = t.f
    return f not in common_words() and f not in _institution_words()


def _is_given(t: Token) -> bool:
    if not t.cap or len(t.text) < 2 or t.f in _FUNCTION_WORDS:
        return False
    if t.f in given_names():
        return True
    # "Bao-Ngoc", "Mary-Kate": every part a name, each written with a capital.
    parts = t.text.split("-")
    return (
        len(parts) > 1
        and all(p[:1].isupper() and len(p) >= 3 for p in parts)  # not "Wi-Fi"
        and all(fold(p) in given_names() for p in parts)
    )


def _is_family(t: Token) -> bool:
    return t.cap and len(t.text) >= 2 and t.f in family_names() and t.f not in _FUNCTION_WORDS


def _is_public(tokens: list[Token]) -> bool:
    full, single = public_figures()
    parts = [t for t in tokens if not t.initial]
    if not parts:
        return False
    key = name_key(" ".join(t.text for t in parts))
    if key in full or name_key(" ".join(t.text for t in tokens)) in full:
        return True
    if len(parts) == 1:
        return parts[0].f in single
    # "Martin Luther King Jr", "Dr. Carol S. Dweck": drop a suffix or keep the ends.
    ends = name_key(f"{parts[0].text} {parts[-1].text}")
    return ends in full or (
        parts[-1].f in ("jr", "sr") and len(parts) > 2 and _is_public(parts[:-1])
    )


def _public_run(tokens: list[Token], i: int) -> int:
    """The index after a cited author or public figure starting at ``i`` (``i`` if none)."""
    if not tokens[i].cap:
        return i
    strong, _weak = titles()
    start = i + 1 if tokens[i].f in strong or tokens[i].f in _weak else i
    if start >= len(tokens) or tokens[start].f not in public_first_words():
        return i
    k = i + 1
    while k < len(tokens) and k - i < 6 and tokens[k].joined and tokens[k].cap:
        k += 1
    for end in range(k, start + 1, -1):
        if _is_public(tokens[start:end]):
            return end
    return i


def _extend(tokens: list[Token], j: int, limit: int = 4) -> int:
    """Index of the last name-word of the run starting at ``j``.

    Stops before a given name that follows a surname, so an unpunctuated list such as
    "Leigh Kennedy Sarah Ammar" gives two people; "Maria Elena Lopez" stays one.
    """
    last = j
    given = given_names()
    seen_surname = tokens[j].f not in given
    k = j + 1
    while k < len(tokens) and k - j < limit:
        t = tokens[k]
        if not t.joined or tokens[k - 1].possessive:
            break
        if t.initial:
            k += 1
            continue
        if not _name_like(t) or t.upper:
            break
        is_given = t.f in given
        pair_starts = k + 1 < len(tokens) and tokens[k + 1].joined and _name_like(tokens[k + 1])
        if is_given and pair_starts and (seen_surname or k - j >= 1):
            break
        seen_surname = seen_surname or not is_given
        last = k
        k += 1
    return last


def _followed_by_institution(tokens: list[Token], last: int) -> bool:
    nxt = last + 1
    return (
        nxt < len(tokens)
        and tokens[nxt].joined
        and not tokens[last].possessive
        and tokens[nxt].f in _institution_words()
    )


def _continues_run(tokens: list[Token], last: int) -> bool:
    nxt = last + 1
    return nxt < len(tokens) and tokens[nxt].joined and tokens[nxt].cap


def _titled(tokens: list[Token], i: int) -> int:
    """Index of the last word of a titled name starting at ``i`` (-1 if none)."""
    t = tokens[i]
    strong, weak = titles()
    if not t.cap or t.upper or t.possessive or (t.f not in strong and t.f not in weak):
        return -1
    j = i + 1
    if j >= len(tokens) or not tokens[j].joined:
        return -1
    nxt = tokens[j]
    if nxt.initial:
        # "Ms. T", "Coach D", "Dr. W. Patrick Dolan"
        k = j
        while k + 1 < len(tokens) and tokens[k + 1].joined and tokens[k].initial:
            if not _name_like(tokens[k + 1]):
                break
            k += 1
        if tokens[k].initial:
            return k
        return _extend(tokens, k)
    if not _name_like(nxt) or nxt.upper:
        return -1
    # "Coach Corner" and "Principal Pipeline Initiative" are headings, not people.
    if t.f in weak and (nxt.f in english_words() or _continues_run(tokens, j)):
        return -1
    last = _extend(tokens, j)
    if _followed_by_institution(tokens, last):
        return -1
    return last


def _full_name(tokens: list[Token], i: int) -> int:
    """Index of the last word of a name of two or more words starting at ``i`` (-1 if none)."""
    t = tokens[i]
    if t.upper or t.possessive or not (_is_given(t) or _is_family(t)):
        return -1
    if t.f in _PLACE_PREFIXES or (i > 0 and t.joined and tokens[i - 1].f in _PLACE_PREFIXES):
        return -1  # "San Francisco", "St. Paul"
    j = i + 1
    while j < len(tokens) and tokens[j].joined and tokens[j].initial:
        j += 1
    ends = j >= len(tokens) or not tokens[j].joined or not _name_like(tokens[j])
    if (
        j > i + 1
        and ends
        and _is_given(t)
        and tokens[j - 1].period
        and t.f not in ambiguous_words()
    ):
        return j - 1  # "Ava R.", "Noah T."
    if j >= len(tokens) or not tokens[j].joined or j == i:
        return -1
    if j > i + 1 and not tokens[j - 1].joined:
        return -1
    nxt = tokens[j]
    if not _name_like(nxt) or nxt.upper:
        return -1
    ambiguous = ambiguous_words()
    # Family name first ("Nguyen Van Minh"): both words must be names.
    if t.f not in given_names() and (t.f in ambiguous or not (_is_given(nxt) or _is_family(nxt))):
        return -1
    if t.f in ambiguous and nxt.f in ambiguous:
        return -1  # "Grace Period", "Mark Time", "Jordan River", "Hope Springs"
    if nxt.f in english_words() and not _is_family(nxt):
        return -1  # "Esperanza Rising"
    last = _extend(tokens, j)
    if _followed_by_institution(tokens, last):
        return -1
    return last


def _not_a_person_here(text: str, tokens: list[Token], i: int) -> bool:
    """A name-word that is a place, a date, a citation or part of a path here."""
    t = tokens[i]
    if t.glued:
        return True
    if t.f[:3] in _MONTH_PREFIXES and _NUMBER_AFTER.match(text, t.end):
        return True  # "Mar 19, 2022"
    if i > 0 and t.joined and tokens[i - 1].f in _PLACE_PREFIXES and tokens[i - 1].cap:
        return True
    return (
        _CITATION_AFTER.match(text, t.end) is not None
        or _STATE_AFTER.match(text, t.end) is not None
    )


def _alone(text: str, tokens: list[Token], i: int) -> bool:
    """Whether a given name standing alone at ``i`` is a person."""
    t = tokens[i]
    if not _is_given(t) or t.upper or len(t.text) < 3:
        return False
    if _not_a_person_here(text, tokens, i):
        return False
    if t.f in words("not_names.txt") or t.f in public_figures()[1]:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    if nxt is not None and nxt.joined and nxt.cap and not t.possessive:
        return False  # part of a longer capitalised phrase ("Khan Academy", "Joy Of Teaching")
    if prev is not None and t.joined and prev.cap and not prev.sentence_start:
        return False  # "Title I", "Bloom's Taxonomy" and the like, mid-phrase
    ambiguous = ambiguous_words() if t.sentence_start else ambiguous_inside()
    if t.f not in ambiguous and t.f not in common_words():  # "Peer collaboration"
        return True
    return _person_context(text, tokens, i)


def _person_context(text: str, tokens: list[Token], i: int) -> bool:
    t = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if t.possessive and nxt is not None and not nxt.cap and nxt.f not in common_words():
        return True  # "Destiny's mom", but not "Hope's role"
    if nxt is not None and nxt.f in _PERSON_VERBS and nxt.gap.strip() == "":
        return True  # "April asked"
    if _APPOSITIVE.match(text, t.end):
        return True  # "Rose, a first-year teacher I mentor,"
    # "my student Hope"
    return i > 0 and tokens[i - 1].f in _PERSON_CUES and t.gap.strip() in ("", ",")


def _in_list_with(tokens: list[Token], i: int, people: set[int]) -> bool:
    """Whether word ``i`` is a member of a list ("Ximena, Jun, and Aarav") with a person."""
    for step in (-1, 1):
        k = i + step
        if not 0 <= k < len(tokens):
            continue
        a, b = (tokens[k], tokens[i]) if step < 0 else (tokens[i], tokens[k])
        gap = b.gap.strip()
        if k in people and gap in (",", "and", ", and", "&", "or", ", or", "/"):
            return True
        if tokens[k].f == "and" and 0 <= k + step < len(tokens) and (k + step) in people:
            return True
    return False


def find_people(text: str, tokens: list[Token]) -> list[Span]:
    found: list[Span] = []
    starts: set[int] = set()  # token indexes of single given names found
    maybe: list[int] = []  # ambiguous given names without context, decided by their list
    i = 0
    while i < len(tokens):
        public = _public_run(tokens, i)
        if public > i:
            i = public
            continue
        last = _titled(tokens, i)
        if last < 0:
            last = _full_name(tokens, i)
        titled_public = last >= 0 and (
            _is_public(tokens[i + 1 : last + 1]) or _is_public(tokens[i : last + 1])
        )
        if last >= 0 and (tokens[i].glued or titled_public):
            last = -1 if tokens[i].glued else last
            if not tokens[i].glued:
                i = last + 1
                continue
        if last >= 0:
            found.append(("person", tokens[i].start, tokens[last].end))
            i = last + 1
            continue
        if _alone(text, tokens, i):
            found.append(("person", tokens[i].start, tokens[i].end))
            starts.add(i)
        elif (
            _is_given(tokens[i])
            and not tokens[i].upper
            and len(tokens[i].text) >= 3
            and not _continues_run(tokens, i)
            and not _not_a_person_here(text, tokens, i)
        ):
            maybe.append(i)
        i += 1
    for i in maybe:
        t = tokens[i]
        if t.f in words("not_names.txt") or t.f in public_figures()[1]:
            continue
        if _in_list_with(tokens, i, starts):
            found.append(("person", t.start, t.end))
    return found
