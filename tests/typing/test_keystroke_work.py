"""The work one keystroke costs in the real Part 1 editor, counted (never timed), with real key
events: words tokenised by the spell check, counter evaluations, words counted, marks
refreshed, widgets repainted. Each is compared between an answer and one four times as long,
so work that grows with the text fails. What is shown (counts, underlines) is checked against
the whole-text functions. Times are in benchmarks/typing_bench.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from tli_workbook.store import Store
from tli_workbook.text import counting, spelling
from tli_workbook.text.counting import count
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.forms import counter as counter_module
from tli_workbook.ui.tasks import runner

SENTENCE = "Our planning team meets every week to look at student work and decide together. "


def _answer(words: int, per_paragraph: int = 120, misspelt: str = "") -> str:
    """`words` words in paragraphs of `per_paragraph`; `misspelt` starts each paragraph."""
    pool = SENTENCE.split()
    paragraphs, current = [], [misspelt] if misspelt else []
    for i in range(words - (1 if misspelt else 0)):
        current.append(pool[i % len(pool)])
        if len(current) == per_paragraph:
            paragraphs.append(" ".join(current))
            current = [misspelt] if misspelt else []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        runner().wait_idle()
    QApplication.processEvents()


@pytest.fixture
def part1(qtbot: Any, store: Store, catalog: Any) -> Iterator[Any]:
    """The real Part 1 page in a workbook view; yields (view, editor)."""
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.workbook_view import WorkbookView

    make_app()
    wid = store.create_workbook("coaching-and-mentoring", "Typing")
    view = WorkbookView(store, wid, catalog.get("coaching-and-mentoring"), Dialogs(), {})
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    qtbot.waitExposed(view)
    editor = view.show_part("part1").editor("part1.overview")
    yield view, editor
    view.flush()


def _load(qtbot: Any, view: Any, editor: Any, text: str, paragraph: int = 2) -> None:
    """Fill the answer, wait for the dictionary and the debounced work, and put the cursor at
    the end of the first word of paragraph `paragraph` (block number), as when revising."""
    editor.set_value(text)
    service = view.services["spelling"]
    qtbot.waitUntil(lambda: service.is_loaded("en"), timeout=20_000)
    _settle()
    editor.edit.setFocus()
    block = editor.edit.document().findBlockByNumber(paragraph)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord)
    editor.edit.setTextCursor(cursor)
    qtbot.wait(700)  # past the highlighter's pause and the autosave
    _settle()


def _underlined(edit: Any) -> list[tuple[int, int, int]]:
    """(block, start, end) of every wavy underline, read from the blocks' formats."""
    out = []
    block = edit.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                out.append((block.blockNumber(), r.start, r.start + r.length))
        block = block.next()
    return sorted(out)


def _expected_underlines(edit: Any, checker: spelling.SpellCheck) -> list[tuple[int, int, int]]:
    out = []
    block = edit.document().firstBlock()
    while block.isValid():
        for a, b in checker.misspelled_spans(block.text()):
            out.append((block.blockNumber(), a, b))
        block = block.next()
    return sorted(out)


class _CountingPattern:
    """Stands in for a module's compiled pattern and counts the matches it hands out."""

    def __init__(self, real: re.Pattern[str]) -> None:
        self.real = real
        self.matches = 0

    def finditer(self, text: str, *args: Any) -> Iterator[re.Match[str]]:
        for match in self.real.finditer(text, *args):
            self.matches += 1
            yield match

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


# ----- spelling --------------------------------------------------------------------------------


