"""The start screen's list read with plain sqlite3 before the Store opens (store/listing.py)
is the Store's own list, costs one query however many workbooks there are, and is not read
at all from a database this version would have to migrate, refuse or recover."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from tli_workbook.definitions.titles import TEAM_BINDER_ID, credential_titles
from tli_workbook.store import Store
from tli_workbook.store import listing as listing_module
from tli_workbook.store.database import DB_NAME, MIGRATIONS, make_engine
from tli_workbook.store.listing import Listing, read_listing

CM = "coaching-and-mentoring"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _fill(store: Store) -> None:
    a = store.create_workbook(CM, "Autumn")
    store.set_answer(a, "part1.overview", "Words about coaching.")
    b = store.create_workbook("purposeful-collaboration", "Spring plan", fellow=True)
    store.set_summary(b, 2, 8)  # kept: listed without counting
    binder = store.create_workbook(TEAM_BINDER_ID, "Team binder for room 12")
    store.add_tool_copy(binder, "goals-and-objectives", "Goals, first draft")
    store.add_tool_copy(binder, "goals-and-objectives", "Goals, second draft")
    c = store.create_workbook(CM, "Renamed later")
    store.set_summary(c, 1, 8)
    store.rename_workbook(c, "Renamed ‮evil‬ title")  # the summary is out of date now
    store.create_workbook("no-such-credential", "From a newer app")


def test_the_quick_list_is_the_stores_list(data_dir: Path) -> None:
    from tli_workbook.store.archive import import_archive

    store = Store(data_dir)
    try:
        _fill(store)
        import_archive(store, next(SAMPLE.glob("*.tliwb")))
        quick = read_listing(data_dir)  # while the Store is open, as after a crash
        assert quick is not None
        assert quick.workbooks == store.list_workbooks()
        assert {w: n for w, n in quick.tool_counts.items() if n} == store.tool_copy_counts()
        assert [w.summary for w in quick.workbooks if w.title == "Spring plan"] == [(2, 8)]
        assert [w.summary for w in quick.workbooks if w.title.startswith("Renamed")] == [None]
    finally:
        store.close()
    assert read_listing(data_dir) == quick  # and after it closed


def test_a_new_data_folder_lists_nothing(tmp_path: Path) -> None:
    assert read_listing(tmp_path / "not-made-yet") == Listing([])
    (tmp_path / DB_NAME).write_bytes(b"")
    assert read_listing(tmp_path) == Listing([])


def _count_statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    statements: list[str] = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):  # type: ignore[no-untyped-def]
        con = connect(*args, **kwargs)
        con.set_trace_callback(statements.append)
        return con

    monkeypatch.setattr(listing_module.sqlite3, "connect", traced)
    return statements


@pytest.mark.parametrize("n", [3, 12])
def test_the_quick_list_is_one_query_for_any_number(data_dir: Path, monkeypatch, n: int) -> None:
    store = Store(data_dir)
    for i in range(n):
        store.create_workbook(CM, f"Workbook {i}")
    store.close()
    statements = _count_statements(monkeypatch)
    quick = read_listing(data_dir)
    assert quick is not None and len(quick.workbooks) == n
    # The schema version, then the list with every row's progress and tool count.
    assert len(statements) == 2
    assert "alembic_version" in statements[0] and "FROM workbooks" in statements[1]


def _at_revision(path: Path, revision: str) -> None:
    engine = make_engine(path)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as con:
        cfg.attributes["connection"] = con
        command.upgrade(cfg, revision)
    engine.dispose()


def test_a_database_to_migrate_is_left_to_the_store(tmp_path: Path) -> None:
    _at_revision(tmp_path / DB_NAME, "0003")
    assert read_listing(tmp_path) is None


def test_a_database_of_a_newer_app_is_left_to_the_store(data_dir: Path) -> None:
    Store(data_dir).close()
    con = sqlite3.connect(data_dir / DB_NAME)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    assert read_listing(data_dir) is None


def test_an_unreadable_database_is_left_to_the_store(data_dir: Path) -> None:
    (data_dir / DB_NAME).write_bytes(b"garbage" * 5000)
    assert read_listing(data_dir) is None


def test_a_time_that_does_not_parse_is_left_to_the_store(data_dir: Path) -> None:
    store = Store(data_dir)
    store.create_workbook(CM, "Odd")
    store.close()
    con = sqlite3.connect(data_dir / DB_NAME)
    con.execute("UPDATE workbooks SET modified_at='yesterday'")
    con.commit()
    con.close()
    assert read_listing(data_dir) is None


def test_the_titles_read_from_the_files_are_the_catalogs(catalog) -> None:  # type: ignore[no-untyped-def]
    titles = credential_titles()
    assert titles is not None
    assert titles == {
        **{c.id: c.title for c in catalog},
        TEAM_BINDER_ID: catalog.get(TEAM_BINDER_ID).title,
    }


@pytest.mark.parametrize(
    "line",
    [
        'title: "Quoted: with a colon"',
        "title: >-\n  Folded over\n  two lines",
        "title: A title\n  that goes on",
        "title: Plain # and a comment",
    ],
)
def test_a_title_that_is_not_one_plain_line_loads_the_catalog(tmp_path: Path, line: str) -> None:
    (tmp_path / "one.yaml").write_text(f"format: 1\nid: one\n{line}\nissuer: X\n", "utf-8")
    assert credential_titles(tmp_path) is None
    (tmp_path / "one.yaml").write_text("format: 1\nid: one\ntitle: One plain title\n", "utf-8")
    assert credential_titles(tmp_path) == {"one": "One plain title", TEAM_BINDER_ID: "Team binder"}
