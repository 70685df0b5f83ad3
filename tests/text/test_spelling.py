"""Offline spell-check adapter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.growth import LINEAR_LIMIT, growth_ratio
from tli_workbook.text import spelling
from tli_workbook.text.spelling import BUILTIN_WORDS, SpellCheck, to_utf16_spans

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def checker() -> SpellCheck:
    spell = SpellCheck()
    spell.warm_up()
    return spell


def flagged(spell: SpellCheck, text: str) -> list[str]:
    return [text[a:b] for a, b in spell.misspelled_spans(text)]


def test_two_planted_misspellings(checker: SpellCheck) -> None:
    text = "Our teachr team met with stakeholders to discus the new rubric and recieve feedback."
    # "discus" is a real word (a throwing disc), so only two are flagged.
    spans = checker.misspelled_spans(text)
    assert spans == [(4, 10), (67, 74)]
    assert [text[a:b] for a, b in spans] == ["teachr", "recieve"]


def test_suggestions(checker: SpellCheck) -> None:
    assert "the" in checker.suggestions("teh")
    assert checker.suggestions("teh")[0] == "the"
    assert checker.suggestions("Teh")[0] == "The"
    assert checker.suggestions("TEH")[0] == "THE"
    assert "receive" in checker.suggestions("recieve")
    assert "collaboration" in checker.suggestions("colaboratin")  # two edits
    assert len(checker.suggestions("teh", limit=3)) == 3
    assert checker.suggestions("teh", limit=0) == []
    assert checker.suggestions("") == []
    assert checker.suggestions("x" * 200) == []


def test_long_words_get_one_edit_only(checker: SpellCheck, monkeypatch: pytest.MonkeyPatch) -> None:
    # Two edits of a long word are hundreds of thousands of candidates; count the work instead
    # of timing it (benchmarks/text_speed.py has the seconds).
    calls: list[str] = []
    real = spelling._edits1

    def counted(word: str, alphabet: str = spelling._ALPHABET) -> set[str]:
        calls.append(word)
        return real(word, alphabet)

    monkeypatch.setattr(spelling, "_edits1", counted)
    assert checker.suggestions("collaborationsx") == ["collaborations"]
    assert len(calls) == 1
    calls.clear()
    assert checker.suggestions("qwertyuiopas") == []  # nothing within two edits
    assert 1 < len(calls) <= 1 + len(real("qwertyuiopas"))


def test_personal_words(checker: SpellCheck) -> None:
    spell = SpellCheck(personal_words=["Okafor"])
    text = "Ms Okafor and Mr Zwelakhe met the Brightwood team."
    assert flagged(spell, text) == ["Zwelakhe", "Brightwood"]
    spell.add_words(["zwelakhe", "  ", "BRIGHTWOOD"])
    assert flagged(spell, text) == []
    assert "okafor" in spell.personal_words
    assert "brightwoo" not in spell.personal_words
    assert "Brightwood" in spell.suggestions("Brightwod")
    spell.remove_words(["Brightwood"])
    assert flagged(spell, text) == ["Brightwood"]


def test_words_added_before_loading_are_used() -> None:
    spell = SpellCheck()
    spell.add_words(["Zwelakhe"])
    assert not spell.loaded
    assert flagged(spell, "Zwelakhe said hello") == []
    assert spell.loaded


@pytest.mark.parametrize(
    "text",
    [
        "Don't worry, it's fine; they'll see we've done what you'd expect.",
        "The teacher's and the teachers' notes, Maria's plan, James's book.",
        "It’s the teacher’s job, isn’t it?",
        "PLC PLCs ESP ESPs DLT SLT TLI NEA edtech micro-credential microcredential",
        "stakeholders rubric mentee mentees equitable pedagogy scaffold scaffolding",
        "differentiated instruction, formative assessment, co-teaching",
        "Read https://www.nea.org/teachr-leadershp or mail mlopezz@exampl.org now.",
        "See turnweb.org/videos/patrick-dolanlearning today.",
        "Grades 6-8 in 2021-22, the 3rd and 4th graders, room 204B, COVID19.",
        "ABCDEF acronyms and XYZQS are skipped, as is USSR's history.",
        "A well-being check-in for mid-year self-reflection.",
        "García said the café was naïve.",
        "日本語のテキスト and Ελληνικά are not English.",
        "I a",
    ],
)
def test_not_flagged(checker: SpellCheck, text: str) -> None:
    assert flagged(checker, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The colaboration was effectve.", ["colaboration", "effectve"]),
        ("A well-beeing check", ["beeing"]),
        ("ABCDEFG is too long for an acronym", ["ABCDEFG"]),
        ("Teh", ["Teh"]),
        ("“quoted misspeling”", ["misspeling"]),
    ],
)
def test_flagged(checker: SpellCheck, text: str, expected: list[str]) -> None:
    assert flagged(checker, text) == expected


def test_builtin_vocabulary_never_flagged(checker: SpellCheck) -> None:
    text = " ".join(sorted(w for w in BUILTIN_WORDS if not any(c.isdigit() for c in w)))
    assert flagged(checker, text) == []


def test_empty_and_odd_input(checker: SpellCheck) -> None:
    assert checker.misspelled_spans("") == []
    assert checker.misspelled_spans("   \n\t") == []
    assert checker.misspelled_spans("\x00\x01 - — …") == []
    assert checker.is_known("the")
    assert not checker.is_known("teh")


def test_checking_a_paragraph_grows_linearly(checker: SpellCheck) -> None:
    sentence = (
        "Successful teacher leaders don't keep their effective practices to themselves; they "
        "share that knowledge with colleagues, stakeholders and families in PLCs, mentoring "
        "conversations and micro-credential work, and they reflect on the evidnce. "
    )
    paragraph = sentence * 16
    assert 480 <= len(paragraph.split()) <= 520
    assert len(checker.misspelled_spans(paragraph)) == 16
    # Linear in the text (seconds per paragraph: benchmarks/text_speed.py).
    ratio = growth_ratio(lambda k: checker.misspelled_spans(sentence * k), 64)
    assert ratio < LINEAR_LIMIT, f"checking time grew {ratio:.1f}x from n to 4n"


def test_utf16_spans() -> None:
    text = "😀 teh 😀 teh"
    spans = [(2, 5), (8, 11)]
    assert [text[a:b] for a, b in spans] == ["teh", "teh"]
    assert to_utf16_spans(text, spans) == [(3, 6), (10, 13)]
    assert to_utf16_spans("plain teh", [(6, 9)]) == [(6, 9)]


def test_import_does_not_load_dictionary() -> None:
    code = (
        "import sys, tli_workbook.text, tli_workbook.text.spelling as s;"
        "c = s.SpellCheck(['x']);"
        "print('spellchecker' in sys.modules, c.loaded)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.split() == ["False", "False"]
