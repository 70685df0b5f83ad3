"""The mouse wheel over any input on the Evidence page changes nothing: every spin box, combo
box, date field and slider of every card is scrolled past, and the workbook is unchanged."""

from __future__ import annotations

from artifacts.helpers import make_pdf, make_png
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QScrollBar,
    QWidget,
)

from tli_workbook.ui.artifacts.page import ArtifactsPage
from tli_workbook.ui.tasks import runner


def _wheel(widget: QWidget, delta: int) -> None:
    pos = QPointF(widget.rect().center())
    glob = QPointF(widget.mapToGlobal(widget.rect().center()))
    event = QWheelEvent(
        pos,
        glob,
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _value(w: QWidget) -> object:
    if isinstance(w, QDateTimeEdit):
        return w.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(w, QAbstractSpinBox):
        return w.text()
    if isinstance(w, QComboBox):
        return (w.currentIndex(), w.currentText())
    if isinstance(w, QAbstractSlider):
        return w.value()
    raise AssertionError(w)


def _inputs(page: QWidget) -> list[QWidget]:
    found = [
        w
        for cls in (QAbstractSpinBox, QComboBox, QAbstractSlider)
        for w in page.findChildren(cls)
        if not isinstance(w, QScrollBar) and not w.isHidden()
    ]
    return found


def test_wheel_over_every_input_on_the_evidence_page_changes_nothing(
    qtbot, window, store, tmp_path
) -> None:
    wid = store.create_workbook("coaching-and-mentoring", "Wheel")
    view = window.open_workbook(wid)
    page = view.show_part("artifact4")
    assert isinstance(page, ArtifactsPage)
    files = [make_png(tmp_path / "poster.png"), make_pdf(tmp_path / "handout.pdf")]
    page.attach_paths(files)
    # The cards' forms are built on later turns: wait for them too.
    qtbot.waitUntil(lambda: len(page.cards) == 2 and runner().is_idle(), timeout=30_000)
    qtbot.wait(50)
    view.flush()
    before_db = store.artifacts(wid)
    inputs = _inputs(page)
    kinds = {type(w).__name__ for w in inputs}
    # The card's fields: a type combo box and a date field at least.
    assert any(isinstance(w, QComboBox) for w in inputs), kinds
    assert any(isinstance(w, QDateTimeEdit) for w in inputs), kinds
    before = [_value(w) for w in inputs]
    focus_owner = page.add_btn
    focus_owner.setFocus()
    for w in inputs:
        for delta in (120, -120, -120, -120, 120 * 5):
            _wheel(w, delta)
    assert [_value(w) for w in inputs] == before
    view.flush()
    assert store.artifacts(wid) == before_db
    # Clicked into, an input still takes the wheel (only stray scrolling is ignored).
    combo = next(w for w in inputs if isinstance(w, QComboBox) and w.count() > 2)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    combo.setFocus()
    start = combo.currentIndex()
    _wheel(combo, -120)
    assert combo.currentIndex() != start
