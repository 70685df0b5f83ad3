"""The spelling dictionary loads in pieces (the GUI thread gets the interpreter between two of
them while a worker loads it) and ends up exactly as pyspellchecker loads it whole."""

from __future__ import annotations

import gzip
import json

import pytest
from spellchecker import SpellChecker

from tli_workbook.text import spelling
from tli_workbook.text.spelling import DICTIONARY_PIECE, load_checker


@pytest.mark.parametrize("language", ["en", "es"])
def test_pieces_load_the_same_words_as_a_whole_load(language: str) -> None:
    ours = load_checker(language).word_frequency
    whole = SpellChecker(language=language, distance=2).word_frequency
    assert dict(ours.dictionary) == dict(whole.dictionary)
    assert ours.total_words == whole.total_words
    assert ours.letters == whole.letters
    assert ours.longest_word_length == whole.longest_word_length


def test_the_dictionary_is_parsed_in_bounded_pieces(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sizes: list[int] = []
    parse = json.loads

    def counted(text, *args, **kwargs):  # type: ignore[no-untyped-def]
        sizes.append(len(text))
        return parse(text, *args, **kwargs)

    monkeypatch.setattr(spelling.json, "loads", counted)
    load_checker("en")
    assert len(sizes) >= 10  # 2.7 MB of JSON; one piece was one long hold of the interpreter
    assert max(sizes) <= DICTIONARY_PIECE + 200  # a piece ends at the next line break


def test_a_file_laid_out_otherwise_still_loads(monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    words = {f"word{i}": i + 1 for i in range(5000)}
    compact = gzip.compress(json.dumps(words, separators=(",", ":")).encode())
    monkeypatch.setattr(spelling.pkgutil, "get_data", lambda _pkg, _name: compact)
    monkeypatch.setattr(spelling, "DICTIONARY_PIECE", 100)  # no line break: one piece
    assert dict(load_checker("en").word_frequency.dictionary) == words
    assert "loading it whole" not in caplog.text
    # Entries broken over lines: a piece would end inside one; it loads whole instead.
    odd = gzip.compress(json.dumps(words, indent=None, separators=(",\n", ":\n")).encode())
    monkeypatch.setattr(spelling.pkgutil, "get_data", lambda _pkg, _name: odd)
    assert dict(load_checker("en").word_frequency.dictionary) == words
    assert "loading it whole" in caplog.text
