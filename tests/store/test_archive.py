"""Workbook archives: lossless round trip; hostile archives refused with nothing written."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from tli_workbook.store import ArchiveError, Store
from tli_workbook.store.archive import export_archive, import_archive


def _rich_workbook(store: Store, tmp_path: Path) -> int:
    wid = store.create_workbook("coaching-and-mentoring", "Round trip ✓ — ünïcode", fellow=True)
    store.set_answers(
        wid,
        {
            "part1.overview": "Line one\n- bullet ✓\n\n“quoted” text",
            "artifact3.variant": "action_plan",
            "artifact3.action_plan.needs": ["need-1"],
            "learn.self_level": "developing",
            "rubric.circle-map": {"level": "proficient", "ticked": [0, 2]},
        },
    )
    store.save_map(
        wid,
        entries=[
            {"id": "core", "ring": "center", "text": "Every student", "note": "p. 5"},
            {
                "id": "need-1",
                "ring": "needs",
                "text": "Feedback",
                "x": 0.1 + 0.2,
                "y": -123.456789,
                "free": True,
                "size": 15.5,
                "wrap": 1 / 3 + 170.0,
                "color": "#aa0000",
            },
        ],
        strokes=[
            {
                "id": "s1",
                "kind": "arrow",
                "color": "#000000",
                "width": 2.5,
                "points": [[0.0, 0.0], [10.125, -3.0]],
            }
        ],
    )
    img = tmp_path / "photo.png"
    img.write_bytes(b"\x89PNG fake but bytes are bytes" * 10)
    sha = store.add_file(img, "image/png")
    store.upsert_artifact(
        wid,
        {
            "part": "artifact4",
            "title": "Newsletter",
            "file": sha,
            "filename": "photo.png",
            "description": "desc",
            "fields": {"participants": 12},
            "markup": [{"kind": "redact", "x": 0.1, "y": 0.1, "w": 0.2, "h": 0.1}],
        },
    )
    store.upsert_respondent(
        wid,
        {
            "part": "artifact5",
            "role": "Colleague, grade 7 math",
            "method": "Email",
            "answers": {"engaged": "Well."},
        },
    )
    return wid


def _comparable(snap: dict) -> dict:
    snap = json.loads(json.dumps(snap))
    for k in ("exported_at",):
        snap.pop(k)
    snap["workbook"].pop("created")
    snap["workbook"].pop("modified")
    return snap


def test_round_trip_is_lossless(store: Store, tmp_path: Path, data_dir: Path) -> None:
    wid = _rich_workbook(store, tmp_path)
    arc = export_archive(store, wid, tmp_path / "wb.tliwb")
    other = Store(tmp_path / "other")
    new = import_archive(other, arc)
    assert _comparable(other.snapshot(new)) == _comparable(store.snapshot(wid))
    sha = store.artifacts(wid)[0]["file"]
    assert other.file_path(sha).read_bytes() == store.file_path(sha).read_bytes()
    # And the re-exported archive round-trips again to the same content.
    arc2 = export_archive(other, new, tmp_path / "wb2.tliwb")
    third = Store(tmp_path / "third")
    assert _comparable(third.snapshot(import_archive(third, arc2))) == _comparable(
        store.snapshot(wid)
    )
    other.close()
    third.close()


def test_snapshot_matches_json_schema(store: Store, tmp_path: Path) -> None:
    import jsonschema

    from tests.conftest import REPO

    schema = json.loads((REPO / "docs" / "archive.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(store.snapshot(_rich_workbook(store, tmp_path)), schema)


def _zip(path: Path, members: dict[str, bytes], symlink: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return path


def _valid_json(**over) -> bytes:
    snap = {
        "format": "tli-workbook",
        "version": 1,
        "workbook": {"title": "T", "credential": "coaching-and-mentoring", "fellow": False},
        "answers": {},
        "circle_map": {"entries": [], "strokes": []},
        "artifacts": [],
        "respondents": [],
        "files": {},
    }
    snap.update(over)
    return json.dumps(snap).encode()


HOSTILE = {
    "not a zip": None,
    "bad json": {"workbook.json": b"{not json"},
    "no workbook.json": {"other.txt": b"x"},
    "unknown credential": {
        "workbook.json": _valid_json(
            workbook={"title": "T", "credential": "astrology", "fellow": False}
        )
    },
    "unknown version": {"workbook.json": _valid_json(version=7)},
    "zip slip": {"workbook.json": _valid_json(), "../../evil.txt": b"x"},
    "absolute path": {"workbook.json": _valid_json(), "/tmp/evil.txt": b"x"},
    "huge field": {"workbook.json": _valid_json(answers={"part1.overview": "w " * 1_500_000})},
    "bad answer key": {"workbook.json": _valid_json(answers={"../x": "y"})},
    "file not held": {"workbook.json": _valid_json(files={"a" * 64: {"size": 1}})},
    "wrong file hash": {
        "workbook.json": _valid_json(files={"a" * 64: {"size": 1}}),
        "files/" + "a" * 64: b"not matching",
    },
    "zip bomb": {"workbook.json": _valid_json(), "files/" + "b" * 64: b"\0" * (60 * 2**20)},
    "bad ring": {
        "workbook.json": _valid_json(
            circle_map={"entries": [{"id": "e", "ring": "outer-space", "text": "x"}]}
        )
    },
}


@pytest.mark.parametrize("case", sorted(HOSTILE) + ["symlink"])
def test_hostile_archives_are_refused_and_write_nothing(
    case, store: Store, tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "hostile.tliwb"
    if case == "not a zip":
        path.write_bytes(b"PK but not really")
    elif case == "symlink":
        _zip(path, {"workbook.json": _valid_json()}, symlink="files/" + "c" * 64)
    else:
        _zip(path, HOSTILE[case])
    before = sorted(p.relative_to(data_dir) for p in data_dir.rglob("*") if p.is_file())
    with pytest.raises(ArchiveError) as info:
        import_archive(store, path)
    assert len(str(info.value)) > 20  # a sentence, not a code
    assert store.count_workbooks() == 0
    after = sorted(p.relative_to(data_dir) for p in data_dir.rglob("*") if p.is_file())
    assert after == before
    assert not (tmp_path.parent / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()