def _words_tokenised_per_key(qtbot: Any, part1: Any, monkeypatch: Any, words: int) -> float:
    view, editor = part1
    _load(qtbot, view, editor, _answer(words, per_paragraph=words // 4))
    pattern = _CountingPattern(spelling._WORD)
    monkeypatch.setattr(spelling, "_WORD", pattern)
    qtbot.keyClicks(editor.edit, " and we wrote it down")
    keys = len(" and we wrote it down")
    monkeypatch.setattr(spelling, "_WORD", pattern.real)
    return pattern.matches / keys


def test_the_spell_check_looks_at_a_few_words_per_key_however_long_the_paragraph(
    qtbot: Any, part1: Any, monkeypatch: Any
) -> None:
    """Typing in a 500-word paragraph, then in one of 2,000 words: the highlighter tokenises
    at most one word per key (an older version re-read the whole paragraph on every key:
    ~500 and ~2,000 words; the last one the words around the change: ~4)."""
    short = _words_tokenised_per_key(qtbot, part1, monkeypatch, 2_000)
    long = _words_tokenised_per_key(qtbot, part1, monkeypatch, 8_000)
    # At most the word a space just ended (the rest of the paragraph waits for the pause).
    assert short <= 1, short
    assert long <= 1, long


def test_underlines_typed_with_real_keys_are_those_of_a_full_check(qtbot: Any, part1: Any) -> None:
    """Misspellings typed, fixed, joined and split in the middle of long paragraphs end up
    underlined exactly as checking every paragraph afresh says."""
    view, editor = part1
    _load(qtbot, view, editor, _answer(2_000, per_paragraph=200, misspelt="Teh"))
    edit = editor.edit
    qtbot.keyClicks(edit, " recieve the plannnig notes, www.example.org/plan and")
    for _ in range(4):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "then wrk")
    qtbot.keyClick(edit, Qt.Key.Key_Left)
    qtbot.keyClicks(edit, "o")  # "wrok"
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClicks(edit, " co-teachng well-being teachers' don't")
    qtbot.keyClick(edit, Qt.Key.Key_Down)  # leaving the paragraph shows its underlines
    qtbot.wait(700)  # and the pause does for the rest
    _settle()
    checker = view.services["spelling"].checker("en")
    shown = _underlined(edit)
    assert shown == _expected_underlines(edit, checker)
    words = {edit.document().findBlockByNumber(n).text()[a:b] for n, a, b in shown}
    assert {"Teh", "recieve", "plannnig", "wrok", "teachng"} <= words
    assert not {"example", "org", "well", "being", "teachers", "don't"} & words


@pytest.mark.parametrize("seed", range(3))
def test_updated_spans_equal_a_full_check(seed: int) -> None:
    """misspelled_spans_after, over thousands of random edits of text with links, emails,
    hyphens, apostrophes, digits, acronyms, accents and emoji, equals misspelled_spans."""
    import random

    checker = spelling.SpellCheck(["Zorblat"])
    words = "teh the plannning well-being don't teachers' mp3 PLC PLCs café naïve Zorblat"
    links = "www.example.com/x a.b@c.org https://x.io/a http://localhost e.g. ok."
    odd = "😀 — - ' . , co-teachng über 日本語 students .. @"
    pieces = [*f"{words} {links} {odd}".split(" "), " ", "  ", "\t"]
    rng = random.Random(seed)
    for _ in range(300):
        text = "".join(
            rng.choice(pieces) + rng.choice(["", " ", " ", "-", "."])
            for _ in range(rng.randint(0, 40))
        )
        spans = checker.misspelled_spans(text)
        for _ in range(8):
            i = rng.randint(0, len(text))
            if text and rng.random() < 0.4:
                j = min(len(text), i + rng.randint(1, 4))
                new = text[:i] + (rng.choice(pieces) if rng.random() < 0.5 else "") + text[j:]
            else:
                new = text[:i] + rng.choice([*pieces, *"abcdefgh .-'"]) + text[i:]
            updated = checker.misspelled_spans_after(text, spans, new)
            spans = checker.misspelled_spans(new)
            assert updated == spans, (text, new)
            text = new


@pytest.mark.parametrize("seed", range(3))
def test_what_a_keystroke_leaves_alone_is_checked_the_same(seed: int) -> None:
    """typed_edit over thousands of random keystrokes (letters, spaces, punctuation,
    deletions, pastes): the spans it says are untouched are those of a full check of the new
    text up to that point, and the word a space ended is a whole word of the new text."""
    import random

    checker = spelling.SpellCheck(["Zorblat"])
    pieces = "teh the plannning don't teachers' café Zorblat www.example.com/x a.b@c.org 😀 —"
    words = [*pieces.split(" "), " ", "  "]
    rng = random.Random(seed)
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        for _ in range(10):
            i = rng.randint(0, len(text))
            roll = rng.random()
            if roll < 0.5:
                new = text[:i] + rng.choice([*"abcdefgh", " ", " ", "\t", ".", "'", "-"]) + text[i:]
            elif roll < 0.8 and text:
                new = text[: max(0, i - 1)] + text[i:]
            else:
                new = text[:i] + rng.choice(words) + text[i:]
            keep, ended = spelling.typed_edit(text, new)
            old_spans = [s for s in checker.misspelled_spans(text) if s[1] <= keep]
            new_spans = [s for s in checker.misspelled_spans(new) if s[1] <= keep]
            assert old_spans == new_spans, (text, new, keep)
            if ended is not None:
                start, end = ended
                assert keep <= start < end and new[end].isspace() and not new[end - 1].isspace()
                assert start == 0 or new[start - 1].isspace()
            text = new


def test_the_language_is_not_guessed_on_every_key(qtbot: Any, part1: Any, monkeypatch: Any) -> None:
    """Keys typed in the first paragraphs (the start the language is told from) leave the
    guess for a pause in typing; the old code guessed from 4,000 characters on every key."""
    from tli_workbook.ui import spelling_service

    view, editor = part1
    _load(qtbot, view, editor, _answer(2_000), paragraph=0)
    guesses: list[str] = []
    real = spelling_service.guess
    monkeypatch.setattr(
        spelling_service,
        "guess",
        lambda text, default: (guesses.append(text), real(text, default))[1],
    )
    qtbot.keyClicks(editor.edit, " and we wrote it down")
    assert guesses == []
    qtbot.waitUntil(lambda: len(guesses) == 1, timeout=5_000)  # after the pause, once
    assert editor.spelling.language() == "en"


def test_the_dictionary_loads_when_the_editor_is_made(part1: Any) -> None:
    """The first keystroke (or the first text) does not wait on, or start, the dictionary: it
    is asked for on the task runner when the page is built (the old code asked on the first
    non-empty paragraph)."""
    view, _editor = part1
    _settle()
    assert view.services["spelling"].is_loaded("en")


# ----- counting --------------------------------------------------------------------------------


def _counting_work(qtbot: Any, part1: Any, monkeypatch: Any, words: int) -> tuple[int, int]:
    """(characters given to count(), counter evaluations) for 20 keys: 17 letters inside
    words, 3 spaces."""
    view, editor = part1
    _load(qtbot, view, editor, _answer(words))
    counted: list[int] = []
    real_count = counting.count
    monkeypatch.setattr(
        counter_module, "count", lambda text: (counted.append(len(text)), real_count(text))[1]
    )
    evaluations: list[int] = []
    real_eval = counter_module.evaluate_counts
    monkeypatch.setattr(
        counter_module,
        "evaluate_counts",
        lambda *a, **k: (evaluations.append(a[0]), real_eval(*a, **k))[1],
    )
    edit = editor.edit
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfWord)
    edit.setTextCursor(cursor)  # inside a word: letters typed here change no count
    qtbot.keyClicks(edit, "abcde fghij klmno pq")
    qtbot.waitUntil(lambda: not editor.count_pending)  # counted a moment after the keys
    monkeypatch.undo()
    return sum(counted), len(evaluations)


