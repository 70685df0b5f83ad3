"""The Circle Map page of the sample workbook at 1024x768: every toolbar action is on the bar
(none behind the overflow arrow), every side button reads in full, no sideways scrolling, and
the add dialog has a short title."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QToolButton


def test_map_page_fits_a_1024_window(qtbot, window, monkeypatch) -> None:
    window.resize(1024, 768)
    window.open_sample()
    view = window.view
    page = view.show_part(view.credential.parts_of_kind("circle_map")[0].id)
    QApplication.processEvents()
    bar = page.toolbar
    hidden = [
        a.text()
        for a in bar.actions()
        if a.isVisible() and not a.isSeparator() and not bar.widgetForAction(a).isVisible()
    ]
    assert not hidden, hidden
    for name in ("Tidy", "Delete", "Print…"):
        assert any(a.text() == name for a in bar.actions())
    cut = [
        b.text() or b.accessibleName()
        for b in page.findChildren(QAbstractButton)
        if b.isVisible() and b.width() < b.sizeHint().width()
    ]
    assert not cut, cut
    wide = [
        type(s).__name__
        for s in page.findChildren(QAbstractScrollArea)
        if s.isVisible() and s.horizontalScrollBar().isVisible()
    ]
    assert not wide, wide
    # The extension arrow of an overfull toolbar is a tool button of the bar itself.
    assert not any(
        b.isVisible() and b.objectName() == "qt_toolbar_ext_button"
        for b in bar.findChildren(QToolButton)
    )
    titles = []
    monkeypatch.setattr(
        page, "_ask_text", lambda title, label, text="": (titles.append(title), ("", False))[1]
    )
    page.add_entry("context")
    assert titles == ["Add entry"]
