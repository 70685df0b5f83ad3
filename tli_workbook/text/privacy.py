"""Identifiable-information scanner.

Before a teacher exports a submission packet, the app looks for details that could identify a
student, a colleague, a school or the teacher: email addresses, phone numbers, street
addresses, links, people's names, school and district names, the teacher's own list of terms,
and identifying metadata inside attached images and documents.

Everything here is pure Python and heuristic.  The rules favour few false alarms on ordinary
education prose (see ``benchmarks/privacy_seed_false_findings.py``); a finding the teacher
judges harmless can be dismissed by its stable :attr:`Finding.key`.

All patterns are linear-time: each one either starts with a literal, or starts with a
look-behind that only lets it begin at the start of a run, so pathological input (a million
letters with no ``@``, a million digits) cannot make them backtrack quadratically.
"""

from __future__ import annotations

import hashlib
import logging
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

log = logging.getLogger(__name__)

__all__ = [
    "KINDS",
    "KIND_LABELS",
    "Finding",
    "document_metadata",
    "image_metadata",
    "scan_metadata",
    "scan_text",
]

KINDS: tuple[str, ...] = (
    "email",
    "phone",
    "address",
    "url",
    "person",
    "school",
    "term",
    "metadata",
)

KIND_LABELS: dict[str, str] = {
    "email": "Email address",
    "phone": "Phone number",
    "address": "Street address",
    "url": "Link",
    "person": "Possible name",
    "school": "School or district",
    "term": "Your term",
    "metadata": "File metadata",
}

_CONTEXT = 40


@dataclass(frozen=True, slots=True)
class Finding:
    """One possibly identifying detail found in a piece of text or a file."""

    kind: str
    text: str
    start: int
    end: int
    context: str
    where: str = ""

    @property
    def key(self) -> str:
        """A stable identifier, so a finding the user marked as fine stays dismissed.

        It depends on the location label, the kind and the matched text (case and spacing
        folded), not on the offset, so it survives edits elsewhere in the text.
        """
        folded = " ".join(self.text.lower().split())
        digest = hashlib.sha1(f"{self.where}\x1f{self.kind}\x1f{folded}".encode())
        return f"{self.kind}:{digest.hexdigest()[:16]}"

    @property
    def label(self) -> str:
        """A human-readable name for the kind."""
        return KIND_LABELS.get(self.kind, self.kind)


# ---------------------------------------------------------------------------------------------
# Word lists


