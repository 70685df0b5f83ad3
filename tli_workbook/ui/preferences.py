"""Edit > Preferences…: language, theme, default paper size, spell-check language, backups
kept and the data folder; plus the typed accessors the rest of the app reads them through.

Values live in the settings file (tli_workbook.ui.settings) except the number of backups
kept, which stays in the database setting that the backup code has always read."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPagedPaintDevice, QPageSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tli_workbook import i18n
from tli_workbook.ui import settings

if TYPE_CHECKING:
    # The theme is read from here before the first paint, long before the Store opens.
    from tli_workbook.store import Store

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
PAPERS = ("Letter", "A4")
KEY_THEME = "preferences/theme"
KEY_PAPER = "preferences/paper"
KEY_PAPER_SET = "preferences/paper_set"  # counts changes of the paper default
KEY_SPELL = "preferences/spelling_language"
KEY_BACKUPS = "backup.keep"  # a database setting: store/backups.py's callers read it
# Languages the app's spell checker is written for; offered only when the dictionary exists.
# "auto" checks each field in the language its text is written in.
SPELL_AUTO = "auto"
LANGUAGE_SYSTEM = "system"  # follow the system's language
SPELL_LANGUAGES = {"en": "English", "es": "Español"}  # notr: each language's name in itself
BACKUPS_RANGE = (2, 100)


def language() -> str:
    """The stored language choice: "system" or a code of i18n.LANGUAGES."""
    value = settings.get_str(i18n.PREFERENCE_KEY, "system")
    return value if value in i18n.LANGUAGES else "system"


def theme() -> str:
    value = settings.get_str(KEY_THEME, "system")
    return value if value in THEMES else "system"


def paper_size() -> str:
    """The default paper for exports and printing: "Letter" or "A4"."""
    value = settings.get_str(KEY_PAPER, "Letter")
    return value if value in PAPERS else "Letter"


def paper_generation() -> str:
    """Changes with every new paper default: a paper remembered before it gives way."""
    return settings.get_str(KEY_PAPER_SET, "0")


def page_key() -> str:
    """paper_size() as the exporters and printing name it: "letter" or "a4"."""
    return paper_size().lower()


def start_printer_paper(printer: QPagedPaintDevice) -> None:
    """A printer starts on the Preferences paper (the print dialog can still change it)."""
    a4 = paper_size() == "A4"
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if a4 else QPageSize.PageSizeId.Letter))


def available_spell_languages() -> dict[str, str]:
    """Code -> name of the spell-check languages whose dictionaries are installed."""
    try:
        import spellchecker

        folder = Path(spellchecker.__file__).parent / "resources"
        have = {p.name.split(".")[0] for p in folder.glob("*.json.gz")}
    except (ImportError, OSError):
        log.exception("the spelling dictionaries cannot be listed")
        have = set()
    return {code: name for code, name in SPELL_LANGUAGES.items() if code in have}


def spell_language() -> str:
    """ "auto" (each field in its own language, the default) or a code of SPELL_LANGUAGES."""
    value = settings.get_str(KEY_SPELL, SPELL_AUTO)
    return value if value in SPELL_LANGUAGES or value == SPELL_AUTO else SPELL_AUTO


def backups_kept(store: Store) -> int:
    from tli_workbook.store import backups

    try:
        value = int(store.setting(KEY_BACKUPS, backups.DEFAULT_KEEP))
    except (TypeError, ValueError):
        value = backups.DEFAULT_KEEP
    return max(BACKUPS_RANGE[0], min(BACKUPS_RANGE[1], value))


class PreferencesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Preferences"))
        # Set by "Restart now": the window restarts the app once the dialog has closed.
        self.restart_requested = False
        self.setMinimumWidth(560)  # room for the data folder's path beside longer labels
        form = QFormLayout()
        self._build_language(form)
        self.theme = QComboBox()
        for code, label in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(self.theme.findData(theme()))
        form.addRow(self.tr("&Theme:"), self.theme)
        self.paper = QComboBox()
        for code, label in (("Letter", self.tr("US Letter")), ("A4", self.tr("A4"))):
            self.paper.addItem(label, code)
        self.paper.setCurrentIndex(self.paper.findData(paper_size()))
        form.addRow(self.tr("Default &paper size:"), self.paper)
        self.spelling = QComboBox()
        have = available_spell_languages()
        if len(have) > 1:
            self.spelling.addItem(self.tr("Automatic (the language of each answer)"), SPELL_AUTO)
        for code, name in have.items():
            self.spelling.addItem(name, code)
        self.spelling.setCurrentIndex(max(0, self.spelling.findData(spell_language())))
        self.spelling.setEnabled(self.spelling.count() > 1)
        form.addRow(self.tr("&Spell-check language:"), self.spelling)
        self.backups = QSpinBox()
        self.backups.setRange(*BACKUPS_RANGE)
        self.backups.setValue(backups_kept(store))
        self.backups.setSuffix(self.tr(" backups"))
        form.addRow(self.tr("&Keep the newest:"), self.backups)
        self.folder_label = QLabel(str(store.data_dir))
        self.folder_label.setObjectName("dataFolder")
        self.folder_label.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("&Open the data folder"))
        self.open_folder.clicked.connect(self._open_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.open_folder)
        form.addRow(self.tr("Data folder:"), row)
        note = QLabel(
            self.tr(
                "Your workbooks, attached files and backups are kept in the data folder. "
                "To move to another computer, copy this folder (with the app closed) or "
                "export each workbook as an archive."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("pageNote")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def _build_language(self, form: QFormLayout) -> None:
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), LANGUAGE_SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language's name in itself
        self.language.setCurrentIndex(max(0, self.language.findData(language())))
        self._language_at_open = language()
        form.addRow(self.tr("&Language:"), self.language)
        self.language_note = QLabel(i18n.english_content_notice())
        self.language_note.setObjectName("pageNote")
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        self.restart_note = QLabel(self.tr("The new language is used from the next start."))
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        self.restart_button = QPushButton(self.tr("&Restart now"))
        self.restart_button.setObjectName("restartNow")
        self.restart_button.clicked.connect(self._restart_now)
        row = QHBoxLayout()
        row.addWidget(self.restart_note, 1)
        row.addWidget(self.restart_button)
        self.restart_row = QWidget()
        self.restart_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.restart_row.setVisible(False)
        form.addRow("", self.restart_row)
        self.language.currentIndexChanged.connect(self._language_changed)

    def language_changed(self) -> bool:
        return str(self.language.currentData()) != self._language_at_open

    def _language_changed(self) -> None:
        # Shown only when the choice would change what the app loads at its next start.
        self.restart_row.setVisible(self.language_changed())
        self.adjustSize()  # the wrapped notes keep their full height

    def _restart_now(self) -> None:
        self.restart_requested = True
        self.accept()

    def _open_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.data_dir))):
            log.warning("could not open the data folder %s", self.store.data_dir)

    def save(self) -> None:
        values: dict[str, str | bool | Path] = {
            KEY_THEME: str(self.theme.currentData()),
            KEY_PAPER: str(self.paper.currentData()),
            KEY_SPELL: str(self.spelling.currentData() or SPELL_AUTO),
            i18n.PREFERENCE_KEY: str(self.language.currentData() or "system"),
        }
        if values[KEY_PAPER] != paper_size():
            values[KEY_PAPER_SET] = str(int(paper_generation() or "0") + 1)
        settings.set_values(values)
        self.store.set_setting(KEY_BACKUPS, self.backups.value())
