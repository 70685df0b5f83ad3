"""Light and dark: the app's palette and its style sheets in either scheme.

The style sheets in resources/styles/ are written with their light colours. DARK maps every
one of those colours to its dark counterpart (a test fails when a style sheet uses a colour
missing here), so a rule added to a style sheet gets its dark version in one place. Both sets
are checked for WCAG AA contrast by tests/ui/test_contrast.py."""

from __future__ import annotations

import logging
import re
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from tli_workbook.paths import resources_dir

log = logging.getLogger(__name__)

HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
NAMED = {"white": "#ffffff", "black": "#000000"}

# Light colour in the style sheets -> the dark scheme's colour for the same role.
DARK: dict[str, str] = {
    # surfaces
    "#ffffff": "#1e1f22",  # page, editors
    "#f4f6fa": "#25272c",  # navigator
    "#f6f8fc": "#272a31",  # guidance, boxes
    "#fafbfd": "#24262b",  # cards
    "#f3f6fb": "#2a2e36",  # outline top rows
    "#fbfaf5": "#2a2925",  # rubric rows
    "#eef3fb": "#1f2a3d",  # passing note
    "#dbe6fb": "#2b4a7e",  # selection in lists
    "#c6dafc": "#35558c",  # text selection
    "#fff4e0": "#3a2c14",  # broken link box
    "#fff4e5": "#3a2c14",  # summary, to do
    "#e9f5ec": "#17301f",  # summary, ready
    "#fbfcfe": "#24262b",  # record cards
    "#eef0f2": "#33363d",  # word counter, no range
    "#e6f4ea": "#17301f",  # word counter, within
    "#fce8e6": "#3d1a1a",  # word counter, above
    # lines
    "#dde3ee": "#454b57",
    "#e3e7ef": "#41464f",
    "#eceff5": "#3a3e46",
    "#e8e2c8": "#504a33",
    "#f0c987": "#8a6a2c",
    "#f3d19e": "#8a6a2c",
    "#b7dfc2": "#3f7a52",
    "#7d8699": "#8d96a8",  # text field borders: 3:1 on every surface
    "#6f7c91": "#8d96a8",  # the drop zone's dashed border
    "#1967d2": "#8ab4f8",  # focused text field border
    # text
    "#000000": "#ffffff",
    "#202124": "#e8eaed",
    "#3c4043": "#c8ccd2",
    "#5f6368": "#a9aeb6",
    "#1a2b4c": "#b9cdf2",
    "#0b2e6b": "#e6eeff",
    "#1e6b34": "#7fd29a",
    "#a50e0e": "#ff9b93",
    "#8a4b00": "#f4bf75",
    "#7a4100": "#f4bf75",
    "#1a5fb4": "#8ab4f8",
    "#1a56c4": "#8ab4f8",
    # accents (buttons with white text stay dark enough in both)
    "#1a73e8": "#1a62c7",
    "#1666cc": "#1555ad",
    "#c6d3e8": "#3a4252",
    "#f1f3f4": "#9aa0a6",
}


# Colours that code paints (item foregrounds, icons, graphics items): role -> (light, dark).
# tests/ui/test_contrast.py checks each against what it is drawn on (CONTRAST_PAIRS there).
ROLES: dict[str, tuple[str, str]] = {
    # The navigator's and the review lists' status marks: text, on the navigator and lists.
    "mark.complete": ("#1e6b34", "#7fd29a"),
    "mark.started": ("#8a4b00", "#f4bf75"),
    "mark.empty": ("#5f6368", "#a9aeb6"),
    "mark.todo": ("#a50e0e", "#ff9b93"),
    "mark.glyph": ("#ffffff", "#1e1f22"),  # the tick or cross inside a filled review mark
    # Checks written in rich text (rule lines of a group, question shapes).
    "text.ok": ("#1e6b34", "#7fd29a"),
    "text.warn": ("#8a4b00", "#f4bf75"),
    "text.muted": ("#5f6368", "#a9aeb6"),
    "spelling": ("#d93025", "#ff8a80"),  # the wavy underline under a misspelt word
    # The Circle Map toolbar's drawn icons, on its buttons.
    "icon.ink": ("#33475b", "#d5d9df"),
    "icon.highlighter": ("#9a7600", "#f5c800"),
    "icon.eraser": ("#c25b5b", "#f3b1b1"),
    # Placeholder thumbnails of attached files.
    "thumb.fill": ("#f4f6fa", "#2a2e36"),
    "thumb.line": ("#7d8699", "#8d96a8"),
    "thumb.text": ("#3c4043", "#c8ccd2"),
    # Around the picture being marked up.
    "picture.surround": ("#6b7078", "#16171a"),
    # The drawing canvases (Circle Map, fishbone, structure tree) are a sheet of paper in
    # both schemes: the same drawing as printed, its inks chosen for white paper.
    "paper": ("#ffffff", "#ffffff"),
    "paper.ink": ("#1f2933", "#1f2933"),
    "paper.selection": ("#1a62c7", "#1a62c7"),
    "paper.hover": ("#5b7fa6", "#5b7fa6"),
    "paper.focus": ("#1d5fbf", "#1d5fbf"),
    # Marks drawn on the teacher's own pictures (found text, selection handles): their
    # colours must stand out on a photo, whatever the scheme.
    "picture.finding": ("#d93025", "#d93025"),
    "picture.handle": ("#1a73e8", "#1a73e8"),
    "picture.handle_fill": ("#ffffff", "#ffffff"),
}


