"""Credential definitions: all four load, differences live in data, errors name file + path."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tli_workbook.definitions import DefinitionError, load_catalog, load_file
from tli_workbook.paths import forms_dir

CREDS = {
    "coaching-and-mentoring",
    "educators-rising-collaboration",
    "facilitating-collaborative-relationships",
    "purposeful-collaboration",
}


def test_all_four_credentials_load(catalog) -> None:
    assert set(catalog.ids()) == CREDS
    for cred in catalog:
        assert cred.attribution.source and cred.attribution.licence
        assert cred.parts[0].kind == "learn"
        stages = [p.stage for p in cred.parts]
        # Parts run through Learn, Design, Do, Reflect in order.
        order = ["learn", "design", "do", "reflect"]
        assert stages == sorted(stages, key=order.index)


def test_differences_are_data(catalog) -> None:
    cm = catalog.get("coaching-and-mentoring")
    fcr = catalog.get("facilitating-collaborative-relationships")
    assert len(cm.part("artifact1").rings["needs"].prompts) == 11
    assert len(fcr.part("artifact1").rings["needs"].prompts) == 10
    assert len(cm.part("artifact4").annotation_elements) == 4
    assert len(fcr.part("artifact4").annotation_elements) == 3
    assert cm.part("part1").fields[0].words.min == 350
    assert cm.part("part3").fields[0].words.max == 500
    review = cm.part("artifact2").fields[0]
    assert (review.words.min, review.words.max, review.bullets.min, review.bullets.max) == (
        50,
        150,
        3,
        5,
    )
    er = catalog.get("educators-rising-collaboration")
    assert er.issuer == "Educators Rising"
    log = er.part("collaboration_log")
    group = next(f for f in log.fields if f.type == "group")
    assert group.coverage is not None and len(group.coverage.values) == 3


def _write(tmp: Path, data: object, name: str = "x-cred.yaml") -> Path:
    p = tmp / name
    p.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return p


@pytest.fixture
def good() -> dict:
    src = forms_dir() / "credentials" / "coaching-and-mentoring.yaml"
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    data["id"] = "x-cred"
    return data


@pytest.mark.parametrize(
    ("mutate", "path", "message"),
    [
        (lambda d: d.pop("title"), "title", "required, missing"),
        (lambda d: d.__setitem__("format", 99), "format", "not supported"),
        (
            lambda d: d["parts"][1]["fields"][0].__setitem__("words", [500, 350]),
            "parts[1].fields[0].words",
            "greater than max",
        ),
        (
            lambda d: d["parts"][1]["fields"][0].__setitem__("words", "lots"),
            "parts[1].fields[0].words",
            "expected [min, max]",
        ),
        (
            lambda d: d["parts"][1]["fields"][0].__setitem__("type", "essay"),
            "parts[1].fields[0].type",
            "not one of",
        ),
        (lambda d: d["parts"][2].__setitem__("kind", "mystery"), "parts[2].kind", "not one of"),
        (lambda d: d["parts"][1].__setitem__("stage", "later"), "parts[1].stage", "not one of"),
        (
            lambda d: d["rubric"]["rows"][0].__setitem__("part", "nowhere"),
            "rubric.rows[0].part",
            "not a part",
        ),
        (lambda d: d["parts"][1].__setitem__("colour", "red"), "parts[1]", "unknown key"),
        (lambda d: d["parts"].append(dict(d["parts"][1])), "parts[8]", "duplicate part id"),
    ],
)
def test_errors_name_file_and_path(tmp_path, good, mutate, path, message) -> None:
    mutate(good)
    f = _write(tmp_path, good)
    with pytest.raises(DefinitionError) as info:
        load_file(f)
    err = info.value
    assert err.path == path
    assert message in err.message
    assert str(err).startswith(f"{f}: {path}: ")


def test_broken_yaml_names_line(tmp_path) -> None:
    f = tmp_path / "x-cred.yaml"
    f.write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(DefinitionError, match=r"x-cred.yaml: not valid YAML: line \d+"):
        load_file(f)


def test_app_refuses_to_start_with_a_bad_definition(tmp_path, good) -> None:
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    bad = folder / "credentials" / "coaching-and-mentoring.yaml"
    text = bad.read_text(encoding="utf-8").replace("kind: circle_map", "kind: circle_mapp", 1)
    bad.write_text(text, encoding="utf-8")
    env = {
        "TLI_WORKBOOK_FORMS_DIR": str(folder),
        "TLI_WORKBOOK_DATA_DIR": str(tmp_path / "d"),
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
    }
    for args in (["--smoke"], ["credentials"]):
        r = subprocess.run(
            [sys.executable, "-m", "tli_workbook", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert r.returncode != 0
        assert "coaching-and-mentoring.yaml: parts[2].kind: 'circle_mapp' is not one of" in r.stderr
    assert not (tmp_path / "d").exists() or not any((tmp_path / "d").iterdir())


def test_shipped_catalog_matches_folder() -> None:
    files = sorted(p.stem for p in (forms_dir() / "credentials").glob("*.yaml"))
    assert files == sorted(CREDS)
    assert len(load_catalog()) == 4


def _short(**extra: object) -> dict:
    return {"id": "note", "type": "short_text", "label": "A note", **extra}


@pytest.mark.parametrize(
    ("mutate", "path", "message"),
    [
        # Strict keys: a key the field type does not use is an error, not ignored.
        (
            lambda d: d["parts"][1]["fields"].append(_short(words=[1, 5])),
            "parts[1].fields[1].words",
            "'words' is not a key of short_text fields",
        ),
        (
            lambda d: d["parts"][1]["fields"][0].__setitem__("max_chars", 40),
            "parts[1].fields[0].max_chars",
            "not a key of long_text fields",
        ),
        (
            lambda d: d["parts"][1]["fields"][0].__setitem__("colour", "red"),
            "parts[1].fields[0].colour",
            "not a key of long_text fields",
        ),
        (
            lambda d: d["parts"][1]["fields"][0].__setitem__("limit", "loose"),
            "parts[1].fields[0].limit",
            "not one of hard, guide",
        ),
        (
            lambda d: d["parts"][1]["fields"].append(_short(label="B", id="b", limit="guide")),
            "parts[1].fields[1].limit",
            "not a key of short_text fields",
        ),
        (
            lambda d: d["parts"][1]["fields"][0].__setitem__("words_always", True),
            "parts[1].fields[0].words_always",
            "needs both words and bullets",
        ),
        # A private note is never required, and only a stored value can be private.
        (
            lambda d: d["parts"][1]["fields"][0].update(private=True, required=True),
            "parts[1].fields[0].required",
            "never required",
        ),
        (
            lambda d: d["parts"][1]["fields"].append(
                {"id": "i", "type": "info", "text": "x", "private": True}
            ),
            "parts[1].fields[1].private",
            "not a key of info fields",
        ),
        # Ids that would collide with the keys the app keeps for itself.
        (lambda d: d["parts"][1].__setitem__("id", "rubric"), "parts[1].id", "app's own use"),
        (lambda d: d["parts"][1].__setitem__("id", "privacy"), "parts[1].id", "app's own use"),
        (lambda d: d["parts"][1].__setitem__("id", "learn"), "parts[1].id", "app's own use"),
        (
            lambda d: d["parts"][1]["fields"][0].__setitem__("id", "variant"),
            "parts[1].fields[0].id",
            "app's own use",
        ),
        (
            lambda d: d["parts"][7]["fields"][0].__setitem__("id", "self_level"),
            "parts[7].fields[0].id",
            "app's own use",
        ),
    ],
)
def test_field_keys_are_strict_and_app_keys_reserved(tmp_path, good, mutate, path, message) -> None:
    mutate(good)
    f = _write(tmp_path, good)
    with pytest.raises(DefinitionError) as info:
        load_file(f)
    err = info.value
    assert (err.path, message in err.message) == (path, True), err.message
    assert str(err).startswith(f"{f}: {path}: ")


def test_guides_and_private_notes_come_from_the_yaml(catalog) -> None:
    cm = catalog.get("coaching-and-mentoring")
    assert cm.part("part1").fields[0].is_guide  # "use the suggested word count as a guide"
    assert cm.part("part3").fields[0].is_guide
    fcr = catalog.get("facilitating-collaborative-relationships")
    assert not fcr.part("part1").fields[0].is_guide  # FCR gives its counts as rules
    assert all(f.words_always for f in fcr.part("artifact2").fields)
    assert not any(f.words_always for f in cm.part("artifact2").fields)
    for cid in ("coaching-and-mentoring", "purposeful-collaboration", fcr.id):
        fellows = catalog.get(cid).part("artifact3").variants[0]
        summary = next(f for f in fellows.fields if f.id == "summary")
        assert summary.private and not summary.required
        assert summary.packet_label == "Summary"
