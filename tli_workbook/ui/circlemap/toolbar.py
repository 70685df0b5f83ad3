"""The Circle Map page's toolbar: add, drawing tools, colour and width, zoom, print, export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QDoubleSpinBox, QMenu, QToolBar, QToolButton, QWidget

from tli_workbook.circlemap.model import RINGS
from tli_workbook.ui import theme

if TYPE_CHECKING:
    from tli_workbook.ui.circlemap.editor import CircleMapPage

TOOL_LABELS = {
    "select": (
        str(QT_TRANSLATE_NOOP("MapToolbar", "Select")),
        "V",
        str(QT_TRANSLATE_NOOP("MapToolbar", "Select, move and edit entries and drawings")),
    ),
    "pen": (
        str(QT_TRANSLATE_NOOP("MapToolbar", "Pen")),
        "P",
        str(QT_TRANSLATE_NOOP("MapToolbar", "Draw freehand")),
    ),
    "highlighter": (
        str(QT_TRANSLATE_NOOP("MapToolbar", "Highlighter")),
        "H",
        str(QT_TRANSLATE_NOOP("MapToolbar", "Highlight behind the text")),
    ),
    "line": (
        str(QT_TRANSLATE_NOOP("MapToolbar", "Line")),
        "L",
        str(QT_TRANSLATE_NOOP("MapToolbar", "Draw a straight line")),
    ),
    "arrow": (
        str(QT_TRANSLATE_NOOP("MapToolbar", "Arrow")),
        "A",
        str(QT_TRANSLATE_NOOP("MapToolbar", "Draw an arrow, e.g. from a need to its context")),
    ),
    "eraser": (
        str(QT_TRANSLATE_NOOP("MapToolbar", "Eraser")),
        "E",
        str(QT_TRANSLATE_NOOP("MapToolbar", "Erase drawings you drag over")),
    ),
}


def make_action(
    owner: QWidget,
    text: str,
    slot: Callable[..., object],
    shortcut: str | QKeySequence | None = None,
    tip: str = "",
) -> QAction:
    """An action whose shortcut works while focus is inside owner (the page, the canvas or
    the list), so it never clashes with the main window's own shortcuts."""
    act = QAction(text, owner)
    act.triggered.connect(slot)
    if shortcut:
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if tip:
        act.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})" if shortcut else tip)
        act.setStatusTip(tip)
    owner.addAction(act)
    return act


def color_icon(color: str) -> QIcon:
    """The colour button's swatch."""
    pix = QPixmap(16, 16)
    pix.fill(QColor(color))
    return QIcon(pix)


ICON_PX = 20


