"""Edit > Undo and Redo that follow the focused editor.

A text box keeps its own undo history (its document's); the Circle Map keeps a QUndoStack in
the window's QUndoGroup. The menu items act on whichever the teacher is working in: the text
box that has the focus, else the page's stack. Their enabled state follows the same target,
so Undo is never greyed out while there is typing to undo.
"""

from __future__ import annotations

import logging
import sys

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QLineEdit, QMenuBar, QPlainTextEdit, QTextEdit, QWidget

log = logging.getLogger(__name__)

TextWidget = QPlainTextEdit | QTextEdit | QLineEdit


def _keys(standard: QKeySequence.StandardKey, extra: tuple[str, ...]) -> list[QKeySequence]:
    """The platform's keys for an action plus `extra` (not on macOS), each once: the same key
    twice on one action would make Qt report an ambiguous shortcut and do nothing."""
    keys = list(QKeySequence.keyBindings(standard))
    if sys.platform != "darwin":
        keys += [QKeySequence(k) for k in extra]
    out: list[QKeySequence] = []
    for k in keys:
        if not k.isEmpty() and all(k != o for o in out):
            out.append(k)
    return out


def text_widget(w: QWidget | None) -> TextWidget | None:
    """The editable text box `w` is, if it is one."""
    if isinstance(w, QPlainTextEdit | QTextEdit):
        return None if w.isReadOnly() else w
    if isinstance(w, QLineEdit):
        return None if w.isReadOnly() else w
    return None


class EditActions(QObject):
    """Owns Edit > Undo / Redo for one window."""

    def __init__(self, window: QWidget, group: QUndoGroup) -> None:
        super().__init__(window)
        self.window_ = window
        self.group = group
        self.undo = QAction(self.tr("&Undo"), window)
        self.undo.setShortcuts(_keys(QKeySequence.StandardKey.Undo, ("Ctrl+Z",)))
        self.undo.triggered.connect(self.do_undo)
        self.redo = QAction(self.tr("&Redo"), window)
        self.redo.setShortcuts(_keys(QKeySequence.StandardKey.Redo, ("Ctrl+Y", "Ctrl+Shift+Z")))
        self.redo.triggered.connect(self.do_redo)
        self._editor: TextWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        group.canUndoChanged.connect(self.refresh)
        group.canRedoChanged.connect(self.refresh)
        group.activeStackChanged.connect(self.refresh)
        self.refresh()

    # ----- target ----------------------------------------------------------------------------

    def target(self) -> TextWidget | None:
        ed = self._editor
        if ed is None or not shiboken6.isValid(ed) or not ed.isVisible():
            return None
        return ed

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not shiboken6.isValid(self.window_) or new.window() is not self.window_:
            return  # a menu or dialog took the focus: Undo still means the box behind it
        if isinstance(new, QMenuBar):
            return
        self.bind(text_widget(new))

    def bind(self, editor: TextWidget | None) -> None:
        old = self._editor
        if old is editor:
            self.refresh()
            return
        if old is not None and shiboken6.isValid(old):
            self._connect(old, False)
        self._editor = editor
        if editor is not None:
            self._connect(editor, True)
        self.refresh()

    def _connect(self, editor: TextWidget, on: bool) -> None:
        signals = (
            [editor.textChanged, editor.destroyed]
            if isinstance(editor, QLineEdit)
            else [
                editor.document().undoAvailable,
                editor.document().redoAvailable,
                editor.destroyed,
            ]
        )
        for sig in signals:
            try:
                if on:
                    sig.connect(self._editor_changed)
                else:
                    sig.disconnect(self._editor_changed)
            except (RuntimeError, TypeError):  # already gone with its widget
                pass

    def _editor_changed(self, *_args: object) -> None:
        self.refresh()

    # ----- state and actions -----------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        if not (shiboken6.isValid(self.group) and shiboken6.isValid(self.undo)):
            return  # the window is being taken down
        ed = self.target()
        if ed is not None:
            if isinstance(ed, QLineEdit):
                can_undo, can_redo = ed.isUndoAvailable(), ed.isRedoAvailable()
            else:
                doc = ed.document()
                can_undo, can_redo = doc.isUndoAvailable(), doc.isRedoAvailable()
            self.undo.setEnabled(can_undo)
            self.redo.setEnabled(can_redo)
            return
        stack = self.group.activeStack()
        self.undo.setEnabled(stack is not None and stack.canUndo())
        self.redo.setEnabled(stack is not None and stack.canRedo())

    def do_undo(self) -> None:
        ed = self.target()
        if ed is not None:
            ed.undo()
        else:
            self.group.undo()
        self.refresh()

    def do_redo(self) -> None:
        ed = self.target()
        if ed is not None:
            ed.redo()
        else:
            self.group.redo()
        self.refresh()
