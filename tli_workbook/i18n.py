"""The app's languages: which one to use and loading its translations into Qt.

English is the language the code is written in; its own file holds only the plural forms
(``%n word(s)`` -> "1 word" / "2 words"). Every other language has a complete file.
The credentials' and the guidebook's own text are not translated: they are NEA's words."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tli_workbook import paths

log = logging.getLogger(__name__)

# Code -> the language's name in itself, as a language chooser shows it.
LANGUAGES = {"en": "English", "es": "Español"}
DEFAULT = "en"
FILE_STEM = "tli_workbook"
PREFERENCE_KEY = "preferences/language"  # "system", or a code of LANGUAGES
# Set once the teacher has been told, in a language other than English, that the credentials'
# own text stays in English.
NOTICE_KEY = "i18n/english_content_notice_shown"

# Kept alive here: Qt holds only a pointer to an installed translator.
_installed: list[QTranslator] = []
_current = DEFAULT


def translations_dir() -> Path:
    return paths.resources_dir() / "i18n"


def system_language() -> str:
    """The first of the system's UI languages the app has, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def resolve(preference: str) -> str:
    """A stored preference ("system", "en", "es", or anything stale) -> a language code."""
    if preference in LANGUAGES:
        return preference
    return system_language()


def installed_in(app: QCoreApplication) -> bool:
    """Whether install() already ran for this application (make_app runs once per test)."""
    return bool(app.property("tli_language"))


def current() -> str:
    return _current


def english_content_notice() -> str:
    """What the UI says once: translating the app does not translate NEA's own words."""
    return QCoreApplication.translate(
        "Language",
        "The credentials' own prompts, the rubric and the guidebook's tools stay in English, "
        "as NEA wrote them.",
    )


def qt_translations_dir() -> Path:
    """Where Qt's own translations (qtbase_es.qm) are: Qt's folder, or beside PySide6 in a
    bundle whose Qt does not know its own folder."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if any(folder.glob("qtbase_*.qm")):
        return folder
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "translations"


def install(language: str) -> str:
    """Load ``language`` into the running Qt application (replacing any earlier choice) and
    make it the default locale for dates and numbers. Returns the language in use."""
    global _current
    app = QCoreApplication.instance()
    if language not in LANGUAGES:
        language = DEFAULT
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    files: list[tuple[str, Path]] = [(FILE_STEM, translations_dir())]
    if language != DEFAULT:
        # Qt's own words: standard buttons (OK, Cancel), context menus, file dialogs.
        files.append(("qtbase", qt_translations_dir()))
    for stem, folder in files:
        translator = QTranslator()
        qm = folder / f"{stem}_{language}.qm"
        if not qm.is_file():
            log.warning("no translation file %s", qm)
            continue
        if not translator.load(str(qm)):
            log.warning("translation file %s could not be loaded", qm)
            continue
        if app is not None:
            app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    if app is not None:
        app.setProperty("tli_language", language)
    _current = language
    return language
