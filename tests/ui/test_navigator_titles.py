"""Two copies of one tool share the start of their title ("Collaboration Skills Checklist:
September (before)" and "...: March (after)"): in the navigator's width they must still read
differently, and the tooltip gives the whole title."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem


def shown_text(nav, item) -> str:  # type: ignore[no-untyped-def]
    """The text as the navigator draws it: elided by its mode into the item's text rect."""
    index = nav.indexFromItem(item)
    opt = QStyleOptionViewItem()
    nav.itemDelegate().initStyleOption(opt, index)
    opt.rect = nav.visualRect(index)
    opt.textElideMode = nav.textElideMode()
    rect = nav.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, nav)
    margin = nav.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, nav) + 1
    return opt.fontMetrics.elidedText(opt.text, opt.textElideMode, rect.width() - 2 * margin)


def test_copies_of_one_tool_read_differently(window):
    window.open_sample()
    view = window.view
    QApplication.processEvents()
    copies = list(view.toolkit.copy_items.values())
    titles = [c["title"] for c in view.toolkit.copies]
    same_tool = [
        (item, title)
        for item, title in zip(copies, titles, strict=True)
        if title.startswith("Collaboration Skills Checklist")
    ]
    assert len(same_tool) == 2
    shown = [shown_text(view.nav, item) for item, _ in same_tool]
    assert all("…" in s for s in shown), shown  # too long for the navigator: elided
    assert shown[0] != shown[1], shown
    assert shown[0].endswith("(before)") and shown[1].endswith("(after)"), shown
    for item, title in same_tool:
        assert title in item.toolTip(0)
