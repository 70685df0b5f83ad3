"""A counter for an answer without a limit shows the word count only: no "0 / any words",
no "Within range" where there is no range."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from tli_workbook.definitions.model import Range
from tli_workbook.review.limits import evaluate
from tli_workbook.ui.forms.counter import CounterLabel


def test_no_limit_counts_words_only(qtbot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    for limit in (None, Range(None, None)):
        counter = CounterLabel(limit, None, guide=True)
        qtbot.addWidget(counter)
        edit.textChanged.connect(lambda c=counter: c.update_for(edit.toPlainText()))
        assert counter.text() == "0 words"
        qtbot.keyClicks(edit, "Three plain words")
        assert counter.text() == "3 words"
        edit.clear()
        qtbot.keyClicks(edit, "One")
        assert counter.text() == "1 word"
        assert "range" not in counter.text().lower() and "any" not in counter.text()
        edit.clear()
    st = evaluate("Some words here", Range(None, None))
    assert st.summary() == "3 words" and st.explanation() == "Written" and st.passes


def test_a_real_limit_still_says_where_the_answer_stands(qtbot) -> None:
    counter = CounterLabel(Range(350, 500), None)
    qtbot.addWidget(counter)
    counter.update_for("word " * 400)
    assert counter.text() == "✓  400 / 350–500 words  ·  Within range"
