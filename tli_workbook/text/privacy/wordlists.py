"""The scanner's word lists, read once from the data files beside this module.

Every list is a plain text file under ``data/`` so it can be read and edited without touching
code (``public_figures.txt`` is meant to be edited).  ``given_names.txt`` and
``family_names.txt`` are derived from the names-dataset package by
``scripts/build_name_data.py``; the rest are written by hand.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)


def fold(text: str) -> str:
    """Accents and case folded: "Zoë" -> "zoe", "Siobhán" -> "siobhan"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold_keep_offsets(text: str) -> str:
    """:func:`fold`, character by character, so offsets into the result are offsets into
    ``text`` (a character that would fold to several, such as "ß", is only lower-cased)."""
    out = []
    for c in text:
        if c.isascii():
            out.append(c.lower())
            continue
        f = fold(c)
        if len(f) != 1:
            f = c.lower() if len(c.lower()) == 1 else c
        out.append(f)
    return "".join(out)


@cache
def _text(name: str) -> str:
    try:
        return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError):
        log.exception("privacy word list %s is missing", name)
        return ""


@cache
def _lines(name: str) -> tuple[str, ...]:
    data = _text(name)
    return tuple(line for line in map(str.strip, data.splitlines()) if line and line[0] != "#")


def _body(name: str) -> str | None:
    """The file's text after its leading comment lines, or None when a "#" comes later (then
    only reading line by line is sure to tell comments from words)."""
    body = _text(name)
    while True:
        body = body.lstrip()
        if not body.startswith("#"):
            break
        body = body.partition("\n")[2]
    return None if "#" in body else body


# The big lists (a quarter of a million lines) are read with one split of the whole text
# where that gives the same set as reading line by line: about half the time, 35-40 ms of
# every export's privacy review.


@cache
def words(name: str) -> frozenset[str]:
    """The whitespace-separated words of a data file, folded."""
    body = _body(name)
    if body is not None and body.isascii():
        return frozenset(body.lower().split())
    return frozenset(
        w.lower() if w.isascii() else fold(w) for line in _lines(name) for w in line.split()
    )


@cache
def names(name: str) -> frozenset[str]:
    """The names of a "name rank" file (already folded by scripts/build_name_data.py)."""
    body = _body(name)
    if body is not None:
        tokens = body.split()
        n = len(tokens) // 2
        # The generator's shape, "name rank" a line: as many lines as pairs, one space a
        # line, a number at every rank's place (a line without a rank or with a third
        # column fails one of these). tests/text/test_wordlists_fast.py holds the two
        # readings equal for the shipped lists.
        if (
            len(tokens) == 2 * n
            and body.count(" ") == n
            and body.rstrip("\n").count("\n") == n - 1
            and "".join(tokens[1::2]).isdigit()
        ):
            return frozenset(tokens[0::2])
    return frozenset(line.partition(" ")[0] for line in _lines(name))


class SortedNames:
    """Membership in a "name rank" file sorted by name (as scripts/build_name_data.py writes
    given_names.txt and family_names.txt), by binary search over its text. A scan asks about
    a few hundred words; a set of the file's hundred thousand names cost most of the privacy
    review's reading time (tests/text/test_wordlists_fast.py holds the answers equal to the
    set's for the shipped lists)."""

    __slots__ = ("_body", "_seen")

    def __init__(self, body: str) -> None:
        self._body = body if body.endswith("\n") else body + "\n"
        self._seen: dict[str, bool] = {}  # a scan asks about the same words again and again

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = self._search(word)
        return found

    def _search(self, word: str) -> bool:
        if not word or len(word.split()) != 1 or word != word.strip():
            return False
        body = self._body
        lo, hi = 0, len(body)  # both always at the start of a line (or the end)
        while lo < hi:
            start = body.rfind("\n", 0, (lo + hi) // 2) + 1
            start = max(start, lo)
            end = body.find("\n", start)
            key = body[start:end].partition(" ")[0]
            if key == word:
                return True
            if key < word:
                lo = end + 1
            else:
                hi = start
        return False


@cache
def sorted_names(name: str) -> SortedNames | frozenset[str]:
    """names(name), as a SortedNames lookup when the file has the generator's shape (one
    "name rank" a line, after the leading comments); otherwise the set."""
    body = _body(name)
    if body is not None and body and "\t" not in body and "\r" not in body:
        lines = body.count("\n") + (0 if body.endswith("\n") else 1)
        if body.count(" ") == lines and "\n\n" not in body and " \n" not in body:
            return SortedNames(body)
    return names(name)


def given_names() -> SortedNames | frozenset[str]:
    return sorted_names("given_names.txt")


def family_names() -> SortedNames | frozenset[str]:
    return sorted_names("family_names.txt")


def load_all() -> None:
    """Read every list now (the first scan would otherwise pay for it)."""
    given_names(), family_names(), ambiguous_words(), common_words(), public_figures(), titles()


@cache
def english_words() -> frozenset[str]:
    return words("english_words.txt")


@cache
def common_words() -> frozenset[str]:
    """Words that are never a surname nor a school's name part (with the US state words)."""
    return words("common_words.txt") | words("us_states.txt")


@cache
def ambiguous_words() -> frozenset[str]:
    """Name-words that at the start of a sentence need more context to be a name: ordinary
    English words (however rare), places, months."""
    return english_words() | words("ambiguous_words.txt") | words("countries.txt")


@cache
def ambiguous_inside() -> frozenset[str]:
    """The same inside a sentence, where a capital already says "name" for a given name that
    is only a rare English word ("Maria", "Mason", "Ivy")."""
    return ambiguous_words() - words("rare_word_names.txt")


@cache
def public_figures() -> tuple[frozenset[str], frozenset[str]]:
    """(full names, surnames safe alone), folded, with full stops and hyphens as spaces."""
    full: set[str] = set()
    single: set[str] = set()
    for line in _lines("public_figures.txt"):
        key = name_key(line)
        (single if " " not in key else full).add(key)
    return frozenset(full), frozenset(single)


@cache
def public_first_words() -> frozenset[str]:
    """The first word of every public figure's name (a quick test before the full one)."""
    full, single = public_figures()
    return frozenset(k.split()[0] for k in full) | single


def name_key(text: str) -> str:
    """A folded, punctuation-free form of a name for comparing against the lists."""
    cleaned = "".join(c if c.isalnum() or c == "'" else " " for c in fold(text))
    return " ".join(cleaned.replace("'s ", " ").split())


@cache
def titles() -> tuple[frozenset[str], frozenset[str]]:
    """(strong, weak) titles, folded ("señora" -> "senora")."""
    strong: set[str] = set()
    weak: set[str] = set()
    for line in _lines("titles.txt"):
        kind, _, rest = line.partition(":")
        (strong if kind.strip() == "strong" else weak).update(fold(w) for w in rest.split())
    return frozenset(strong), frozenset(weak)
