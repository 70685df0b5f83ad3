"""Text field editors: info, short text, long text with live counter and prompts beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextOption
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
from tli_workbook.ui.forms.base import FieldEditor, FormContext
from tli_workbook.ui.forms.counter import BlockCounts, CounterLabel
from tli_workbook.ui.spelling_service import attach_spelling

MAX_TEXT_CHARS = 2_000_000


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


class PlainEditor(QPlainTextEdit):
    """A plain-text editor that refuses absurd pastes instead of freezing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_rejected_paste: Callable[[int], None] | None = None

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
        label = QLabel(field.label)
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
        self.edit.setPlaceholderText(field.placeholder or "Type your answer here…")
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
            lay.addWidget(_heading("Your answer should address"))
            lay.addWidget(_bullets(field.prompts))
        if field.guiding_questions:
            lay.addWidget(_heading("Guiding questions"))
            lay.addWidget(_bullets(field.guiding_questions))
        if field.guidance:
            g = QLabel(field.guidance)
            g.setWordWrap(True)
            g.setObjectName("fieldHelp")
            lay.addWidget(g)
        lay.addStretch(1)
        box.setAccessibleName(f"Prompts for {field.label}")
        return box

    def _on_text_changed(self) -> None:
        if self.counts.pending:
            self._count_timer.start(250)  # a huge paragraph: counted after a pause
        else:
            self._recount()
        if not self._loading:
            self.changed.emit()

    def _settle_count(self) -> None:
        self.counts.settle()
        self._recount()

    def _recount(self) -> None:
        self.counter.update_counts(self.counts.words, self.counts.bullets)

    def _rejected_paste(self, size: int) -> None:
        self.ctx.dialogs.warning(
            "Paste too large",
            f"The text you pasted ({size:,} characters) is far longer than any answer can be, "
            "so it was not inserted. Nothing you typed was changed. Paste a shorter excerpt.",
        )

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.edit.setPlainText(value if isinstance(value, str) else "")
            self._recount()
        finally:
            self._loading = False

    def focus_editor(self) -> None:
        self.edit.setFocus()


def _heading(text: str) -> QLabel:
    h = QLabel(text)
    h.setObjectName("guidanceHeading")
    return h


def _bullets(items: tuple[str, ...]) -> QLabel:
    lab = QLabel("".join(f"<p style='margin:0 0 6px 0'>•&nbsp;{_esc(i)}</p>" for i in items))
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
