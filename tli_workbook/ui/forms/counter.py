"""The live word/bullet counter under a long-text editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tli_workbook.definitions.model import Range
from tli_workbook.review.limits import LimitStatus, evaluate

COLOURS = {
    "empty": ("#5f6368", "#f1f3f4"),
    "below": ("#8a4b00", "#fff4e0"),
    "within": ("#1e6b34", "#e6f4ea"),
    "above": ("#a50e0e", "#fce8e6"),
}
SYMBOLS = {"empty": "○", "below": "▲", "within": "✓", "above": "▼"}


class CounterLabel(QLabel):
    """Shows e.g. "✓ 412 / 350–500 words · Within range", coloured by state."""

    def __init__(
        self,
        words: Range | None,
        bullets: Range | None,
        parent: QWidget | None = None,
        *,
        guide: bool = False,
        words_always: bool = False,
    ) -> None:
        super().__init__(parent)
        self.words = words
        self.bullets = bullets
        self.guide = guide  # outside a guide is a caution, not an error
        self.words_always = words_always
        self.status: LimitStatus | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName("Word counter")
        self.update_for("")

    def update_for(self, text: str) -> LimitStatus:
        st = evaluate(
            text, self.words, self.bullets, words_always=self.words_always, guide=self.guide
        )
        self.status = st
        if not st.has_limit:
            # No range to be within: a plain count, neither a tick nor a warning.
            self._show_count(st.words)
            return st
        fg, bg = COLOURS["below" if st.warns else st.state]
        self.setText(f"{SYMBOLS[st.state]}  {st.summary()}  ·  {st.explanation()}")
        self.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 3px 8px;"
            " font-weight: 600; }"
        )
        self.setAccessibleDescription(f"{st.summary()}. {st.explanation()}.")
        return st

    def _show_count(self, words: int) -> None:
        text = self.tr("1 word") if words == 1 else self.tr("{0} words").format(words)
        fg, bg = COLOURS["empty"]
        self.setText(text)
        self.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 3px 8px;"
            " font-weight: 600; }"
        )
        self.setAccessibleDescription(text)
