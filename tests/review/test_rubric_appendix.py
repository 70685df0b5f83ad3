"""The packet's rubric appendix shows the ticks the teacher made in the real rubric editor.

Ticks are stored as "<level>:<index>" ("proficient:0"); the appendix once read only numbers,
so no tick ever showed while a test fixture written with numbers passed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt

from tli_workbook.packet.builder import PacketOptions, build_document
from tli_workbook.packet.document import BulletList, Paragraph
from tli_workbook.review.rubric import normalise, rubric_key
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.review.rubric_panel import RubricRowBox


def click_box(qtbot: Any, button: Any) -> None:
    """Click a check box or radio button on its indicator, as a person would."""
    button.window().activateWindow()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _appendix(snap: dict[str, Any], cred: Any, store: Any, tmp: Path) -> list[Any]:
    doc, _w = build_document(
        snap, cred, store.file_path, tmp, PacketOptions(include_rubric=True, toc=False)
    )
    return doc.sections[-1].blocks


def test_ticks_made_in_the_rubric_editor_show_in_the_appendix(
    qtbot: Any, store: Any, cm: Any, tmp_path: Path
) -> None:
    from tli_workbook.ui.application import make_app

    make_app()
    wid = store.create_workbook(cm.id, "Rubric ticks", False)
    saver = Autosaver(store, wid)
    row = cm.rubric.rows[0]
    box = RubricRowBox(cm.rubric, row, None, saver)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    click_box(qtbot, box.checks["proficient:0"])
    click_box(qtbot, box.checks["proficient:2"])
    level = next(b for b in box.levels.buttons() if b.property("level") == "proficient")
    click_box(qtbot, level)
    saver.flush()

    stored = store.answer(wid, rubric_key(row))
    assert stored == {"level": "proficient", "ticked": ["proficient:0", "proficient:2"]}
    assert normalise(stored) == stored  # the one reader keeps the editor's shape

    blocks = _appendix(store.snapshot(wid), cm, store, tmp_path)
    level_line = next(
        b for b in blocks if isinstance(b, Paragraph) and b.text.startswith("Self-assessed")
    )
    assert level_line.text == "Self-assessed level: Proficient"
    ticks = next(b for b in blocks if isinstance(b, BulletList) and b.checked is not None)
    n = len(row.criteria["proficient"])
    assert ticks.checked == [i in (0, 2) for i in range(n)]


def test_ticks_stored_as_numbers_still_show(store: Any, cm: Any, tmp_path: Path) -> None:
    """An older shape (bare indices of the chosen level) is read by the same normaliser."""
    wid = store.create_workbook(cm.id, "Old ticks", False)
    row = cm.rubric.rows[0]
    store.set_answer(wid, rubric_key(row), {"level": "proficient", "ticked": [1]})
    blocks = _appendix(store.snapshot(wid), cm, store, tmp_path)
    ticks = next(b for b in blocks if isinstance(b, BulletList) and b.checked is not None)
    assert ticks.checked[:2] == [False, True]
