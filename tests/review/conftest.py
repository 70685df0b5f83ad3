"""Fixtures for the review tests: the sample workbook in a real Store, and a half-done one."""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import PLANTED, build_sample


@pytest.fixture
def sample(store: Any) -> int:
    return build_sample(store)


@pytest.fixture
def cm(catalog: Any) -> Any:
    return catalog.get("coaching-and-mentoring")


@pytest.fixture
def half_done(store: Any, sample: int) -> int:
    """A workbook part-way through, with identifiers planted in Part 1."""
    snap = store.snapshot(sample)
    wid = store.create_workbook("coaching-and-mentoring", "Half-done workbook")
    store.set_answers(
        wid,
        {
            "part1.overview": PLANTED + " " + snap["answers"]["part1.overview"],
            "artifact2.role_needs": snap["answers"]["artifact2.role_needs"],
            "part3.reflection": " ".join(snap["answers"]["part3.reflection"].split()[:120]),
            "privacy.terms": ["Riverton"],
        },
    )
    entries = [e for e in snap["circle_map"]["entries"] if e["ring"] != "needs"]
    store.save_map(wid, entries=entries, strokes=[])
    return wid
