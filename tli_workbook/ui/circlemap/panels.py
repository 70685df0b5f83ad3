"""Side panels of the Circle Map page: the core belief/theme and the guidance checklist."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Part
from tli_workbook.paths import resources_dir

log = logging.getLogger(__name__)
EXAMPLES_FILE = "core-belief-examples.txt"


def read_examples() -> list[str]:
    """The app's own example beliefs (resources/circlemap), [] if the file is missing."""
    path = resources_dir() / "circlemap" / EXAMPLES_FILE
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        log.exception("could not read the example core beliefs from %s", path)
        return []
    lines = (" ".join(line.split()) for line in raw.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _label(text: str, name: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        lab.setObjectName(name)
    return lab


class CoreBeliefPanel(QWidget):
    """The centre of the map, typed by the teacher, with an optional note on its source."""

    themeEdited = Signal(str)
    noteEdited = Signal(str)
    themeTyped = Signal(str)  # every keystroke, before Enter or leaving the box
    noteTyped = Signal(str)
    loadListRequested = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._note = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = _label(label, "sectionHeading")
        layout.addWidget(heading)
        row = QHBoxLayout()
        self.theme = QComboBox()
        self.theme.setEditable(True)
        self.theme_edit = QLineEdit()
        self.theme.setLineEdit(self.theme_edit)
        self.theme.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.theme.setMinimumContentsLength(12)
        self.theme_edit.setPlaceholderText(self.tr("Type your core belief or theme"))
        self.theme.setAccessibleName(label)
        heading.setBuddy(self.theme)
        row.addWidget(self.theme, 1)
        self.load_button = QPushButton(self.tr("Load list…"))
        self.load_button.setAccessibleName(self.tr("Load theme list"))
        self.load_button.setToolTip(
            self.tr(
                "Optional: add your own list to pick from, a text file with one theme per "
                "line (for example, the themes you noted from your booklet)."
            )
        )
        row.addWidget(self.load_button)
        layout.addLayout(row)
        self.examples = read_examples()
        self.hint = _label(
            self.tr(
                "Write it in your own words. The list offers a few examples to start from; "
                "the one that matters is the belief that drives your work."
            ),
            "fieldHelp",
        )
        layout.addWidget(self.hint)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Source (optional), e.g. where the theme comes from"))
        self.note.setAccessibleName(self.tr("{label} source note").format(label=label))
        layout.addWidget(self.note)
        self.theme_edit.editingFinished.connect(self._theme_done)
        self.theme.activated.connect(self._picked)
        self.note.editingFinished.connect(self._note_done)
        self.theme_edit.textEdited.connect(lambda t: self.themeTyped.emit(t.strip()))
        self.note.textEdited.connect(lambda t: self.noteTyped.emit(t.strip()))
        self.load_button.clicked.connect(self.loadListRequested)
        self.set_themes([])

    def set_values(self, text: str, note: str) -> None:
        self._text, self._note = text, note
        if self.theme.currentText() != text:
            self.theme.setEditText(text)
            self.theme_edit.setCursorPosition(0)
        if self.note.text() != note:
            self.note.setText(note)

    def set_themes(self, themes: Sequence[str]) -> None:
        """The teacher's own list (if loaded), then the app's examples, marked as such."""
        current = self.theme.currentText()
        self.theme.blockSignals(True)
        self.theme.clear()
        own = list(themes)
        for text in own:
            self.theme.addItem(text, text)
        for text in self.examples:
            if text not in own:
                self.theme.addItem(self.tr("Example: {0}").format(text), text)
        self.theme.setEditText(current)
        self.theme.blockSignals(False)
        words = own + [t for t in self.examples if t not in own]
        completer = QCompleter(words, self.theme)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.theme.setCompleter(completer)

    def _picked(self, index: int) -> None:
        # The box takes the belief itself, not the "Example:" mark, ready to be reworded.
        text = self.theme.itemData(index)
        if isinstance(text, str):
            self.theme.setEditText(text)
        self._theme_done()

    def commit(self) -> None:
        """Save what is typed but not yet confirmed (the page is being left)."""
        self._theme_done()
        self._note_done()

    def _theme_done(self) -> None:
        text = self.theme.currentText().strip()
        if text != self._text:
            self._text = text
            self.themeEdited.emit(text)

    def _note_done(self) -> None:
        note = self.note.text().strip()
        if note != self._note:
            self._note = note
            self.noteEdited.emit(note)


class GuidancePanel(QWidget):
    """What each ring asks, the outer ring's guiding questions, and the rubric's Proficient
    criteria as a checklist the teacher ticks while reviewing."""

    checksChanged = Signal(list)

    def __init__(self, part: Part, criteria: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for ring in ("center", "context", "needs"):
            spec = part.rings.get(ring)
            if spec is None:
                continue
            layout.addWidget(_label(spec.label, "sectionHeading"))
            if spec.prompt:
                layout.addWidget(_label(spec.prompt))
            if spec.prompts:
                intro = self.tr("Guiding questions:") if ring == "needs" else self.tr("Consider:")
                items = "".join(f"<li>{_escape(p)}</li>" for p in spec.prompts)
                lab = _label(f"{intro}<ul style='margin-left:-20px'>{items}</ul>")
                lab.setTextFormat(Qt.TextFormat.RichText)
                layout.addWidget(lab)
        heading = _label(
            self.tr("Proficient looks like (tick when your map shows it)"), "sectionHeading"
        )
        layout.addWidget(heading)
        self.checklist = QListWidget()
        self.checklist.setWordWrap(True)
        self.checklist.setAccessibleName(self.tr("Rubric checklist: Proficient criteria"))
        self.checklist.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        for text in criteria:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        self.checklist.setMinimumHeight(160)
        layout.addWidget(self.checklist, 1)
        self.checklist.itemChanged.connect(lambda _i: self.checksChanged.emit(self.checked()))

    def checked(self) -> list[int]:
        return [
            i
            for i in range(self.checklist.count())
            if self.checklist.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, indices: Sequence[int]) -> None:
        wanted = set(indices)
        self.checklist.blockSignals(True)
        for i in range(self.checklist.count()):
            state = Qt.CheckState.Checked if i in wanted else Qt.CheckState.Unchecked
            self.checklist.item(i).setCheckState(state)
        self.checklist.blockSignals(False)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
