"""Helpers for driving form pages in the real main window (imported by the form tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton

REPO = Path(__file__).resolve().parents[2]
DESIGN_SAMPLE = REPO / "resources" / "samples" / "content" / "design.yaml"
ALL_TYPES = Path(__file__).resolve().parent / "all_types.yaml"
# A minimal valid PDF: enough for the store, the file editor and the archive.
PDF_BYTES = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
SAMPLE_NEEDS = [
    {
        "id": "need-feedback",
        "ring": "needs",
        "text": "Early-career teachers want regular, non-evaluative feedback on their teaching",
    },
    {"id": "need-time", "ring": "needs", "text": "Common planning time for co-teachers"},
    {
        "id": "need-families",
        "ring": "needs",
        "text": "More ways for multilingual families to take part in school decisions",
    },
]


def design_sample() -> dict[str, Any]:
    return yaml.safe_load(DESIGN_SAMPLE.read_text(encoding="utf-8"))


def open_workbook(
    window,
    store,
    cred_id: str,
    *,
    fellow: bool = False,
    answers: dict[str, Any] | None = None,
    needs: list[dict] | None = None,
):  # type: ignore[no-untyped-def]
    wid = store.create_workbook(cred_id, f"Test {cred_id}", fellow)
    for entry in needs or []:
        store.upsert_map_entry(wid, entry)
    if answers:
        store.set_answers(wid, answers)
    view = window.open_workbook(wid)
    assert view is not None
    return view


def click(qtbot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator, as a person would."""
    button.window().activateWindow()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def scroll_to(page, widget) -> None:  # type: ignore[no-untyped-def]
    page.ensureWidgetVisible(widget, 40, 40)


def focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Give a widget keyboard focus in an active window (shortcuts need both)."""
    win = widget.window()
    win.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=10_000)


def type_date(qtbot, date_editor, digits: str) -> None:  # type: ignore[no-untyped-def]
    """Type a date into a DateEditor as a person would: year, month, day (and time)."""
    focus(qtbot, date_editor.edit)
    qtbot.keyClicks(date_editor.edit, digits)


def pick_in_combo(qtbot, combo, label: str) -> None:  # type: ignore[no-untyped-def]
    """Choose a dropdown entry with the keyboard (Down until the label is current)."""
    focus(qtbot, combo)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == label


def make_pdf(folder: Path, name: str = "action-plan.pdf") -> Path:
    path = folder / name
    path.write_bytes(PDF_BYTES)
    return path


def reopen(qtbot, data_dir: Path, catalog):  # type: ignore[no-untyped-def]
    """A fresh store and main window on the same data folder, as after quitting the app."""
    from tli_workbook.store import Store
    from tli_workbook.ui.main_window import MainWindow

    store = Store(data_dir)
    win = MainWindow(store, catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return store, win
