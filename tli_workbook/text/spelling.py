"""Offline spell checking in English or Spanish (an adapter around pyspellchecker).

Creating the underlying :class:`spellchecker.SpellChecker` decompresses and loads a
dictionary of about 160,000 words, which takes roughly a tenth of a second.  :class:`SpellCheck`
therefore creates it lazily, on the first check or suggestion (or on an explicit
:meth:`SpellCheck.warm_up`, which the app can call from a background thread or an idle timer),
never at import time and never at application start-up.

Offsets returned by :meth:`SpellCheck.misspelled_spans` are Python string indices (code
points).  Qt counts UTF-16 code units; :func:`to_utf16_spans` converts when a paragraph contains
characters outside the Basic Multilingual Plane (emoji, for instance).
"""

from __future__ import annotations

import gzip
import json
import logging
import pkgutil
import re
import threading
import time
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spellchecker import SpellChecker

__all__ = [
    "BUILTIN_WORDS",
    "LANGUAGES",
    "SpellCheck",
    "to_utf16_spans",
    "typed_edit",
]

log = logging.getLogger(__name__)

# Characters of the dictionary's JSON parsed in one piece (a few milliseconds each).
DICTIONARY_PIECE = 200_000

# The dictionaries the checker is written for (pyspellchecker's language codes).
LANGUAGES = ("en", "es")

# Education and credential vocabulary that must never be flagged (lower-case; compared
# case-insensitively).
BUILTIN_WORDS: frozenset[str] = frozenset(
    str.split(
        """
    plc plcs esp esps dlt slt ilt tli nea aft ela ell ells esl esol stem steam sel pbis rti
    mtss iep ieps 504 pd pto pta ptsa cte ap ib sped k-12 prek pre-k
    edtech ed-tech micro-credential micro-credentials microcredential microcredentials
    stakeholder stakeholders rubric rubrics mentee mentees mentor mentors mentoring mentorship
    equitable equitably inequitable pedagogy pedagogies pedagogical pedagogically scaffold
    scaffolds scaffolded scaffolding differentiated differentiate differentiation
    metacognition metacognitive formative summative collaboratively co-teach co-teaching
    co-teacher co-teachers co-plan co-planning coteaching paraeducator paraeducators
    paraprofessional paraprofessionals educator educators edu unconference unconferences
    upskill upskilling reskill reskilling microteach microteaching onboarding offboarding
    learner learners learner-centered student-centered teacher-led trauma-informed
    culturally responsive sociocultural socioemotional social-emotional neurodivergent
    neurodiversity multilingual translanguaging anti-racist antiracist antiracism
    intersectionality intersectional positionality marginalized minoritized underserved
    underrepresented schoolwide districtwide statewide classwide gradewide homeroom
    homerooms walkthrough walkthroughs debrief debriefs debriefing debriefed
    protocol protocols norming benchmarking exemplar exemplars artefact artefacts artifact
    artifacts reflective reflection reflections facilitator facilitators facilitative
    co-facilitate co-facilitator cohort cohorts capstone capstones synchronous asynchronous
    hyflex videoconference videoconferencing breakout breakouts jamboard padlet flipgrid
    edpuzzle nearpod kahoot seesaw schoology canvas powerschool google zoom
    learn-design-do-reflect lddr
    """
    )
)

