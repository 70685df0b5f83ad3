"""A page of record cards (artifacts, respondents): ordering, removal and debounced saving,
written once for both."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from tli_workbook.store import StoreError
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.pages.base import PageBase

# What the callers remove, as whole sentences (the generic one is the fallback).
_REMOVE_ERRORS = {
    "the artifact": str(QT_TRANSLATE_NOOP("RecordCards", "Could not remove the artifact")),
    "the respondent": str(QT_TRANSLATE_NOOP("RecordCards", "Could not remove the respondent")),
}


class RecordCardsPage(PageBase):
    """Subclasses set `kind` ("artifacts" or "respondents"), fill `self.cards` in page order
    through `_register`, and implement `_relayout`."""

    kind = ""

    def __init__(
        self, ctx: FormContext, write_record: Callable[[Any], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx.credential, ctx.part, parent)
        self.ctx = ctx
        self.store = ctx.store
        self.wid = ctx.workbook_id
        self.cards: dict[str, Any] = {}
        self._order: list[str] = []  # record ids in page order
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(14)
        self.saver = Autosaver.for_records(self.store, self.wid, write_record, self)

    def ordered(self) -> list[Any]:
        return [self.cards[u] for u in self._order if u in self.cards]

    def _register(self, card: Any) -> None:
        self.cards[card.uid] = card
        self._order.append(card.uid)
        # Once the card is shown: its labelled boxes get their Alt+letters too.
        QTimer.singleShot(0, self, self._give_letters)

    def _give_letters(self) -> None:
        from tli_workbook.ui.forms.mnemonics import assign_mnemonics

        assign_mnemonics(self)

    def _relayout(self) -> None:
        raise NotImplementedError

    def reveal_card(self, card: QWidget, focus: QWidget, tries: int = 20) -> None:
        """Scroll a new card's top into view and put the cursor in it. Waits for the card to
        be shown and laid out: scrolling to a card not yet placed went to the page top."""
        if not card.isVisible() and tries > 0:
            # The card as the timer's context: a card removed meanwhile cancels the retry.
            QTimer.singleShot(0, card, lambda: self.reveal_card(card, focus, tries - 1))
            return
        inner = self.widget()
        lay = inner.layout() if inner is not None else None
        if lay is not None:
            lay.activate()
        if inner is not None:
            top = card.mapTo(inner, QPoint(0, 0)).y()
            bar = self.verticalScrollBar()
            view = self.viewport().height()
            if top < bar.value() or top + min(card.height(), view) > bar.value() + view:
                bar.setValue(max(0, top - 12))
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _move(self, uid: str, delta: int) -> None:
        order = [c.uid for c in self.ordered()]
        i = order.index(uid)
        j = max(0, min(len(order) - 1, i + delta))
        if i == j:
            return
        order.insert(j, order.pop(i))
        self._order = order
        try:
            self.store.reorder(self.kind, self.wid, order)
        except StoreError as exc:
            self.ctx.dialogs.error(self.tr("Could not save the new order"), str(exc))
        self._relayout()
        self.changed.emit()

    def _remove(self, uid: str, delete: Callable[[], None], what: str) -> bool:
        """Delete the record, then its card. False (card kept) if the store refuses."""
        self.saver.discard(uid)
        try:
            delete()
        except StoreError as exc:
            title = (
                QCoreApplication.translate("RecordCards", _REMOVE_ERRORS[what])
                if what in _REMOVE_ERRORS
                else self.tr("Could not remove {what}").format(what=what)
            )
            self.ctx.dialogs.error(title, str(exc))
            return False
        card = self.cards.pop(uid)
        self._order.remove(uid)
        self.list_box.removeWidget(card)
        card.deleteLater()
        self._relayout()
        self.changed.emit()
        return True

    def _queue(self, uid: str) -> None:
        card = self.cards.get(uid)
        if card is not None:
            self.saver.set(uid, card.record)

    def flush(self) -> bool:
        return self.saver.flush()


# The record kinds' tooltips, whole sentences; other nouns fall back to "Remove this {noun}".
_REMOVE_TIPS = {
    "artifact": str(QT_TRANSLATE_NOOP("RecordCards", "Remove this artifact")),
    "respondent": str(QT_TRANSLATE_NOOP("RecordCards", "Remove this respondent")),
}


def tool_button(text: str, tip: str, slot: Callable[..., object]) -> QToolButton:
    b = QToolButton()
    b.setText(text)
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    b.clicked.connect(slot)
    return b


def card_header(card: Any, number_name: str, noun: str) -> QHBoxLayout:
    """The row on top of every record card: its number, then move up/down and remove.
    Sets card.number, card.up_btn, card.down_btn and card.remove_btn."""
    top = QHBoxLayout()
    card.number = QLabel()
    card.number.setObjectName(number_name)
    top.addWidget(card.number)
    top.addStretch(1)
    card.up_btn = tool_button(
        "▲",
        QCoreApplication.translate("RecordCards", "Move up"),
        lambda: card.moveRequested.emit(card.uid, -1),
    )
    card.down_btn = tool_button(
        "▼",
        QCoreApplication.translate("RecordCards", "Move down"),
        lambda: card.moveRequested.emit(card.uid, 1),
    )
    tip = (
        QCoreApplication.translate("RecordCards", _REMOVE_TIPS[noun])
        if noun in _REMOVE_TIPS
        else QCoreApplication.translate("RecordCards", "Remove this {noun}").format(noun=noun)
    )
    card.remove_btn = tool_button(
        QCoreApplication.translate("RecordCards", "Remove"),
        tip,
        lambda: card.removeRequested.emit(card.uid),
    )
    for b in (card.up_btn, card.down_btn, card.remove_btn):
        top.addWidget(b)
    return top