def tool_icon(tool: str) -> QIcon:
    """A small drawn icon per tool, so the toolbar fits a 1024 px window (the name is the
    tooltip and the accessible name)."""
    pix = QPixmap(ICON_PX * 2, ICON_PX * 2)  # drawn at 2x: sharp on high-DPI screens too
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(2, 2)
    ink = theme.qcolor("icon.ink")
    pen = QPen(ink, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    if tool == "select":
        p.setBrush(ink)
        pts = [(5, 3), (5, 16), (8.5, 12.5), (11, 17.5), (13, 16.5), (10.5, 11.5), (15, 11.5)]
        p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in pts]))
    elif tool == "pen":
        path = QPainterPath(QPointF(3, 14))
        path.cubicTo(6, 4, 9, 18, 12, 9)
        path.cubicTo(13.5, 5, 15.5, 8, 17, 6)
        p.drawPath(path)
    elif tool == "highlighter":
        p.setPen(
            QPen(theme.qcolor("icon.highlighter"), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        )
        p.drawLine(QPointF(3, 13), QPointF(17, 13))
        p.setPen(pen)
        p.drawLine(QPointF(5, 7), QPointF(15, 7))
    elif tool == "line":
        p.drawLine(QPointF(3, 17), QPointF(17, 3))
    elif tool == "arrow":
        p.drawLine(QPointF(3, 17), QPointF(16, 4))
        p.setBrush(ink)
        p.drawPolygon(QPolygonF([QPointF(17, 3), QPointF(10.5, 5), QPointF(15, 9.5)]))
    elif tool == "eraser":
        p.translate(10, 10)
        p.rotate(-40)
        p.setBrush(theme.qcolor("icon.eraser"))
        p.drawRoundedRect(QRectF(-7, -4, 14, 8), 1.5, 1.5)
        p.drawLine(QPointF(-1, -4), QPointF(-1, 4))
    p.end()
    pix.setDevicePixelRatio(2)
    return QIcon(pix)


@dataclass
class MapToolbar:
    """The toolbar and the controls the page updates later."""

    bar: QToolBar
    tool_actions: dict[str, QAction]
    color_action: QAction
    width_box: QDoubleSpinBox


def build_toolbar(page: CircleMapPage) -> MapToolbar:
    """The page's toolbar, wired to the page's public actions."""

    def action(
        text: str,
        slot: Callable[..., object],
        shortcut: str | QKeySequence | None = None,
        tip: str = "",
        owner: QWidget | None = None,
    ) -> QAction:
        return make_action(owner or page, text, slot, shortcut, tip)

    bar = QToolBar(QCoreApplication.translate("MapToolbar", "Circle map tools"))
    bar.setAccessibleName(QCoreApplication.translate("MapToolbar", "Circle map tools"))
    # Text for the actions a teacher looks for by name, icons (with tooltips) for the drawing
    # tools: the whole bar fits a 1024 px window beside the navigator.
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    add_menu = QMenu(QCoreApplication.translate("MapToolbar", "Add entry"), page)
    for ring in RINGS:
        add_menu.addAction(
            action(f"{page.labels[ring]}…", lambda _c=False, r=ring: page.add_entry(r))
        )
    add_button = QToolButton()
    add_button.setText(QCoreApplication.translate("MapToolbar", "Add entry"))
    add_button.setMenu(add_menu)
    add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    add_button.setAccessibleName(QCoreApplication.translate("MapToolbar", "Add entry to a ring"))
    bar.addWidget(add_button)
    bar.addSeparator()

    tool_actions: dict[str, QAction] = {}
    group = QActionGroup(page)
    group.setExclusive(True)
    for tool, (text, key, tip) in TOOL_LABELS.items():
        text, tip = (
            QCoreApplication.translate("MapToolbar", text),
            QCoreApplication.translate("MapToolbar", tip),
        )
        act = action(text, lambda _c=False, t=tool: page.set_tool(t), key, tip, owner=page.view)
        act.setCheckable(True)
        act.setIcon(tool_icon(tool))
        group.addAction(act)
        bar.addAction(act)
        button = bar.widgetForAction(act)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAccessibleName(text)
        tool_actions[tool] = act
    tool_actions["select"].setChecked(True)
    bar.addSeparator()

    color_action = action(
        QCoreApplication.translate("MapToolbar", "Colour…"),
        page.choose_color,
        tip=QCoreApplication.translate(
            "MapToolbar", "Colour of the pen and of the selected entries and drawings"
        ),
    )
    color_action.setIcon(color_icon(page.scene.pen_color))
    bar.addAction(color_action)
    color_button = bar.widgetForAction(color_action)
    if isinstance(color_button, QToolButton):
        color_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        color_button.setAccessibleName(QCoreApplication.translate("MapToolbar", "Colour"))
    width_box = QDoubleSpinBox()
    width_box.setToolTip(QCoreApplication.translate("MapToolbar", "Pen width"))
    width_box.setDecimals(1)
    width_box.setRange(0.5, 30.0)
    width_box.setSingleStep(0.5)
    width_box.setValue(page.scene.pen_width)
    width_box.setAccessibleName(QCoreApplication.translate("MapToolbar", "Pen width"))
    width_box.valueChanged.connect(lambda v: setattr(page.scene, "pen_width", v))
    bar.addWidget(width_box)
    bar.addSeparator()

    bar.addAction(
        action(
            "−",
            page.view.zoom_out,
            "Ctrl+-",  # notr: a key sequence
            QCoreApplication.translate("MapToolbar", "Zoom out"),
        )
    )
    zoom_in = action(
        "+", page.view.zoom_in, "Ctrl++", QCoreApplication.translate("MapToolbar", "Zoom in")
    )
    zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
    bar.addAction(zoom_in)
    bar.addAction(
        action(
            QCoreApplication.translate("MapToolbar", "Fit"),
            page.view.fit,
            "Ctrl+0",  # notr: a key sequence
            QCoreApplication.translate("MapToolbar", "Fit the map in the window"),
        )
    )
    bar.addSeparator()
    bar.addAction(
        action(
            QCoreApplication.translate("MapToolbar", "Tidy"),
            page.tidy,
            tip=QCoreApplication.translate(
                "MapToolbar", "Arrange all entries neatly in their rings (Ctrl+Z puts them back)"
            ),
        )
    )
    bar.addAction(
        action(
            QCoreApplication.translate("MapToolbar", "Delete"),
            page.delete_selected,
            tip=QCoreApplication.translate(
                "MapToolbar", "Delete the selected entries and drawings (Delete)"
            ),
        )
    )
    bar.addSeparator()
    bar.addAction(
        action(
            QCoreApplication.translate("MapToolbar", "Print…"),
            page.print_preview,
            "Ctrl+Shift+P",  # notr: a key sequence
            QCoreApplication.translate("MapToolbar", "Print preview with page setup"),
        )
    )
    export_menu = QMenu(QCoreApplication.translate("MapToolbar", "Export"), page)
    for kind in ("png", "svg", "pdf"):
        export_menu.addAction(
            action(
                f"{kind.upper()}…",
                lambda _c=False, k=kind: page.export_file(k),
                tip=QCoreApplication.translate("MapToolbar", "Export the map as {format}").format(
                    format=kind.upper()
                ),
            )
        )
    export_button = QToolButton()
    export_button.setText(QCoreApplication.translate("MapToolbar", "Export"))
    export_button.setMenu(export_menu)
    export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    export_button.setAccessibleName(QCoreApplication.translate("MapToolbar", "Export the map"))
    bar.addWidget(export_button)
    return MapToolbar(bar, tool_actions, color_action, width_box)
