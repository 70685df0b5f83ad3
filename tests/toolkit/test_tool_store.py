"""Tool copies in the store: their own rows, answers under tool.<copy>.<field>, the snapshot
and the .tliwb archive (lossless round trip), and the team binder (no credential)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tli_workbook.definitions import default_catalog
from tli_workbook.definitions.binder import TEAM_BINDER_ID
from tli_workbook.definitions.keys import RESERVED_PART_IDS, tool_key
from tli_workbook.store import Store
from tli_workbook.store.archive import export_archive, import_archive
from tli_workbook.store.errors import ArchiveError, NotFoundError
from tli_workbook.store.snapshot import validate_snapshot

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "archive.schema.json"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "data")
    yield s
    s.close()


def test_tool_prefix_is_reserved() -> None:
    assert "tool" in RESERVED_PART_IDS
    assert tool_key("abc", "goal") == "tool.abc.goal"


def test_copy_answers_duplicate_delete_and_restore(store: Store) -> None:
    wid = store.create_workbook("coaching-and-mentoring", "Spring")
    a = store.add_tool_copy(wid, "goals-and-objectives", "Goals: Book club")
    store.set_answer(wid, tool_key(a, "goal"), "By June, 12 colleagues meet monthly.")
    assert store.tool_copy_answers(wid, a) == {"goal": "By June, 12 colleagues meet monthly."}
    b = store.duplicate_tool_copy(wid, a, "Goals: Book club (copy)")
    assert store.tool_copy_answers(wid, b) == store.tool_copy_answers(wid, a)
    assert [c["title"] for c in store.tool_copies(wid)] == [
        "Goals: Book club",
        "Goals: Book club (copy)",
    ]
    record, answers = store.delete_tool_copy(wid, a)
    assert store.answer(wid, tool_key(a, "goal")) is None
    assert [c["id"] for c in store.tool_copies(wid)] == [b]
    # Undo puts it back where it was, with its answers and its id.
    store.add_tool_copy(
        wid, record["tool"], record["title"], answers, copy_id=a, position=record["position"]
    )
    assert [c["id"] for c in store.tool_copies(wid)] == [a, b]
    assert store.answer(wid, tool_key(a, "goal")) == "By June, 12 colleagues meet monthly."
    store.update_tool_copy(wid, b, title="Goals: after", in_packet=True)
    got = store.tool_copy(wid, b)
    assert (got["title"], got["in_packet"]) == ("Goals: after", True)
    with pytest.raises(NotFoundError):
        store.tool_copy(wid, "nope")


def test_archive_round_trip_is_lossless(store: Store, tmp_path: Path) -> None:
    wid = store.create_workbook("coaching-and-mentoring", "Spring")
    a = store.add_tool_copy(wid, "goals-and-objectives", "Goals: Book club", in_packet=True)
    store.set_answers(
        wid,
        {
            tool_key(a, "goal"): "By June, twelve colleagues meet monthly.",
            tool_key(a, "objectives"): [{"objective": "Hold 6 sessions"}],
        },
    )
    before = store.snapshot(wid)
    dest = export_archive(store, wid, tmp_path / "wb.tliwb")
    with zipfile.ZipFile(dest) as zf:
        raw = json.loads(zf.read("workbook.json"))
    assert raw["tools"] == before["tools"]
    new = import_archive(store, dest)
    after = store.snapshot(new)
    for key in ("answers", "tools", "circle_map", "artifacts", "respondents"):
        assert after[key] == before[key], key  # type: ignore[literal-required]


def test_snapshot_matches_the_documented_schema(store: Store) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    wid = store.create_workbook(TEAM_BINDER_ID, "Leadership team")
    store.add_tool_copy(wid, "goals-and-objectives", "Goals", {"goal": "Read more"})
    jsonschema.validate(store.snapshot(wid), json.loads(SCHEMA.read_text()))


def test_hostile_tool_records_are_refused(store: Store) -> None:
    wid = store.create_workbook("coaching-and-mentoring", "Spring")
    store.add_tool_copy(wid, "goals-and-objectives", "Goals")
    snap = store.snapshot(wid)
    bad = json.loads(json.dumps(snap))
    bad["tools"][0]["id"] = "../../etc"
    with pytest.raises(ArchiveError, match="tools"):
        validate_snapshot(bad, default_catalog())
    bad = json.loads(json.dumps(snap))
    bad["tools"][0]["title"] = "x" * 10_000
    with pytest.raises(ArchiveError, match="longer"):
        validate_snapshot(bad, default_catalog())


def test_team_binder_has_no_credential(store: Store, tmp_path: Path) -> None:
    wid = store.create_workbook(TEAM_BINDER_ID, "Lincoln leadership team")
    cred = default_catalog().get(store.workbook(wid).credential_id)
    assert cred.parts == ()
    assert TEAM_BINDER_ID in default_catalog()
    assert TEAM_BINDER_ID not in [c.id for c in default_catalog()]
    store.add_tool_copy(wid, "goals-and-objectives", "Goals", {"goal": "Read more"})
    new = import_archive(store, export_archive(store, wid, tmp_path / "binder.tliwb"))
    assert store.workbook(new).credential_id == TEAM_BINDER_ID
    assert store.tool_copy_answers(new, store.tool_copies(new)[0]["id"]) == {"goal": "Read more"}


def test_migration_adds_the_table_and_keeps_data(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from tli_workbook.store.database import DB_NAME, MIGRATIONS, make_engine

    db = tmp_path / DB_NAME
    engine = make_engine(db)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as con:
        cfg.attributes["connection"] = con
        command.upgrade(cfg, "0001")
    engine.dispose()
    con = sqlite3.connect(db)
    con.execute(
        "INSERT INTO workbooks (id, uid, title, credential_id, fellow, created_at, modified_at)"
        " VALUES (1, 'u1', 'Old', 'coaching-and-mentoring', 0, '2025-01-01', '2025-01-02')"
    )
    con.commit()
    con.close()
    store = Store(tmp_path)
    try:
        assert store.workbook(1).title == "Old"
        assert store.tool_copies(1) == []
        store.add_tool_copy(1, "goals-and-objectives", "Goals")
        assert len(store.tool_copies(1)) == 1
    finally:
        store.close()
