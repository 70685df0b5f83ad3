"""WCAG AA contrast in the light and the dark scheme, computed from what the app really
applies: the application palette after apply_theme(), the style sheets (light, and mapped to
dark), and the colours the real page widgets end up with.

Text needs 4.5:1 against what it sits on; the borders of text fields and the drop zone, and
marks that are not text (icons, underlines, selection outlines), 3:1 (WCAG 1.4.11). The
colours code paints (theme.ROLES) are checked against the grounds they are painted on, and
every role must be checked or say why it has no fixed ground."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget

from tli_workbook.circlemap import render as circle_render
from tli_workbook.fishbone import render as fishbone_render
from tli_workbook.ui import theme
from tli_workbook.ui.circlemap.toolbar import TOOL_LABELS, tool_icon
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog

TEXT, BORDER = 4.5, 3.0


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def ratio(a: QColor | str, b: QColor | str) -> float:
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_ratio_matches_wcag_examples():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def rules(qss: str) -> list[tuple[str, dict[str, str]]]:
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    out = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", qss):
        props = {}
        for decl in body.split(";"):
            if ":" in decl:
                key, value = decl.split(":", 1)
                props[key.strip()] = value.strip()
        out.append((" ".join(selector.split()), props))
    return out


def _hex(value: str) -> str | None:
    m = theme.HEX.search(value)
    if m is not None:
        return m.group(0).lower()
    named = re.search(r"\b(white|black)\b", value)
    return theme.NAMED[named.group(1)] if named else None


def sheets() -> dict[str, str]:
    light = theme.style_sheet_text()
    return {"light": light, "dark": theme.to_dark(light)}


def surfaces(qss: str) -> set[str]:
    """Every background a label may sit on: the page and the framed boxes."""
    out = set()
    for selector, props in rules(qss):
        bg = _hex(props.get("background", ""))
        if bg and ("QWidget#" in selector or "QFrame#" in selector):
            out.add(bg)
    return out


def test_every_style_sheet_colour_has_a_dark_counterpart():
    light = theme.style_sheet_text()
    missing = {c.lower() for c in theme.HEX.findall(light)} - set(theme.DARK)
    assert not missing, f"add these to theme.DARK: {sorted(missing)}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_style_sheet_text_contrast(scheme):
    qss = sheets()[scheme]
    grounds = surfaces(qss)
    bad = []
    for selector, props in rules(qss):
        fg = _hex(props.get("color", ""))
        # WCAG 1.4.3 exempts inactive controls; they must still be visible, not readable.
        if fg is None or ":disabled" in selector:
            continue
        own = _hex(props.get("background", ""))
        # Text with its own background is read on it; other text on any page surface.
        for bg in [own] if own else grounds:
            if ratio(fg, bg) < TEXT:
                bad.append(f"{selector}: {fg} on {bg} = {ratio(fg, bg):.2f}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_field_borders(scheme):
    qss = sheets()[scheme]
    grounds = surfaces(qss)
    checked = 0
    for selector, props in rules(qss):
        if not re.search(r"\bQ(PlainTextEdit|LineEdit|TextEdit)\b|#dropZone\b", selector):
            continue
        border = _hex(props.get("border", ""))
        if border is None:
            continue
        page = "#ffffff" if scheme == "light" else theme.DARK["#ffffff"]
        for bg in grounds | {_hex(props.get("background", "")) or page}:
            assert ratio(border, bg) >= BORDER, (selector, border, bg, ratio(border, bg))
            checked += 1
    assert checked >= 3  # the resting and the focus border, the drop zone


@pytest.fixture(scope="module")
def app():
    from tli_workbook.ui.application import make_app

    a = make_app()
    yield a
    theme.apply(a, "light")


# A style sheet rule gives these their own background.
OWN_BACKGROUND = {"passingNote", "wordCounter", "roleWarning"}

PAIRS = [
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_application_palette(app, scheme):
    assert theme.apply(app, scheme) == scheme
    p = app.palette()
    bad = [
        f"{fg.name}/{bg.name}: {ratio(p.color(fg), p.color(bg)):.2f}"
        for fg, bg in PAIRS
        if ratio(p.color(fg), p.color(bg)) < TEXT
    ]
    assert not bad, bad


# ----- colours painted in code (theme.ROLES) --------------------------------------------------


def rule_background(qss: str, selector: str) -> str:
    found = [_hex(p.get("background", "")) for sel, p in rules(qss) if sel == selector]
    assert found and found[0], f"no background for {selector}"
    return found[0]


def grounds(scheme: str, app: QApplication) -> dict[str, list[str]]:
    """What each role is painted on, read from the applied palette, the style sheets and the
    renderers' own fills (the drawing canvases)."""
    theme.apply(app, scheme)
    qss = sheets()[scheme]
    p = app.palette()
    base = p.color(QPalette.ColorRole.Base).name()
    paper = [theme.role("paper"), *circle_render.RING_FILL.values()]
    return {
        # A selected row takes the style sheet's own colour (::item:selected).
        "navigator": [rule_background(qss, "QTreeWidget#navigator")],
        "list": [base, p.color(QPalette.ColorRole.AlternateBase).name()],
        "button": [
            p.color(QPalette.ColorRole.Button).name(),
            p.color(QPalette.ColorRole.Window).name(),
        ],
        "group status": [rule_background(qss, "QLabel#groupStatus")],
        "card": [rule_background(qss, "QFrame#artifactCard, QFrame#respondentCard")],
        "thumb": [theme.role("thumb.fill")],
        "map": paper,
        "fishbone": [theme.role("paper"), fishbone_render.HEAD_FILL, fishbone_render.PARETO_FILL],
        "filled marks": [theme.role("mark.complete"), theme.role("mark.todo")],
        "handle": [theme.role("picture.handle_fill")],
    }


