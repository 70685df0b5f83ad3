"""Telling an English answer from a Spanish one, and checking Spanish with its own forms."""

from __future__ import annotations

import pytest

from tli_workbook.text.language_guess import guess
from tli_workbook.text.spelling import SpellCheck


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our team met every week and we planned the next steps for the students.", "en"),
        ("Nos reunimos cada semana con las familias y planificamos los próximos pasos.", "es"),
        ("¿Qué aprendieron los estudiantes?", "es"),
        ("I coached two colleagues; they tried the strategy in their classes.", "en"),
    ],
)
def test_guess(text: str, language: str) -> None:
    assert guess(text) == language


def test_too_little_to_tell_keeps_the_default() -> None:
    assert guess("") == "en" and guess("", default="es") == "es"
    assert guess("Hola") == "en" and guess("Coaching", default="es") == "es"


def test_a_spanish_answer_that_quotes_english_is_still_spanish() -> None:
    text = "En la reunión usamos el protocolo 'think, pair, share' con todos los docentes."
    assert guess(text) == "es"


def test_spanish_forms_are_known_and_misspellings_are_not() -> None:
    spell = SpellCheck(language="es")
    text = (
        "Durante este semestre trabajé con cinco maestros; nos reunimos cada semana, revisamos "
        "las evaluaciones y los estudiantes leyeron con más fluidez."
    )
    assert spell.misspelled_spans(text) == []
    wrong = "La escuelaa y el aprendisaje"
    assert [wrong[a:b] for a, b in spell.misspelled_spans(wrong)] == ["escuelaa", "aprendisaje"]
    assert spell.suggestions("escuelaa")[0] == "escuela"
    assert "aprendizaje" in spell.suggestions("aprendisaje")


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        SpellCheck(language="xx")