def test_counting_a_key_reads_its_paragraph_and_evaluates_only_changed_counts(
    qtbot: Any, part1: Any, monkeypatch: Any
) -> None:
    """20 keys in a 5,000- and a 20,000-word answer: the characters counted are those of the
    edited paragraph (the same for both), and the counter works out its state only when the
    count changed (3 spaces), not on the 17 letters typed inside a word."""
    chars_n, evals_n = _counting_work(qtbot, part1, monkeypatch, 5_000)
    view, editor = part1
    chars_4n, evals_4n = _counting_work(qtbot, part1, monkeypatch, 20_000)
    paragraph = len(editor.edit.document().findBlockByNumber(2).text())
    assert chars_n <= 20 * (paragraph + 10) and chars_4n <= 20 * (paragraph + 10)
    assert evals_n <= 4 and evals_4n <= 4, (evals_n, evals_4n)
    # And what is shown is the count of the whole text.
    words = count(editor.edit.toPlainText()).words
    assert f"{words} / 350–500 words" in editor.counter.text()
    assert editor.counter.status.words == words


def test_the_counter_restyles_only_when_its_state_changes(qtbot: Any, part1: Any) -> None:
    """From 348 words to 352 and back, one key at a time: the label is re-polished when it
    goes from below the range to within it and back (2), never on the other keys."""
    view, editor = part1
    _load(qtbot, view, editor, _answer(348, per_paragraph=500), paragraph=0)
    edit = editor.edit
    edit.moveCursor(QTextCursor.MoveOperation.End)
    restyles = editor.counter.restyles
    assert editor.counter.status.state == "below"
    qtbot.keyClicks(edit, " one two three four")  # 352 words
    qtbot.waitUntil(lambda: not editor.count_pending)
    assert editor.counter.status.state == "within" and editor.counter.status.words == 352
    for _ in range(len(" three four")):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # 350 words, then 349
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # "two" gone: 349 words
    qtbot.waitUntil(lambda: not editor.count_pending)
    assert editor.counter.status.words == count(edit.toPlainText()).words == 349
    assert editor.counter.status.state == "below"
    assert editor.counter.restyles - restyles == 2


