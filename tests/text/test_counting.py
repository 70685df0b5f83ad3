"""Word and bullet counting (rules in docs/counting.md)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.growth import LINEAR_LIMIT, growth_ratio
from tli_workbook.text import TextStats, count, count_bullets, count_words

WORD_CASES = [
    ("", 0),
    ("   \n\t  ", 0),
    ("hello", 1),
    ("Hello, world!", 2),
    ("don't stop", 2),
    ("teachers' lounge", 2),
    ("It’s the teacher’s job", 4),
    ("well-known fact", 2),
    ("a mother-in-law", 2),
    ("e.g. this one", 3),
    ("i.e., that", 2),
    ("3.5 hours", 2),
    ("$1,200.50 spent", 2),
    ("50% of 2,000", 3),
    ("grades 6-8", 2),
    ("and/or", 1),
    ("see https://www.nea.org/tli?x=1&y=2 now", 3),
    ("mail me@example.org", 2),
    ("one—two", 2),
    ("one — two", 2),
    ("one–two", 2),
    ("pages 10–12", 3),  # the en dash separates, as in Writer
    ("one--two", 2),  # a typed em dash
    ("one---two", 2),
    ("--", 0),
    ("wait…", 1),
    ("wait... what", 2),
    ("…", 0),
    ("...", 0),
    ("—", 0),
    ("😀", 0),
    ("😀 hi 👍", 1),
    ("hi😀", 1),
    ("- & -", 0),
    ("( ) [ ] { }", 0),
    ('"quoted" words', 2),
    ("(parenthetical)", 1),
    ("#hashtag @mention", 2),
    ("C++ and C#", 3),
    ("_", 0),
    ("snake_case", 1),
    ("école naïve café", 3),
    ("e\u0301cole", 1),
    ("\u0301", 0),
    ("日本語", 1),
    ("שלום עולם", 2),
    ("مرحبا بالعالم", 2),
    ("abc\x00def", 1),
    ("abc \x00 def", 2),
    ("tab\tseparated\vwords\fhere", 4),
    ("no\u00a0break space", 3),
    ("ideographic\u3000space", 2),
    ("zero\u200bwidth", 1),
    ("line\r\nbreaks\rand\u2028soft\u2029para", 5),
]

BULLET_CASES = [
    # text, words, bullets
    ("- item", 1, 1),
    ("* item", 1, 1),
    ("+ item", 1, 1),
    ("• item", 1, 1),
    ("•item", 1, 1),
    ("◦ item", 1, 1),
    ("‣ item", 1, 1),
    ("▪ item", 1, 1),
    ("– item", 1, 1),
    ("— item", 1, 1),
    ("1. item", 1, 1),
    ("1) item", 1, 1),
    ("10. item", 1, 1),
    ("12) item", 1, 1),
    ("a) item", 1, 1),
    ("B) item", 1, 1),
    ("(a) item", 1, 1),
    ("(1) item", 1, 1),
    ("(iv) item", 1, 1),
    ("iv) item", 1, 1),
    ("   - indented", 1, 1),
    ("\t\t* tabbed", 1, 1),
    ("-", 0, 0),
    ("- ", 0, 0),
    ("-\n-\n-", 0, 0),
    ("1.", 0, 0),
    ("a)", 0, 0),
    ("- 😀", 0, 0),
    ("- ...", 0, 0),
    ("-item", 1, 0),
    ("-5 degrees", 2, 0),
    ("*emphasis* here", 2, 0),
    ("1.5 hours", 2, 0),
    ("2019. A year", 3, 0),
    ("100. item", 1, 1),
    ("2019 was a year", 4, 0),
    ("a) b) c)", 2, 1),
    ("word - word", 2, 0),
    ("word\n- first\n- second\n\n1. third\n2) fourth\n", 5, 4),
    ("Intro:\n  • one thing\n  • two things\n    ◦ nested item", 7, 3),
    ("- item one\r\n- item two\r\n", 4, 2),
    ("- soft\u2028- break", 2, 2),
    ("mid-line - dash is not a marker", 6, 0),
    ("a) first\nb) second\nc) third", 3, 3),
]


@pytest.mark.parametrize(("text", "expected"), WORD_CASES)
def test_word_examples(text: str, expected: int) -> None:
    assert count_words(text) == expected


@pytest.mark.parametrize(("text", "words", "bullets"), BULLET_CASES)
def test_bullet_examples(text: str, words: int, bullets: int) -> None:
    assert count_words(text) == words
    assert count_bullets(text) == bullets
    assert count(text) == TextStats(words=words, bullets=bullets)


def test_plain_prose_has_no_bullets() -> None:
    text = "Teachers collaborate.\nThey share what works, and they reflect.\n"
    assert count_bullets(text) == 0
    assert count_words(text) == 9


def test_prose_matches_writer_style_count() -> None:
    text = (
        "Instruction is, perhaps, one of the most basic building blocks of teacher "
        "leadership. Leadership in instructional practice means something more than just "
        "being the best possible teacher within the four walls of one classroom—it means "
        "reaching out and sharing great teaching with others."
    )
    # LibreOffice Writer counts 44 (the em dash separates "classroom" and "it").
    assert count_words(text) == 44


def test_one_million_character_word() -> None:
    assert count_words("a" * 1_000_000) == 1
    assert count_words("!" * 1_000_000) == 0
    assert count_bullets("- " + "b" * 1_000_000) == 1


def test_many_lines_and_nul_bytes() -> None:
    text = "\x00\n" * 10_000 + "word"
    assert count_words(text) == 1
    assert count_bullets("\x00- x") == 0  # NUL is not indentation


def test_large_text_is_chunked_consistently() -> None:
    line = "- alpha beta—gamma, delta\n"
    text = line * 100_000  # 2.6 MB, more than one internal chunk
    assert count(text) == TextStats(words=400_000, bullets=100_000)


def test_counting_grows_linearly() -> None:
    # Seconds for a 500-word answer and a 10 MB paste are in benchmarks/text_speed.py.
    paragraph = (
        "Successful teacher leaders don't keep effective practices to themselves—they share "
        "them (e.g. in PLCs) with 25% of staff… 3.5 hours/week.\n"
        "- a bullet\n  1) numbered item\n"
    )
    assert count(paragraph * 3).words == 3 * count(paragraph).words
    ratio = growth_ratio(lambda k: count(paragraph * k), 2_000)
    assert ratio < LINEAR_LIMIT, f"counting time grew {ratio:.1f}x from n to 4n"


def test_ten_megabyte_paste_is_counted() -> None:
    paragraph = "Teachers' collaboration—well-planned, e.g. PLCs—works.\n- a bullet\n"
    times = 10_000_000 // len(paragraph) + 1
    one = count(paragraph)
    assert one == TextStats(words=8, bullets=1)
    assert count(paragraph * times) == TextStats(words=8 * times, bullets=times)


# -- properties ---------------------------------------------------------------------------------

alnum_word = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Lo", "Nd")), min_size=1, max_size=12
).filter(lambda w: w.isalnum())
any_text = st.text(max_size=200)
separators = st.sampled_from([" ", "\t", "\n", "  ", " \n ", "—", "–", " — ", "--"])


@given(st.lists(alnum_word, max_size=40))
def test_joined_alnum_words_count_exactly(words: list[str]) -> None:
    assert count_words(" ".join(words)) == len(words)


@given(st.lists(alnum_word, max_size=40), separators)
def test_any_separator_splits(words: list[str], sep: str) -> None:
    assert count_words(sep.join(words)) == len(words)


@given(any_text, any_text)
def test_newline_concatenation_adds(a: str, b: str) -> None:
    assert count_words(a + "\n" + b) == count_words(a) + count_words(b)
    assert count_bullets(a + "\n" + b) == count_bullets(a) + count_bullets(b)


@given(any_text)
def test_never_negative(text: str) -> None:
    assert count_words(text) >= 0
    assert count_bullets(text) >= 0


@given(any_text, st.sampled_from(["", " ", "\n", "\t \n", "\r\n", "\u2029"]))
def test_surrounding_whitespace_is_irrelevant(text: str, pad: str) -> None:
    assert count_words(pad + text + pad) == count_words(text)
    assert count_bullets(pad + text + pad) == count_bullets(text)


@given(any_text)
def test_bullets_at_most_lines(text: str) -> None:
    lines = len(text.splitlines()) or 1
    assert count_bullets(text) <= lines


@given(any_text)
def test_count_matches_parts(text: str) -> None:
    assert count(text) == TextStats(count_words(text), count_bullets(text))


@settings(max_examples=50)
@given(st.lists(alnum_word, min_size=1, max_size=10))
def test_bulleted_items_count_items(words: list[str]) -> None:
    text = "\n".join(f"- {w}" for w in words)
    assert count_bullets(text) == len(words)
    assert count_words(text) == len(words)


@given(any_text)
def test_count_not_more_than_whitespace_tokens(text: str) -> None:
    spaced = text.replace("—", " ").replace("–", " ").replace("--", "  ")
    assert count_words(text) <= len(spaced.split())


@settings(max_examples=30, deadline=None)
@given(st.lists(any_text, min_size=1, max_size=20))
def test_long_texts_counted_by_line_match_the_direct_count(lines: list[str]) -> None:
    from tli_workbook.text.counting import _count_direct, _normalise

    text = "\n".join(lines * (25_000 // (sum(map(len, lines)) + len(lines)) + 1))
    assert len(text) > 20_000
    assert count(text) == _count_direct(_normalise(text))


def test_a_keystroke_in_a_long_text_recounts_one_line() -> None:
    from tli_workbook.text import counting

    paragraphs = [f"Paragraph {i} " + "words in it " * 50 for i in range(400)]
    text = "\n".join(paragraphs)
    first = count(text)
    before = counting.lines_counted
    paragraphs[200] += " typed"
    assert count("\n".join(paragraphs)) == TextStats(first.words + 1, 0)
    assert counting.lines_counted - before == 1
