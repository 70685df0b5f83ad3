"""The shipped translations are complete and in step with the code.

- resources/i18n/tli_workbook_{es,en}.ts hold every message the code has (lupdate run over
  copies finds nothing new), with nothing unfinished, and every %n message has English and
  Spanish singular and plural forms;
- every translation keeps its source's {placeholders} and %n;
- the .qm files the app loads are compiled from those .ts files;
- no user-visible string escapes translation (tests/i18n/escapes.py over all of tli_workbook),
  and no message lacks a context (an aliased translate() that lupdate cannot place);
- in the real window, Spanish menus and Qt's own buttons appear with install("es"), and
  English comes back with install("en"); the word counter says "1 word" / "2 words" and
  "1 palabra" / "2 palabras".

lupdate and lrelease run once per session (session-scoped fixtures)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox

from tests.i18n import escapes
from tli_workbook import i18n

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "resources" / "i18n"
LANGS = ("es", "en")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def _load_script() -> ModuleType:
    name = "tli_translations_script"
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


tr = _load_script()


def _committed(lang: str) -> Path:
    path = tr.ts_path(lang, FOLDER)
    assert path.is_file(), f"{path} is missing: run scripts/translations.py all"
    return path


@pytest.fixture(scope="session")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copies of the committed .ts files with lupdate run over today's code."""
    folder = tmp_path_factory.mktemp("ts")
    for lang in LANGS:
        shutil.copy(_committed(lang), folder)
    tr.update(folder=folder, root=REPO)
    return folder


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files compiled afresh."""
    folder = tmp_path_factory.mktemp("qm")
    for lang in LANGS:
        _committed(lang)
    tr.compile_qm(folder=FOLDER, out=folder)
    return folder


def _messages(path: Path) -> dict[tuple[str, str], Any]:
    return {(m.context, m.key): m for m in tr.read_ts(path)}


@pytest.mark.parametrize("lang", LANGS)
def test_ts_has_every_message_of_the_code(updated: Path, lang: str) -> None:
    committed = _messages(_committed(lang))
    fresh = _messages(tr.ts_path(lang, updated))
    new = sorted(set(fresh) - set(committed))
    gone = sorted(set(committed) - set(fresh))
    assert not new, f"{len(new)} messages not in the {lang} .ts yet, e.g. {new[:5]}"
    assert not gone, f"{len(gone)} messages no longer in the code, e.g. {gone[:5]}"
    # Extracting again keeps every translation as it is (lupdate alone folds the plural
    # forms of translate() messages into one).
    changed = [
        k
        for k, m in committed.items()
        if (m.translation, m.forms, m.finished)
        != (fresh[k].translation, fresh[k].forms, fresh[k].finished)
    ]
    assert not changed, f"{len(changed)} translations changed by an update, e.g. {changed[:5]}"


def test_nothing_unfinished() -> None:
    spanish = tr.read_ts(_committed("es"))
    assert spanish
    unfinished = [(m.context, m.key) for m in spanish if not m.finished]
    assert not unfinished, f"{len(unfinished)} unfinished, e.g. {unfinished[:5]}"
    empty = [(m.context, m.key) for m in spanish if not m.numerus and not m.translation.strip()]
    assert not empty, f"{len(empty)} empty translations, e.g. {empty[:5]}"
    for lang in LANGS:
        for m in tr.read_ts(_committed(lang)):
            if "%n" in m.source:
                assert m.numerus, f"{lang}: {m.context}: {m.source!r} is not a plural message"
            if m.numerus:
                assert m.finished and len(m.forms) == 2 and all(f.strip() for f in m.forms), (
                    f"{lang}: {m.context}: {m.source!r} needs a singular and a plural form"
                )


def _marks(text: str) -> list[str]:
    """The placeholders a text uses (each once: a translation may say "{what}" once where the
    English says it twice)."""
    return sorted(set(PLACEHOLDER.findall(text)))


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders(lang: str) -> None:
    bad = []
    for m in tr.read_ts(_committed(lang)):
        want = _marks(m.source)
        texts = list(m.forms) if m.numerus else [m.translation]
        for text in texts:
            got = _marks(text)
            # A singular may say "un" / "one" instead of %n; every other mark must stay.
            if m.numerus and "%n" not in got:
                got = sorted({*got, "%n"})
            if text and got != want:
                bad.append((m.context, m.source, text))
    assert not bad, f"{len(bad)} translations change their placeholders, e.g. {bad[:3]}"


@pytest.mark.parametrize("lang", LANGS)
def test_qm_files_are_compiled_from_the_ts(compiled: Path, lang: str) -> None:
    shipped = FOLDER / f"{tr.STEM}_{lang}.qm"
    fresh = compiled / shipped.name
    assert shipped.is_file(), f"{shipped} is missing: run scripts/translations.py compile"
    if shipped.read_bytes() == fresh.read_bytes():
        return
    # Not byte for byte: compare what each file translates every message to.
    one, two = QTranslator(), QTranslator()
    assert one.load(str(shipped)) and two.load(str(fresh))
    for m in tr.read_ts(_committed(lang)):
        for n in (1, 2) if m.numerus else (-1,):
            args = (m.context, m.source, m.comment or None, n)
            assert one.translate(*args) == two.translate(*args), (m.context, m.source, n)


def test_no_string_escapes_translation() -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {text[:60]!r}"
        for path in escapes.python_files([REPO / "tli_workbook"])
        for line, text in escapes.escapes(path)
    ]
    assert not found, f"{len(found)} untranslated strings, e.g.\n" + "\n".join(found[:15])


def test_every_message_has_a_context(updated: Path) -> None:
    nameless = [m.source for m in tr.read_ts(tr.ts_path("es", updated)) if not m.context]
    assert not nameless, f"messages without a context (aliased translate?): {nameless[:5]}"


# ----- the real widgets ---------------------------------------------------------------------


@pytest.fixture
def back_to_english() -> Iterator[None]:
    try:
        yield
    finally:
        i18n.install("en")


def _menu_titles(window: Any) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.text()]


def _cancel_text() -> str:
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    text = box.button(QMessageBox.StandardButton.Cancel).text()
    box.deleteLater()
    return text


def test_window_and_qt_buttons_in_spanish_and_back(qtbot, store, catalog, back_to_english):
    from tli_workbook.ui.main_window import MainWindow

    i18n.install("en")
    english = MainWindow(store, catalog)
    qtbot.addWidget(english)
    titles = _menu_titles(english)
    assert "&File" in titles and "&Help" in titles
    assert _cancel_text() == "&Cancel" or _cancel_text() == "Cancel"

    spanish_ts = _messages(_committed("es"))
    wanted = [spanish_ts[("MainWindow", t)].translation for t in titles]
    i18n.install("es")
    spanish = MainWindow(store, catalog)
    qtbot.addWidget(spanish)
    assert _menu_titles(spanish) == wanted
    assert "&Archivo" in wanted and wanted != titles
    assert _cancel_text().replace("&", "") == "Cancelar"

    i18n.install("en")
    again = MainWindow(store, catalog)
    qtbot.addWidget(again)
    assert _menu_titles(again) == titles
    assert _cancel_text().replace("&", "") == "Cancel"


def test_word_counter_plurals(qtbot, back_to_english) -> None:
    from tli_workbook.ui.forms.counter import CounterLabel

    seen: dict[str, list[str]] = {}
    for lang in ("en", "es"):
        i18n.install(lang)
        counter = CounterLabel(None, None)
        qtbot.addWidget(counter)
        for text in ("one", "one two"):
            counter.update_for(text)
            seen.setdefault(lang, []).append(counter.text())
    assert seen["en"] == ["1 word", "2 words"]
    assert seen["es"] == ["1 palabra", "2 palabras"]
