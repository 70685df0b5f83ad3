"""The command line, run as a teacher or a script would: a real process, no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, data: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    e.pop("QT_QPA_PLATFORM", None)  # the CLI must cope with no display on its own
    e["TLI_WORKBOOK_DATA_DIR"] = str(data)
    e.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "tli_workbook", *args],
        capture_output=True,
        text=True,
        # Generous: the first command of a run reads the sample's pictures (minutes of CPU
        # on a busy machine); the timeout only stops a hung process.
        timeout=900,
        cwd=ROOT,
        env=e,
    )


def test_credentials(tmp_path: Path) -> None:
    r = run("credentials", data=tmp_path)
    assert r.returncode == 0, r.stderr
    lines = dict(line.split("\t") for line in r.stdout.strip().splitlines())
    assert lines["coaching-and-mentoring"] == "Coaching and Mentoring"
    assert len(lines) == 4


def test_create_list_archive_round_trip(tmp_path: Path) -> None:
    r = run("create", "purposeful-collaboration", "Spring try", data=tmp_path)
    assert r.returncode == 0, r.stderr
    wid = r.stdout.strip()
    r = run("list", data=tmp_path)
    assert r.stdout.strip() == f"{wid}\tSpring try\tPurposeful Collaboration"
    arc = tmp_path / "out.tliwb"
    assert run("export-archive", wid, str(arc), data=tmp_path).returncode == 0
    r = run("import-archive", str(arc), data=tmp_path / "other")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "1"
    assert "Spring try" in run("list", data=tmp_path / "other").stdout


def test_errors_go_to_stderr_with_nonzero_exit(tmp_path: Path) -> None:
    r = run("export-archive", "42", str(tmp_path / "x.tliwb"), data=tmp_path)
    assert r.returncode != 0 and "no workbook with id 42" in r.stderr and not r.stdout
    bad = tmp_path / "bad.tliwb"
    bad.write_text("hello")
    r = run("import-archive", str(bad), data=tmp_path)
    assert r.returncode != 0 and "not a TLI Workbook archive" in r.stderr
    r = run("create", "astrology", "x", data=tmp_path)
    assert r.returncode != 0 and "unknown credential" in r.stderr


def test_newer_database_is_refused_on_the_command_line(tmp_path: Path) -> None:
    import sqlite3

    assert run("list", data=tmp_path).returncode == 0
    con = sqlite3.connect(tmp_path / "workbooks.sqlite3")
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    r = run("list", data=tmp_path)
    assert r.returncode != 0 and "newer version of TLI Workbook" in r.stderr


@pytest.mark.parametrize("entry", [["-m", "tli_workbook"], ["main.py"]])
def test_smoke_starts_and_exits_after_first_paint(tmp_path: Path, entry: list[str]) -> None:
    e = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    e.pop("QT_QPA_PLATFORM", None)
    e["TLI_WORKBOOK_DATA_DIR"] = str(tmp_path)
    r = subprocess.run(
        [sys.executable, *entry, "--smoke"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=e,
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "workbooks.sqlite3").exists()


def test_data_dir_option_wins_over_environment(tmp_path: Path) -> None:
    r = run(
        "--data-dir",
        str(tmp_path / "opt"),
        "create",
        "coaching-and-mentoring",
        "X",
        data=tmp_path / "env",
    )
    assert r.returncode == 0
    assert (tmp_path / "opt" / "workbooks.sqlite3").exists()
    assert not (tmp_path / "env").exists()


SAMPLE = ROOT / "resources" / "samples" / "coaching-and-mentoring-sample.tliwb"


def _sample_with(tmp_path: Path, key: str, value: str) -> Path:
    """The shipped sample archive with one answer changed, as a teacher's own file would be."""
    import json
    import zipfile

    out = tmp_path / "changed.tliwb"
    with zipfile.ZipFile(SAMPLE) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "workbook.json":
                snap = json.loads(data)
                snap["answers"][key] = value
                data = json.dumps(snap).encode()
            dst.writestr(info, data)
    return out


def test_export_tells_what_check_flags_on_stderr(tmp_path: Path) -> None:
    long = " ".join(["mentoring"] * 160)
    arc = _sample_with(tmp_path, "artifact2.inspire_leaders", long)
    check = run("check", "--archive", str(arc), data=tmp_path)
    assert check.returncode == 1 and "160 / 50" in check.stdout
    r = run("export", "--archive", str(arc), "--pdf", str(tmp_path / "p.pdf"), data=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "p.pdf").is_file()
    assert "not ready (1 thing to finish)" in r.stderr
    assert "Artifact 2: Review:" in r.stderr
    # The same item line `check` prints for it.
    (line,) = [ln for ln in check.stdout.splitlines() if "160 / 50" in ln]
    assert line.strip() in r.stderr
    assert r.stdout.strip() == str(tmp_path / "p.pdf")


def test_export_strict_refuses_and_writes_nothing(tmp_path: Path) -> None:
    arc = _sample_with(tmp_path, "artifact2.inspire_leaders", " ".join(["mentoring"] * 160))
    out = tmp_path / "out"
    r = run(
        "export",
        "--archive",
        str(arc),
        "--strict",
        "--pdf",
        str(out / "p.pdf"),
        "--upload-kit",
        str(out / "kit"),
        data=tmp_path,
    )
    assert r.returncode == 1
    assert "not exporting" in r.stderr and "160 / 50" in r.stderr
    assert "nothing was written" in r.stderr
    assert not out.exists() and r.stdout == ""


def test_export_of_a_ready_workbook_is_quiet(tmp_path: Path) -> None:
    r = run(
        "export",
        "--archive",
        str(SAMPLE),
        "--strict",
        "--pdf",
        str(tmp_path / "p.pdf"),
        data=tmp_path,
    )
    assert r.returncode == 0, r.stderr
    assert r.stderr == "" and (tmp_path / "p.pdf").is_file()
