"""One artifact on the page: its thumbnail and file, and its annotation.

The card edits a copy of the artifact's record; `edited` tells the page to queue a save, and
record() is read when the save happens. The page does everything that touches the store or
opens windows; the card only asks for it through signals.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.artifacts.annotation import (
    TYPE_KEY,
    draft_description,
    element_kind,
    missing_elements,
)
from tli_workbook.definitions.model import Part
from tli_workbook.ui.artifacts.fields import OptionalCount, OptionalDateTime, ShortText
from tli_workbook.ui.artifacts.thumbnail import ThumbnailButton
from tli_workbook.ui.forms.counter import CounterLabel
from tli_workbook.ui.forms.fields_text import PlainEditor
from tli_workbook.ui.pages.record_cards import card_header

LABEL_WIDTH = 210


# Built by ensure_form: reading one of these before builds the form first.
_FORM_ATTRS = frozenset(
    ("type_combo", "elements", "url", "description", "counter", "draft_btn", "missing")
)


class ArtifactCard(QFrame):
    edited = Signal(str)  # uid
    actionRequested = Signal(str, str)  # uid, action: view open markup replace screenshot
    moveRequested = Signal(str, int)  # uid, -1 up / +1 down
    removeRequested = Signal(str)
    # Set by card_header (ui/pages/record_cards.py).
    number: QLabel
    up_btn: QToolButton
    down_btn: QToolButton
    remove_btn: QToolButton
    draftRequested = Signal(str)  # the page confirms before overwriting

    def __init__(
        self,
        part: Part,
        record: dict[str, Any],
        parent: QWidget | None = None,
        lazy: bool = False,
    ) -> None:
        """With lazy, only the header (thumbnail, title, file, buttons) is built now and the
        annotation form on ensure_form(): the form is most of a card's cost, and thirty cards
        arriving from a drop must each appear in one short turn of the event loop."""
        super().__init__(parent)
        self.setObjectName("artifactCard")  # styled in resources/styles/records.qss
        self.part = part
        self._record = copy.deepcopy(record)
        self.uid = str(record["id"])
        self._loading = True
        self._form_built = False
        self._offered_date: str | None = None
        self._outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 14)
        outer.setSpacing(10)
        outer.addLayout(self._build_header())
        self.set_record(self._record)
        self._loading = False
        if not lazy:
            self.ensure_form()

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not set yet: the form's, on a card built lazily.
        if name in _FORM_ATTRS and not self.__dict__.get("_form_built", True):
            self.ensure_form()
            return getattr(self, name)
        raise AttributeError(name)

    @property
    def form_built(self) -> bool:
        return self._form_built

    def ensure_form(self) -> None:
        """Build the annotation form (once), filled from the record, in its place in the tab
        order: right after this card's header, before whatever follows the card."""
        if self._form_built:
            return
        self._form_built = True
        # Built in a box with no parent yet, so its own focus chain is in creation order.
        box = QWidget()
        box.setObjectName("artifactForm")
        lay = self._build_annotation()
        lay.setContentsMargins(0, 0, 0, 0)
        box.setLayout(lay)
        chain: list[QWidget] = []
        w = box.nextInFocusChain()
        while w is not None and w is not box and len(chain) < 500:
            chain.append(w)
            w = w.nextInFocusChain()
        self._outer.addWidget(box)
        # Shown now, not on the next turn as a widget added to a shown card would be: a
        # jump to the annotation (find, privacy) looks for its box right after this.
        box.show()
        # The form only: the title may have been typed in since the record was set.
        self._loading = True
        try:
            self._fill_form()
        finally:
            self._loading = False
        if self._offered_date is not None:
            self.offer_photo_date(self._offered_date)
        prev: QWidget = self.replace_btn
        for w in chain:
            QWidget.setTabOrder(prev, w)
            prev = w

    # ----- layout ----------------------------------------------------------------------------

    def _build_header(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.thumb = ThumbnailButton()
        self.thumb.activated.connect(lambda: self.actionRequested.emit(self.uid, "view"))
        grid.addWidget(self.thumb, 0, 0, 4, 1, Qt.AlignmentFlag.AlignTop)

        top = card_header(self, "artifactNumber", "artifact")
        grid.addLayout(top, 0, 1)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title, e.g. “February coaching newsletter”"))
        self.title.setAccessibleName(self.tr("Artifact title"))
        self.title.setMaxLength(200)
        self.title.textEdited.connect(lambda _t: self._edited())
        grid.addWidget(self.title, 1, 1)

        self.file_label = QLabel()
        self.file_label.setObjectName("fieldHelp")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.file_label, 2, 1)

        buttons = QHBoxLayout()
        # Short labels: the four buttons share one row beside the preview at 1024 pixels.
        self.open_btn = self._button(self.tr("Open in its app"), "open")
        self.open_btn.setToolTip(
            self.tr("Open the file with the program your computer uses for it")
        )
        self.view_btn = self._button(self.tr("View"), "view")
        self.markup_btn = self._button(self.tr("Mark up image…"), "markup")
        self.replace_btn = self._button(self.tr("Replace file…"), "replace")
        for b in (self.view_btn, self.markup_btn, self.open_btn, self.replace_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _button(self, text: str, action: str) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(lambda: self.actionRequested.emit(self.uid, action))
        return b

    def _build_annotation(self) -> QVBoxLayout:
        col = QVBoxLayout()
        col.setSpacing(6)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.type_combo = QComboBox()
        self.type_combo.setEditable(True)
        self.type_combo.addItems(["", *self.part.artifact_types])
        self.type_combo.setAccessibleName(self.tr("Type of artifact"))
        type_edit = self.type_combo.lineEdit()
        if type_edit is not None:  # the combo box is editable
            type_edit.setPlaceholderText(self.tr("Choose or type a kind of artifact"))
        self.type_combo.currentTextChanged.connect(lambda _t: self._edited())
        form.addRow(_form_label(self.tr("Type of artifact"), self.type_combo), self.type_combo)

        self.elements: dict[str, Any] = {}
        for el in self.part.annotation_elements:
            kind = element_kind(el.id)
            w: Any = (
                OptionalDateTime()
                if kind == "datetime"
                else OptionalCount()
                if kind == "number"
                else ShortText()
            )
            w.setAccessibleName(el.label)
            w.changed.connect(self._edited)
            self.elements[el.id] = w
            form.addRow(_form_label(el.label, w), w)
        self.url = QLineEdit()
        self.url.setPlaceholderText(
            self.tr("https://… (optional: where the artifact is published)")
        )
        self.url.setAccessibleName(self.tr("Link"))
        self.url.textEdited.connect(lambda _t: self._edited())
        form.addRow(_form_label(self.tr("Link"), self.url), self.url)
        col.addLayout(form)

        words = self.part.annotation_words
        head = QLabel(self._annotation_heading())
        head.setObjectName("fieldLabel")
        col.addWidget(head)
        self.description = PlainEditor()
        self.description.setAccessibleName(self.tr("Annotation"))
        self.description.setPlaceholderText(
            self.tr("Describe the artifact in your own words, or draft it from the fields above.")
        )
        self.description.setFixedHeight(96)
        self.description.setTabChangesFocus(True)
        self.description.textChanged.connect(self._on_description)
        head.setBuddy(self.description)  # Alt+letter reaches it (ui/forms/mnemonics.py)
        col.addWidget(self.description)
        row = QHBoxLayout()
        self.counter = CounterLabel(words, None)
        row.addWidget(self.counter)
        row.addStretch(1)
        self.draft_btn = QPushButton(self.tr("Draft description from these fields"))
        self.draft_btn.clicked.connect(lambda: self.draftRequested.emit(self.uid))
        row.addWidget(self.draft_btn)
        col.addLayout(row)
        self.missing = QLabel()
        self.missing.setObjectName("fieldHelp")
        self.missing.setWordWrap(True)
        col.addWidget(self.missing)
        return col

    def _annotation_heading(self) -> str:
        """ "Annotation (50-150 words)": one whole phrase per kind of range."""
        words = self.part.annotation_words
        if words is None:
            return self.tr("Annotation")
        if words.min is not None and words.max is not None:
            return self.tr("Annotation ({min}-{max} words)").format(min=words.min, max=words.max)
        if words.max is not None:
            return self.tr("Annotation (at most %n words)", "", words.max)
        if words.min is not None:
            return self.tr("Annotation (at least %n words)", "", words.min)
        return self.tr("Annotation (words)")

    # ----- values ----------------------------------------------------------------------------

    def set_record(self, record: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._record = copy.deepcopy(record)
            self.title.setText(str(self._record.get("title") or ""))  # notr: record keys
            self.thumb.setAccessibleName(
                self.tr("Preview of {title}").format(title=self.title.text())
                if self.title.text()
                else self.tr("Preview of this artifact")
            )
            if self._form_built:  # else ensure_form fills it from the record
                self._fill_form()
        finally:
            self._loading = False

    def _fill_form(self) -> None:
        fields = self._record.get("fields") or {}
        self.url.setText(str(self._record.get("url") or ""))  # notr: record keys
        self.type_combo.setCurrentText(str(fields.get(TYPE_KEY) or ""))
        for el_id, w in self.elements.items():
            if isinstance(w, OptionalCount):
                w.set_number(fields.get(el_id))
            else:
                w.set_value(fields.get(el_id))
        self.description.setPlainText(str(self._record.get("description") or ""))
        self.counter.update_for(self.description.toPlainText())
        self._update_missing()

    def fields(self) -> dict[str, Any]:
        out = dict(self._record.get("fields") or {})
        if not self._form_built:
            return out  # nothing edited yet: the record's own values
        out[TYPE_KEY] = self.type_combo.currentText().strip()
        for el_id, w in self.elements.items():
            out[el_id] = w.number() if isinstance(w, OptionalCount) else w.value()
        return out

    def record(self) -> dict[str, Any]:
        """The artifact as the store should hold it now."""
        rec = dict(self._record)
        if not self._form_built:
            rec.update(title=self.title.text().strip(), fields=self.fields())
            return rec
        rec.update(
            title=self.title.text().strip(),
            url=self.url.text().strip(),
            description=self.description.toPlainText(),
            fields=self.fields(),
        )
        return rec

    def update_record(self, **changes: Any) -> None:
        """Change record keys the card does not edit itself (file, filename, markup)."""
        self._record.update(changes)
        self._edited()

    @property
    def markup(self) -> list[dict[str, Any]]:
        return list(self._record.get("markup") or [])

    def set_number(self, n: int, total: int, count: int) -> None:
        self.number.setText(
            self.tr("Artifact {number} of {total}").format(number=n, total=count)
            if count and total <= count
            else self.tr("Artifact {number}").format(number=n)
        )
        self.up_btn.setEnabled(n > 1)
        self.down_btn.setEnabled(n < total)

    def offer_photo_date(self, iso: str | None) -> None:
        """Offer the attached photo's own date beside the date element(s)."""
        self._offered_date = iso
        if not self._form_built:
            return
        for w in self.elements.values():
            if isinstance(w, OptionalDateTime):
                w.offer(iso)

    def set_file_text(self, text: str, kind: str, has_file: bool, is_link: bool) -> None:
        self.file_label.setText(text)
        self.thumb.kind = kind
        self.view_btn.setVisible(kind in ("image", "pdf"))
        self.markup_btn.setVisible(kind == "image")
        self.open_btn.setVisible(has_file or is_link)
        self.open_btn.setText(
            self.tr("Open link") if is_link and not has_file else self.tr("Open in its app")
        )
        self.replace_btn.setText(
            self.tr("Attach screenshot…") if is_link and not has_file else self.tr("Replace file…")
        )

    def set_description(self, text: str) -> None:
        """Replace the description as one undoable edit (Ctrl+Z brings the old text back)."""
        cur = QTextCursor(self.description.document())
        cur.select(QTextCursor.SelectionType.Document)
        cur.insertText(text)

    def draft(self) -> str:
        return draft_description(self.part, self.fields())

    def _on_description(self) -> None:
        self.counter.update_for(self.description.toPlainText())
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        if self._form_built:
            self._update_missing()
        self.edited.emit(self.uid)

    def _update_missing(self) -> None:
        missing = missing_elements(self.part, self.fields())
        self.missing.setText(
            self.tr("Still to give: {items}.").format(items=", ".join(missing)) if missing else ""
        )
        self.missing.setVisible(bool(missing))


def _form_label(text: str, buddy: QWidget) -> QLabel:
    # A fixed width keeps the fields aligned and lets only long labels wrap; the buddy gives
    # the label its Alt+letter (ui/forms/mnemonics.py).
    label = QLabel(text.replace("&", "&&"))
    label.setBuddy(buddy)
    label.setWordWrap(True)
    label.setFixedWidth(LABEL_WIDTH)
    return label
