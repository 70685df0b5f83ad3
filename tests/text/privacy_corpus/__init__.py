"""The privacy corpus: realistic passages, half naming someone, half clean but tricky.

Identifiers are marked inline as ``[[kind|exact text]]``; :func:`load` strips the marks and
returns each passage's plain text with the identifiers' kinds and character offsets.  Passages
are numbered in file order and every third one (``n % 3 == 2``) is the held-out check set that
no rule is tuned on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[(?P<kind>[a-z_]+)\|(?P<text>[^\]]+)\]\]")


@dataclass(frozen=True)
class Identifier:
    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Passage:
    id: str
    type: str
    text: str
    identifiers: tuple[Identifier, ...]
    held_out: bool


def _parse(raw: str) -> tuple[str, tuple[Identifier, ...]]:
    out: list[str] = []
    ids: list[Identifier] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        length += m.start() - pos
        text = m.group("text")
        ids.append(Identifier(m.group("kind"), text, length, length + len(text)))
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), tuple(ids)


def load(name: str) -> list[Passage]:
    """Passages of ``identified`` or ``clean``."""
    entries = yaml.safe_load((HERE / f"{name}.yaml").read_text(encoding="utf-8"))
    passages = []
    for n, entry in enumerate(entries):
        text, ids = _parse(entry["text"])
        passages.append(Passage(f"{name}-{n:03d}", entry["type"], text, ids, n % 3 == 2))
    return passages
