"""The live word/bullet counter under a long-text editor, and the per-block counts that keep
it cheap: a keystroke recounts only the paragraph it changed, never the whole text."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from tli_workbook.definitions.model import Range
from tli_workbook.review.limits import LimitStatus, evaluate, evaluate_counts
from tli_workbook.text.counting import TextStats, count

log = logging.getLogger(__name__)

SYMBOLS = {"empty": "○", "below": "▲", "within": "✓", "above": "▼"}
# A paragraph longer than this (one pasted megabyte without line breaks) is counted after a
# pause in typing rather than on every keystroke.
BIG_BLOCK_CHARS = 20_000


class BlockCounts:
    """Word and bullet counts of a QTextDocument, kept per block (paragraph) and updated from
    contentsChange. The words of a text are the sum of its lines' words (counting.py's rules
    are all line-local), so once settled the totals equal count(document text).

    A keystroke inside a paragraph only marks it changed; settle() (the counter calls it a
    moment later) counts the changed paragraphs, so typing a sentence counts its paragraph a
    few times, not at every key. An edit that adds or removes paragraphs counts the ones it
    touched at once, except a huge one, which waits for a pause in typing as well."""

    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self._per: list[TextStats] = []
        self._dirty: set[int] = set()  # block numbers changed since they were last counted
        self._big: set[int] = set()  # those of them too long to count at every settle
        self.words = 0
        self.bullets = 0
        self.blocks_counted = 0  # work done, for tests and benchmarks
        doc.contentsChange.connect(self._changed)
        self.reset()

    @property
    def pending(self) -> bool:
        """Changed paragraphs not counted yet: words and bullets are those before the change."""
        return bool(self._dirty)

    @property
    def waits_for_pause(self) -> bool:
        """A huge paragraph is among them: settle after a pause in typing, not while typing."""
        return bool(self._big)

    def reset(self) -> None:
        self._per = []
        block = self.doc.firstBlock()
        while block.isValid():
            self._per.append(self._count(block.text()))
            block = block.next()
        self._dirty.clear()
        self._big.clear()
        self._total()

    def settle(self) -> None:
        for n in sorted(self._dirty):
            block = self.doc.findBlockByNumber(n)
            if block.isValid() and n < len(self._per):
                self._per[n] = self._count(block.text())
        self._dirty.clear()
        self._big.clear()
        self._total()

    def _count(self, text: str) -> TextStats:
        self.blocks_counted += 1
        return count(text)

    def _total(self) -> None:
        self.words = sum(s.words for s in self._per)
        self.bullets = sum(s.bullets for s in self._per)

    def _changed(self, position: int, removed: int, added: int) -> None:
        doc = self.doc
        delta = doc.blockCount() - len(self._per)
        block = doc.findBlock(position)
        first = block.blockNumber()
        if delta == 0 and block.contains(position + added) and 0 <= first < len(self._per):
            # Within one paragraph (a keystroke): counted at the next settle.
            self._dirty.add(first)
            if block.length() > BIG_BLOCK_CHARS:
                self._big.add(first)
            return
        end = doc.findBlock(position + added)
        last = end.blockNumber() if end.isValid() else doc.blockCount() - 1
        old_last = last - delta
        if first < 0 or old_last < first - 1 or old_last >= len(self._per):
            self.reset()
            return
        # Paragraphs changed earlier and not counted yet keep waiting, under their new numbers.
        self._dirty = {n for n in self._dirty if n < first} | {
            n + delta for n in self._dirty if n > old_last
        }
        self._big = {n for n in self._big if n < first} | {
            n + delta for n in self._big if n > old_last
        }
        fresh: list[TextStats] = []
        for n in range(first, last + 1):
            text = block.text()
            if len(text) > BIG_BLOCK_CHARS and last == first:
                self._dirty.add(n)
                self._big.add(n)
                fresh.append(self._per[n] if n < len(self._per) else TextStats(0, 0))
            else:
                fresh.append(self._count(text))
            block = block.next()
        old = self._per[first : old_last + 1]
        self._per[first : old_last + 1] = fresh
        self.words += sum(s.words for s in fresh) - sum(s.words for s in old)
        self.bullets += sum(s.bullets for s in fresh) - sum(s.bullets for s in old)
        if len(self._per) != doc.blockCount():  # never expected; never a wrong count either
            log.warning("Block counts out of step (%d vs %d)", len(self._per), doc.blockCount())
            self.reset()


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
        self._counts: tuple[int, int] | None = None  # what `status` was worked out from
        self._colour: str | None = None
        self.restyles = 0  # style changes, for tests
        self.setObjectName("wordCounter")  # coloured by state in resources/styles/records.qss
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Word counter"))
        self.update_for("")

    def update_for(self, text: str) -> LimitStatus:
        self._counts = None
        st = evaluate(
            text, self.words, self.bullets, words_always=self.words_always, guide=self.guide
        )
        self._show(st)
        return st

    def update_counts(self, words: int, bullets: int) -> LimitStatus:
        if self.status is not None and self._counts == (words, bullets):
            return self.status  # a letter typed inside a word: nothing to say anew
        self._counts = (words, bullets)
        st = evaluate_counts(
            words,
            bullets,
            self.words,
            self.bullets,
            words_always=self.words_always,
            guide=self.guide,
        )
        self._show(st)
        return st

    def _show(self, st: LimitStatus) -> None:
        self.status = st
        if not st.has_limit:
            # No range to be within: a plain count, neither a tick nor a warning.
            n = st.words
            text = self.tr("%n word(s)", "", n)
            spoken = text
            colour = "empty"
        else:
            text = f"{SYMBOLS[st.state]}  {st.summary()}  ·  {st.explanation()}"
            spoken = f"{st.summary()}. {st.explanation()}."
            colour = "below" if st.warns else st.state
        if text != self.text():
            self.setText(text)
            self.setAccessibleDescription(spoken)
        if colour != self._colour:
            # A new state re-polishes the label: only when the state changes.
            self._colour = colour
            self.restyles += 1
            self.setProperty("state", colour)
            self.style().unpolish(self)
            self.style().polish(self)
        self._fit()

    def _fit(self) -> None:
        """Fix the label's size to what its text needs. A label whose size is not fixed asks
        for the page to be laid out again at every setText, and the page was laid out and
        repainted at every word typed; fixed to its own size hint it looks the same, and the
        layout runs only when that size changes (9 to 10 words, another state)."""
        self.setFixedSize(self.sizeHint())  # unchanged: Qt does nothing

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self._fit()  # polished by now: the style sheet's padding and font are in the hint
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
