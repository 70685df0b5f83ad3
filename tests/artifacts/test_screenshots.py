"""Screenshots of the Do-stage pages with the sample content, for docs/screenshots/.

Always rendered (a smoke test of the real window with real content); written to the docs only
with TLI_SCREENSHOTS=1:

    TLI_SCREENSHOTS=1 pytest tests/artifacts/test_screenshots.py
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tli_workbook.artifacts.samples import load_do_content
from tli_workbook.packet.feedback_form import write_feedback_form

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "resources" / "samples" / "content"


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    if os.environ.get("TLI_SCREENSHOTS") == "1":
        folder = REPO / "docs" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path


def _not_blank(path: Path) -> None:
    with Image.open(path) as im:
        lo, hi = im.convert("L").getextrema()
    assert hi - lo > 100, path


def test_screenshots(qtbot, window, store, catalog, out_dir: Path, tmp_path: Path) -> None:
    cred = catalog.get("coaching-and-mentoring")
    wid = store.create_workbook(cred.id, "Coaching and Mentoring (sample)")
    load_do_content(store, wid, CONTENT)
    window.resize(1280, 1020)
    view = window.open_workbook(wid)
    page = view.show_part("artifact4")
    qtbot.waitExposed(window)
    from tli_workbook.ui.tasks import runner

    qtbot.waitUntil(runner().is_idle, timeout=60_000)  # previews are made off the GUI thread
    qtbot.wait(50)
    shot = out_dir / "do-artifacts-page.png"
    window.grab().save(str(shot))
    _not_blank(shot)

    # The whole page, all three artifacts, as one tall picture.
    inner = page.widget()
    inner.resize(page.viewport().width(), inner.sizeHint().height())
    full = out_dir / "do-artifacts-page-full.png"
    inner.grab().save(str(full))
    _not_blank(full)

    photo = next(c for c in page.ordered() if c.record()["filename"].endswith(".jpg"))
    editor = page.open_markup_editor(photo.uid)
    editor.resize(1100, 820)
    qtbot.waitExposed(editor)
    editor.view.fit()
    # Select the highlight, so the handles show.
    highlight = next(m for m in editor.scene.marks() if m.kind == "highlight")
    highlight.setSelected(True)
    qtbot.wait(50)
    ed = out_dir / "do-markup-editor.png"
    editor.grab().save(str(ed))
    _not_blank(ed)
    editor.act_exported.trigger()
    qtbot.wait(50)
    exported = out_dir / "do-markup-exported.png"
    editor.grab().save(str(exported))
    editor.close()

    view.show_part("artifact5")
    qtbot.wait(50)
    fb_shot = out_dir / "do-feedback-page.png"
    window.grab().save(str(fb_shot))
    _not_blank(fb_shot)

    # The printed blank form, as pdftoppm renders it at 60 dpi (both pages side by side).
    pdf = tmp_path / "form.pdf"
    write_feedback_form(cred, cred.part("artifact5"), pdf, "pdf")
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "form")], check=True)
    pages = [Image.open(p) for p in sorted(tmp_path.glob("form-*.png"))]
    sheet = Image.new(
        "RGB", (sum(p.width for p in pages) + 30, max(p.height for p in pages) + 20), "#8a8f96"
    )
    x = 10
    for p in pages:
        sheet.paste(p, (x, 10))
        x += p.width + 10
    form = out_dir / "do-feedback-form.png"
    sheet.save(form)
    _not_blank(form)
