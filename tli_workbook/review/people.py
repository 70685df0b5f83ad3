"""The teacher's "People I must not name" list (no Qt).

Typed once per workbook: students, colleagues, the school, the district, the town, each with
optional nicknames. It is stored as a JSON list under the answer key PEOPLE_KEY, like the older
plain list of terms (TERMS_KEY, still read): answers are the store's generic per-workbook
values, so the list is saved, undone and backed up with the rest of the workbook and travels in
the .tliwb archive exactly as the terms did, while the packet prints only the fields a
credential defines and so never exports it.

:func:`people_terms` turns the list into the forms to look for in every text (full names in
either order, each name alone, nicknames, a school's short forms); the scanner matches them with
accents and case folded and with possessives (see tli_workbook.text.privacy.terms).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


PEOPLE_KEY = "privacy.people"
TERMS_KEY = "privacy.terms"
CATEGORIES: tuple[str, ...] = ("student", "colleague", "school", "district", "town", "other")
MAX_PEOPLE = 500
MAX_NAME = 200

# Titles are not part of what to look for: "Ms. Rivera" is found as "Rivera".
_TITLES = _set("mr mrs ms mx dr prof miss coach señor señora senor senora sra sr srta mme madame")
# A school's generic words and their short forms ("Lincoln Middle School" -> "Lincoln MS").
_SCHOOL_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Middle School", ("Middle", "MS")),  # notr: scan data
    ("High School", ("High", "HS")),  # notr: scan data
    ("Elementary School", ("Elementary", "Elem", "ES")),  # notr: scan data
    ("Junior High School", ("Junior High", "JHS")),  # notr: scan data
    ("Junior High", ("JHS",)),  # notr: scan data
    ("Intermediate School", ("Intermediate", "IS")),  # notr: scan data
    ("Primary School", ("Primary",)),  # notr: scan data
    ("Elementary", ("Elem", "ES", "Elementary School")),  # notr: scan data
    ("Academy", ()),
)
_GENERIC = re.compile(
    r"\b(?:Elementary|Middle|High|Intermediate|Primary|Junior|Senior|School|Schools|Academy"
    r"|District|Public|County|Unified|Independent|System|Charter|Catholic|Christian|of|the)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Person:
    """One entry of the list: a person, a school, a district or a town."""

    name: str
    category: str = "other"
    nicknames: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "category": self.category, "nicknames": list(self.nicknames)}


def _clean(text: Any) -> str:
    return " ".join(str(text).split())[:MAX_NAME] if isinstance(text, str) else ""


def person_from(value: Any) -> Person | None:
    """A Person from its stored form (a dict, or a plain string as the older terms list had)."""
    if isinstance(value, str):
        name = _clean(value)
        return Person(name) if len(name) >= 2 else None
    if not isinstance(value, Mapping):
        return None
    name = _clean(value.get("name"))
    if len(name) < 2:
        return None
    category = value.get("category")
    category = category if category in CATEGORIES else "other"
    raw = value.get("nicknames")
    nicknames = raw if isinstance(raw, list) else []
    nicks = tuple(n for n in (_clean(x) for x in nicknames) if len(n) >= 2)
    return Person(name, str(category), nicks)


def load_people(snap: Mapping[str, Any]) -> list[Person]:
    """The workbook's list, with the older terms (category "other") after it, duplicates
    dropped. ``snap`` is a store snapshot (only its "answers" are read)."""
    answers = snap.get("answers") or {}
    out: list[Person] = []
    seen: set[str] = set()
    for key in (PEOPLE_KEY, TERMS_KEY):
        values = answers.get(key)
        for value in values if isinstance(values, list) else ():
            person = person_from(value)
            if person is None or person.name.casefold() in seen:
                continue
            seen.add(person.name.casefold())
            out.append(person)
            if len(out) >= MAX_PEOPLE:
                return out
    return out


def dump_people(people: Iterable[Person]) -> list[dict[str, Any]]:
    """The JSON value to store under PEOPLE_KEY (``store.set_answer(wid, PEOPLE_KEY, ...)``)."""
    return [p.to_json() for p in list(people)[:MAX_PEOPLE]]


def _name_parts(name: str) -> list[str]:
    words = [w.strip(".,") for w in name.replace(",", " ").split()]
    return [w for w in words if w and w.casefold().rstrip(".") not in _TITLES]


def _person_forms(person: Person) -> list[str]:
    parts = _name_parts(person.name)
    forms = [" ".join(parts)] if parts else []
    if len(parts) >= 2:
        forms.append(" ".join([parts[-1], *parts[:-1]]))  # family name first
        forms.extend(p for p in parts if len(p) >= 2)  # "Jayden" alone, "Brooks" alone
    return forms


def _school_forms(name: str) -> list[str]:
    forms = [name]
    for generic, shorts in _SCHOOL_FORMS:
        m = re.search(r"\b" + re.escape(generic) + r"\b", name, re.IGNORECASE)
        if m:
            stem = name[: m.start()].strip()
            if stem:
                forms.extend(f"{stem} {s}" for s in shorts)
            break
    core = " ".join(_GENERIC.sub(" ", name).split())
    if len(core) >= 3 and core.casefold() != name.casefold():
        forms.append(core)  # "Lincoln", "Wake"
    words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]
    if len(words) >= 3:
        forms.append("".join(w[0] for w in words))  # "Wake County Public School System" -> WCPSS
    return forms


def _town_forms(name: str) -> list[str]:
    town = name.split(",")[0].strip()
    return [name, town] if town and town != name else [name]


def people_terms(people: Sequence[Person]) -> tuple[str, ...]:
    """Every form of every entry to look for, in list order, without duplicates."""
    out: list[str] = []
    seen: set[str] = set()
    for person in people:
        if person.category == "school" or person.category == "district":
            forms = _school_forms(person.name)
        elif person.category == "town":
            forms = _town_forms(person.name)
        elif person.category in ("student", "colleague"):
            forms = _person_forms(person)
        else:
            forms = [person.name]
        forms += list(person.nicknames)
        for form in forms:
            key = " ".join(form.casefold().split())
            if len(key) >= 2 and key not in seen:
                seen.add(key)
                out.append(form)
    return tuple(out)
