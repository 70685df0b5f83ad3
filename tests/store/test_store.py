"""The store on a real SQLite file: answers survive reopening; schema safety."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tli_workbook.store import CorruptDatabaseError, NewerSchemaError, Store
from tli_workbook.store.database import DB_NAME, HEAD, KNOWN_REVISIONS, MIGRATIONS
from tli_workbook.store.startup import open_checked


def test_answers_survive_reopen(data_dir: Path) -> None:
    s = Store(data_dir)
    wid = s.create_workbook("coaching-and-mentoring", "Spring", fellow=True)
    s.set_answers(wid, {"part1.overview": "Hello world", "learn.self_level": "developing"})
    s.set_answer(wid, "part1.overview", "Hello again")
    s.close()
    s2 = Store(data_dir)
    assert s2.answers(wid) == {"part1.overview": "Hello again", "learn.self_level": "developing"}
    info = s2.workbook(wid)
    assert (info.title, info.credential_id, info.fellow) == (
        "Spring",
        "coaching-and-mentoring",
        True,
    )
    s2.set_answer(wid, "learn.self_level", None)
    assert "learn.self_level" not in s2.answers(wid)
    s2.close()


def test_pragmas(store: Store) -> None:
    with store.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert con.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_many_workbooks_and_delete_cascades(store: Store) -> None:
    a = store.create_workbook("coaching-and-mentoring", "A")
    b = store.create_workbook("purposeful-collaboration", "B")
    store.set_answer(a, "part1.overview", "x")
    store.upsert_map_entry(a, {"ring": "needs", "text": "n"})
    assert {w.id for w in store.list_workbooks()} == {a, b}
    store.delete_workbook(a)
    assert [w.id for w in store.list_workbooks()] == [b]
    with store.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM answers").scalar() == 0
        assert con.exec_driver_sql("SELECT count(*) FROM map_entries").scalar() == 0


def test_duplicate_copies_everything(store: Store) -> None:
    a = store.create_workbook("coaching-and-mentoring", "A")
    store.set_answer(a, "part1.overview", "text")
    store.upsert_map_entry(a, {"id": "need1", "ring": "needs", "text": "n", "x": 1.25, "y": -3.5})
    b = store.duplicate_workbook(a)
    assert store.workbook(b).title == "A (copy)"
    assert store.answers(b) == store.answers(a)
    assert store.map_entries(b) == store.map_entries(a)


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_newer_schema_is_refused_and_untouched(data_dir: Path) -> None:
    Store(data_dir).close()
    db = data_dir / DB_NAME
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _sha(db)
    mtime = db.stat().st_mtime_ns
    with pytest.raises(NewerSchemaError, match="newer version of TLI Workbook"):
        Store(data_dir)
    assert _sha(db) == before and db.stat().st_mtime_ns == mtime


def test_corrupt_database_is_reported_and_untouched(data_dir: Path) -> None:
    db = data_dir / DB_NAME
    db.write_bytes(b"this is not a database" * 100)
    before = _sha(db)
    with pytest.raises(CorruptDatabaseError, match="has not been changed"):
        open_checked(data_dir)
    assert _sha(db) == before


def test_known_revisions_match_scripts() -> None:
    scripts = sorted(p.stem.split("_")[0] for p in (MIGRATIONS / "versions").glob("*.py"))
    assert tuple(scripts) == KNOWN_REVISIONS
    assert KNOWN_REVISIONS[-1] == HEAD


def test_current_schema_skips_alembic(data_dir: Path, monkeypatch) -> None:
    Store(data_dir).close()
    import tli_workbook.store.database as database

    def boom(engine):  # noqa: ANN001
        raise AssertionError("alembic ran on a current database")

    monkeypatch.setattr(database, "upgrade", boom)
    Store(data_dir).close()


def test_models_match_migrations(data_dir: Path) -> None:
    """The Alembic scripts build exactly the tables the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from tli_workbook.store.models import Base

    s = Store(data_dir)
    with s.engine.connect() as con:
        diff = compare_metadata(MigrationContext.configure(con), Base.metadata)
    s.close()
    assert diff == []


def test_one_artifact_reads_as_the_list_does(store: Store, tmp_path: Path) -> None:
    from tli_workbook.store import NewArtifactFile

    wid = store.create_workbook("coaching-and-mentoring", "One")
    other = store.create_workbook("coaching-and-mentoring", "Other")
    src = tmp_path / "IMG_1.jpg"
    src.write_bytes(b"\xff\xd8 a photo")
    sha, size = store.copy_file_in(src)
    data = {"part": "artifact4", "title": "Sign-up", "filename": src.name}
    ((uid, new, _rec),) = store.add_artifact_files(
        wid, [NewArtifactFile(data, sha, size, "image/jpeg")]
    )
    assert new
    store.upsert_artifact(wid, {"part": "artifact4", "title": "A link", "url": "https://a.example"})
    (listed,) = [a for a in store.artifacts(wid, "artifact4") if a["id"] == uid]
    assert store.artifact(wid, uid) == listed
    assert store.artifact(other, uid) is None  # another workbook's id
    assert store.artifact(wid, "no-such-id") is None
