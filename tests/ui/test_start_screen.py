"""The empty start screen is a compact welcome: three lines on what the app does and the
three ways to begin, together in the middle, not spread over the window."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_first_run_panel_is_compact_and_leads_somewhere(qtbot, window):
    window.resize(1024, 768)
    start = window.start
    panel = start.first_run
    qtbot.waitUntil(panel.isVisible)
    assert not start.table.isVisible()
    assert len(panel.lines) == 3 and all(line.isVisible() for line in panel.lines)
    widgets = [*panel.lines, panel.new_btn, panel.sample_btn, panel.import_btn]
    tops = [w.mapTo(window, w.rect().topLeft()).y() for w in widgets]
    bottoms = [w.mapTo(window, w.rect().bottomLeft()).y() for w in widgets]
    assert max(bottoms) - min(tops) < window.height() / 2  # one block, not spread out
    assert panel.new_btn.text() == "New workbook…"
    asked: list[str] = []
    panel.sampleRequested.connect(lambda: asked.append("sample"))
    panel.importRequested.connect(lambda: asked.append("import"))
    start.blockSignals(True)  # the window's own handlers (open the sample...) are not the point
    try:
        qtbot.mouseClick(panel.sample_btn, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.import_btn, Qt.MouseButton.LeftButton)
    finally:
        start.blockSignals(False)
    assert asked == ["sample", "import"]


def test_list_replaces_the_welcome_once_there_is_a_workbook(qtbot, window, store):
    store.create_workbook("coaching-and-mentoring", "Spring")
    window.start.refresh()
    assert not window.start.first_run.isVisible()
    assert window.start.table.isVisible() and window.start.table.rowCount() == 1