# role -> (what it is painted on, the ratio it needs)
ROLE_CHECKS: dict[str, tuple[tuple[str, ...], float]] = {
    "mark.complete": (("navigator", "list"), TEXT),
    "mark.started": (("navigator", "list"), TEXT),
    "mark.empty": (("navigator", "list"), TEXT),
    "mark.todo": (("navigator", "list"), TEXT),
    "mark.glyph": (("filled marks",), TEXT),
    "text.ok": (("group status", "list"), TEXT),
    "text.warn": (("group status", "list"), TEXT),
    "text.muted": (("group status", "list"), TEXT),
    "spelling": (("list",), BORDER),
    "icon.ink": (("button",), BORDER),
    "icon.highlighter": (("button",), BORDER),
    "thumb.text": (("thumb",), TEXT),
    "thumb.line": (("card",), BORDER),
    "paper.ink": (("map",), TEXT),
    "paper.selection": (("map", "fishbone"), BORDER),
    "paper.hover": (("map",), BORDER),
    "paper.focus": (("fishbone",), BORDER),
    "picture.handle": (("handle",), BORDER),
}
# Roles with no fixed ground of their own, and why.
NO_GROUND = {
    "paper": "the ground of the canvases itself",
    "picture.surround": "the margin around a picture; nothing is drawn on it",
    "picture.finding": "drawn on the teacher's own photos, the same in both schemes",
    "picture.handle_fill": "the inside of a handle, its outline is picture.handle",
    "icon.eraser": "the fill of the eraser icon, its outline is icon.ink",
    "thumb.fill": "the placeholder tile's own fill: thumb.text is read on it",
}


def test_every_role_is_checked():
    assert set(theme.ROLES) == set(ROLE_CHECKS) | set(NO_GROUND)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_role_colours(app, scheme):
    ground = grounds(scheme, app)
    bad = []
    for role, (where, need) in ROLE_CHECKS.items():
        for name in where:
            for bg in ground[name]:
                if ratio(theme.role(role), bg) < need:
                    colour = theme.role(role)
                    bad.append(f"{role} {colour} on {name} {bg}: {ratio(colour, bg):.2f}")
    assert not bad, "\n".join(bad)


def _ink(icon_pixels: QWidget | None, tool: str) -> QColor:
    """The most opaque colour of a drawn tool icon, as the toolbar shows it."""
    image = tool_icon(tool).pixmap(40, 40).toImage()
    best = max(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=lambda c: c.alpha(),
    )
    best.setAlpha(255)
    return best


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_toolbar_icons_on_their_buttons(app, qtbot, scheme):
    theme.apply(app, scheme)
    button = QToolButton()
    qtbot.addWidget(button)
    bg = button.palette().color(QPalette.ColorRole.Button)
    bad = [
        f"{tool}: {_ink(button, tool).name()} on {bg.name()}"
        for tool in TOOL_LABELS
        if ratio(_ink(button, tool), bg) < BORDER
    ]
    assert not bad, bad


