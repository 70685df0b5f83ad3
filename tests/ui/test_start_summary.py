"""The start screen lists workbooks from the progress kept in the store: a workbook is counted
again only when it changed since it was last listed, so the list costs the same query for
one workbook or fifty."""

from __future__ import annotations

from tli_workbook.review import readiness as readiness_module
from tli_workbook.review.readiness import readiness
from tli_workbook.ui.start_screen import COUNTING, StartScreen
from tli_workbook.ui.tasks import runner

CM = "coaching-and-mentoring"


def _progress_column(screen: StartScreen) -> dict[str, str]:
    t = screen.table
    return {t.item(r, 0).text(): t.item(r, 3).text() for r in range(t.rowCount())}


def test_only_changed_workbooks_are_counted_again(qtbot, store, catalog, monkeypatch) -> None:
    ids = [store.create_workbook(CM, f"Workbook {i}") for i in range(6)]
    store.set_answer(ids[2], "part1.overview", "A first answer about coaching.")
    counted: list[int] = []

    def counting(cred, snap):  # type: ignore[no-untyped-def]
        counted.append(1)
        return readiness(cred, snap)

    def counted_all() -> bool:
        return runner().is_idle() and COUNTING not in _progress_column(screen).values()

    monkeypatch.setattr(readiness_module, "readiness", counting)
    screen = StartScreen(store, catalog)
    qtbot.addWidget(screen)
    # Counted on the task runner, each row filled in when its count is done.
    assert set(_progress_column(screen).values()) == {COUNTING}
    qtbot.waitUntil(counted_all)
    assert len(counted) == 6  # nothing was kept yet: each is counted once, and kept
    first = _progress_column(screen)
    total = len(readiness(catalog.get(CM), store.snapshot(ids[0])))
    assert first["Workbook 0"] == f"0 of {total} parts"

    counted.clear()
    screen.refresh()
    assert runner().is_idle()  # all kept and unchanged: nothing to count
    assert counted == []
    assert _progress_column(screen) == first

    store.set_answer(ids[4], "part1.overview", "Changed since the list was shown.")
    screen.refresh()
    qtbot.waitUntil(counted_all)
    assert len(counted) == 1  # only the workbook that changed
    assert store.workbook(ids[4]).summary is not None
    # What the list shows is what counting the workbook now gives.
    for wid in ids:
        sts = readiness(catalog.get(CM), store.snapshot(wid))
        done = sum(s.state == "complete" for s in sts)
        assert _progress_column(screen)[f"Workbook {wid - ids[0]}"] == f"{done} of {len(sts)} parts"


def test_a_kept_summary_is_not_an_edit(store) -> None:
    wid = store.create_workbook(CM, "Kept")
    before = store.workbook(wid).modified_at
    store.set_summary(wid, 3, 8)
    info = store.workbook(wid)
    assert info.modified_at == before  # the list's order (newest first) is not changed
    assert info.summary == (3, 8)
    store.rename_workbook(wid, "Renamed")
    assert store.workbook(wid).summary is None
