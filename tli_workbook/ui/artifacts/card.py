"""One artifact on the page: its thumbnail and file, and its annotation.

The card edits a copy of the artifact's record; `edited` tells the page to queue a save, and
record() is read when the save happens. The page does everything that touches the store or
opens windows; the card only asks for it through signals.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMargins, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
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
from tli_workbook.ui import theme
from tli_workbook.ui.artifacts.fields import OptionalCount, OptionalDateTime, ShortText
from tli_workbook.ui.artifacts.thumbnail import SIZE as CARD_SIZE
from tli_workbook.ui.artifacts.thumbnail import ThumbnailButton
from tli_workbook.ui.forms.counter import CounterLabel
from tli_workbook.ui.forms.fields_text import PlainEditor
from tli_workbook.ui.forms.lazy import chain_of, place_in_chain
from tli_workbook.ui.pages.record_cards import card_header

LABEL_WIDTH = 210


# Built by ensure_form: reading one of these before builds the form first.
_FORM_ATTRS = frozenset(
    ("type_combo", "elements", "url", "description", "counter", "draft_btn", "missing")
)
# Built by ensure_header, for a card made as a sketch: reading one of these builds it first.
_HEADER_ATTRS = frozenset(
    (
        "thumb",
        "title",
        "file_label",
        "open_btn",
        "view_btn",
        "markup_btn",
        "replace_btn",
        "number",
        "up_btn",
        "down_btn",
        "remove_btn",
    )
)
SKETCH_HEIGHT = 160  # a sketch's height until a built header has been measured


@dataclass
class Preview:
    """What the card's header shows about its file (ArtifactsPage makes it from a FileView):
    the line of text under the title, the kind of preview, and its picture or badge."""

    text: str
    kind: str  # "image", "pdf", "file", "link", "none" or "loading"
    has_file: bool
    is_link: bool
    tooltip: str = ""
    picture: QImage | None = None  # already scaled for the card (attach.card_picture)
    thumb: Path | None = None  # a cached thumbnail file, else
    badge: tuple[str, str] = ("", "")  # the type badge's media type and file name


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
        sketch: Preview | None = None,
    ) -> None:
        """With lazy, only the header (thumbnail, title, file, buttons) is built now and the
        annotation form on ensure_form(): the form is most of a card's cost, and thirty cards
        arriving from a drop must each appear in one short turn of the event loop.

        With a sketch (lazy too), not even the header: the card paints its picture, number,
        title and file as the header shows them, and builds the header on ensure_header(),
        which the page calls once the batch is attached, and the card itself when focus
        reaches it or it is clicked. Attaching a batch makes its cards so: a header's widgets
        (their styling, sizing, painting) were most of what attaching a photo cost the
        window."""
        super().__init__(parent)
        self.setObjectName("artifactCard")  # styled in resources/styles/records.qss
        self.part = part
        self._record = copy.deepcopy(record)
        self.uid = str(record["id"])
        self._loading = True
        self._form_built = False
        self._header_built = False
        self._offered_date: str | None = None
        self._preview: Preview | None = sketch
        self._sketched = sketch is not None  # its header is built later, in a box of its own
        self._sketch_cache: tuple[tuple[Any, ...], QPixmap] | None = None
        self._numbering: tuple[int, int, int] | None = None
        self._outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 14)
        outer.setSpacing(10)
        if sketch is None:
            self.ensure_header()
        else:
            look = _current_look()
            self.setMinimumHeight(look.height if look is not None else SKETCH_HEIGHT)
            # Never squeezed by the list while the page grows under it (each card added
            # moved every card above it, twice).
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            # Tab reaches the sketch, which then builds its header and passes the focus on.
            self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.setAccessibleName(str(record.get("title") or ""))  # notr: record keys
        self._loading = False
        if not lazy and sketch is None:
            self.ensure_form()

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not set yet: the header's or the form's, on a card
        # built lazily.
        if name in _HEADER_ATTRS and not self.__dict__.get("_header_built", True):
            self.ensure_header()
            return getattr(self, name)
        if name in _FORM_ATTRS and not self.__dict__.get("_form_built", True):
            self.ensure_form()
            return getattr(self, name)
        raise AttributeError(name)

    @property
    def form_built(self) -> bool:
        return self._form_built

    @property
    def header_built(self) -> bool:
        return self._header_built

    @property
    def preview_kind(self) -> str:
        """The kind of preview the card shows ("image", "pdf", "loading", ...), sketch or not."""
        if self._header_built:
            return str(self.thumb.kind)
        return self._preview.kind if self._preview is not None else "none"

    def ensure_header(self) -> None:
        """Build the header (once) of a card made as a sketch, in its place in the tab order:
        right after the card itself."""
        if self._header_built:
            return
        self._header_built = True
        sketched = self._sketched
        grid = self._build_header()
        chain: list[QWidget] = []
        if sketched:
            box = QWidget()  # no parent yet, so its own focus chain is in creation order
            grid.setContentsMargins(0, 0, 0, 0)
            box.setLayout(grid)
            chain = chain_of(box)
            self._outer.insertWidget(0, box)
            box.show()
        else:
            self._outer.insertLayout(0, grid)
        self._loading = True
        try:
            self._show_title()
            if self._numbering is not None:
                self.set_number(*self._numbering)
            if self._preview is not None:
                self._show_preview(self._preview)
        finally:
            self._loading = False
        if sketched:
            # Right after the card, which Tab reached until now (Qt orders only widgets that
            # take the focus, so the card gives up its own after).
            place_in_chain(self, chain)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setMinimumHeight(0)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _natural_height(self) -> int:
        natural = self.heightForWidth(self.width())  # word-wrapped labels: by the width
        return natural if natural >= 0 else self.sizeHint().height()

    @staticmethod
    def can_sketch() -> bool:
        """Whether a card may be made as a sketch: one card's header has been painted, so a
        sketch knows where its parts go and how they look (see _measure)."""
        return _current_look() is not None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self._header_built:
            global _look
            # Painted at its own height: laid out, its styles applied, not stretched.
            if _current_look() is None and abs(self.height() - self._natural_height()) <= 2:
                _look = _measure(self)
            return
        if self._preview is None:
            return
        # Drawn once and kept: the cards in view are painted again each time the list grows
        # while a batch attaches, and drawing them each time was most of the batch's cost.
        key = (self.width(), self.devicePixelRatioF(), self._number_text(), self._title_text())
        if self._sketch_cache is None or self._sketch_cache[0] != key:
            self._sketch_cache = (key, _sketch_pixmap(self, self._preview, key[2], key[3]))
        p = QPainter(self)
        p.drawPixmap(0, 0, self._sketch_cache[1])
        p.end()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        if self._header_built:
            super().focusInEvent(event)
            return
        back = event.reason() == Qt.FocusReason.BacktabFocusReason
        self.ensure_header()
        if back:
            self.ensure_form()
        inside = [
            w
            for w in chain_of(self)
            if w.isVisible()
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
        ]
        if inside:
            # On the next turn: a focus change made while Qt is still giving the card its
            # focus can be undone by it.
            target, reason = (inside[-1] if back else inside[0]), event.reason()
            QTimer.singleShot(0, target, lambda: target.setFocus(reason))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.ensure_header()
        super().mousePressEvent(event)

    def ensure_form(self) -> None:
        """Build the annotation form (once), filled from the record, in its place in the tab
        order: right after this card's header, before whatever follows the card."""
        if self._form_built:
            return
        self.ensure_header()
        self._form_built = True
        # Built in a box with no parent yet, so its own focus chain is in creation order.
        box = QWidget()
        box.setObjectName("artifactForm")
        lay = self._build_annotation()
        lay.setContentsMargins(0, 0, 0, 0)
        box.setLayout(lay)
        chain = chain_of(box)
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
        place_in_chain(self.replace_btn, chain)

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
            if self._header_built:  # else ensure_header shows the title
                self._show_title()
            else:
                self.update()
            if self._form_built:  # else ensure_form fills it from the record
                self._fill_form()
        finally:
            self._loading = False

    def _show_title(self) -> None:
        self.title.setText(str(self._record.get("title") or ""))  # notr: record keys
        self.thumb.setAccessibleName(
            self.tr("Preview of {title}").format(title=self.title.text())
            if self.title.text()
            else self.tr("Preview of this artifact")
        )

    def _title_text(self) -> str:
        if self._header_built:
            return str(self.title.text())
        return str(self._record.get("title") or "")  # notr: record keys

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
            rec.update(title=self._title_text().strip(), fields=self.fields())
            return rec
        rec.update(
            title=self._title_text().strip(),
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
        before = self._number_text()
        self._numbering = (n, total, count)
        if not self._header_built:
            if self._number_text() != before:  # every card is renumbered as each comes
                self.update()
            return
        self.number.setText(self._number_text())
        self.up_btn.setEnabled(n > 1)
        self.down_btn.setEnabled(n < total)

    def _number_text(self) -> str:
        if self._numbering is None:
            return ""
        n, total, count = self._numbering
        return (
            self.tr("Artifact {number} of {total}").format(number=n, total=count)
            if count and total <= count
            else self.tr("Artifact {number}").format(number=n)
        )

    def offer_photo_date(self, iso: str | None) -> None:
        """Offer the attached photo's own date beside the date element(s)."""
        self._offered_date = iso
        if not self._form_built:
            return
        for w in self.elements.values():
            if isinstance(w, OptionalDateTime):
                w.offer(iso)

    def show_preview(self, preview: Preview) -> None:
        """Show what the card says about its file (a sketch keeps it for its header)."""
        self._preview = preview
        self._sketch_cache = None
        if self._header_built:
            self._show_preview(preview)
        else:
            self.update()

    def _show_preview(self, preview: Preview) -> None:
        self.set_file_text(preview.text, preview.kind, preview.has_file, preview.is_link)
        self.file_label.setToolTip(preview.tooltip)
        if preview.picture is not None:
            shown = self.thumb.show_image(preview.picture)
        else:
            shown = preview.thumb is not None and self.thumb.show_picture(preview.thumb)
        if not shown:
            self.thumb.show_badge(*preview.badge, preview.is_link)

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


@dataclass
class _Look:
    """Where a shown card's header puts its number, title and file line, in what font and
    colour (read off the first card shown, styles applied): what a sketch draws."""

    height: int
    width: int
    number: tuple[QRect, QFont, QColor]
    title: tuple[QRect, QFont, QColor]
    file: tuple[QRect, QFont, QColor]
    field: tuple[QColor, QColor]  # the title box's fill and edge
    scheme: str  # theme.current_scheme when measured


_look: _Look | None = None


def _current_look() -> _Look | None:
    """The look measured in the colour scheme shown now (None: measure it again)."""
    return _look if _look is not None and _look.scheme == theme.current_scheme else None


def _measure(card: ArtifactCard) -> _Look:
    def place(w: QWidget, role: QPalette.ColorRole) -> tuple[QRect, QFont, QColor]:
        return (
            QRect(w.mapTo(card, QPoint(0, 0)), w.size()),
            QFont(w.font()),
            w.palette().color(role),
        )

    text = QPalette.ColorRole.Text
    pal = card.title.palette()
    # The header's own height: the form, when built, is below it.
    lay = card.layout()
    head = lay.itemAt(0) if lay is not None else None
    margins = lay.contentsMargins() if lay is not None else QMargins()
    bottom = head.geometry().bottom() + 1 if head is not None else SKETCH_HEIGHT
    return _Look(
        bottom + margins.bottom() + card.contentsMargins().bottom(),
        card.width(),
        place(card.number, QPalette.ColorRole.WindowText),
        place(card.title, text),
        place(card.file_label, QPalette.ColorRole.WindowText),
        (pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Mid)),
        theme.current_scheme,
    )


