"""WCAG AA contrast in the light and the dark scheme, computed from what the app really
applies: the application palette after apply_theme(), the style sheets (light, and mapped to
dark), and the colours the real page widgets end up with.

Text needs 4.5:1 against what it sits on; the borders of text fields 3:1 (WCAG 1.4.11)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from tli_workbook.ui import theme
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
        if not re.search(r"\bQ(PlainTextEdit|LineEdit|TextEdit)\b", selector):
            continue
        border = _hex(props.get("border", ""))
        if border is None:
            continue
        page = "#ffffff" if scheme == "light" else theme.DARK["#ffffff"]
        for bg in grounds | {_hex(props.get("background", "")) or page}:
            assert ratio(border, bg) >= BORDER, (selector, border, bg, ratio(border, bg))
            checked += 1
    assert checked >= 2  # the resting and the focus border


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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_real_page_labels(app, qtbot, window, monkeypatch, scheme):
    """The labels of a real Part 1 page, in the colour Qt gives them after the style sheet,
    against the page's own background colour."""
    theme.apply(app, scheme)
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(lambda cls, cat, parent=None: (("coaching-and-mentoring", "C", False), True)),
    )
    window.new_workbook()
    page = window.view.show_part("part1")
    QApplication.processEvents()
    page_bg = page.palette().color(page.backgroundRole())
    if scheme == "dark":
        assert luminance(page_bg) < 0.05
    labels = [w for w in page.findChildren(QLabel) if w.isVisibleTo(page) and w.text()]
    assert len(labels) > 5
    bad = []
    for label in labels:
        fg = label.palette().color(label.foregroundRole())
        # A label with its own background (the word counter's badge) is read on that.
        own = "background" in label.styleSheet() or label.objectName() in OWN_BACKGROUND
        bg = label.palette().color(label.backgroundRole()) if own else page_bg
        if ratio(fg, bg) < TEXT:
            bad.append(f"{label.objectName()} {label.text()[:30]!r}: {fg.name()}")
    assert not bad, bad
