"""Grab the Review pages offscreen into docs/screenshots/review-*.png, and render the report.

QT_QPA_PLATFORM=offscreen python -m tests.review.screenshots [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from tests.review.helpers import PLANTED, build_sample, file_path_of
    from tli_workbook.definitions import default_catalog
    from tli_workbook.review.report import write_report
    from tli_workbook.store import Store
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.autosave import Autosaver
    from tli_workbook.ui.dialogs import Dialogs
    from tli_workbook.ui.review.privacy_page import PrivacyPage
    from tli_workbook.ui.review.readiness_page import ReadinessPage
    from tli_workbook.ui.review.rubric_overview_page import RubricOverviewPage

    make_app()
    cm = default_catalog().get("coaching-and-mentoring")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        sample = build_sample(store)
        snap = store.snapshot(sample)
        half = store.create_workbook(cm.id, "Half-done workbook")
        store.set_answers(
            half,
            {
                "part1.overview": PLANTED + " " + snap["answers"]["part1.overview"],
                "artifact2.role_needs": snap["answers"]["artifact2.role_needs"],
                "part3.reflection": " ".join(snap["answers"]["part3.reflection"].split()[:120]),
                "privacy.terms": ["Riverton", "Jordan Smith"],
                "rubric.circle-map": {"level": "proficient", "ticked": ["proficient:0"]},
            },
        )
        store.save_map(
            half, entries=[e for e in snap["circle_map"]["entries"] if e["ring"] != "needs"]
        )
        art = next(a for a in snap["artifacts"] if a["part"] == "artifact4")
        store.upsert_artifact(
            half, {**art, "id": None, "filename": "maria_lopez_lesson.png", "description": ""}
        )
        from PIL import Image

        photo = Path(tmp) / "photo.jpg"
        exif = Image.Exif()
        exif[0x013B] = "Jordan Smith"  # Artist
        exif[0x8825] = {1: "N", 2: (40.0, 26.0, 46.0), 3: "W", 4: (79.0, 58.0, 56.0)}
        Image.new("RGB", (64, 48), "white").save(photo, "JPEG", exif=exif)
        store.upsert_artifact(
            half,
            {
                **art,
                "id": None,
                "file": store.add_file(photo, "image/jpeg"),
                "filename": "IMG_2041.jpg",
            },
        )

        def grab(cls: type, wid: int, name: str, height: int = 900) -> None:
            page = cls(store, wid, cm, Dialogs(), Autosaver(store, wid), lambda p, t: None)
            page.resize(1100, height)
            page.show()
            QApplication.processEvents()
            from tli_workbook.ui.tasks import runner

            runner().wait_idle(120_000)  # the readiness page's privacy part runs there
            QApplication.processEvents()
            page.grab().save(str(out / name))
            page.close()

        grab(ReadinessPage, sample, "review-readiness-sample.png")
        grab(ReadinessPage, half, "review-readiness-half.png", 1100)
        grab(PrivacyPage, half, "review-privacy.png")
        grab(RubricOverviewPage, half, "review-rubric.png")
        files = file_path_of(store)
        write_report(store.snapshot(half), cm, files, Path(tmp) / "half.pdf")
        write_report(snap, cm, files, Path(tmp) / "ready.pdf")
        for name in ("half", "ready"):
            os.system(f"pdftoppm -r 80 -png -singlefile {tmp}/{name}.pdf /tmp/review-report-{name}")
        store.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
