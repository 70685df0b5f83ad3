"""Property tests: whatever the definitions loader and the archive reader are fed, they either
succeed or raise their own clear error; nothing else escapes and nothing is written."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tli_workbook.definitions import DefinitionError, parse_credential
from tli_workbook.paths import forms_dir
from tli_workbook.store import ArchiveError
from tli_workbook.store.archive import open_archive
from tli_workbook.store.snapshot import validate_snapshot

GOOD = yaml.safe_load(
    (forms_dir() / "credentials" / "coaching-and-mentoring.yaml").read_text(encoding="utf-8")
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def _paths(node, prefix=()):  # noqa: ANN001, ANN202
    """Every (path) into the definition tree, to aim mutations at real places."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


ALL_PATHS = [p for p in _paths(GOOD) if p]


def _mutate(data, path, value):  # noqa: ANN001, ANN202
    import copy

    data = copy.deepcopy(data)
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ALL_PATHS), json_values)
def test_loader_accepts_or_names_the_problem(path, value) -> None:
    data = _mutate(GOOD, path, value)
    try:
        parse_credential(data, "forms/credentials/coaching-and-mentoring.yaml")
    except DefinitionError as exc:
        assert str(exc).startswith("forms/credentials/coaching-and-mentoring.yaml: ")
        assert exc.message


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_loader_on_any_document(value) -> None:
    try:
        parse_credential(value, "x.yaml")
    except DefinitionError as exc:
        assert exc.file == "x.yaml"


SNAP = {
    "format": "tli-workbook",
    "version": 1,
    "workbook": {"title": "T", "credential": "coaching-and-mentoring", "fellow": False},
    "answers": {"part1.overview": "x"},
    "circle_map": {"entries": [], "strokes": []},
    "artifacts": [],
    "respondents": [],
    "files": {},
}
SNAP_PATHS = [p for p in _paths(SNAP) if p]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SNAP_PATHS), json_values)
def test_snapshot_validation_accepts_or_refuses_clearly(path, value) -> None:
    try:
        validate_snapshot(_mutate(SNAP, path, value), {"coaching-and-mentoring"})
    except ArchiveError as exc:
        assert len(str(exc)) > 20


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dictionaries(
        st.sampled_from(["workbook.json", "files/" + "a" * 64, "../x", "files/", "x/../../y"]),
        st.binary(max_size=200),
        max_size=4,
    ),
    st.booleans(),
)
def test_archive_reader_on_any_zip(tmp_path: Path, members: dict, valid_json: bool) -> None:
    if valid_json:
        members["workbook.json"] = json.dumps(SNAP).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    arc = tmp_path / "a.tliwb"
    arc.write_bytes(buf.getvalue())
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    try:
        with open_archive(arc, {"coaching-and-mentoring"}, work_dir=work) as opened:
            assert opened.snapshot["format"] == "tli-workbook"
    except ArchiveError as exc:
        assert len(str(exc)) > 20
    assert list(work.iterdir()) == []  # the private unpack folder is always removed


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400))
def test_archive_reader_on_any_bytes(tmp_path: Path, data: bytes) -> None:
    arc = tmp_path / "b.tliwb"
    arc.write_bytes(data)
    try:
        with open_archive(arc, {"coaching-and-mentoring"}, work_dir=tmp_path):
            pass
    except ArchiveError:
        pass
