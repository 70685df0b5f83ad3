"""Text field editors: info, short text, long text with live counter and prompts beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Field
from tli_workbook.ui.forms.base import FieldEditor, FormContext, mnemonic_label
from tli_workbook.ui.forms.counter import BlockCounts, CounterLabel
from tli_workbook.ui.spelling_service import attach_spelling

MAX_TEXT_CHARS = 2_000_000
# How soon the counter under a long answer shows a keystroke's count (at most), and how long a
# pause in typing a paragraph too big to count at every key waits for.
COUNT_SHOW_MS = 120
BIG_COUNT_WAIT_MS = 250


class InfoEditor(FieldEditor):
    owns_label = True

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        if field.label:
            title = QLabel(field.label)
            title.setObjectName("fieldLabel")
            lay.addWidget(title)
        body = QLabel(field.text)
        body.setWordWrap(True)
        body.setObjectName("infoText")
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(body)

    def value(self) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        pass


class ShortTextEditor(FieldEditor):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(field.label)
        self.edit.setMaxLength(field.max_chars or 1000)
        self.edit.setPlaceholderText(field.placeholder)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        lay.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(value if isinstance(value, str) else "")

    def focus_editor(self) -> None:
        self.edit.setFocus()


_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_INNER_WORD = "'’-"  # "don't", "well-known": one word, one undo step


class KeyboardTextEdit(QPlainTextEdit):
    """The keyboard behaviour every multi-line box in the app shares.

    Tab and Shift+Tab move to the next/previous box, as in every form (a teacher must be able
    to leave a box without the mouse); Ctrl+Tab types a tab for the rare answer that wants one.
    Typing undoes a word at a time: Qt merges all typed characters into one undo step until the
    paragraph ends, so one Ctrl+Z took away a whole paragraph.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Every keystroke passes here: plain letters take the shortest way (Qt's flag
        # arithmetic in Python costs microseconds a key).
        if event.key() == Qt.Key.Key_Tab:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.ControlModifier:
                if not self.isReadOnly():
                    self.insertPlainText("\t")
                event.accept()
                return
        if self._starts_word(event):
            # An edit block ends Qt's merging: this word becomes its own undo step, and the
            # characters typed after it merge into it (Qt merges plain inserts into a block).
            cursor = self.textCursor()
            cursor.beginEditBlock()
            try:
                super().keyPressEvent(event)
            finally:
                cursor.endEditBlock()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        super().keyReleaseEvent(event)
        # Left unaccepted, Qt offers a key release to every widget up to the window (ten
        # of them in a form), each through the app-wide wheel guard: nothing above a text box
        # acts on a key release.
        event.accept()

    def _starts_word(self, event: QKeyEvent) -> bool:
        text = event.text()
        if len(text) != 1 or not text.isalnum():
            return False
        mods = event.modifiers()
        if mods != Qt.KeyboardModifier.NoModifier and mods & _COMMAND_MODIFIERS:
            return False
        if self.isReadOnly():
            return False
        cursor = self.textCursor()
        if cursor.hasSelection():
            return True  # typing over a selection: a step of its own
        pos = cursor.position()
        doc = self.document()
        before = doc.characterAt(pos - 1) if pos > 0 else " "
        if before.isalnum():
            return False
        return not (before in _INNER_WORD and pos > 1 and doc.characterAt(pos - 2).isalnum())


class PlainEditor(KeyboardTextEdit):
    """A plain-text editor that refuses absurd pastes instead of freezing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_rejected_paste: Callable[[int], None] | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._opaque_viewport()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self._opaque_viewport()

    def _opaque_viewport(self) -> None:
        """The style sheet's rounded border makes Qt leave the viewport see-through, so every
        keystroke repainted the line behind it in four widgets (the editor's frame, its field,
        the form, the page). The viewport lies inside the border and the style sheet's
        background is the palette's base colour: filling it with that colour looks the same
        and makes a keystroke repaint the viewport alone."""
        viewport = self.viewport()
        base = viewport.palette().base()
        if base.style() == Qt.BrushStyle.SolidPattern and base.color().alpha() == 255:
            viewport.setAutoFillBackground(True)

    def insertFromMimeData(self, source: Any) -> None:  # noqa: N802 (Qt override)
        text = source.text() if source.hasText() else ""
        if len(text) + self.document().characterCount() > MAX_TEXT_CHARS:
            if self.on_rejected_paste:
                self.on_rejected_paste(len(text))
            return
        # Control characters (except tab/newline) and NULs come from bad sources; drop them.
        clean = "".join(c for c in text if c >= " " or c in "\t\n")
        self.insertPlainText(clean)


class LongTextEditor(FieldEditor):
    owns_label = True

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(16)

        left = QVBoxLayout()
        label = QLabel(mnemonic_label(field.label))
        label.setObjectName("fieldLabel")
        label.setWordWrap(True)
        left.addWidget(label)
        if field.help:
            help_label = QLabel(field.help)
            help_label.setObjectName("fieldHelp")
            help_label.setWordWrap(True)
            left.addWidget(help_label)
        self.edit = PlainEditor()
        self.edit.setAccessibleName(field.label)
        self.edit.setPlaceholderText(field.placeholder or self.tr("Type your answer here…"))
        self.edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Room for a long essay to be read in context; short answers stay compact.
        longest = field.words.max if field.words and field.words.max else 0
        self.edit.setMinimumHeight(380 if longest > 250 else 190)
        font = QFont(self.edit.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.edit.setFont(font)
        self.edit.on_rejected_paste = self._rejected_paste
        # Red underlines and suggestions; the dictionary loads in the background on first use.
        self.spelling = attach_spelling(self.edit, ctx.services, ctx.store)
        left.addWidget(self.edit, 1)
        self.counter = CounterLabel(
            field.words,
            field.bullets,
            guide=field.is_guide,
            words_always=field.words_always,
        )
        left.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addLayout(left, 3)

        guide = self._guidance_panel(field)
        if guide is not None:
            outer.addWidget(guide, 2)

        # Counted paragraph by paragraph as the document changes (a keystroke recounts one).
        self.counts = BlockCounts(self.edit.document())
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self._settle_count)
        self.edit.textChanged.connect(self._on_text_changed)
        self._loading = False
        label.setBuddy(self.edit)

    def _guidance_panel(self, field: Field) -> QWidget | None:
        if not (field.prompts or field.guiding_questions or field.guidance):
            return None
        box = QFrame()
        box.setObjectName("guidance")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(12, 10, 12, 10)
        if field.prompts:
            lay.addWidget(_heading(self.tr("Your answer should address")))
            lay.addWidget(_bullets(field.prompts))
        if field.guiding_questions:
            lay.addWidget(_heading(self.tr("Guiding questions")))
            lay.addWidget(_bullets(field.guiding_questions))
        if field.guidance:
            g = QLabel(field.guidance)
            g.setWordWrap(True)
            g.setObjectName("fieldHelp")
            lay.addWidget(g)
        lay.addStretch(1)
        box.setAccessibleName(self.tr("Prompts for {label}").format(label=field.label))
        return box

    def _on_text_changed(self) -> None:
        if self.counts.waits_for_pause:
            self._count_timer.start(BIG_COUNT_WAIT_MS)  # a huge paragraph: after a pause
        elif not self._count_timer.isActive():
            # Shown a moment later, never from the keystroke itself: repainting the counter
            # costs as much as the keystroke, and the letter should appear without waiting
            # for it. Not restarted by the next key, so fast typing still sees it move.
            self._count_timer.start(COUNT_SHOW_MS)
        if not self._loading:
            self.changed.emit()

    @property
    def count_pending(self) -> bool:
        """An edit whose count is not shown yet (it is, COUNT_SHOW_MS after it at most)."""
        return self._count_timer.isActive()

    def _settle_count(self) -> None:
        self.counts.settle()
        self._recount()

    def _recount(self) -> None:
        self.counter.update_counts(self.counts.words, self.counts.bullets)

    def _rejected_paste(self, size: int) -> None:
        self.ctx.dialogs.warning(
            self.tr("Paste too large"),
            self.tr(
                "The text you pasted ({size} characters) is far longer than any answer can be, "
                "so it was not inserted. Nothing you typed was changed. Paste a shorter excerpt."
            ).format(size=QLocale().toString(size)),
        )

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.edit.setPlainText(value if isinstance(value, str) else "")
            self._settle_count()
        finally:
            self._loading = False

    def focus_editor(self) -> None:
        self.edit.setFocus()


def _heading(text: str) -> QLabel:
    h = QLabel(text)
    h.setObjectName("guidanceHeading")
    return h


def _bullets(items: tuple[str, ...]) -> QLabel:
    rows = [f"<p style='margin:0 0 6px 0'>•&nbsp;{_esc(i)}</p>" for i in items]  # notr: markup
    lab = QLabel("".join(rows))
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
