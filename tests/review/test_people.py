"""The "People I must not name" list: stored per workbook, checked everywhere with accents and
case folded, possessives and nicknames; travels in the .tliwb archive like the older terms;
never printed in the packet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tli_workbook.packet.builder import build_document
from tli_workbook.packet.document import plain_text
from tli_workbook.review.people import (
    CATEGORIES,
    PEOPLE_KEY,
    TERMS_KEY,
    Person,
    dump_people,
    load_people,
    people_terms,
)
from tli_workbook.review.privacy_scan import scan_workbook
from tli_workbook.review.report import check_report
from tli_workbook.store.archive import export_archive, open_archive
from tli_workbook.text import scan_text

from .helpers import file_path_of

PEOPLE = [
    Person("Jayden Brooks", "student", ("JJ",)),
    Person("Siobhán Ní Bhriain", "colleague"),
    Person("Maple Grove Middle School", "school"),
    Person("Wake County Public School System", "district"),
    Person("Riverton, Ohio", "town"),
]


def test_load_and_dump_round_trip_and_bad_values() -> None:
    stored = dump_people(PEOPLE)
    assert load_people({"answers": {PEOPLE_KEY: stored}}) == PEOPLE
    messy = [
        {"name": "  Ana   Ruiz ", "category": "nonsense", "nicknames": ["A", "Annie", 5]},
        {"name": "x"},
        "Riverton",
        None,
        {"category": "student"},
    ]
    snap = {"answers": {PEOPLE_KEY: messy, TERMS_KEY: ["riverton", "Oakvale"]}}
    assert load_people(snap) == [
        Person("Ana Ruiz", "other", ("Annie",)),
        Person("Riverton"),
        Person("Oakvale"),
    ]
    assert load_people({"answers": {PEOPLE_KEY: "not a list"}}) == []
    assert set(CATEGORIES) == {"student", "colleague", "school", "district", "town", "other"}


def test_people_terms_cover_every_form() -> None:
    terms = people_terms(PEOPLE)
    for form in (
        "Jayden Brooks",
        "Brooks Jayden",
        "Jayden",
        "Brooks",
        "JJ",
        "Maple Grove Middle School",
        "Maple Grove MS",
        "Maple Grove",
        "WCPSS",
        "Riverton",
    ):
        assert form in terms, form


def _terms_found(text: str) -> list[str]:
    return [f.text for f in scan_text(text, terms=people_terms(PEOPLE)) if f.kind == "term"]


def test_matching_folds_accents_case_possessives_and_nicknames() -> None:
    assert _terms_found("JJ's lab report; jayden brooks; BROOKS, Jayden.") == [
        "JJ",
        "jayden brooks",
        "BROOKS",
        "Jayden",
    ]
    assert _terms_found("I co-taught with Siobhan Ni Bhriain and Siobhán's class.") == [
        "Siobhan Ni Bhriain",
        "Siobhán",
    ]
    assert _terms_found("At Maple Grove MS in Riverton we ...") == ["Maple Grove MS", "Riverton"]
    assert _terms_found("Nothing about the family bus.") == []


def test_every_place_is_checked_against_the_list(store: Any, cm: Any, sample: int) -> None:
    snap = store.snapshot(sample)
    store.set_answers(
        sample,
        {
            PEOPLE_KEY: dump_people(PEOPLE),
            "part3.reflection": snap["answers"]["part3.reflection"] + " JJ finished early.",
        },
    )
    need = next(e for e in snap["circle_map"]["entries"] if e["ring"] == "needs")
    store.upsert_map_entry(sample, {**need, "note": "ask jayden's mom"})
    art = [a for a in snap["artifacts"] if a["part"] == "artifact4"][0]
    store.upsert_artifact(
        sample, {**art, "filename": "brooks_exit_ticket.jpg", "description": "At Maple Grove."}
    )
    resp = [r for r in snap["respondents"] if r["part"] == "artifact5"][0]
    answers = {**resp["answers"]}
    first = next(iter(answers))
    answers[first] = "Siobhán said the norms helped."
    store.upsert_respondent(sample, {**resp, "answers": answers})
    found = {
        (f.where, f.text) for f in scan_workbook(store.snapshot(sample), cm) if f.kind == "term"
    }
    wheres = {w for w, _t in found}
    assert ("Part 3 Reflection", "JJ") in found
    assert ("A1 Circle Map, Needs (note)", "jayden") in found
    assert any(w.endswith("file name") for w in wheres), found
    assert any(w.endswith("annotation") and t == "Maple Grove" for w, t in found), found
    assert any("stakeholder" in w and t == "Siobhán" for w, t in found), found


def test_list_travels_in_the_archive_and_check_uses_it(
    store: Any, cm: Any, catalog: Any, sample: int, tmp_path: Path
) -> None:
    store.set_answer(sample, PEOPLE_KEY, dump_people(PEOPLE))
    store.set_answer(sample, "part1.overview", "Jayden wrote the plan with me.")
    dest = export_archive(store, sample, tmp_path / "w.tliwb")
    with open_archive(dest, catalog, work_dir=tmp_path) as arc:
        assert load_people(arc.snapshot) == PEOPLE
        text, ok = check_report(arc.snapshot, cm, arc.file)
    assert not ok
    assert "Jayden" in text


def test_list_is_never_printed_in_the_packet(
    store: Any, cm: Any, sample: int, tmp_path: Path
) -> None:
    secret = Person("Zyxwvut Qqqsecret", "student", ("Zqnick",))
    store.set_answer(sample, PEOPLE_KEY, dump_people([secret]))
    doc, _warnings = build_document(store.snapshot(sample), cm, file_path_of(store), tmp_path)
    text = " ".join(t for block in doc.blocks() for t in plain_text(block))
    assert "Qqqsecret" not in text and "Zqnick" not in text
    assert len(text) > 1000  # the packet itself was built