def _ground(label: QLabel, page: QWidget, page_bg: QColor, qss: str) -> QColor:
    """What a label is read on: its own background, else the nearest styled box around it
    (a card, a group), else the page."""
    if label.objectName() in OWN_BACKGROUND:
        return label.palette().color(label.backgroundRole())
    styled = {}
    for selector, props in rules(qss):
        bg = _hex(props.get("background", ""))
        for part in selector.split(","):
            m = re.fullmatch(r"\s*Q\w+#(\w+)\s*", part)
            if bg and m:
                styled[m.group(1)] = bg
    w = label.parentWidget()
    while w is not None and w is not page:
        if w.objectName() in styled:
            return QColor(styled[w.objectName()])
        w = w.parentWidget()
    return page_bg


def test_real_widgets_in_both_schemes(app, qtbot, window):
    """The sample workbook in the real window: the navigator's marks and every visible label
    of Part 1, the evidence and the feedback pages, each on the box it sits in, light and then
    dark (switched while open, as Preferences does)."""
    theme.apply(app, "light")
    window.open_sample()
    view = window.view
    page = view.show_part("part1")
    page.editor("part1.overview").edit.setPlainText("")  # not started: a third kind of mark
    view.flush()
    view.refresh_marks()
    seen_marks: dict[str, set[str]] = {}
    bad = []
    for scheme in ("light", "dark"):
        theme.apply(app, scheme)
        qss = sheets()[scheme]
        QApplication.processEvents()
        nav_bg = view.nav.palette().color(QPalette.ColorRole.Base)
        assert nav_bg.name() == rule_background(qss, "QTreeWidget#navigator")
        marks = set()
        for pid, item in view._items.items():
            fg = item.foreground(0)
            if fg.style() == Qt.BrushStyle.NoBrush:
                continue  # a Learn part: no mark
            marks.add(fg.color().name())
            if ratio(fg.color(), nav_bg) < TEXT:
                bad.append(f"{scheme} navigator {pid}: {fg.color().name()} on {nav_bg.name()}")
        seen_marks[scheme] = marks
        assert len(marks) >= 2  # complete and not started

        # part -> how many labels it shows: Part 1's, three artifact cards, four respondents.
        for part, least in (("part1", 8), ("artifact4", 20), ("artifact5", 20)):
            page = view.show_part(part)
            QApplication.processEvents()
            page_bg = page.palette().color(page.backgroundRole())
            if scheme == "dark":
                assert luminance(page_bg) < 0.05

            def shown(page: QWidget = page) -> list[QLabel]:
                return [w for w in page.findChildren(QLabel) if w.isVisibleTo(page) and w.text()]

            # Record cards are built a few at a time after the page shows.
            qtbot.waitUntil(lambda least=least: len(shown()) >= least)
            for label in shown():
                fg = label.palette().color(label.foregroundRole())
                bg = _ground(label, page, page_bg, qss)
                if ratio(fg, bg) < TEXT:
                    bad.append(
                        f"{scheme} {part} {label.objectName()} {label.text()[:30]!r}: "
                        f"{fg.name()} on {bg.name()} = {ratio(fg, bg):.2f}"
                    )
    # Closed before the switch back: restyling the open sample's widgets takes long.
    window.close_workbook()
    theme.apply(app, "light")
    assert seen_marks["light"] != seen_marks["dark"]  # the marks followed the switch
    assert not bad, "\n".join(bad)


def test_readiness_list_in_both_schemes(app, window, monkeypatch):
    """A new workbook's readiness list (no pictures to read): every coloured detail on the
    list's own background, and its icons redrawn for the scheme."""
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(lambda cls, cat, parent=None: (("coaching-and-mentoring", "C", False), True)),
    )
    theme.apply(app, "light")
    window.new_workbook()
    view = window.view
    bad = []
    icons = {}
    for scheme in ("light", "dark"):
        theme.apply(app, scheme)
        readiness = view.show_review("readiness")
        QApplication.processEvents()
        tree = readiness.tree
        list_bg = tree.palette().color(QPalette.ColorRole.Base)
        coloured = 0
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for j in range(top.childCount()):
                fg = top.child(j).foreground(1)
                if fg.style() != Qt.BrushStyle.NoBrush:
                    coloured += 1
                    if ratio(fg.color(), list_bg) < TEXT:
                        bad.append(f"{scheme} readiness: {fg.color().name()} on {list_bg.name()}")
        assert coloured >= 3
        icons[scheme] = tree.topLevelItem(0).icon(0).pixmap(16, 16).toImage()

    window.close_workbook()
    theme.apply(app, "light")
    assert icons["light"] != icons["dark"]
    assert not bad, "\n".join(bad)
