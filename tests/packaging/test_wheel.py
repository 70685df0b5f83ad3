"""A non-editable install works from any folder: the wheel carries forms/, resources/ and the
migrations, and the installed app finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Builds a wheel and installs it in a fresh virtual environment: a minute or more.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        check=True,
        cwd=build,
        timeout=300,
        capture_output=True,
    )
    return next(out.glob("tli_workbook-*.whl"))


def test_wheel_carries_definitions_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in (ROOT / "forms").rglob("*"):
        if f.is_file():
            assert f"tli_workbook/forms/{f.relative_to(ROOT / 'forms')}" in names
    assert "tli_workbook/resources/samples/coaching-and-mentoring-sample.tliwb" in names
    assert "tli_workbook/resources/styles/app.qss" in names
    for f in (ROOT / "tli_workbook" / "store" / "migrations").rglob("*.py"):
        assert f"tli_workbook/{f.relative_to(ROOT / 'tli_workbook')}" in names
    assert not any(n.startswith("tli_workbook/resources/samples/content/") for n in names)
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry).decode()
    assert "[gui_scripts]" in text and "tli-workbook = tli_workbook.app:main" in text


def test_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(
        os.environ,
        PYTHONPATH=str(target),
        TLI_WORKBOOK_DATA_DIR=str(tmp_path / "d"),
        QT_QPA_PLATFORM="offscreen",
    )
    code = (
        "import tli_workbook, sys; assert 'site' in tli_workbook.__file__, "
        "tli_workbook.__file__; from tli_workbook.app import main; sys.exit(main(sys.argv[1:]))"
    )
    for args in (["credentials"], ["--smoke"], ["create", "coaching-and-mentoring", "W"]):
        r = subprocess.run(
            [sys.executable, "-c", code, *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert r.returncode == 0, r.stderr
    assert (tmp_path / "d" / "workbooks.sqlite3").exists()
