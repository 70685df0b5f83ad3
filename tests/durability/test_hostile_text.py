"""Hostile text in the editors: huge pastes, control characters, RTL, combining marks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from tli_workbook.text.counting import count
from tli_workbook.ui.new_workbook_dialog import NewWorkbookDialog


def _editor(window, monkeypatch):
    monkeypatch.setattr(
        NewWorkbookDialog,
        "get",
        classmethod(
            lambda cls, cat, parent=None: (("coaching-and-mentoring", "Hostile", False), True)
        ),
    )
    window.new_workbook()
    view = window.view
    return view, view.show_part("part1").editor("part1.overview")


def _paste(editor, text: str) -> None:
    # setText, not setMimeData: the clipboard would own a Python-made QMimeData and free it
    # again at exit.
    QGuiApplication.clipboard().setText(text)
    editor.edit.paste()


def _count_recounts(editor, monkeypatch) -> list[tuple[int, int]]:
    """Record every count the counter shows (the work a keystroke may cost)."""
    calls: list[tuple[int, int]] = []
    real = editor.counter.update_counts

    def counted(words: int, bullets: int):  # type: ignore[no-untyped-def]
        calls.append((words, bullets))
        return real(words, bullets)

    monkeypatch.setattr(editor.counter, "update_counts", counted)
    return calls


def test_ten_megabyte_paste_is_refused_with_a_message(qtbot, window, monkeypatch, store):
    view, editor = _editor(window, monkeypatch)
    qtbot.keyClicks(editor.edit, "keep me")
    warned = []
    monkeypatch.setattr(window.dialogs, "warning", lambda t, m: warned.append(m))
    recounts = _count_recounts(editor, monkeypatch)
    _paste(editor, "lorem ipsum " * 900_000)  # 10.8 MB; seconds: benchmarks/hostile_paste.py
    assert warned and "was not inserted" in warned[0]
    assert editor.edit.toPlainText() == "keep me"
    assert recounts == []  # refused before it reached the document, not inserted and undone
    view.flush()
    assert store.answer(view.workbook_id, "part1.overview") == "keep me"


def test_one_megabyte_paste_is_counted_and_saved_without_stutter(qtbot, window, monkeypatch, store):
    view, editor = _editor(window, monkeypatch)
    counts = editor.counts
    before = counts.blocks_counted
    _paste(editor, "word " * 200_000)  # one paragraph of a megabyte
    # A huge paragraph is counted once, after the paste, not inside it
    # (benchmarks/hostile_paste.py and typing_bench.py have the milliseconds).
    assert counts.blocks_counted == before
    qtbot.waitUntil(lambda: "200000 / 350–500 words" in editor.counter.text(), timeout=10_000)
    assert counts.blocks_counted == before + 1
    # Typing in it: keystrokes do not recount it, a burst of them costs one recount.
    qtbot.keyClicks(editor.edit, "abc")
    assert counts.blocks_counted == before + 1
    qtbot.waitUntil(lambda: "200001 / 350–500 words" in editor.counter.text(), timeout=10_000)
    assert counts.blocks_counted == before + 2
    view.flush()
    assert store.answer(view.workbook_id, "part1.overview").startswith("word word")


def test_a_keystroke_recounts_only_its_paragraph(qtbot, window, monkeypatch, store):
    view, editor = _editor(window, monkeypatch)
    paragraphs = [f"Paragraph {i} says what we tried and what we saw." for i in range(2000)]
    editor.edit.setPlainText("\n".join(paragraphs))
    counts = editor.counts
    words = counts.words
    assert words == 2000 * 10
    qtbot.waitUntil(lambda: not editor.count_pending)
    restyles = editor.counter.restyles
    cursor = editor.edit.textCursor()
    cursor.setPosition(editor.edit.document().findBlockByNumber(1000).position())
    editor.edit.setTextCursor(cursor)
    before = counts.blocks_counted
    qtbot.keyClicks(editor.edit, "new ")
    # The keys only mark their paragraph; it is counted once, a moment later: not 2,000.
    assert counts.blocks_counted == before and counts.pending
    qtbot.waitUntil(lambda: not editor.count_pending)
    assert counts.blocks_counted - before == 1
    assert counts.words == words + 1
    assert f"{words + 1} / 350–500 words" in editor.counter.text()
    assert editor.counter.restyles == restyles  # still above the range: no restyle
    # Enter splits a paragraph: the two halves are counted, nothing else.
    before = counts.blocks_counted
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert counts.blocks_counted - before <= 2
    assert counts.words == words + 1
    # Typed in one paragraph, then a paragraph split further up (an edit elsewhere, as a
    # replace does): the paragraph waiting to be counted is renumbered, not lost.
    qtbot.keyClicks(editor.edit, "more words ")
    assert counts.pending
    elsewhere = QTextCursor(editor.edit.document().findBlockByNumber(10))
    elsewhere.movePosition(QTextCursor.MoveOperation.EndOfWord)
    elsewhere.insertText("\n")
    qtbot.waitUntil(lambda: not editor.count_pending)
    assert counts.words == count(editor.edit.toPlainText()).words == words + 3
    editor.edit.selectAll()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not editor.count_pending)
    assert counts.words == 0 and editor.counter.restyles == restyles + 1


def test_control_characters_and_nul_are_dropped_on_paste(qtbot, window, monkeypatch, store):
    view, editor = _editor(window, monkeypatch)
    _paste(editor, "tab\there\x00nul\x07bell\x1bescape\nnext line")
    assert editor.edit.toPlainText() == "tab\therenulbellescape\nnext line"
    view.flush()
    assert "\x00" not in store.answer(view.workbook_id, "part1.overview")


def test_rtl_combining_and_long_words(qtbot, window, monkeypatch, store):
    view, editor = _editor(window, monkeypatch)
    text = "مرحبا بالعالم שלום עולם cafe\u0301 na\u0308ive " + "x" * 100_000
    _paste(editor, text)
    qtbot.waitUntil(lambda: "7 / 350–500 words" in editor.counter.text(), timeout=10_000)
    view.flush()
    assert store.answer(view.workbook_id, "part1.overview") == text
