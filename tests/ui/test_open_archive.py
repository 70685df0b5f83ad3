"""A .tliwb double-clicked in the file manager (or given on the command line) is offered for
import once the window is up."""

from __future__ import annotations

from pathlib import Path

from tli_workbook.app import _archive_argument
from tli_workbook.ui.tasks import runner

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "coaching-and-mentoring-sample.tliwb"


def test_a_lone_archive_argument_opens_the_window_with_it(tmp_path: Path) -> None:
    rest, found = _archive_argument(["--data-dir", str(tmp_path), "Team plan.TLIWB"])
    assert rest == ["--data-dir", str(tmp_path)]
    assert found is not None and found.name == "Team plan.TLIWB" and found.is_absolute()
    assert _archive_argument(["list"]) == (["list"], None)


def test_offered_archive_is_imported_after_asking(qtbot, window, monkeypatch):  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def confirm(title: str, text: str, ok_label: str = "OK") -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(window.dialogs, "confirm", confirm)
    window.offer_import(SAMPLE)
    qtbot.waitUntil(runner().is_idle, timeout=120_000)
    assert asked and SAMPLE.name in asked[0]
    assert window.start.table.rowCount() == 1
    assert "Coaching" in window.start.table.item(0, 1).text()


def test_declined_or_missing_archive_adds_nothing(qtbot, window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    errors: list[str] = []
    monkeypatch.setattr(window.dialogs, "confirm", lambda *a, **k: False)
    monkeypatch.setattr(window.dialogs, "error", lambda t, m, d="": errors.append(m))
    assert window.offer_import(SAMPLE) is None
    assert window.offer_import(tmp_path / "gone.tliwb") is None
    assert errors and "was not found" in errors[0]
    assert window.start.table.rowCount() == 0
