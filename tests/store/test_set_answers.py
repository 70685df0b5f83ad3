"""Store.set_answers writes with Core statements (autosave's writer thread): inserting,
updating and deleting answers, the workbook's modified time, tool copies' "updated", and a
missing workbook, all as the ORM path did."""

from __future__ import annotations

import time

import pytest

from tli_workbook.store import Store
from tli_workbook.store.errors import NotFoundError


def test_answers_are_added_changed_and_deleted_in_one_call(store: Store) -> None:
    wid = store.create_workbook("coaching-and-mentoring", "Core")
    store.set_answers(wid, {"part1.overview": "first", "part1.list": ["a", {"b": 1}]})
    assert store.answers(wid) == {"part1.overview": "first", "part1.list": ["a", {"b": 1}]}
    before = store.workbook(wid).modified_at
    time.sleep(0.01)  # a later stamp (the clock's resolution), not a timing assertion
    store.set_answers(wid, {"part1.overview": "x" * 100_000, "part1.list": None, "new": 3})
    assert store.answers(wid) == {"part1.overview": "x" * 100_000, "new": 3}
    assert store.answer(wid, "part1.overview") == "x" * 100_000
    assert store.workbook(wid).modified_at > before
    store.set_answers(wid, {"gone-already": None})
    assert store.answers(wid) == {"part1.overview": "x" * 100_000, "new": 3}


def test_other_workbooks_answers_are_untouched(store: Store) -> None:
    a = store.create_workbook("coaching-and-mentoring", "A")
    b = store.create_workbook("coaching-and-mentoring", "B")
    store.set_answers(a, {"k": "in a"})
    store.set_answers(b, {"k": "in b"})
    store.set_answers(a, {"k": "changed"})
    assert store.answers(a) == {"k": "changed"}
    assert store.answers(b) == {"k": "in b"}


def test_a_missing_workbook_is_reported_and_nothing_written(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.set_answers(9999, {"k": "v"})
    assert store.answers(9999) == {}