# A word: letters (any script) possibly joined by apostrophes or hyphens, with digits allowed so
# that "3rd" or "mp3" can be recognised and skipped as a whole.
# Words whose check results are kept (a few MB at most).
_WORD_CACHE_MAX = 50_000
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*(?:-[^\W_]+(?:['’][^\W_]+)*)*")
# Links and email addresses are never spell-checked.
_SKIP = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"
    r"|[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|(?<![\w@])(?:[A-Za-z0-9\-]+\.)+(?:com|org|net|edu|gov|io|us|uk|ca|be|ly|me|co)(?:/\S*)?\b",
    re.IGNORECASE,
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
# Longest word that gets edit-distance-2 suggestions (the work grows with the square of the
# length: about 100 ms at 12 letters); longer words get distance-1 suggestions only.
_MAX_DISTANCE_2 = 12
_ALPHABET = "abcdefghijklmnopqrstuvwxyz'"
_ALPHABETS = {"en": _ALPHABET, "es": "abcdefghijklmnopqrstuvwxyzáéíóúüñ"}


_SPACE = re.compile(r"\s")
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix (a binary search of slice comparisons: C-speed,
    where a loop over characters would cost a keystroke's worth in a long paragraph)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _after_last_space(text: str, end: int) -> int:
    """The index just after the last whitespace in ``text[:end]`` (0 when there is none)."""
    found = _LAST_SPACE.match(text, 0, end)
    return found.end() if found else 0


def typed_edit(old_text: str, text: str) -> tuple[int, tuple[int, int] | None]:
    """What an edit turning ``old_text`` into ``text`` leaves alone, and what it completed.

    First: how far ``text`` holds the same words as before; a span ending at or before this
    index is the same in both (no word crosses whitespace, and the word touching the change
    may have grown or shrunk). Second: when the edit is one whitespace character typed after
    a word (maybe beside other whitespace), the span of that word, which the key ended; else
    None. Spans from the first part never overlap the second."""
    at = _common_prefix(old_text, text)
    keep = _after_last_space(text, at)
    if len(text) != len(old_text) + 1 or not text[at].isspace() or text[at + 1 :] != old_text[at:]:
        return keep, None
    end = at  # typed beside other whitespace, the new one cannot be told from the old
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return keep, None
    start = _after_last_space(text, end)
    return min(keep, start), (start, end)


def _edits1(word: str, alphabet: str = _ALPHABET) -> set[str]:
    """All strings one deletion, transposition, replacement or insertion away from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [left + right[1:] for left, right in splits if right]
    transposes = [
        left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1
    ]
    replaces = [left + c + right[1:] for left, right in splits if right for c in alphabet]
    inserts = [left + c + right for left, right in splits for c in alphabet]
    return set(deletes + transposes + replaces + inserts)


def to_utf16_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Convert code-point ``spans`` over ``text`` into UTF-16 offsets (what Qt counts)."""
    spans = list(spans)
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return spans
    # Prefix sums of "extra" UTF-16 units before each index.
    extra = [0] * (len(text) + 1)
    running = 0
    for index, char in enumerate(text):
        extra[index] = running
        if ord(char) >= 0x10000:
            running += 1
    extra[len(text)] = running
    return [(start + extra[start], end + extra[end]) for start, end in spans]


def _is_acronym(word: str) -> bool:
    """ALL-CAPS words of up to six letters (with an optional plural "s"): "PLC", "PLCs"."""
    core = word
    if len(core) > 3 and core[-2:] in ("'s", "’s"):
        core = core[:-2]
    if len(core) > 2 and core.endswith("s"):
        core = core[:-1]
    return 2 <= len(core) <= 6 and core.isalpha() and core.isupper()


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def load_checker(language: str) -> SpellChecker:
    """The pyspellchecker checker of `language`, with exactly the words SpellChecker(language)
    loads, but parsed in pieces of DICTIONARY_PIECE characters: the dictionary loads on a
    worker thread, and one json.loads of the whole 2.7 MB held the interpreter, so the window
    froze for a tenth of a second or more while a workbook opened. Between two pieces the GUI
    thread gets its turn."""
    from spellchecker import SpellChecker

    raw = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    try:
        if raw is None:
            raise ValueError("no dictionary file")
        body = gzip.decompress(raw).decode("utf-8").strip()
        if not (body.startswith("{") and body.endswith("}")):
            raise ValueError("not a JSON object")
        body = body[1:-1]
        words: dict[str, int] = {}
        start = 0
        while start < len(body):
            # Pieces end at a line break: the file has one "word": count entry per line (a
            # file laid out otherwise is one piece, or fails to parse and loads as a whole).
            end = body.find("\n", start + DICTIONARY_PIECE)
            end = len(body) if end < 0 else end
            piece = body[start:end].strip().strip(",")
            if piece:
                words.update(json.loads("{" + piece + "}"))
            start = end + 1
            time.sleep(0)
    except (ValueError, OSError):
        log.warning("Loading the %s dictionary in pieces failed; loading it whole", language)
        return SpellChecker(language=language, distance=2)
    checker = SpellChecker(language=None, distance=2)
    checker.word_frequency.load_json(words)
    return checker


class SpellCheck:
    """A spell checker for one language (English unless told, or Spanish) with a built-in
    education vocabulary and a personal dictionary.

    The dictionary is loaded on first use.  Instances are safe to share between threads for
    checking; loading is guarded by a lock.
    """

    def __init__(self, personal_words: Iterable[str] = (), language: str = "en") -> None:
        if language not in LANGUAGES:
            raise ValueError(f"no spelling dictionary for {language!r}")
        self.language = language
        self._builtin = BUILTIN_WORDS
        if language == "es":
            from tli_workbook.text.spanish_forms import BUILTIN_WORDS_ES

            self._builtin = BUILTIN_WORDS | BUILTIN_WORDS_ES
        self._checker: SpellChecker | None = None
        self._lock = threading.Lock()
        self._personal: set[str] = set()
        # Misspelled parts of each word seen (offsets within the word). A keystroke re-checks
        # its paragraph; with this each word costs a dict look-up, not a dictionary walk.
        # Bounded: cleared when full, and whenever the personal dictionary changes.
        self._word_spans: dict[str, tuple[tuple[int, int], ...]] = {}
        # Bumped whenever a word's verdict can change: spans remembered from before are stale.
        self.version = 0
        self.words_checked = 0  # words looked at by misspelled_spans, for tests
        self.add_words(personal_words)

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        """Whether the dictionary has been loaded yet."""
        return self._checker is not None

    def warm_up(self) -> None:
        """Load the dictionary now (for example from a worker thread or an idle timer)."""
        self._spell()

    def _spell(self) -> SpellChecker:
        checker = self._checker
        if checker is not None:
            return checker
        with self._lock:
            if self._checker is None:
                checker = load_checker(self.language)
                # One batch update; ``add`` per word recomputes statistics every time.
                checker.word_frequency.load_words(sorted(self._builtin | self._personal))
                self._checker = checker
            return self._checker

    # -- personal dictionary -----------------------------------------------------------------

    def add_words(self, words: Iterable[str]) -> None:
        """Add words to the personal dictionary (case-insensitive; stored by the app)."""
        new = {
            w.strip().translate(_APOSTROPHES).lower()
            for w in words
            if isinstance(w, str) and w.strip()
        }
        new -= self._personal
        if not new:
            return
        self._personal |= new
        self._word_spans = {}
        self.version += 1
        if self._checker is not None:
            with self._lock:
                self._checker.word_frequency.load_words(sorted(new))

    def remove_words(self, words: Iterable[str]) -> None:
        """Take words out of the personal dictionary again."""
        gone = {w.strip().translate(_APOSTROPHES).lower() for w in words if w.strip()}
        gone &= self._personal
        if not gone:
            return
        self._personal -= gone
        self._word_spans = {}
        self.version += 1
        if self._checker is not None:
            dictionary = self._checker.word_frequency.dictionary
            with self._lock:
                for word in gone - self._builtin:
                    # Only drop words that the base dictionary did not have (count 1 from us).
                    if dictionary.get(word) == 1:
                        del dictionary[word]

    @property
    def personal_words(self) -> frozenset[str]:
        return frozenset(self._personal)

    # -- checking ----------------------------------------------------------------------------

    def is_known(self, word: str) -> bool:
        """Whether ``word`` (one word, no surrounding punctuation) is spelled correctly."""
        folded = word.translate(_APOSTROPHES).lower()
        if folded in self._builtin or folded in self._personal:
            return True
        dictionary = self._spell().word_frequency.dictionary
        if folded in dictionary:
            return True
        if self.language == "es":
            from tli_workbook.text.spanish_forms import known_form

            if known_form(folded, self._known_lemma):
                return True
        if not folded.isascii():
            # "García", "naïve", "café": accept the word if its unaccented form is known.
            plain = "".join(
                c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
            )
            if plain != folded and plain.isascii() and self.is_known(plain):
                return True
        # Possessives and contractions: "teacher's", "teachers'", "Maria's", "they'll".
        if "'" in folded:
            base, _, tail = folded.rpartition("'")
            if tail in ("s", "") and base and (base in dictionary or self.is_known(base)):
                return True
            if tail in ("ll", "d", "ve", "re", "m", "t") and base in dictionary:
                return True
        return False

    def _known_lemma(self, word: str) -> bool:
        return (
            word in self._builtin
            or word in self._personal
            or word in self._spell().word_frequency.dictionary
        )

    def _needs_check(self, word: str) -> bool:
        if len(word) < 2:
            return False
        if any(c.isdigit() for c in word):
            return False
        if _is_acronym(word):
            return False
        # Only Latin-script words: the dictionaries are English and Spanish.
        return all(c.isascii() or c in "'’" or "\u00c0" <= c <= "\u024f" for c in word)

    def misspelled_spans(self, text: str) -> list[tuple[int, int]]:
        """Character offsets ``(start, end)`` of the misspelled words in one paragraph.

        Words with digits, ALL-CAPS acronyms of up to six letters (and their plurals), links,
        email addresses, and words in non-Latin scripts are never flagged.  Hyphenated words
        are accepted whole ("micro-credential") or part by part ("well-being").
        """
        if not text:
            return []
        return self._spans_in(text, 0, len(text), "." in text)

    def misspelled_spans_after(
        self, old_text: str, old_spans: list[tuple[int, int]], text: str
    ) -> list[tuple[int, int]]:
        """``misspelled_spans(text)``, given ``old_spans == misspelled_spans(old_text)`` for
        the same paragraph before an edit: only the words around the change are looked at.

        Exact because nothing a span or a link is made of crosses whitespace: the text before
        the last whitespace ahead of the change, and after the first whitespace behind it, holds
        the same words (and verdicts) as before, shifted by the change in length."""
        links = "." in text
        if not old_text or links != ("." in old_text):
            return self.misspelled_spans(text)
        prefix = _common_prefix(old_text, text)
        limit = min(len(old_text), len(text)) - prefix
        suffix = _common_prefix(old_text[::-1][:limit], text[::-1][:limit])
        start = _after_last_space(text, prefix)
        found = _SPACE.search(text, len(text) - suffix)
        end = found.start() if found else len(text)
        if end - start > len(text) // 2:
            return self.misspelled_spans(text)  # most of the paragraph changed anyway
        shift = len(text) - len(old_text)
        old_end = end - shift
        return [
            *(s for s in old_spans if s[1] <= start),
            *self._spans_in(text, start, end, links),
            *((a + shift, b + shift) for a, b in old_spans if a >= old_end),
        ]

    def _spans_in(self, text: str, start: int, end: int, links: bool) -> list[tuple[int, int]]:
        """The misspelled spans of ``text[start:end]``, which starts and ends at whitespace (or
        the ends of the text); ``links``: whether the whole paragraph may hold a link."""
        piece = text[start:end] if start or end != len(text) else text
        skipped = [(m.start(), m.end()) for m in _SKIP.finditer(piece)] if links else []
        spans: list[tuple[int, int]] = []
        skip_index = 0
        for match in _WORD.finditer(piece):
            self.words_checked += 1
            first, last = match.span()
            while skip_index < len(skipped) and skipped[skip_index][1] <= first:
                skip_index += 1
            if skip_index < len(skipped) and skipped[skip_index][0] < last:
                continue
            compound = match.group()
            within = self._word_spans.get(compound)
            if within is None:
                within = self._check_word(compound)
                if len(self._word_spans) >= _WORD_CACHE_MAX:
                    self._word_spans = {}
                self._word_spans[compound] = within
            at = start + first
            spans.extend((at + a, at + b) for a, b in within)
        return spans

    def _check_word(self, compound: str) -> tuple[tuple[int, int], ...]:
        if "-" not in compound:
            bad = self._needs_check(compound) and not self.is_known(compound)
            return ((0, len(compound)),) if bad else ()
        if self._needs_check(compound) and self.is_known(compound):
            return ()
        out, offset = [], 0
        for part in compound.split("-"):
            if self._needs_check(part) and not self.is_known(part):
                out.append((offset, offset + len(part)))
            offset += len(part) + 1
        return tuple(out)

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """Up to ``limit`` replacements for ``word``, most likely first, in its capitalisation."""
        word = word.strip()
        if not word or limit <= 0:
            return []
        spell = self._spell()
        folded = word.translate(_APOSTROPHES).lower()
        if len(folded) > spell.word_frequency.longest_word_length + 3:
            return []
        dictionary = spell.word_frequency.dictionary
        alphabet = _ALPHABETS[self.language]
        first = _edits1(folded, alphabet)
        known = {w for w in first if w in dictionary}
        if not known and len(folded) <= _MAX_DISTANCE_2:
            known = {w for edit in first for w in _edits1(edit, alphabet) if w in dictionary}
        known.discard(folded)
        known -= {w for w in known if len(w) < 2 and w not in ("a", "i")}
        ranked = sorted(known, key=lambda w: (-dictionary.get(w, 0), w))
        return [_match_case(word, w) for w in ranked[:limit]]
