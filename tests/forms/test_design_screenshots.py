"""Screenshots of the design pages for docs/screenshots (run with TLI_SCREENSHOTS=1).

They are taken offscreen from the real window, filled with the sample content, so what the
docs show is what a teacher sees.
"""

from __future__ import annotations

import os

import pytest
from formkit import REPO, SAMPLE_NEEDS, design_sample, make_pdf, open_workbook
from PySide6.QtCore import QPoint

pytestmark = pytest.mark.skipif(
    not os.environ.get("TLI_SCREENSHOTS"), reason="set TLI_SCREENSHOTS=1 to refresh screenshots"
)
OUT = REPO / "docs" / "screenshots"


def _settle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 900)
    qtbot.wait(150)


def _scroll_to(page, widget, above: int) -> None:  # type: ignore[no-untyped-def]
    y = widget.mapTo(page.widget(), QPoint(0, 0)).y()
    page.verticalScrollBar().setValue(max(0, y - above))


def test_design_plan_screenshots(qtbot, window, store) -> None:
    view = open_workbook(
        window, store, "coaching-and-mentoring", answers=design_sample(), needs=SAMPLE_NEEDS
    )
    page = view.show_part("artifact3")
    _settle(qtbot, window)
    OUT.mkdir(parents=True, exist_ok=True)
    _scroll_to(page, page.editor("artifact3.action_plan.objectives"), 90)
    qtbot.wait(50)
    window.grab().save(str(OUT / "design-plan.png"))
    _scroll_to(page, page.editor("artifact3.action_plan.milestones"), 120)
    qtbot.wait(50)
    window.grab().save(str(OUT / "design-plan-milestones.png"))
    page.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    window.grab().save(str(OUT / "design-plan-top.png"))


def test_collaboration_log_screenshot(qtbot, window, store) -> None:
    answers = {
        "collaboration_log.interactions": [
            {
                "role": "peer",
                "date": "2025-02-03",
                "format": "in_person",
                "collaborator": "Grade-level peer",
                "ideas": "Open with a short think-pair-share so quieter students rehearse "
                "before speaking to the whole class.",
                "where_in_lesson": "Warm-up (minutes 1-5).",
            },
            {
                "role": "online",
                "date": "2025-02-04",
                "format": "online_forum",
                "collaborator": "Subject-area teacher forum",
                "ideas": "Use exit tickets with one recall and one transfer question.",
            },
        ]
    }
    view = open_workbook(window, store, "educators-rising-collaboration", answers=answers)
    page = view.show_part("collaboration_log")
    _settle(qtbot, window)
    _scroll_to(page, page.editor("collaboration_log.interactions"), 60)
    qtbot.wait(50)
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "design-collaboration-log.png"))


def test_fellows_plan_screenshot(qtbot, window, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf(tmp_path, "Fellows action plan (state cohort).pdf")
    view = open_workbook(window, store, "coaching-and-mentoring", fellow=True)
    sha = store.add_file(pdf, "application/pdf")
    ref = {"file": sha, "name": pdf.name, "media_type": "application/pdf"}
    store.set_answers(
        view.workbook_id,
        {
            "artifact3.fellows_plan.plan_file": [ref],
            "artifact3.fellows_plan.summary": "The plan from my state cohort: peer-coaching "
            "cycles for early-career teachers.",
        },
    )
    view = window.open_workbook(view.workbook_id)
    page = view.show_part("artifact3")
    _settle(qtbot, window)
    _scroll_to(page, page.variant_stack["fellows_plan"], 330)
    qtbot.wait(50)
    window.grab().save(str(OUT / "design-fellows-plan.png"))


def test_need_links_screenshot(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    answers = {"artifact3.action_plan.needs": ["need-feedback", "need-deleted"]}
    view = open_workbook(
        window, store, "coaching-and-mentoring", answers=answers, needs=SAMPLE_NEEDS
    )
    page = view.show_part("artifact3")
    _settle(qtbot, window)
    _scroll_to(page, page.editor("artifact3.action_plan.needs"), 120)
    qtbot.wait(50)
    window.grab().save(str(OUT / "design-need-links.png"))