def role(name: str) -> str:
    """The colour of a role in the scheme now applied."""
    light, dark = ROLES[name]
    return dark if current_scheme == "dark" else light


def qcolor(name: str) -> QColor:
    return QColor(role(name))


class _Notifier(QObject):
    changed = Signal(str)  # the scheme now applied: widgets that paint role colours repaint


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """Emits changed(scheme) when the scheme switches (Preferences, or the OS)."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def follow(method: Callable[[str], None]) -> None:
    """Call a widget's method with the scheme at every switch, while the widget lives. Held
    weakly: a closed page is not kept alive, and one whose C++ half is gone is skipped."""
    ref = weakref.WeakMethod(method)
    sig = notifier().changed

    def call(scheme: str) -> None:
        target = ref()
        if target is None or not shiboken6.isValid(getattr(target, "__self__", None)):
            sig.disconnect(call)
            return
        target(scheme)

    sig.connect(call)


def style_sheet_text() -> str:
    folder = resources_dir() / "styles"
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.qss")))


def to_dark(qss: str) -> str:
    def swap(match: re.Match[str]) -> str:
        colour = match.group(0).lower()
        return DARK.get(colour, colour)

    return HEX.sub(swap, qss)


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def resolve(choice: str) -> str:
    """ "light" or "dark" for a Preferences choice ("system" follows the OS)."""
    if choice in ("light", "dark"):
        return choice
    return "dark" if system_is_dark() else "light"


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#25272c",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282d",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#a9aeb6",
        QPalette.ColorRole.Button: "#33363d",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.ToolTipBase: "#33363d",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#35558c",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#4a4e57",
        QPalette.ColorRole.Midlight: "#3d4048",
        QPalette.ColorRole.Mid: "#2c2f35",
        QPalette.ColorRole.Dark: "#16171a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(disabled, role, QColor("#8b9098"))
    return p


def light_palette() -> QPalette:
    p = QApplication.style().standardPalette()
    # The standard palettes' placeholder text is too faint to read (about 2.6:1), and white
    # on their selection blue is 3.7:1.
    p.setColor(QPalette.ColorRole.Highlight, QColor("#1a5fb4"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5f6368"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b7078"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6b7078"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6b7078"))
    return p


current_scheme = "light"


def apply(app: QApplication, choice: str) -> str:
    """Set the palette and style sheet for the choice; returns the scheme applied."""
    global current_scheme
    scheme = resolve(choice)
    qss = style_sheet_text()
    if scheme == "dark":
        # Platform styles (Windows' in particular) ignore a palette; Fusion draws with it.
        from tli_workbook.ui.wheel_guard import base_style_name, use_style

        if base_style_name(app).lower() != "fusion":
            use_style(app, "Fusion")
        palette, qss = dark_palette(), to_dark(qss)
    else:
        palette = light_palette()
    if app.palette() != palette:
        app.setPalette(palette)
    # Setting a style sheet re-polishes every live widget: only when it changed.
    if app.styleSheet() != qss:
        app.setStyleSheet(qss)
    if current_scheme != scheme:
        current_scheme = scheme
        notifier().changed.emit(scheme)
    return scheme


_follows_system = False


def apply_theme(choice: str | None = None) -> str:
    """Light or dark palette and style sheets, from the Preferences choice (default: the
    saved one); "system" follows the OS, also when it switches while the app runs. Setting a
    style sheet re-polishes every live widget (seconds with thousands of them), so it is set
    only when it changed: tests and a second make_app() call find it already applied."""
    global _follows_system
    from tli_workbook.ui import preferences

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "light"
    choice = choice or preferences.theme()
    if not _follows_system:
        _follows_system = True
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme())
    return apply(app, choice)


def colour(light: str) -> str:
    """The colour to paint for a light-scheme colour in code (QColor(...) in a page): its
    dark counterpart while the dark scheme is on."""
    return DARK.get(light.lower(), light) if current_scheme == "dark" else light
