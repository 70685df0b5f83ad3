"""Spell checking in the long-text editors: one shared service, a highlighter per editor, and
the right-click menu (suggestions, "Add to dictionary", "Ignore").

The dictionary (pyspellchecker, ~0.2 s to load) is loaded on the task runner the first time
an editor asks for it, never at start-up; editors underline nothing until it is ready and are
re-highlighted when it arrives. The personal dictionary lives in the database (setting
PERSONAL_KEY) and is shared by every editor of every workbook; "Ignore" lasts for the session.

Each field is checked in one language: the one chosen in Preferences, or (Automatic, the
default) the one its text is written in (text/language_guess.py), so a Spanish answer gets
the Spanish dictionary and an English answer beside it the English one. Each language's
dictionary loads in the background the first time a field needs it.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from tli_workbook import i18n
from tli_workbook.text.language_guess import guess
from tli_workbook.ui import theme
from tli_workbook.ui.tasks import runner

if TYPE_CHECKING:
    from tli_workbook.store import Store
    from tli_workbook.text.spelling import SpellCheck

PERSONAL_KEY = "spelling.personal"
SERVICE_KEY = "spelling"  # in FormContext.services
# Spell checking is linear in the text; a pasted book is not an answer worth underlining, and
# checking it would make typing stutter.
MAX_BLOCK_CHARS = 10_000
MAX_DOCUMENT_CHARS = 200_000
# Enough of a field to tell its language from.
GUESS_CHARS = 4000
# Underlines of the paragraph being typed in wait for this pause in typing.
PAUSE_MS = 600
# An edit of the field's first paragraphs this small is a keystroke: its language is told again
# after a pause, not on the key.
SMALL_EDIT_CHARS = 16
MAX_SUGGESTIONS = 6


_TEXT_SPELLING: ModuleType | None = None


def _text_spelling() -> ModuleType:
    """tli_workbook.text.spelling, imported when first needed (not at start-up), and from
    then on without an import statement at every keystroke (PySide6 hooks each one)."""
    global _TEXT_SPELLING
    if _TEXT_SPELLING is None:
        from tli_workbook.text import spelling

        _TEXT_SPELLING = spelling
    return _TEXT_SPELLING


class SpellingService(QObject):
    ready = Signal()  # the dictionary has loaded
    changed = Signal()  # personal dictionary or ignore list changed: re-highlight

    def __init__(
        self, store: Store, parent: QObject | None = None, mode: str | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._checkers: dict[str, SpellCheck] = {}
        self._loading: set[str] = set()
        self._ignored: set[str] = set()
        self.load_error = ""
        if mode is None:
            from tli_workbook.ui.preferences import spell_language

            mode = spell_language()
        self.mode = mode  # "auto" or a language code

    # ----- language --------------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        """Check every field in `mode` ("en", "es"), or each in its own language ("auto")."""
        if mode != self.mode:
            self.mode = mode
            self.changed.emit()

    def language_for(self, text: str) -> str:
        """The dictionary a field holding `text` is checked with."""
        from tli_workbook.text.spelling import LANGUAGES

        if self.mode in LANGUAGES:
            return self.mode
        # Too little text to tell: the language the teacher chose for the app.
        return guess(text[:GUESS_CHARS], default=i18n.current())

    # ----- loading ---------------------------------------------------------------------------

    def checker(self, language: str = "en") -> SpellCheck | None:
        """The loaded checker for `language`, or None while it loads (the first call starts
        loading on the task runner)."""
        checker = self._checkers.get(language)
        if checker is None and language not in self._loading:
            self._loading.add(language)
            words = self.personal_words()
            runner().run(
                lambda _task: _make_checker(words, language),
                self._loaded,
                label=self.tr("loading the spelling dictionary"),
                owner=self,
                on_failure=self._load_failed,
            )
        return checker

    def load_now(self, language: str = "en") -> SpellCheck:
        """Load on this thread (command line, tests)."""
        if language not in self._checkers:
            self._checkers[language] = _make_checker(self.personal_words(), language)
        return self._checkers[language]

    def _loaded(self, checker: SpellCheck) -> None:
        self._checkers.setdefault(checker.language, checker)
        self.ready.emit()

    def _load_failed(self, exc: BaseException) -> None:
        # Logged with its traceback by the runner. Spelling stays off for this session
        # (nothing is underlined) rather than interrupting the teacher; the language stays in
        # `_loading` so every keystroke does not try again.
        self.load_error = str(exc)

    @property
    def loaded(self) -> bool:
        """Whether a dictionary has loaded."""
        return bool(self._checkers)

    def is_loaded(self, language: str) -> bool:
        return language in self._checkers

    # ----- personal dictionary and ignore list -----------------------------------------------

    def personal_words(self) -> list[str]:
        value = self._store.setting(PERSONAL_KEY, [])
        return [w for w in value if isinstance(w, str)] if isinstance(value, list) else []

    def add_word(self, word: str) -> None:
        word = word.strip()
        if not word:
            return
        words = self.personal_words()
        if word.lower() not in {w.lower() for w in words}:
            self._store.set_setting(PERSONAL_KEY, sorted([*words, word], key=str.lower))
        for checker in self._checkers.values():
            checker.add_words([word])
        self.changed.emit()

    def ignore(self, word: str) -> None:
        self._ignored.add(word.lower())
        self.changed.emit()

    def is_ignored(self, word: str) -> bool:
        return word.lower() in self._ignored

    def misspelled(
        self,
        text: str,
        language: str | None = None,
        recent: RecentSpans | None = None,
        block: int = 0,
    ) -> list[tuple[int, int]]:
        """Code-point spans of misspelled words in one paragraph, checked in `language` (by
        default the one the paragraph is written in); empty until that dictionary loaded.
        With `recent` (a highlighter's memory of the paragraphs it checked, `block` the number
        of this one), a keystroke looks at the words around the change only."""
        if not text or len(text) > MAX_BLOCK_CHARS:
            return []
        checker = self.checker(language or self.language_for(text))
        if checker is None:
            return []
        if recent is None:
            spans = checker.misspelled_spans(text)
        else:
            spans = recent.spans(checker, text, block)
        if not self._ignored:
            return spans
        return [(a, b) for a, b in spans if not self.is_ignored(text[a:b])]


class RecentSpans:
    """Each paragraph's text and misspelled spans (before "Ignore") when a highlighter last
    checked it, by block number, so that checking it again one keystroke later is an update.
    Any remembered paragraph gives the right answer (misspelled_spans_after works from any old
    text); the right one, the same paragraph before the key, makes it cheap."""

    def __init__(self) -> None:
        self._key: tuple[SpellCheck, int] | None = None  # the checker and its version
        self._blocks: dict[int, tuple[str, list[tuple[int, int]]]] = {}

    def spans(self, checker: SpellCheck, text: str, block: int) -> list[tuple[int, int]]:
        key = (checker, checker.version)
        if key != self._key:
            self._key, self._blocks = key, {}
        before = self._blocks.get(block)
        if before is None:
            spans = checker.misspelled_spans(text)
        elif before[0] == text:
            spans = before[1]
        else:
            spans = checker.misspelled_spans_after(before[0], before[1], text)
        self._blocks[block] = (text, spans)
        return list(spans)


def _make_checker(words: list[str], language: str = "en") -> SpellCheck:
    from tli_workbook.text.spelling import SpellCheck

    checker = SpellCheck(words, language)
    checker.warm_up()
    return checker


def spelling_service(services: dict[str, Any], store: Store) -> SpellingService:
    """The shared service in `services`, created on first use."""
    service = services.get(SERVICE_KEY)
    if not isinstance(service, SpellingService):
        service = SpellingService(store)
        services[SERVICE_KEY] = service
    return service


class SpellHighlighter(QSyntaxHighlighter):
    """Red wavy underline under each misspelled word.

    While the teacher types in a paragraph, the underlines from the word being typed to the
    end of that paragraph wait for a pause (PAUSE_MS): a half-typed word is no mistake, and
    underlines that move with every keystroke make Qt lay out and repaint the paragraph again
    (most of a keystroke's cost in a long answer). Only the edited paragraph is checked, each
    word's result is remembered (text/spelling.py), and above MAX_BLOCK_CHARS /
    MAX_DOCUMENT_CHARS checking stops."""

    def __init__(self, edit: QPlainTextEdit, service: SpellingService) -> None:
        super().__init__(edit.document())
        self.edit = edit
        self.service = service
        self.fmt = QTextCharFormat()
        self.fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.fmt.setUnderlineColor(theme.qcolor("spelling"))
        self.held_block: int | None = None  # a paragraph whose later underlines wait
        self._held: tuple[str, list[tuple[int, int]]] | None = None  # its text, spans shown
        self._releasing = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.release)
        # The field's language, worked out again when its text changed (document revision).
        self._language: str | None = None
        self._language_revision: tuple[int, int] = (-1, -1)
        # What it was told from: the start of the text, and the app's language (the default).
        self._language_text: tuple[str, str] | None = None
        self._start_seen: tuple[str, str] | None = None  # at the last keystroke
        self.recent = RecentSpans()
        self._relanguage = QTimer(self)
        self._relanguage.setSingleShot(True)
        self._relanguage.setInterval(0)
        self._relanguage.timeout.connect(self.refresh)
        self._reguess = QTimer(self)
        self._reguess.setSingleShot(True)
        self._reguess.setInterval(PAUSE_MS)
        self._reguess.timeout.connect(self._guess_again)
        service.ready.connect(self.refresh)
        service.changed.connect(self.refresh)
        # Watched only while a paragraph is held (_hold): not a Python call at every key.
        self._watching = False

    def refresh(self) -> None:
        """Re-underline everything. Qt reports a re-highlight as a text change, which the
        editor would take for typing and save; the editor's signals are held meanwhile."""
        was = self.edit.blockSignals(True)
        self._releasing = True
        self._language, self._language_revision = None, (-1, -1)  # the mode may have changed
        self._language_text = self._start_seen = None
        self._held = None  # what it shows may change (a word added to the dictionary)
        try:
            self.rehighlight()
        finally:
            self._releasing = False
            self.edit.blockSignals(was)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if self.document().characterCount() > MAX_DOCUMENT_CHARS:
            return
        to_utf16_spans = _text_spelling().to_utf16_spans
        block = self.currentBlock()
        number = block.blockNumber()
        # The same block, not only the same number: while setPlainText fills the document,
        # the editor's cursor is still in the old one, and the text arrives with no typing.
        typing = not self._releasing and self.edit.textCursor().block() == block
        held = self._held
        if typing and number == self.held_block and held and abs(len(text) - len(held[0])) <= 1:
            self._typed_on(text)  # a keystroke in the paragraph being typed
            return
        if self._language is not None and block.position() >= GUESS_CHARS:
            # Past the start of the field (field_text): Qt highlights first the paragraph an
            # edit begins in, so when this one is the first, the start and so the language are
            # as they were; after an edit of the start, language() ran on that paragraph first.
            language = self._language
        else:
            language = self.language()
        spans = self.service.misspelled(text, language, self.recent, number)
        if typing:
            # The paragraph the teacher types in is held from now until a pause: its words
            # after the cursor wait, and the next keys in it reuse what is shown (_typed_on).
            at = self.edit.textCursor().positionInBlock()
            spans = [
                s for s, s16 in zip(spans, to_utf16_spans(text, spans), strict=True) if s16[1] < at
            ]
            self._hold(number)
            self._held = (text, spans)
            self._pause.start()
        for a, b in to_utf16_spans(text, spans) if spans else ():
            self.setFormat(a, b - a, self.fmt)

    def _typed_on(self, text: str) -> None:
        """A key in the held paragraph: the underlines before the edited word stay where they
        are, a word just ended by a space is checked alone, and the rest waits for the pause
        (release): no look-up of the paragraph's words at every keystroke."""
        sp = _text_spelling()
        assert self._held is not None
        old_text, old_spans = self._held
        keep, ended = sp.typed_edit(old_text, text)
        spans = [(a, b) for a, b in old_spans if b <= keep]
        if ended is not None and self._language is not None and len(text) <= MAX_BLOCK_CHARS:
            start, end = ended  # (a longer paragraph is not checked at all)
            found = self.service.misspelled(text[start:end], self._language)
            spans += [(start + a, start + b) for a, b in found]
        self._held = (text, spans)
        self._pause.start()
        if self._reguess.isActive():
            self._reguess.start()  # the language is told again after the pause, as before
        for a, b in sp.to_utf16_spans(text, spans) if spans else ():
            self.setFormat(a, b - a, self.fmt)

    def language(self) -> str:
        """The language this field is checked in."""
        # The revision alone is not enough: a field filled by setPlainText is highlighted
        # while the text arrives, at one revision, so the size is part of the key.
        doc = self.document()
        revision = (doc.revision(), doc.characterCount())
        if revision != self._language_revision or self._language is None:
            size_before = self._language_revision[1]
            self._language_revision = revision
            if self._language is not None and abs(revision[1] - size_before) <= SMALL_EDIT_CHARS:
                # A keystroke: the start of the text (the field's first GUESS_CHARS, read anew
                # at every key in an essay's opening paragraphs) changed by a few letters at
                # most. Told again after a pause in typing, as below (already asked for, when
                # this is the paragraph's own re-check after the pause).
                if not self._releasing:
                    self._reguess.start()
                return self._language
            start = field_text(self.edit)
            told_from = (start, i18n.current())
            if told_from == self._language_text and self._language is not None:
                return self._language  # typed further on: the start, so the guess, is the same
            if self._language is not None and self._small_edit(told_from):
                # A keystroke in the first paragraphs: told again after a pause in typing (a
                # few letters seldom change a language; when they do, all is re-checked).
                self._reguess.start()
                return self._language
            self._language_text = self._start_seen = told_from
            new = self.service.language_for(start)
            if self._language is not None and new != self._language:
                # The other paragraphs were checked in the language the field had before.
                self._relanguage.start()
            self._language = new
        return self._language

    def _small_edit(self, told_from: tuple[str, str]) -> bool:
        """Whether the start of the text changed by a keystroke since it was last looked at."""
        before, self._start_seen = self._start_seen, told_from
        if before is None or before[1] != told_from[1]:
            return False
        return abs(len(before[0]) - len(told_from[0])) <= SMALL_EDIT_CHARS

    def _guess_again(self) -> None:
        start = field_text(self.edit)
        told_from = (start, i18n.current())
        if told_from == self._language_text or self._language is None:
            return
        self._language_text = self._start_seen = told_from
        if self.service.language_for(start) != self._language:
            self.refresh()  # every paragraph, in the new language

    def release(self) -> None:
        """Underline the held paragraph in full (after a pause, or when the cursor left it)."""
        number, self.held_block = self.held_block, None
        self._held = None
        if self._watching:
            self._watching = False
            self.edit.cursorPositionChanged.disconnect(self._cursor_moved)
        self._pause.stop()
        if number is None:
            return
        block = self.document().findBlockByNumber(number)
        if not block.isValid():
            return
        was = self.edit.blockSignals(True)  # a re-highlight is no text change
        self._releasing = True
        try:
            self.rehighlightBlock(block)
        finally:
            self._releasing = False
            self.edit.blockSignals(was)

    def _hold(self, number: int) -> None:
        self.held_block = number
        if not self._watching:
            self._watching = True
            self.edit.cursorPositionChanged.connect(self._cursor_moved)

    def _cursor_moved(self) -> None:
        if self.held_block is not None and self.edit.textCursor().blockNumber() != self.held_block:
            self.release()


def field_text(edit: QPlainTextEdit) -> str:
    """The start of a field's text, enough to tell its language (GUESS_CHARS)."""
    parts: list[str] = []
    size = 0
    block = edit.document().firstBlock()
    while block.isValid() and size < GUESS_CHARS:
        parts.append(block.text())
        size += len(parts[-1]) + 1
        block = block.next()
    return "\n".join(parts)


def word_at(edit: QPlainTextEdit, service: SpellingService, pos: QPoint) -> QTextCursor | None:
    """A cursor selecting the misspelled word under `pos` (viewport coordinates), if any."""
    cursor = edit.cursorForPosition(pos)
    block = cursor.block()
    text = block.text()
    from tli_workbook.text.spelling import to_utf16_spans

    spans = service.misspelled(text, service.language_for(field_text(edit)))
    at = cursor.positionInBlock()
    for a, b in to_utf16_spans(text, spans):
        if a <= at <= b:
            sel = QTextCursor(block)
            sel.setPosition(block.position() + a)
            sel.setPosition(block.position() + b, QTextCursor.MoveMode.KeepAnchor)
            return sel
    return None


def spelling_menu(edit: QPlainTextEdit, service: SpellingService, pos: QPoint) -> QMenu:
    """The editor's usual context menu, with spelling actions first when `pos` is on a
    misspelled word."""
    menu = edit.createStandardContextMenu(pos)
    sel = word_at(edit, service, pos)
    checker = service.checker(service.language_for(field_text(edit)))
    if sel is None or checker is None:
        return menu
    word = sel.selectedText()
    first = menu.actions()[0] if menu.actions() else None
    actions: list[QAction] = []
    for s in checker.suggestions(word, MAX_SUGGESTIONS):
        act = QAction(s, menu)
        font = act.font()
        font.setBold(True)
        act.setFont(font)
        act.triggered.connect(lambda _c=False, s=s, sel=sel: _replace(sel, s))
        actions.append(act)
    if not actions:
        none = QAction(QCoreApplication.translate("Spelling", "No suggestions"), menu)
        none.setEnabled(False)
        actions.append(none)
    add = QAction(
        QCoreApplication.translate("Spelling", "Add “{word}” to dictionary").format(word=word), menu
    )
    add.setObjectName("spellAdd")
    add.triggered.connect(lambda: service.add_word(word))
    ignore = QAction(
        QCoreApplication.translate("Spelling", "Ignore “{word}”").format(word=word), menu
    )
    ignore.setObjectName("spellIgnore")
    ignore.triggered.connect(lambda: service.ignore(word))
    for entry in [*actions, None, add, ignore, None]:
        if entry is None:
            menu.insertSeparator(first) if first else menu.addSeparator()
        else:
            menu.insertAction(first, entry) if first else menu.addAction(entry)
    return menu


def _replace(sel: QTextCursor, text: str) -> None:
    sel.beginEditBlock()
    sel.insertText(text)
    sel.endEditBlock()


def attach_spelling(
    edit: QPlainTextEdit, services: dict[str, Any], store: Store
) -> SpellHighlighter:
    """Underline misspellings in `edit` and offer suggestions on right click."""
    service = spelling_service(services, store)
    highlighter = SpellHighlighter(edit, service)
    # Load the dictionary now, on the task runner, while the page opens: not when the first
    # text arrives or the first key is typed.
    service.checker(service.language_for(field_text(edit)))
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        menu = spelling_menu(edit, service, pos)
        menu.exec(edit.viewport().mapToGlobal(pos))
        menu.deleteLater()

    edit.customContextMenuRequested.connect(show)
    return highlighter
