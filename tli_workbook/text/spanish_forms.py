"""Spanish word forms the Spanish dictionary lacks.

pyspellchecker's Spanish list (86,000 words from subtitles) has most lemmas but few of their
forms: "estudiante" but not "estudiantes", "compartir" but not "compartieron". A word is taken
as spelled right when taking off a regular ending leaves a word the dictionary knows
(a plural's singular, a verb form's infinitive, an adjective's masculine singular). It can miss
a misspelling that happens to look like a regular form; it never flags a correct one for its
ending, which is what made Spanish answers a sea of underlines."""

from __future__ import annotations

from collections.abc import Callable

# Verb endings of the regular conjugations, longest first, with the infinitive endings that
# can carry them.
_VERB_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    sorted(
        (
            (ending, infinitives)
            for endings, infinitives in (
                (
                    "ábamos aríamos aremos asteis aríais aseis ábais arían aréis ando ado ada "
                    "ados adas aron aste aban abas aría arán arás ará aré amos áis aba ase "
                    "ara aran aras aré an as a o é ó e es en emos",
                    ("ar",),
                ),
                (
                    "iéramos iésemos eríamos eremos iríamos iremos ieron iendo iste ían ías "
                    "ido ida idos idas ía ería erán erás ería irán irás irá eré iré imos emos "
                    "ieran iera iese yeron yendo yó e es en o a as an í ió",
                    ("er", "ir"),
                ),
            )
            for ending in endings.split()
        ),
        key=lambda pair: -len(pair[0]),
    )
)
_ACCENTS = str.maketrans("áéíóú", "aeiou")
_STRESS = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}


def _singulars(word: str) -> list[str]:
    out = []
    if word.endswith("ces"):
        out.append(word[:-3] + "z")  # veces -> vez
    if word.endswith("es"):
        stem = word[:-2]
        out.append(stem)  # profesores -> profesor
        # reuniones -> reunión, evaluaciones -> evaluación: the stress mark comes back.
        for i in range(len(stem) - 1, -1, -1):
            if stem[i] in _STRESS:
                out.append(stem[:i] + _STRESS[stem[i]] + stem[i + 1 :])
                break
    if word.endswith("s"):
        out.append(word[:-1])  # estudiantes -> estudiante
    return out


def _masculines(word: str) -> list[str]:
    if word.endswith("a"):
        return [word[:-1] + "o"]  # abierta -> abierto
    return []


def _infinitives(word: str) -> list[str]:
    out = []
    for ending, infinitives in _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)].translate(_ACCENTS)
            out += [stem + inf for inf in infinitives]
            # Spelling changes before e: busqué -> buscar, llegué -> llegar, empecé -> empezar.
            if stem.endswith("qu"):
                out.append(stem[:-2] + "car")
            elif stem.endswith("gu"):
                out.append(stem[:-1] + "ar")
            elif stem.endswith("c"):
                out.append(stem[:-1] + "zar")
            elif stem.endswith("y"):
                out += [stem[:-1] + "er", stem[:-1] + "ir"]  # leyeron -> leer
    return out


def known_form(word: str, known: Callable[[str], bool]) -> bool:
    """Whether lower-case ``word`` is a regular form of a word ``known`` accepts."""
    if len(word) < 3:
        return False
    candidates = _singulars(word)
    for one in [word, *candidates]:
        candidates += _masculines(one)
    candidates += _infinitives(word)
    return any(known(c) for c in candidates if c and c != word)


# Education and credential words Spanish-speaking teachers use that the list lacks (lemmas:
# their forms are found by known_form).
BUILTIN_WORDS_ES: frozenset[str] = frozenset(
    str.split(
        """
    liderazgo liderar planificar planificación planificaciones retroalimentación
    microcredencial microcredenciales docente docentes andamiaje tutoría tutorías mentoría
    mentorías coaching rúbrica rúbricas evaluativo evaluativa formativo formativa sumativo
    sumativa metacognición metacognitivo socioemocional interdisciplinario colaborativo
    colaborativa colaborativamente equitativo equitativa inclusivo inclusiva diferenciada
    diferenciado diferenciar retroalimentar empoderar empoderamiento aprendiente
    alfabetización lectoescritura plurilingüe multilingüe bilingüe
    """
    )
)