def _sketch_pixmap(card: QWidget, preview: Preview, number: str, title: str) -> QPixmap:
    """The header as it will look, drawn where its widgets go: the picture in the
    thumbnail's place, then the number, the title in its box and the line about the file
    (no buttons: they would not answer a click yet)."""
    look = _current_look()
    if look is None:  # never: a sketch is made only once a header was measured
        return QPixmap()
    ratio = card.devicePixelRatioF()
    height = min(card.height(), look.height)
    pix = QPixmap(max(1, round(card.width() * ratio)), max(1, round(height * ratio)))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        lay = card.layout()
        margins = lay.contentsMargins() if lay is not None else card.contentsMargins()
        box = QRect(margins.left(), margins.top(), CARD_SIZE.width() + 8, CARD_SIZE.height() + 8)
        if preview.picture is not None and not preview.picture.isNull():
            img = preview.picture
            size = img.size().scaled(CARD_SIZE, Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(0, 0), size)
            target.moveCenter(box.center())
            p.drawImage(target, img)
        # The text column stretches with the card, as the header's does.
        grown = card.width() - look.width

        def stretched(r: QRect) -> QRect:
            return QRect(r.left(), r.top(), max(10, r.width() + grown), r.height())

        rect, font, colour = look.number
        p.setFont(font)
        p.setPen(colour)
        p.drawText(stretched(rect), Qt.AlignmentFlag.AlignVCenter, number)
        rect, font, colour = look.title
        field = stretched(rect)
        fill, edge = look.field
        p.setPen(edge)
        p.setBrush(fill)
        p.drawRoundedRect(QRectF(field).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        p.setFont(font)
        p.setPen(colour)
        inner = field.adjusted(7, 0, -7, 0)
        shown = QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, inner.width())
        p.drawText(inner, Qt.AlignmentFlag.AlignVCenter, shown)
        rect, font, colour = look.file
        line = stretched(rect)
        p.setFont(font)
        p.setPen(colour)
        about = QFontMetrics(font).elidedText(
            preview.text, Qt.TextElideMode.ElideMiddle, line.width()
        )
        p.drawText(line, Qt.AlignmentFlag.AlignVCenter, about)
    finally:
        p.end()
    return pix
