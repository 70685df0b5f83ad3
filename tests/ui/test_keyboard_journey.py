"""The whole journey without the mouse: key events to the focused widget only.

Create a workbook from the start screen, write Part 1, add three Circle Map entries from the
side list, write both Artifact 2 answers, and reach the export dialog. Widgets are only read
(which one has the focus, what it holds), never called.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from tli_workbook.ui.export_dialog import ExportDialog
from tli_workbook.ui.main_window import MainWindow
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def key(qtbot, k: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), k, mods)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)


def back_in_window(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """After a dialog closes, a desktop's window manager makes the window active again and
    the focus is back where it was. The offscreen platform has no window manager, so this
    plays its part (the one call that is not a key press; it does nothing in the app)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


class ModalDriver:
    """Answers the modal dialogs a key press opens, by keys, in order: each step waits for a
    dialog of its type, then types into whatever has the focus there."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.steps: list[tuple[type[QDialog], Callable[[QDialog], None]]] = []
        self.seen: list[str] = []
        self.strange = 0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)

    def expect(self, kind: type[QDialog], answer: Callable[[QDialog], None]) -> ModalDriver:
        self.steps.append((kind, answer))
        self.timer.start()
        return self

    def _poll(self) -> None:
        dlg = QApplication.activeModalWidget()
        if not self.steps:
            self.timer.stop()
            return
        kind, answer = self.steps[0]
        if isinstance(dlg, QDialog) and not isinstance(dlg, kind):
            self.strange += 1
            if self.strange > 100:  # a dialog nobody expected: fail, do not hang in its exec
                self.seen.append(f"unexpected {type(dlg).__name__}")
                self.strange = 0
                dlg.reject()
            return
        w = QApplication.focusWidget()
        if isinstance(dlg, kind) and dlg.isVisible() and w is not None and dlg.isAncestorOf(w):
            self.steps.pop(0)
            self.seen.append(type(dlg).__name__)
            answer(dlg)


def test_the_whole_journey_by_keyboard(qtbot, window: MainWindow, store) -> None:
    driver = ModalDriver(qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # ----- a new workbook from the start screen (Ctrl+N, pick the credential, Enter)
    def new_workbook(dlg: QDialog) -> None:
        combo = focused()
        wanted = next(
            i for i in range(combo.count()) if "Purposeful Collaboration" in combo.itemText(i)
        )
        for _ in range(wanted - combo.currentIndex()):
            key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Tab)  # the title
        key(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "Keyboard only")
        key(qtbot, Qt.Key.Key_Return)

    driver.expect(NewWorkbookDialog, new_workbook)
    key(qtbot, Qt.Key.Key_N, CTRL)
    assert driver.seen == ["NewWorkbookDialog"]
    view = window.view
    assert view is not None
    assert store.workbook(view.workbook_id).title == "Keyboard only"
    assert view.credential.id == "purposeful-collaboration"

    # ----- Part 1: the workbook opens with the focus in its first box
    part1 = view.pages["part1"].editor("part1.overview").edit
    back_in_window(qtbot, window)
    assert focused() is part1
    type_text(qtbot, "I teach fourth grade in a rural district.")

    # ----- the Circle Map: next part, Tab to the side list, Insert three times
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert view.current_part_id() == "artifact1"
    cmap = view.pages["artifact1"]
    for _ in range(40):
        if focused() is cmap.tree:
            break
        key(qtbot, Qt.Key.Key_Tab)
    assert focused() is cmap.tree
    for _ in range(5):  # from the core belief down to the Context ring
        if cmap.model.ring_of(cmap.tree.currentIndex()) == "context":
            break
        key(qtbot, Qt.Key.Key_Down)
    assert cmap.model.ring_of(cmap.tree.currentIndex()) == "context"

    def entry(text: str) -> Callable[[QDialog], None]:
        def answer(_dlg: QDialog) -> None:
            type_text(qtbot, text)
            key(qtbot, Qt.Key.Key_Return)

        return answer

    words = ["Rural district", "Veteran colleagues", "Supportive principal"]
    for text in words:
        driver.expect(QInputDialog, entry(text))
        key(qtbot, Qt.Key.Key_Insert)
        back_in_window(qtbot, window)
        assert focused() is cmap.tree  # back in the list, ready for the next
    assert sorted(e.text for e in cmap.doc.map.entries) == sorted(words)

    # ----- Artifact 2: both answers, Tab between them
    key(qtbot, Qt.Key.Key_BracketRight, CTRL)  # Ctrl+] is the other "next part" key
    assert view.current_part_id() == "artifact2"
    a2 = view.pages["artifact2"]
    assert focused() is a2.editor("artifact2.role_needs").edit
    type_text(qtbot, "I will bring colleagues together.")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is a2.editor("artifact2.inspire_leaders").edit
    type_text(qtbot, "I will mentor new leaders.")

    # ----- and the export dialog (past the list of what is still to do)
    def go_on(_dlg: QDialog) -> None:
        key(qtbot, Qt.Key.Key_Return)  # "Export anyway" is the default button

    def reached(dlg: QDialog) -> None:
        key(qtbot, Qt.Key.Key_Escape)

    driver.expect(QMessageBox, go_on).expect(ExportDialog, reached)
    key(qtbot, Qt.Key.Key_E, CTRL)
    assert driver.seen[-2:] == ["QMessageBox", "ExportDialog"]

    # Everything typed was saved where it belongs.
    view.flush()
    wid = view.workbook_id
    assert store.answer(wid, "part1.overview") == "I teach fourth grade in a rural district."
    assert store.answer(wid, "artifact2.role_needs") == "I will bring colleagues together."
    assert store.answer(wid, "artifact2.inspire_leaders") == "I will mentor new leaders."
    assert sorted(e["text"] for e in store.map_entries(wid)) == sorted(words)
