"""Build the privacy scanner's name and word lists (tli_workbook/text/privacy/data/*.txt).

Run by a developer when the lists should be refreshed, not at install or run time::

    pip install names-dataset==3.3.1 pycountry pyspellchecker   # a throw-away environment
    apt-get install wamerican                     # /usr/share/dict/american-english
    python scripts/build_name_data.py

Why a derived file rather than the package: names-dataset is a 56 MB wheel whose full load takes
3.2 GB of memory and about 40 s, far too much for a desktop app. What the scanner needs is only
"is this word a given name / a family name somewhere in the world, and how common". So this
script keeps the Latin-script names that rank in the top RANK of at least one of the dataset's
105 countries, folds accents and case (Zoë -> zoe), and writes one "name rank" line each.

- given_names.txt, family_names.txt: from names-dataset 3.3.1 (MIT licence; the counts come
  from a 2021 dump of public profile names, aggregated per country: no person is in it).
- english_words.txt: the lower-case words of SCOWL's American English list (wamerican,
  permissive licence), so a name that is also an ordinary word (Mark, Grace, Will, Hope) is
  known to need more context.
- rare_word_names.txt: the given names (best rank <= RARE_RANK) that are English words too but
  rare ones (pyspellchecker frequency below MIN_FREQUENCY: "maria", the seas of the moon;
  "mason"), which written with a capital inside a sentence are names.
- countries.txt: country names from pycountry (ISO 3166), which are never people.
"""

from __future__ import annotations

import gzip
import pickle
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tli_workbook" / "text" / "privacy" / "data"
RANK = 2000
MIN_FREQUENCY = 5000
BUILT = "built by scripts/build_name_data.py"
RARE_RANK = 300
WORDS = Path("/usr/share/dict/american-english")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _names(path: Path) -> dict[str, int]:
    with gzip.open(path) as handle:
        data = pickle.load(handle)  # noqa: S301 - the dataset's own file, read at build time
    best: dict[str, int] = {}
    for name, info in data.items():
        ranks = [r for r in (info.get("rank") or {}).values() if r]
        if not ranks:
            continue
        folded = fold(name)
        if not folded.isascii() or len(folded) < 2:
            continue
        if not all(c.isalpha() or c in "'-" for c in folded) or not folded[0].isalpha():
            continue
        rank = min(ranks)
        if rank <= RANK and rank < best.get(folded, RANK + 1):
            best[folded] = rank
    return best


def _write(name: str, header: str, lines: list[str]) -> None:
    text = "".join(f"# {h}\n" for h in header.splitlines()) + "\n".join(lines) + "\n"
    (OUT / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(lines)} lines, {len(text.encode()):,} bytes")


def main() -> int:
    import names_dataset
    import pycountry

    base = Path(names_dataset.__file__).parent / "v3"
    OUT.mkdir(parents=True, exist_ok=True)
    source = f"names-dataset 3.3.1, best rank <= {RANK} in a country; {BUILT}"
    for kind in ("first", "last"):
        best = _names(base / f"{kind}_names.pkl.gz")
        lines = [f"{n} {r}" for n, r in sorted(best.items())]
        out = "given_names.txt" if kind == "first" else "family_names.txt"
        _write(out, f"{source}\nname (accents and case folded) and best rank", lines)
    words = {
        fold(w.strip())
        for w in WORDS.read_text(encoding="utf-8").splitlines()
        if w[:1].islower() and "'" not in w
    }
    from spellchecker import SpellChecker

    frequency = SpellChecker().word_frequency
    given = dict(line.split() for line in (OUT / "given_names.txt").read_text().splitlines()[2:])
    rare = sorted(
        w
        for w in words
        if int(given.get(w, RANK + 1)) <= RARE_RANK and frequency[w] < MIN_FREQUENCY
    )
    _write("rare_word_names.txt", "given names that are rare English words", rare)
    _write(
        "english_words.txt",
        f"lower-case words of SCOWL American English (wamerican); {BUILT}",
        sorted(w for w in words if len(w) >= 2 and w.isalpha()),
    )
    countries: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                countries.add(fold(value))
    _write("countries.txt", "country names from pycountry (ISO 3166)", sorted(countries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
