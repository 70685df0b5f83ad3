"""The core-belief dropdown offers the app's own examples, marked "Example:", and picking
one puts the belief itself in the box to reword; no file is needed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tli_workbook.paths import resources_dir
from tli_workbook.ui.circlemap.panels import EXAMPLES_FILE, CoreBeliefPanel, read_examples


def test_examples_are_offered_marked_and_picked_by_keyboard(qtbot) -> None:
    examples = read_examples()
    assert 5 <= len(examples) <= 12
    assert (resources_dir() / "circlemap" / EXAMPLES_FILE).is_file()
    panel = CoreBeliefPanel("Core belief/theme")
    qtbot.addWidget(panel)
    panel.show()
    edited: list[str] = []
    panel.themeEdited.connect(edited.append)
    combo = panel.theme
    assert combo.currentText() == ""  # the examples never fill the box by themselves
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == [f"Example: {t}" for t in examples]
    assert "own words" in panel.hint.text()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # open the list
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(edited))
    assert edited[-1] == examples[1] and combo.currentText() == examples[1]
    # ... and it is the teacher's to reword.
    qtbot.keyClicks(panel.theme_edit, ", in every grade")
    qtbot.keyClick(panel.theme_edit, Qt.Key.Key_Return)
    assert edited[-1] == f"{examples[1]}, in every grade"
