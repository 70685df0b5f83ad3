"""The word lists read with one split of the whole text are the sets reading line by line
gives, for every shipped list; a file the quick reading cannot be sure of is read line by
line."""

from __future__ import annotations

from importlib import resources

import pytest

from tli_workbook.text.privacy import wordlists

DATA = resources.files(wordlists.__package__).joinpath("data")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".txt"))


def _slow_lines(text: str) -> list[str]:
    return [line for line in map(str.strip, text.splitlines()) if line and line[0] != "#"]


@pytest.mark.parametrize("name", FILES)
def test_quick_words_equal_line_by_line(name: str) -> None:
    lines = _slow_lines(DATA.joinpath(name).read_text(encoding="utf-8"))
    slow = frozenset(wordlists.fold(w) for line in lines for w in line.split())
    assert wordlists.words(name) == slow


@pytest.mark.parametrize("name", ["given_names.txt", "family_names.txt"])
def test_quick_names_equal_line_by_line(name: str) -> None:
    lines = _slow_lines(DATA.joinpath(name).read_text(encoding="utf-8"))
    assert wordlists.names(name) == frozenset(line.partition(" ")[0] for line in lines)
    assert len(wordlists.names(name)) > 50_000


@pytest.mark.parametrize(
    "text",
    [
        "# head\nanna 1\nbo 2 3\ncarl 4\n",  # a third column
        "# head\nanna 1\nbo\ncarl 4 5\n",  # a missing rank
        "# head\nanna 1\n# a comment later\nbo 2\n",
        "anna\t1\nbo 2\n",
        "anna 1\n\nbo 2\n",
    ],
)
def test_a_file_of_another_shape_is_read_line_by_line(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wordlists, "_text", lambda _name: text)
    monkeypatch.setattr(wordlists, "_lines", lambda _name: tuple(_slow_lines(text)))
    wordlists.names.cache_clear()
    try:
        got = wordlists.names("x.txt")
    finally:
        wordlists.names.cache_clear()
    assert got == frozenset(line.partition(" ")[0] for line in _slow_lines(text))


@pytest.mark.parametrize("name", ["given_names.txt", "family_names.txt"])
def test_the_names_lookup_answers_as_the_set(name: str) -> None:
    """given_names()/family_names() search the sorted file instead of building a set: the
    shipped files are sorted by name, one "name rank" a line, and every name (and every
    near miss) gets the set's answer."""
    lines = _slow_lines(DATA.joinpath(name).read_text(encoding="utf-8"))
    keys = [line.partition(" ")[0] for line in lines]
    assert keys == sorted(keys) and all(len(line.split()) == 2 for line in lines)
    lookup = wordlists.sorted_names(name)
    assert isinstance(lookup, wordlists.SortedNames)
    full = frozenset(keys)
    assert all(k in lookup for k in keys)
    near = [k + "a" for k in keys[::7]] + [k[:-1] for k in keys[::7]] + [keys[0][:1] + "!"]
    near += ["", " ", "\n", "zzzzzz", "a b", f"{keys[0]} 1", keys[0].upper(), keys[-1] + "z"]
    assert [w in lookup for w in near] == [w in full for w in near]
    assert 42 not in lookup


def test_a_names_file_of_another_shape_is_a_set(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "# head\nanna 1\nbo 2 3\ncarl 4\n"
    monkeypatch.setattr(wordlists, "_text", lambda _name: text)
    monkeypatch.setattr(wordlists, "_lines", lambda _name: tuple(_slow_lines(text)))
    wordlists.names.cache_clear()
    wordlists.sorted_names.cache_clear()
    try:
        got = wordlists.sorted_names("x.txt")
    finally:
        wordlists.names.cache_clear()
        wordlists.sorted_names.cache_clear()
    assert got == frozenset({"anna", "bo", "carl"})


def test_a_small_sorted_file_is_searched() -> None:
    lookup = wordlists.SortedNames("al 3\nanna 1\nbo 2\ncarl 4")
    assert [w in lookup for w in ("al", "anna", "bo", "carl")] == [True] * 4
    assert [w in lookup for w in ("a", "ann", "annab", "b", "c", "carla", "d", "1")] == [False] * 8
