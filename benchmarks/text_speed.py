"""Text work the editors do on every keystroke or paste: word counting, spelling, the privacy
scan. Run: python benchmarks/text_speed.py"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timing import Bench  # noqa: E402

from tli_workbook.text import count, count_bullets, count_words  # noqa: E402
from tli_workbook.text.privacy import scan_text  # noqa: E402
from tli_workbook.text.spelling import SpellCheck  # noqa: E402

PATHOLOGICAL = [
    ("a", 1_000_000),
    ("1", 1_000_000),
    ("a.", 500_000),
    ("a@", 500_000),
    ("555-", 250_000),
    ("Abc ", 250_000),
    ("12 Oak Oak Oak ", 60_000),
    ("\x00", 1_000_000),
    ("Dr. ", 100_000),
    ("www.", 250_000),
    ("\u202eמרים כהן\u202c ", 50_000),
]


def main() -> int:
    bench = Bench()
    answer = " ".join(["Teachers' collaboration—well-planned, e.g. PLCs—works."] * 84)

    def count_500_words() -> None:
        for _ in range(200):
            count_words(answer)
            count_bullets(answer)

    bench.check("200 x words+bullets of a 500-word answer", count_500_words, 0.2)

    paragraph = (
        "Successful teacher leaders don't keep effective practices to themselves—they share "
        "them (e.g. in PLCs) with 25% of staff… 3.5 hours/week.\n"
        "- a bullet\n  1) numbered item\n"
    )
    paste = paragraph * (10_000_000 // len(paragraph) + 1)
    bench.check("words+bullets of a 10 MB paste", lambda: count(paste), 1.5)

    spell = SpellCheck()
    spell.warm_up()
    bench.check(
        "worst-case suggestions (12 letters, 21 letters)",
        lambda: (spell.suggestions("qwertyuiopas"), spell.suggestions("institutionalisationx")),
        2.0,
    )
    sentence = (
        "Successful teacher leaders don't keep their effective practices to themselves; they "
        "share that knowledge with colleagues, stakeholders and families in PLCs, mentoring "
        "conversations and micro-credential work, and they reflect on the evidnce. "
    )
    bench.check(
        "spelling of a 500-word paragraph",
        lambda: spell.misspelled_spans(sentence * 16),
        0.5,
    )
    for unit, times in PATHOLOGICAL:
        text = unit * times
        bench.check(
            f"privacy scan of {len(text) // 1000} k chars of {unit[:6]!r}",
            lambda t=text: scan_text(t),
            5.0,
            repeat=1,
        )
    return bench.done()


if __name__ == "__main__":
    raise SystemExit(main())
