"""What a fresh `tli-workbook --smoke` process has imported when its main window first paints
(sys.modules, looked at from the paint event) and by the time it exits: the start screen is
painted before SQLAlchemy, the catalog loader, the workbook view and the readiness checker are
imported, and the Store still opens before --smoke exits. A database this version must migrate
or refuse takes the old path (Store first); a broken definition found after the first paint
still refuses to start."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config

from tli_workbook.paths import forms_dir
from tli_workbook.store import Store
from tli_workbook.store.database import DB_NAME, HEAD, MIGRATIONS, make_engine

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "coaching-and-mentoring-sample.tliwb"
# Imported only after the first paint (or never, for a current database: alembic).
AFTER_PAINT = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "tli_workbook.store.repository",
    "tli_workbook.definitions.loader",
    "yaml",
    "tli_workbook.fields.registry",
    "tli_workbook.review.readiness",
    "tli_workbook.ui.workbook_view",
    "tli_workbook.ui.review.export_guard",
    "tli_workbook.ui.spelling_service",
    "tli_workbook.ui.tasks",
    # The export's and spelling's libraries: loaded ahead on the runner once the window is up
    # (MainWindow's warm job), never on the way to the first paint.
    "docx",
    "reportlab",
    "PIL",
    "spellchecker",
)
# The app's own start-up, with a look at sys.modules when the main window first paints (the
# paint event the app itself waits for) and when it has finished.
DRIVER = """
import json, sys
from PySide6.QtCore import QEvent
from tli_workbook.ui import application
first_paint = application._FirstPaint.eventFilter
def look(self, obj, event):
    seen = getattr(self, "done", getattr(self, "painted", False))  # (the old app's name)
    if not seen and event.type() == QEvent.Type.Paint:
        print("at-paint " + json.dumps(sorted(sys.modules)), file=sys.stderr, flush=True)
    return first_paint(self, obj, event)
application._FirstPaint.eventFilter = look
from tli_workbook.app import main
code = main(["--smoke"])
print("at-exit " + json.dumps(sorted(sys.modules)), file=sys.stderr, flush=True)
sys.exit(code)
"""


def _smoke(data: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TLI_WORKBOOK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return subprocess.run(
        [sys.executable, "-c", DRIVER],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )


def _modules(stderr: str, when: str) -> set[str] | None:
    for line in stderr.splitlines():
        if line.startswith(when + " "):
            return set(json.loads(line.split(" ", 1)[1]))
    return None


def _order(stderr: str) -> tuple[set[str], set[str]]:
    """(modules imported before the first paint, after it)."""
    before, end = _modules(stderr, "at-paint"), _modules(stderr, "at-exit")
    assert before is not None and end is not None, stderr[-3000:]
    return before, end - before


def test_the_start_screen_paints_before_the_orm_and_the_store_opens_after(tmp_path) -> None:
    from tli_workbook.store.archive import import_archive

    data = tmp_path / "data"
    store = Store(data)
    import_archive(store, SAMPLE)
    store.create_workbook("coaching-and-mentoring", "A second one")
    store.close()
    r = _smoke(data)
    assert r.returncode == 0, r.stderr[-3000:]
    before, after = _order(r.stderr)
    assert "sqlite3" in before and "tli_workbook.store.listing" in before
    assert sorted(m for m in AFTER_PAINT if m in before) == []
    # --smoke waited for the Store (SQLAlchemy, the catalog) before it exited.
    assert {"sqlalchemy.orm", "tli_workbook.store.repository", "yaml"} <= set(after)
    assert "alembic" not in before | after  # the schema is current
    # The workbook view's code is loaded ahead on the runner once the Store is open (so the
    # first open does not import it), never before the first paint (AFTER_PAINT above).


def test_a_new_data_folder_paints_first_and_then_creates_the_database(tmp_path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    r = _smoke(data)
    assert r.returncode == 0, r.stderr[-3000:]
    before, after = _order(r.stderr)
    assert "sqlalchemy.orm" in after and "alembic" in after and "alembic" not in before
    con = sqlite3.connect(data / DB_NAME)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
    con.close()


def test_a_database_to_migrate_opens_the_store_before_the_window(tmp_path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(data / DB_NAME)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as con:
        cfg.attributes["connection"] = con
        command.upgrade(cfg, "0003")
        con.exec_driver_sql(
            "INSERT INTO workbooks (id, uid, title, credential_id, fellow, created_at,"
            " modified_at) VALUES (1, 'u1', 'Old', 'coaching-and-mentoring', 0,"
            " '2025-01-01 10:00:00.000000', '2025-01-02 10:00:00.000000')"
        )
    engine.dispose()
    r = _smoke(data)
    assert r.returncode == 0, r.stderr[-3000:]
    before, _after = _order(r.stderr)
    assert "sqlalchemy.orm" in before and "alembic" in before  # migrated, then painted
    store = Store(data)
    assert [w.title for w in store.list_workbooks()] == ["Old"]
    store.close()


def test_a_database_of_a_newer_app_is_refused_before_any_window(tmp_path) -> None:
    data = tmp_path / "data"
    Store(data).close()
    con = sqlite3.connect(data / DB_NAME)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    r = _smoke(data)
    assert r.returncode == 3 and "newer version of TLI Workbook" in r.stderr
    assert _modules(r.stderr, "at-paint") is None  # refused with no window


def test_a_broken_definition_found_after_the_first_paint_still_refuses(tmp_path) -> None:
    forms = tmp_path / "forms"
    shutil.copytree(forms_dir(), forms)
    bad = forms / "credentials" / "coaching-and-mentoring.yaml"
    text = bad.read_text(encoding="utf-8").replace("kind: circle_map", "kind: circle_mapp", 1)
    bad.write_text(text, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()  # an existing data folder: its list is painted before the catalog loads
    r = _smoke(data, TLI_WORKBOOK_FORMS_DIR=str(forms))
    assert r.returncode == 2, r.stderr[-3000:]
    assert "coaching-and-mentoring.yaml: parts[2].kind: 'circle_mapp' is not one of" in r.stderr
    before = _modules(r.stderr, "at-paint")
    assert before is not None and "yaml" not in before  # the list was painted first
    assert not (data / DB_NAME).exists()  # refused before the Store made anything
