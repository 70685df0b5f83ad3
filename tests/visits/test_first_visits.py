"""First visits of the shipped sample's pages do a screenful of work at once and the rest on
later turns of the event loop, without changing what the teacher sees, reaches with Tab or
saves (issue 18, point 2). Work is counted, never timed."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tli_workbook.ui.tasks import runner

REPO = Path(__file__).resolve().parents[2]
PLAN = "artifact3.action_plan"


@pytest.fixture
def own_settings(store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings of this test's own (an in-process start of the app points them elsewhere):
    the window reopens the last page shown in a workbook of the same id."""
    from tli_workbook.ui import settings

    monkeypatch.setattr(settings, "_folder", store.data_dir)


@pytest.fixture
def sample_view(window: Any, store: Any, own_settings: None) -> Any:
    from tli_workbook.store.archive import import_archive

    wid = import_archive(store, next((REPO / "resources" / "samples").glob("*.tliwb")))
    view = window.open_workbook(wid)
    assert view is not None
    return view


def _tab_stops(page: QWidget) -> list[str]:
    """The page's Tab stops in the order Tab reaches them, by what a screen reader says."""
    out: list[str] = []
    w = page.nextInFocusChain()
    while w is not None and w is not page and len(out) < 3000:
        if (
            page.isAncestorOf(w)
            and w.isVisibleTo(page)
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            out.append(f"{type(w).__name__}|{w.objectName()}|{w.accessibleName()}")
        w = w.nextInFocusChain()
    return out


def test_a_first_visit_of_the_design_builds_a_screenful_then_the_rest(
    qtbot: Any, sample_view: Any
) -> None:
    page = sample_view.show_part("artifact3")
    chosen = page.current_variant()
    # Only the chosen template's fields, and of those the first screenful.
    assert list(page.views) == [chosen]
    view = page.views[chosen]
    at_once = len(page.findChildren(QWidget))
    made_at_once = view.editors_made if hasattr(view, "editors_made") else len(view.editors)
    qtbot.waitUntil(runner().is_idle)
    built = len(page.findChildren(QWidget))
    # Hundreds of widgets (the plan's rows, the milestones table) came on later turns.
    assert at_once * 3 < built
    assert made_at_once <= 4
    assert not view.building()
    fields = next(v for v in page.part.variants if v.id == chosen).fields
    assert view.editors_made == len(fields)
    # The other template is built when it is chosen, not before.
    other = next(v.id for v in page.part.variants if v.id != chosen)
    assert other not in page.views
    page.variant_radios[other].setChecked(True)
    assert other in page.views and page.variant_stack[other].isVisibleTo(page)


def test_tab_order_and_letters_are_those_of_a_page_built_at_once(
    qtbot: Any, window: Any, store: Any, own_settings: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tli_workbook.store.archive import import_archive
    from tli_workbook.ui.forms import fields_outline, fields_table
    from tli_workbook.ui.forms.mnemonics import _marked
    from tli_workbook.ui.pages import form_page

    sample = next((REPO / "resources" / "samples").glob("*.tliwb"))

    def visit() -> tuple[list[str], list[str]]:
        view = window.open_workbook(import_archive(store, sample))
        page = view.show_part("artifact3")
        qtbot.waitUntil(runner().is_idle)
        from PySide6.QtWidgets import QLabel

        letters = [
            str(_marked(lab.text()))
            for lab in page.findChildren(QLabel)
            if lab.buddy() is not None and _marked(lab.text())
        ]
        return _tab_stops(page), letters

    lazy_stops, lazy_letters = visit()
    with monkeypatch.context() as m:
        m.setattr(form_page, "COST_AT_ONCE", 10_000)
        m.setattr(form_page, "RUBRIC_LATER", False)
        m.setattr(fields_outline, "ROWS_AT_ONCE", 10_000)
        m.setattr(fields_table, "ROWS_AT_ONCE", 10_000)
        eager_stops, eager_letters = visit()
    assert len(eager_stops) > 150  # the plan's rows, cells and checks, the table's cells
    assert lazy_stops == eager_stops
    assert lazy_letters == eager_letters and lazy_letters


def test_tab_reaches_the_last_plan_row_built_late_and_what_is_typed_is_saved(
    qtbot: Any, sample_view: Any, store: Any
) -> None:
    page = sample_view.show_part("artifact3")
    qtbot.waitUntil(runner().is_idle)
    plan = page.editor(f"{PLAN}.objectives")
    paths = list(plan.rows)
    assert len(paths) > 3, "the sample's plan has rows beyond the first screenful"
    last, before = plan.rows[paths[-1]], plan.rows[paths[-2]]
    page.ensureWidgetVisible(before.menu_btn)
    before.menu_btn.setFocus()
    qtbot.waitUntil(before.menu_btn.hasFocus)
    qtbot.keyClick(before.menu_btn, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is last.text
    qtbot.keyClick(last.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(last.text, " and a closing talk")
    assert sample_view.flush()
    saved = store.answer(sample_view.workbook_id, f"{PLAN}.objectives")

    def last_text(nodes: list[dict[str, Any]]) -> str:
        node = nodes[-1]
        return last_text(node["children"]) if node["children"] else node["text"]

    assert last_text(saved).endswith(" and a closing talk")


def test_asking_for_an_editor_builds_it_at_once(qtbot: Any, sample_view: Any) -> None:
    page = sample_view.show_part("artifact3")
    table = page.editor(f"{PLAN}.milestones")  # the last field: built on request
    assert table.isVisibleTo(page) and table.height() > 0
    assert not page.building()


def test_circle_map_measures_each_text_once(
    qtbot: Any, sample_view: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tli_workbook.circlemap import textmetrics

    measured: list[tuple[str, bool]] = []
    real = textmetrics._unit_width.__wrapped__

    @lru_cache(maxsize=20000)
    def counted(text: str, bold: bool) -> float:
        measured.append((text, bold))
        return float(real(text, bold))

    monkeypatch.setattr(textmetrics, "_unit_width", counted)
    textmetrics.wrap.cache_clear()
    sample_view.show_part("artifact1")
    qtbot.waitUntil(runner().is_idle)
    assert measured, "the map was laid out"
    assert len(measured) == len(set(measured))
    textmetrics.wrap.cache_clear()  # wrapped lines measured with the counting function


@pytest.mark.parametrize("page_id", ["readiness", "privacy"])
def test_review_pages_read_file_details_off_the_gui_thread(
    qtbot: Any, sample_view: Any, monkeypatch: pytest.MonkeyPatch, page_id: str
) -> None:
    from tli_workbook.review import privacy_scan

    threads: list[str] = []
    real = privacy_scan._file_metadata

    def recorded(path: str, size: int, mtime: float) -> tuple[tuple[str, str], ...]:
        threads.append(threading.current_thread().name)
        return real(path, size, mtime)

    monkeypatch.setattr(privacy_scan, "_file_metadata", recorded)
    started: list[str] = []
    run = runner().run

    def counting_run(fn: Any, *args: Any, **kwargs: Any) -> Any:
        started.append(str(kwargs.get("label", "")))
        return run(fn, *args, **kwargs)

    monkeypatch.setattr(runner(), "run", counting_run)
    sample_view.show_review(page_id)
    assert not threads, "nothing is read while the page is being built"
    qtbot.waitUntil(lambda: bool(threads), timeout=300_000)
    assert all(name.startswith("tli-task") for name in threads), threads
    # One check for the first visit, though building the page and showing it both ask for
    # one (a second comes only once the pictures it found unread have been read).
    checks = [s for s in started if "privacy" in s or "private" in s]
    reading = [i for i, s in enumerate(started) if "pictures" in s]
    before_reading = (
        checks
        if not reading
        else [s for s in started[: reading[0]] if "privacy" in s or "private" in s]
    )
    assert len(before_reading) == 1, started


def test_the_rubric_panel_comes_on_a_later_turn_in_its_place(qtbot: Any, sample_view: Any) -> None:
    from tli_workbook.ui.review.rubric_panel import RubricPanel

    page = sample_view.show_part("artifact3")
    assert not page.findChildren(RubricPanel), "built with the page"
    assert page.building()
    qtbot.waitUntil(runner().is_idle)
    assert not page.building()
    panels = page.findChildren(RubricPanel)
    assert len(panels) == 1 and panels[0] is page.rubric_panel and panels[0].isVisibleTo(page)
    # Below the fields, the page's stretch still last; its boxes are the page's last Tab stops.
    items = [page.body.itemAt(i) for i in range(page.body.count())]
    at = next(i for i, item in enumerate(items) if item.widget() is panels[0])
    assert at == len(items) - 2 and items[-1].spacerItem() is not None
    stops = _tab_stops(page)
    mine = [s for s in stops if "|criterion:" in s or "|level:" in s]
    assert mine and stops[-len(mine) :] == mine


def test_asking_for_the_rubric_panel_builds_it_at_once(qtbot: Any, sample_view: Any) -> None:
    page = sample_view.show_part("artifact3")
    panel = page.rubric_panel
    assert panel is not None and panel.rows and panel.isVisibleTo(page)
    assert page.rubric_panel is panel
    qtbot.waitUntil(runner().is_idle)  # the turn it was due on builds no second one
    assert page.rubric_panel is panel


def test_a_column_whose_last_field_builds_its_rows_late_is_closed(
    qtbot: Any, sample_view: Any
) -> None:
    page = sample_view.show_part("artifact3")
    view = page.views[page.current_variant()]
    with qtbot.waitSignal(view.built, timeout=60_000):
        pass  # the milestones table, last, finishes its rows on turns of its own
    assert not view.building() and not page.building()
    lay = view.layout()
    assert lay.itemAt(lay.count() - 1).spacerItem() is not None