# ----- navigator marks -------------------------------------------------------------------------


def test_marks_after_typing_in_part1_build_part1_only(
    qtbot: Any, part1: Any, monkeypatch: Any
) -> None:
    """After typing and the save, the marks refresh works out Part 1's status only, from the
    answers (no full snapshot), and its mark moves on."""
    import tli_workbook.ui.workbook_view as workbook_view

    view, editor = part1
    built: list[str] = []
    real = workbook_view.part_status
    monkeypatch.setattr(
        workbook_view,
        "part_status",
        lambda cred, part, *a, **k: (built.append(part.id), real(cred, part, *a, **k))[1],
    )
    full = view.full_refreshes
    mark = view._items["part1"].text(0)
    qtbot.keyClicks(editor.edit, "We met weekly to plan. ")
    assert view.flush()
    qtbot.waitUntil(lambda: built != [], timeout=5_000)
    _settle()
    assert set(built) == {"part1"} and view.full_refreshes == full
    assert view._statuses["part1"].state != "empty"
    assert view._items["part1"].text(0) != mark


# ----- painting --------------------------------------------------------------------------------


def test_a_keystroke_repaints_the_editor_alone(qtbot: Any, part1: Any) -> None:
    """Letters typed inside a word repaint the editor's viewport, not the widgets behind it
    (the field, the form, the page); the old see-through viewport repainted all four on every
    key."""
    view, editor = part1
    _load(qtbot, view, editor, _answer(2_000))
    behind = [editor, editor.parentWidget(), editor.edit]
    painted: list[QObject] = []

    class Paints(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and obj in behind:
                painted.append(obj)
            return False

    watcher = Paints()
    for widget in behind:
        widget.installEventFilter(watcher)
    edit = editor.edit
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfWord)
    edit.setTextCursor(cursor)
    viewport_paints: list[int] = []

    class ViewportPaints(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                viewport_paints.append(1)
            return False

    vp = ViewportPaints()
    edit.viewport().installEventFilter(vp)
    for ch in "abcdefgh":
        qtbot.keyClicks(edit, ch)
        edit.viewport().repaint()  # what the next screen refresh would do, now
        QApplication.processEvents()
    for widget in behind:
        widget.removeEventFilter(watcher)
    edit.viewport().removeEventFilter(vp)
    assert viewport_paints  # the typing was painted
    assert painted == [], [type(w).__name__ for w in painted]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_opaque_editor_looks_the_same(qtbot: Any, part1: Any, scheme: str) -> None:
    """The viewport filled with the palette's base colour is pixel for pixel what the style
    sheet painted behind it, in both schemes."""
    from tli_workbook.ui import theme

    view, editor = part1
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    was = theme.current_scheme
    theme.apply(app, scheme)
    try:
        _settle()
        editor.set_value(_answer(300, misspelt="Teh"))
        qtbot.waitUntil(lambda: view.services["spelling"].is_loaded("en"), timeout=20_000)
        _settle()
        edit = editor.edit
        edit.clearFocus()
        _settle()
        viewport = edit.viewport()
        assert viewport.autoFillBackground()
        opaque = edit.grab().toImage()
        viewport.setAutoFillBackground(False)
        see_through = edit.grab().toImage()
        viewport.setAutoFillBackground(True)
        assert opaque == see_through
    finally:
        theme.apply(app, was)


# ----- per-key events and signals ----------------------------------------------------------------


class _Events(QObject):
    """Counts events of the given types, by receiver, through an app-wide filter."""

    def __init__(self, *kinds: QEvent.Type) -> None:
        super().__init__()
        self.kinds = kinds
        self.seen: list[tuple[QEvent.Type, QObject]] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in self.kinds:
            self.seen.append((event.type(), obj))
        return False


def test_words_typed_lay_out_nothing_and_the_counter_keeps_its_own_size(
    qtbot: Any, part1: Any
) -> None:
    """The counter's text changes at every word; the page is laid out again only when its
    size does (here: 99 to 100 words), and the label is always exactly its text's size."""
    view, editor = part1
    _load(qtbot, view, editor, _answer(96, per_paragraph=40), paragraph=0)
    edit = editor.edit
    edit.moveCursor(QTextCursor.MoveOperation.End)
    events = _Events(QEvent.Type.LayoutRequest)
    app = QApplication.instance()
    app.installEventFilter(events)
    try:
        qtbot.keyClicks(edit, " one two")  # 98 words: same digits, same width
        qtbot.waitUntil(lambda: not editor.count_pending)
        _settle()
        assert events.seen == []
        assert editor.counter.size() == editor.counter.sizeHint()
        qtbot.keyClicks(edit, " three four")  # 100 words: a wider label
        qtbot.waitUntil(lambda: not editor.count_pending)
        _settle()
    finally:
        app.removeEventFilter(events)
    assert editor.counter.status.words == count(edit.toPlainText()).words == 100
    assert "100 / " in editor.counter.text()
    assert editor.counter.size() == editor.counter.sizeHint()
    assert editor.counter.width() <= editor.counter.parentWidget().width()


def test_a_key_release_stops_at_the_text_box(qtbot: Any, part1: Any) -> None:
    """Accepted by the editor, a key release no longer travels up through every widget of the
    page (and the app-wide wheel guard with it)."""
    view, editor = part1
    _load(qtbot, view, editor, _answer(200))
    events = _Events(QEvent.Type.KeyRelease)
    app = QApplication.instance()
    app.installEventFilter(events)
    try:
        qtbot.keyClicks(editor.edit, "abc")
    finally:
        app.removeEventFilter(events)
    assert [obj for _kind, obj in events.seen] == [editor.edit] * 3


def test_saving_is_said_once_while_typing(qtbot: Any, part1: Any) -> None:
    """'Saving…' is announced when typing starts, not again at every key; 'saved' follows
    the write, and the next key says 'Saving…' again."""
    view, editor = part1
    _load(qtbot, view, editor, _answer(200))
    states: list[str] = []
    view.autosaver.stateChanged.connect(lambda state, _message: states.append(state))
    qtbot.keyClicks(editor.edit, "abcdef")
    assert states == ["pending"]
    qtbot.waitUntil(lambda: states[-1:] == ["saved"], timeout=5_000)
    qtbot.keyClicks(editor.edit, "gh")
    assert states[-1] == "pending" and states.count("pending") == 2
    view.flush()
    assert view.autosaver.state == "saved"
    assert "abcdefgh" in view.store.answers(view.workbook_id)["part1.overview"]


def test_a_key_past_the_start_does_not_read_the_start_again(
    qtbot: Any, part1: Any, monkeypatch: Any
) -> None:
    """Keys in a paragraph after the first 4,000 characters leave the field's start (what its
    language is told from) alone; keys in the start read it once, after a pause in typing."""
    from tli_workbook.ui import spelling_service

    view, editor = part1
    _load(qtbot, view, editor, _answer(2_000), paragraph=16)
    assert editor.edit.textCursor().block().position() >= spelling_service.GUESS_CHARS
    reads: list[int] = []
    real = spelling_service.field_text
    monkeypatch.setattr(
        spelling_service, "field_text", lambda edit: (reads.append(1), real(edit))[1]
    )
    qtbot.keyClicks(editor.edit, " and we wrote it down")
    assert reads == []
    assert editor.spelling.language() == "en"
    reads.clear()  # language() itself read it: 21 characters arrived since it last did
    editor.edit.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(editor.edit, "We ")
    assert reads == []  # a keystroke changes a few letters of it: not read at every key
    qtbot.waitUntil(lambda: bool(reads), timeout=5_000)  # told again after the pause
    qtbot.wait(spelling_service.PAUSE_MS * 2)
    assert len(reads) == 1


def test_a_word_ended_by_a_space_is_underlined_at_once_and_earlier_ones_stay(
    qtbot: Any, part1: Any
) -> None:
    """In the paragraph being typed: a misspelling shows when the space after it is typed
    (no pause needed), the underlines before the cursor stay while typing goes on, the word
    being typed is not underlined half-way, and the pause shows what a full check shows."""
    view, editor = part1
    _load(qtbot, view, editor, _answer(400, per_paragraph=100))
    edit = editor.edit
    qtbot.keyClicks(edit, " recieve")
    assert "recieve" not in _words(edit)  # still being typed
    qtbot.keyClicks(edit, " ")
    assert "recieve" in _words(edit)  # ended by the space: shown at once
    qtbot.keyClicks(edit, "the plannnig")
    assert "recieve" in _words(edit) and "plannnig" not in _words(edit)
    qtbot.keyClicks(edit, ",")  # punctuation may go on ("don'"): the pause tells
    qtbot.wait(700)
    _settle()
    checker = view.services["spelling"].checker("en")
    assert _underlined(edit) == _expected_underlines(edit, checker)
    assert {"recieve", "plannnig"} <= _words(edit)


def _words(edit: Any) -> set[str]:
    return {edit.document().findBlockByNumber(n).text()[a:b] for n, a, b in _underlined(edit)}