@cache
def _first_names() -> frozenset[str]:
    data = resources.files(__package__).joinpath("first_names.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower()
        for line in data.splitlines()
        if line.strip() and not line.startswith("#")
    )


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that are often capitalised in education prose (sentence starts, headings, names of
# programmes and organisations) and so never count as a person's surname, nor as the name part
# of a school ("Effective Middle School").  Lower-case.
_COMMON = _words(
    """
    a an the and or but nor of in on at to for with by from as into onto upon about above
    across after against along among around before behind below beneath beside between
    beyond during except inside near off out outside over past since through throughout till
    toward towards under until unto up via within without per vs versus
    is are was were be been being am do does did done have has had having can could shall
    should will would may might must ought need needs
    i me my mine we us our ours you your yours he him his she her hers it its they them their
    theirs this that these those who whom whose which what when where why how whoever
    whatever whichever here there then than so not no yes all any each every either neither
    both few many most more much some such other another same only own also just very too
    again once ever never always often sometimes usually still yet already even else
    if unless because although though while whereas whether however therefore thus hence
    meanwhile moreover furthermore finally first second third fourth fifth last next new old
    one two three four five six seven eight nine ten hundred thousand
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    spring summer fall autumn winter today tomorrow yesterday week weeks month months year
    years day days morning afternoon evening night
    mr mrs ms mx dr prof miss sir madam mister
    note notes example examples figure table chapter section part parts page pages step steps
    tool tools appendix unit units module modules lesson lessons session sessions activity
    activities resource resources reference references reading readings overview summary
    introduction conclusion background purpose goal goals objective objectives outcome
    outcomes evidence artifact artifacts reflection reflections rubric rubrics criteria
    question questions answer answers prompt prompts response responses task tasks plan plans
    planning template templates worksheet handout checklist agenda minutes report reports
    data survey surveys results result analysis findings finding review process processes
    method methods model models framework frameworks approach approaches strategy strategies
    practice practices standard standards guide guidebook handbook manual toolkit
    competency competencies skill skills knowledge understanding learning learn design do
    reflect cycle inquiry research study studies project projects program programs programme
    action actions change changes impact improvement improvements success successful
    effective effectively professional development growth support supports supporting
    student students teacher teachers educator educators leader leaders leadership teaching
    instruction instructional classroom classrooms school schools district districts
    elementary middle high junior senior secondary primary intermediate preschool
    kindergarten grade grades college colleges university universities academy academies
    community communities family families parent parents guardian guardians staff faculty
    administrator administrators administration principal principals superintendent coach
    coaches coaching mentor mentors mentoring mentee mentees peer peers colleague colleagues
    team teams group groups member members partner partners partnership partnerships
    stakeholder stakeholders union unions association associations council councils board
    boards committee committees department departments office offices center centre centers
    institute institutes foundation foundations organization organizations organisation
    network networks consortium coalition alliance federation society agency agencies
    state states national federal local regional public private urban rural suburban
    county city town village region area campus building
    education educational curriculum curricula assessment assessments evaluation evaluations
    equity diversity inclusion cultural culture cultures competence diverse equitable
    inclusive justice social emotional academic achievement literacy math mathematics
    science sciences english history art arts music reading writing language languages
    special general gifted talented bilingual technology digital online virtual
    collaboration collaborative collaborating collaborate relationships relationship
    facilitation facilitating facilitator facilitators facilitate engagement engaging
    advocacy awareness communication communications decision decisions making shared
    building trust culture climate labor management labor-management partnership vision
    mission values value goals norms norm protocol protocols agreement agreements policy
    policies contract contracts bargaining initiative initiatives meeting meetings
    conference conferences workshop workshops training trainings event events
    key core main major minor basic advanced great good better best strong important
    essential critical common general specific overall whole full total complete final
    early late current recent future past present next previous following above below
    north south east west central northern southern eastern western
    american america united nation nations world global international
    human humans resource resources services service system systems level levels
    credit credits graduate undergraduate course courses degree degrees certificate
    certification credential credentials micro-credential microcredential badge badges
    portfolio portfolios submission submissions scoring score scores pass passing
    award awards prize recognition honor honors
    please thank thanks dear hello hi welcome congratulations
    sincerely regards best wishes
    name names title titles date dates time times place places location locations address
    phone email website web site sites link links contact
    why what how who where when
    view views see read write make take give get use used using let lets help helps
    create creates develop develops build builds lead leads share shares work works
    working worked apply applies explore explores identify identifies describe describes
    explain explains discuss discusses consider considers reflecting implementing
    implementation implement evaluate evaluates analyze analyse analyzes analyses
    act acts active actively respond responds
    press books book journal journals magazine article articles paper papers blog podcast
    corner pipeline spotlight talk talks tips playbook chat cafe club hour hours huddle
    newsletter roundtable forum summit retreat series update updates cohort cohorts
    river rivers lake lakes mountain mountains valley creek bay beach island islands forest
    canyon falls trail trails ocean sea gulf desert
    idea ideas thing things way ways point points fact facts reason reasons word words
    video videos website chart charts graph graphs slide slides presentation presentations
    """
)

# Place names (US states, words of two-word states): not surnames, but they start school names
# ("New Jersey Public Schools", "Texas Virtual Academy").
_STATE_WORDS = _words(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont wisconsin wyoming jersey york hampshire mexico
    carolina dakota virginia georgia
    """
)
_COMMON = _COMMON | _STATE_WORDS

# Words that also start a school name ("Central High School", "North Middle School") and so
# must not stop the school rule even though they are common.
_SCHOOL_NAME_WORDS = (
    _words(
        """
    central north south east west northern southern eastern western northeast northwest
    southeast southwest northside southside eastside westside upper lower city county
    united valley lake river park hill hills mountain creek ridge oak oaks pine cedar maple
    """
    )
    | _STATE_WORDS
)

# Words that can begin a school name but are not a name on their own ("New", "St.").
_SCHOOL_NAME_CONNECTORS = _words("new st saint san santa los las el la fort ft mount mt port")

# Well-known names of companies and places that look like a first name and a surname.
_NOT_PEOPLE = frozenset(
    {
        "harper collins",
        "morgan stanley",
        "johns hopkins",
        "jossey bass",
        "jossey-bass",
        "dow jones",
        "charles schwab",
        "ruby tuesday",
    }
)

# Well-known organisations that match a school pattern but identify nobody.
_NOT_SCHOOLS = frozenset(
    {
        "khan academy",
        "naval academy",
        "military academy",
        "air force academy",
        "police academy",
        "coast guard academy",
    }
)

# Capitalised words that end a person-name rule: a following institution word means the
# name belongs to a place or institution ("George Mason University", "Rosa Parks Elementary").
_INSTITUTION_WORDS = _words(
    """
    university college colleges school schools academy elementary middle high junior senior
    intermediate primary prep preparatory charter magnet montessori district districts isd usd
    foundation foundations institute institutes center centre centers hall park library
    museum memorial award awards prize scholarship scholarships fellowship fellowships
    street avenue road boulevard drive lane bridge hospital stadium building square airport
    county city parish township township's
    method model effect test scale theory theorem law principle press publishing publishers
    """
)

_STRONG_TITLES = _words("mr mrs ms mx dr prof")
# Titles that are also ordinary words: the name after them must not be a common word.
_WEAK_TITLES = _words("miss coach principal superintendent professor")

# Place prefixes: "San Diego", "St. Paul", "Fort Worth" are places, not people.
_PLACE_PREFIXES = _words("san santa st saint fort ft lake mount mt port los las el la new")

# All-capitals words that are organisations or programmes, never the name of a school.
_ACRONYM_STOP = _words(
    """
    NEA AFT TLI PLC PLCS ESP ESPS DLT SLT ILT US USA UK EU K-12 K12 PK PK-12 ELL ELLS ESL
    STEM STEAM SEL PBIS RTI MTSS IEP IEPS PD PTA PTO PTSA AP IB GED SAT ACT CTE ED OK
    I II III IV V VI VII VIII IX X LDDR TURN NLMP
    """
)

_NOUN_SUFFIXES = (
    "ing",
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ship",
    "ships",
    "ness",
    "ity",
    "ities",
    "ance",
    "ances",
    "ence",
    "ences",
    "ism",
    "isms",
    "ors",
    "ists",
    "ics",
    "ies",
    "ive",
    "ives",
    "ous",
    "ful",
    "able",
    "ible",
    "al",
    "als",
)

# ---------------------------------------------------------------------------------------------
# Patterns

_EMAIL = re.compile(
    r"(?<![\w.%+\-])[\w.%+\-]{1,64}@"
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?){1,8}"
)

_URL_SCHEME = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"'`{}|\\^\[\]]+", re.IGNORECASE)
# Bare domains with a familiar top-level domain: "turnweb.org/videos", "vimeo.com/123".
_URL_BARE = re.compile(
    r"(?<![\w@.\-/])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,4}"
    r"(?:com|org|net|edu|gov|us|io|info|be|ly|me|co|tv|k12\.[a-z]{2}\.us)"
    r"(?![\w\-@])(?:/[^\s<>\"'`{}|\\^\[\]]*)?",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?'\")]}>*_"

_PHONE = re.compile(
    r"(?<![\w+.\-/])"
    r"(?:"
    # (555) 123-4567, +1 (555) 123-4567
    r"(?:\+?1[ .\-]?)?\([2-9]\d{2}\)[ .\-]?\d{3}[ .\-]\d{4}"
    # 555-123-4567, 555.123.4567, 1-555-123-4567 (same separator throughout)
    r"|(?:\+?1(?P<s0>[.\-]))?[2-9]\d{2}(?P<s1>[.\-])\d{3}(?P=s1)\d{4}"
    # +1 555 123 4567
    r"|\+1[ .\-]?[2-9]\d{2}[ .\-]\d{3}[ .\-]\d{4}"
    r")"
    r"(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,5})?"
    r"(?![\w\-]|[.,]\d)"
)
# Numbers written with spaces, or without an area code, only after a cue word.
_PHONE_CUED = re.compile(
    r"\b(?:phone|telephone|tel|cell|mobile|call|text|fax)(?:[ \t]+(?:me|us|at|on|number|no))?"
    r"[ \t]*[:.#]?[ \t]*"
    r"(?P<number>(?:\+?1[ .\-]?)?(?:[2-9]\d{2}[ .\-])?\d{3}[ .\-]\d{4})"
    r"(?![\w\-]|[.,]\d)",
    re.IGNORECASE,
)

_STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl"
    r"|Way|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Route|Rte"
    r"|Pike|Alley|Loop|Plaza|Crescent|Turnpike|Tpke|Expressway|Freeway)"
)
_DIRECTION = (
    r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|Northeast|Northwest|Southeast|Southwest)"
)
_ADDRESS = re.compile(
    r"(?<![\w.,/\-])\d{1,6}[A-Za-z]?(?:-\d{1,4})?[ \t]+"
    r"(?:" + _DIRECTION + r"\.?[ \t]+)?"
    r"(?P<name>(?:(?:[A-Z][A-Za-z'’\-]*|\d{1,4}(?:st|nd|rd|th))\.?[ \t]+){0,3}"
    r"(?:[A-Z][A-Za-z'’\-]*|\d{1,4}(?:st|nd|rd|th)))[ \t]+"
    r"(?P<suffix>" + _STREET_SUFFIX + r")\b\.?"
    r"(?:,?[ \t]+" + _DIRECTION + r"\b\.?)?"
    r"(?:,?[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl)\.?[ \t]*#?[A-Za-z0-9\-]{1,6}"
    r"|,?[ \t]*#[ \t]?[A-Za-z0-9\-]{1,6})?"
)
# Street words that are also ordinary words: the street name before them must not be common.
_WEAK_STREET_SUFFIXES = _words(
    "Way Place Pl Court Circle Square Trail Loop Plaza Pike Alley Terrace Crescent Route"
)
_PO_BOX = re.compile(
    r"\b(?:P\.?[ \t]?O\.?|Post[ \t]+Office)[ \t]*Box[ \t]+\d{1,6}\b", re.IGNORECASE
)
_STATES = sorted(
    _words(
        """
        AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV
        NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY
        """
    )
)
_CITY_STATE_ZIP = re.compile(
    r"(?:\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},?[ \t]+)?"
    r"\b(?:" + "|".join(_STATES) + r")[ \t]+\d{5}(?:-\d{4})?(?![\w\-])"
)

# A capitalised word (Latin script), optionally followed by a full stop, and runs of them.
_CAP_TOKEN_PATTERN = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]{0,40}\.?"
_CAP_TOKEN = re.compile(_CAP_TOKEN_PATTERN)
_CAP_RUN = re.compile(
    r"(?<![\w'’\-.])" + _CAP_TOKEN_PATTERN + r"(?:[ \t]{1,3}" + _CAP_TOKEN_PATTERN + r")*+"
)
_POSSESSIVE = re.compile(r"(?:['’]s?)$")


# ---------------------------------------------------------------------------------------------
# Helpers


def _context(text: str, start: int, end: int) -> str:
    left = max(0, start - _CONTEXT)
    right = min(len(text), end + _CONTEXT)
    snippet = " ".join(text[left:right].split())
    if left > 0:
        snippet = "…" + snippet
    if right < len(text):
        snippet = snippet + "…"
    return snippet


def _trim_url(url: str) -> str:
    while url and url[-1] in _URL_TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


class _Token:
    """A capitalised word inside a run, with its trailing full stop and possessive split off."""

    __slots__ = ("end", "period", "possessive", "raw", "start", "word", "word_end")

    def __init__(self, raw: str, start: int) -> None:
        self.raw = raw
        self.start = start
        self.end = start + len(raw)
        self.period = raw.endswith(".")
        body = raw[:-1] if self.period else raw
        stripped = _POSSESSIVE.sub("", body) if len(body) > 2 else body
        self.possessive = stripped != body
        self.word = stripped.rstrip("-'’")
        self.word_end = start + len(self.word)

    @property
    def is_initial(self) -> bool:
        return len(self.raw) == 2 and self.period

    @property
    def has_lower(self) -> bool:
        return any(c.islower() for c in self.word)

    @property
    def is_acronym(self) -> bool:
        word = self.word
        return len(word) >= 2 and word.upper() == word and any(c.isalpha() for c in word)

    @property
    def ends_sentence(self) -> bool:
        """A full stop that is not part of an initial or a known abbreviation."""
        return self.period and not self.is_initial and self.word.lower() not in _ABBREVIATIONS


_ABBREVIATIONS = _words("mr mrs ms mx dr prof st mt ft jr sr")


def _is_surname_like(token: _Token) -> bool:
    """A capitalised word that could be a surname (or middle name)."""
    word = token.word
    if len(word) < 2 or not token.has_lower or not word[0].isupper():
        return False
    lower = word.lower()
    return lower not in _COMMON and lower not in _INSTITUTION_WORDS


def _looks_like_common_noun(word: str) -> bool:
    lower = word.lower()
    return lower in _COMMON or lower.endswith(_NOUN_SUFFIXES)


def _extend_name(tokens: list[_Token], j: int, first_names: frozenset[str], limit: int = 3) -> int:
    """Index of the last name token starting at ``j`` (which must be surname-like).

    Stops before a known first name that follows a surname, so an unpunctuated list such as
    "Leigh Kennedy Sarah Ammar" gives two people; "Maria Elena Lopez" stays one.
    """
    last = j
    seen_surname = tokens[j].word.lower() not in first_names
    k = j + 1
    while k < len(tokens) and k - j < limit:
        previous = tokens[k - 1]
        if previous.ends_sentence or previous.possessive:
            break
        token = tokens[k]
        if token.is_initial:
            k += 1
            continue
        if not _is_surname_like(token):
            break
        is_first_name = token.word.lower() in first_names
        if seen_surname and is_first_name:
            break
        seen_surname = seen_surname or not is_first_name
        last = k
        k += 1
    return last


def _followed_by_institution(tokens: list[_Token], last: int) -> bool:
    if tokens[last].ends_sentence or tokens[last].possessive:
        return False
    nxt = last + 1
    return nxt < len(tokens) and tokens[nxt].word.lower() in _INSTITUTION_WORDS


def _continues_run(tokens: list[_Token], last: int) -> bool:
    """Whether another capitalised word follows ``last`` in the same sentence."""
    return last + 1 < len(tokens) and not (tokens[last].ends_sentence or tokens[last].possessive)


# School keywords as sequences of words (longest first).
_SCHOOL_KEYWORDS: tuple[tuple[str, ...], ...] = tuple(
    tuple(k.split())
    for k in sorted(
        [
            "Unified School District",
            "Independent School District",
            "Consolidated School District",
            "Community School District",
            "Union School District",
            "Public School District",
            "City School District",
            "Area School District",
            "School District",
            "County Public Schools",
            "Public Schools",
            "County Schools",
            "City Schools",
            "Area Schools",
            "Community Schools",
            "Elementary School",
            "Elementary",
            "Middle School",
            "Junior High School",
            "Junior High",
            "Senior High School",
            "High School",
            "Intermediate School",
            "Primary School",
            "Charter School",
            "Charter Academy",
            "Magnet School",
            "Preparatory School",
            "Preparatory Academy",
            "Prep School",
            "Prep",
            "Academy",
            "Montessori School",
            "Day School",
            "Early Learning Center",
            "Learning Academy",
            "ISD",
            "CISD",
            "USD",
            "UFSD",
            "CUSD",
        ],
        key=lambda k: -len(k.split()),
    )
)
_KEYWORDS_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _keyword in _SCHOOL_KEYWORDS:
    _KEYWORDS_BY_FIRST_WORD.setdefault(_keyword[0], []).append(_keyword)
# Keywords that never stand on their own as a school name's generic part.
_SCHOOL_KEYWORD_WORDS = frozenset(w.lower() for k in _SCHOOL_KEYWORDS for w in k)


def _match_keyword(tokens: list[_Token], i: int) -> int:
    """Number of tokens a school keyword covers starting at ``i`` (0 if none)."""
    candidates = _KEYWORDS_BY_FIRST_WORD.get(tokens[i].word)
    if not candidates:
        return 0
    for keyword in candidates:
        n = len(keyword)
        if i + n > len(tokens):
            continue
        # Every word must match, and a full stop inside the keyword ends the sentence.
        if all(
            tokens[i + k].word == word and (k == n - 1 or not tokens[i + k].period)
            for k, word in enumerate(keyword)
        ):
            return n
    return 0


def _is_school_name_word(token: _Token) -> bool:
    word = token.word
    if len(word) < 2:
        return False
    lower = word.lower()
    if token.is_acronym:
        return word.upper() not in _ACRONYM_STOP and lower not in _SCHOOL_KEYWORD_WORDS
    if not token.has_lower:
        return False
    if lower in _SCHOOL_NAME_WORDS or lower in _SCHOOL_NAME_CONNECTORS:
        return True
    return lower not in _COMMON and lower not in _SCHOOL_KEYWORD_WORDS


def _scan_runs(text: str) -> list[tuple[str, int, int]]:
    """Find people's names and school names in runs of capitalised words."""
    found: list[tuple[str, int, int]] = []
    first_names = _first_names()
    for run in _CAP_RUN.finditer(text):
        base = run.start()
        tokens = [_Token(m.group(), base + m.start()) for m in _CAP_TOKEN.finditer(run.group())]
        if len(tokens) < 2:
            continue
        found.extend(_schools_in(tokens))
        found.extend(_people_in(tokens, first_names))
    return found


def _schools_in(tokens: list[_Token]) -> list[tuple[str, int, int]]:
    """Find "Roosevelt Middle School", "Springfield School District", "Northside ISD"..."""
    found: list[tuple[str, int, int]] = []
    i = 1
    while i < len(tokens):
        n = _match_keyword(tokens, i)
        if not n:
            i += 1
            continue
        # Walk back over the name words before the keyword.
        first = i
        k = i - 1
        while k >= 0 and not tokens[k].ends_sentence and _is_school_name_word(tokens[k]):
            first = k
            k -= 1
        # "New", "St." and the like belong to a name but are not one on their own.
        if all(tokens[t].word.lower() in _SCHOOL_NAME_CONNECTORS for t in range(first, i)):
            first = i
        phrase = " ".join(t.word.lower() for t in tokens[first : i + n])
        if first < i and phrase not in _NOT_SCHOOLS:
            found.append(("school", tokens[first].start, tokens[i + n - 1].word_end))
        i += n
    return found


def _people_in(tokens: list[_Token], first_names: frozenset[str]) -> list[tuple[str, int, int]]:
    """Find "Dr. Saul Rubinstein", "Coach Taylor", "Maria Lopez" (first name + surname)."""
    found: list[tuple[str, int, int]] = []
    i = 0
    while i < len(tokens) - 1:
        token = tokens[i]
        lower = token.word.lower()
        person_end = -1
        # Titles are written "Mr", "Dr", "Coach": "MS Excel" is not a person.
        titled = (lower in _STRONG_TITLES or lower in _WEAK_TITLES) and token.has_lower
        named = lower in first_names and not (
            i > 0 and tokens[i - 1].word.lower() in _PLACE_PREFIXES
        )
        if (titled or named) and not token.ends_sentence and not token.possessive:
            j = i + 1
            while j < len(tokens) - 1 and tokens[j].is_initial:
                j += 1
            candidate = tokens[j]
            strong = lower in _STRONG_TITLES or named
            if _is_surname_like(candidate) and (
                strong or not _looks_like_common_noun(candidate.word)
            ):
                last = _extend_name(tokens, j, first_names)
                phrase = " ".join(t.word.lower() for t in tokens[i : last + 1])
                if (
                    not _followed_by_institution(tokens, last)
                    and phrase not in _NOT_PEOPLE
                    # "Principal Pipeline Initiative" is a heading, "Principal Okafor" a person.
                    and (strong or not _continues_run(tokens, last))
                ):
                    person_end = last
        if person_end >= 0:
            found.append(("person", token.start, tokens[person_end].word_end))
            i = person_end + 1
        else:
            i += 1
    return found


def _scan_terms(text: str, terms: Sequence[str]) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    for term in terms:
        parts = term.split()
        if not parts:
            continue
        folded = " ".join(parts).lower()
        if folded in seen:
            continue
        seen.add(folded)
        pattern = re.compile(
            r"(?<!\w)" + r"\s+".join(re.escape(p) for p in parts) + r"(?!\w)", re.IGNORECASE
        )
        found.extend(("term", m.start(), m.end()) for m in pattern.finditer(text))
    return found


def _scan_patterns(text: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    for m in _EMAIL.finditer(text):
        tld = m.group().rsplit(".", 1)[-1]
        if len(tld) >= 2 and tld.isalpha():
            found.append(("email", m.start(), m.end()))
    for pattern in (_URL_SCHEME, _URL_BARE):
        for m in pattern.finditer(text):
            url = _trim_url(m.group())
            if pattern is _URL_SCHEME and len(url) <= len("https://"):
                continue
            found.append(("url", m.start(), m.start() + len(url)))
    for m in _PHONE.finditer(text):
        found.append(("phone", m.start(), m.end()))
    for m in _PHONE_CUED.finditer(text):
        found.append(("phone", m.start("number"), m.end("number")))
    for m in _ADDRESS.finditer(text):
        if m.group("suffix") in _WEAK_STREET_SUFFIXES and all(
            word.lower().rstrip(".") in _COMMON for word in m.group("name").split()
        ):
            continue  # "Chapter 5 Key Way", "Step 2 Design Place"
        found.append(("address", m.start(), m.end()))
    for m in _PO_BOX.finditer(text):
        found.append(("address", m.start(), m.end()))
    # "City, ST 12345": its own finding, or the tail of a street address just before it.
    for m in _CITY_STATE_ZIP.finditer(text):
        found.append(("address-tail", m.start(), m.end()))
    return found


_PRIORITY = {kind: n for n, kind in enumerate(("url", "email", "phone", "address", "school"))}


def _resolve(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop findings that lie inside a longer finding; merge adjacent address parts."""
    terms = [s for s in spans if s[0] == "term"]
    others = sorted(
        {s for s in spans if s[0] != "term"},
        key=lambda s: (s[1], -s[2], _PRIORITY.get(s[0], 9)),
    )
    kept: list[tuple[str, int, int]] = []
    max_end = -1
    for span in others:
        if span[2] <= max_end:
            continue
        kept.append(span)
        max_end = span[2]
    # "1201 16th St., NW" + "Washington, DC 20036" -> one address.
    merged: list[tuple[str, int, int]] = []
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
    return sorted(merged + sorted(set(terms)), key=lambda s: (s[1], s[2]))


# ---------------------------------------------------------------------------------------------
# Public API


def scan_text(text: str, *, terms: Sequence[str] = (), where: str = "") -> list[Finding]:
    """Return the possibly identifying details in ``text``, in order of position.

    ``terms`` are the teacher's own words to look for (names of students, colleagues, the
    school...), matched case-insensitively as whole words.  ``where`` is a location label
    such as "Part 1 Overview", copied into every finding.
    """
    if not text:
        return []
    spans = _scan_patterns(text)
    spans.extend(_scan_runs(text))
    if terms:
        spans.extend(_scan_terms(text, terms))
    return [
        Finding(
            kind=kind,
            text=text[start:end],
            start=start,
            end=end,
            context=_context(text, start, end),
            where=where,
        )
        for kind, start, end in _resolve(spans)
        if end > start
    ]


# Metadata fields that identify a person, organisation or place (normalised: lower-case,
# letters only) and the label shown to the user.
_IDENTIFYING_FIELDS: dict[str, str] = {
    "author": "Author",
    "authors": "Author",
    "xpauthor": "Author",
    "artist": "Artist",
    "creator": "Creator",
    "owner": "Owner",
    "ownername": "Owner",
    "cameraownername": "Camera owner",
    "bodyserialnumber": "Camera serial number",
    "serialnumber": "Serial number",
    "lastmodifiedby": "Last modified by",
    "company": "Company",
    "manager": "Manager",
    "copyright": "Copyright",
    "gps": "GPS location",
    "gpsinfo": "GPS location",
    "gpslocation": "GPS location",
}


def scan_metadata(meta: Mapping[str, str], where: str) -> list[Finding]:
    """Return a ``metadata`` finding for every non-empty identifying field in ``meta``.

    ``meta`` is what :func:`image_metadata` or :func:`document_metadata` return (any
    mapping of field name to value works: names are matched ignoring case and punctuation).
    """
    findings: list[Finding] = []
    for field, value in meta.items():
        label = _IDENTIFYING_FIELDS.get(re.sub(r"[^a-z]", "", str(field).lower()))
        if label is None:
            continue
        shown = " ".join(str(value).split())
        if not shown:
            continue
        if len(shown) > 200:
            shown = shown[:199] + "…"
        text = f"{label}: {shown}"
        findings.append(
            Finding(kind="metadata", text=text, start=0, end=0, context=text, where=where)
        )
    return findings


# -- image metadata ---------------------------------------------------------------------------

_EXIF_BASE_TAGS = {
    0x013B: "Artist",
    0x8298: "Copyright",
    0x010F: "Make",
    0x0110: "Model",
    0x9C9D: "XPAuthor",
}
_EXIF_IFD_TAGS = {0xA430: "CameraOwnerName", 0xA431: "BodySerialNumber"}
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_TEXT_CHUNK_FIELDS = ("Author", "Artist", "Copyright", "Creator", "Owner")


def _exif_text(value: object) -> str:
    if isinstance(value, bytes):
        # XP* tags are UTF-16LE; others are ASCII/UTF-8, sometimes NUL-padded.
        if len(value) >= 2 and value[1:2] == b"\x00":
            text = value.decode("utf-16-le", errors="replace")
        else:
            text = value.decode("utf-8", errors="replace")
    elif isinstance(value, tuple | list):
        # XPAuthor may arrive as a tuple of byte values.
        if all(isinstance(v, int) and 0 <= v < 256 for v in value):
            return _exif_text(bytes(value))
        text = " ".join(str(v) for v in value)
    else:
        text = str(value)
    return " ".join(text.replace("\x00", " ").split())


def _gps_text(gps: Mapping[int, object]) -> str:
    def degrees(value: Any) -> float | None:  # EXIF rationals (d, m, s); bad ones raise
        try:
            d, m, s = value
            return float(d) + float(m) / 60 + float(s) / 3600
        except (TypeError, ValueError, ZeroDivisionError):
            return None

    lat, lon = degrees(gps.get(2)), degrees(gps.get(4))
    if lat is None or lon is None:
        return "present"
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon = -lon
    return f"{lat:.5f}, {lon:.5f}"


def image_metadata(path: str | PathLike[str]) -> dict[str, str]:
    """Return identifying metadata from an image file (empty if there is none or no Pillow).

    Keys: ``Artist``, ``Copyright``, ``Make``, ``Model``, ``XPAuthor``, ``CameraOwnerName``,
    ``BodySerialNumber``, ``GPSInfo`` (coordinates or "present"), and PNG/TIFF text fields
    such as ``Author``.  Pixel data is never decoded.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow is a dependency
        return {}
    out: dict[str, str] = {}
    try:
        with Image.open(path) as image:
            exif = image.getexif()
            for tag, name in _EXIF_BASE_TAGS.items():
                if tag in exif:
                    text = _exif_text(exif[tag])
                    if text:
                        out[name] = text
            try:
                sub = exif.get_ifd(_EXIF_IFD)
            except Exception:  # noqa: BLE001 - malformed EXIF
                log.exception("Malformed EXIF in %s", path)
                sub = {}
            for tag, name in _EXIF_IFD_TAGS.items():
                if tag in sub:
                    text = _exif_text(sub[tag])
                    if text:
                        out[name] = text
            try:
                gps = exif.get_ifd(_GPS_IFD)
            except Exception:  # noqa: BLE001 - malformed EXIF
                log.exception("Malformed GPS EXIF in %s", path)
                gps = {}
            if gps:
                out["GPSInfo"] = _gps_text(gps)
            elif _GPS_IFD in exif:
                out["GPSInfo"] = "present"
            info = getattr(image, "info", {}) or {}
            for name in _TEXT_CHUNK_FIELDS:
                value = info.get(name)
                if isinstance(value, str | bytes) and name not in out:
                    text = _exif_text(value)
                    if text:
                        out[name] = text
    except OSError:  # not an image (Pillow's UnidentifiedImageError) or unreadable
        return out
    except Exception:  # noqa: BLE001 - image data Pillow trips over: nothing to report
        log.exception("Could not read the image metadata of %s", path)
        return out
    return out


# -- document metadata ------------------------------------------------------------------------

_MAX_XML = 1 << 20  # docProps parts are a few KB; refuse anything over 1 MB
_MAX_PDF_SCAN = 1 << 20


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _read_zip_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_XML:
        return None
    with archive.open(info) as handle:
        data = handle.read(_MAX_XML + 1)
    if len(data) > _MAX_XML:
        return None
    return data


def _parse_xml(data: bytes) -> ElementTree.Element | None:
    # No DTDs at all: that rules out entity expansion and external entities.
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return None
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return None


_OOXML_FIELDS = {
    ("core", "creator"): "author",
    ("core", "lastModifiedBy"): "last_modified_by",
    ("app", "Company"): "company",
    ("app", "Manager"): "manager",
}


def _ooxml_metadata(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for part, member in (("core", "docProps/core.xml"), ("app", "docProps/app.xml")):
                data = _read_zip_member(archive, member)
                if data is None:
                    continue
                root = _parse_xml(data)
                if root is None:
                    continue
                for element in root:
                    key = _OOXML_FIELDS.get((part, _local(element.tag)))
                    if key:
                        value = " ".join((element.text or "").split())
                        if value:
                            out[key] = value
    except (OSError, zipfile.BadZipFile, RuntimeError, ValueError, NotImplementedError):
        return out
    return out


def _pdf_string(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", errors="replace")
    return raw.decode("latin-1")


_PDF_AUTHOR_LITERAL = re.compile(rb"/Author\s*\(((?:[^()\\]|\\.){0,512})\)", re.DOTALL)
_PDF_AUTHOR_HEX = re.compile(rb"/Author\s*<([0-9A-Fa-f\s]{0,2048})>")
_PDF_ESCAPE = re.compile(rb"\\([nrtbf()\\]|[0-7]{1,3})")
_PDF_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _pdf_unescape(raw: bytes) -> bytes:
    def replace(m: re.Match[bytes]) -> bytes:
        code = m.group(1)
        if code in _PDF_ESCAPES:
            return _PDF_ESCAPES[code]
        if code[:1].isdigit():
            return bytes([int(code, 8) & 0xFF])
        return code

    return _PDF_ESCAPE.sub(replace, raw)


def _pdf_metadata_fallback(path: Path) -> dict[str, str]:
    try:
        with open(path, "rb") as handle:
            head = handle.read(_MAX_PDF_SCAN)
    except OSError:
        return {}
    m = _PDF_AUTHOR_LITERAL.search(head)
    if m:
        value = _pdf_string(_pdf_unescape(m.group(1)))
    else:
        h = _PDF_AUTHOR_HEX.search(head)
        if not h:
            return {}
        digits = re.sub(rb"\s", b"", h.group(1))
        if len(digits) % 2:
            digits += b"0"
        value = _pdf_string(bytes.fromhex(digits.decode("ascii")))
    value = " ".join(value.replace("\x00", " ").split())
    return {"author": value} if value else {}


def _pdf_metadata(path: Path) -> dict[str, str]:
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dependency
        return _pdf_metadata_fallback(path)
    try:
        reader = PdfReader(str(path), strict=False)
        info = reader.metadata
    except Exception:  # noqa: BLE001 - damaged or encrypted PDF: fall back to a byte scan
        log.exception("Could not read the PDF metadata of %s; scanning its bytes", path)
        return _pdf_metadata_fallback(path)
    if not info:
        return _pdf_metadata_fallback(path)
    value = info.get("/Author")
    author = " ".join(str(value).replace("\x00", " ").split()) if value else ""
    return {"author": author} if author else {}


def document_metadata(path: str | PathLike[str]) -> dict[str, str]:
    """Return identifying metadata from a DOCX (or other Office Open XML) or PDF file.

    DOCX: ``author`` (dc:creator), ``last_modified_by``, ``company``, ``manager``.
    PDF: ``author`` only (the PDF "Creator" and "Producer" name software, not people).
    Unknown or unreadable files give an empty dict.
    """
    p = Path(path)
    try:
        with open(p, "rb") as handle:
            magic = handle.read(5)
    except OSError:
        return {}
    if magic.startswith(b"PK"):
        return _ooxml_metadata(p)
    if magic.startswith(b"%PDF"):
        return _pdf_metadata(p)
    return {}
