"""The page for a `feedback` part: stakeholders' answers to the credential's prompts, and the
blank form to hand out (save as Word or PDF, or print)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tli_workbook.review.readiness import part_status
from tli_workbook.store import StoreError
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.feedback import printing
from tli_workbook.ui.feedback.respondent_card import RespondentCard
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.pages.base import PageBase


class FeedbackPage(PageBase):
    def __init__(self, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.credential, ctx.part, parent)
        self.ctx = ctx
        self.store = ctx.store
        self.wid = ctx.workbook_id
        self.cards: dict[str, RespondentCard] = {}
        self._order: list[str] = []
        self.saver = Autosaver.for_records(
            self.store, self.wid, lambda rec: self.store.upsert_respondent(self.wid, rec), self
        )
        self.saver.saved.connect(self._after_save)
        self.saver.failed.connect(lambda msg: self.status.setText(f"⚠ Not saved yet: {msg}"))

        self.body.addWidget(self._build_form_box())
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("pageNote")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.add_btn = QPushButton("Add respondent")
        self.add_btn.setObjectName("primary")
        self.add_btn.clicked.connect(self.add_respondent)
        row.addWidget(self.add_btn)
        self.body.addLayout(row)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(14)
        self.body.addLayout(self.list_box)
        self.body.addStretch(1)
        for rec in self.store.respondents(self.wid, self.part.id):
            self._add_card(rec)
        self._relayout()

    def _build_form_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("guidance")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(12, 10, 12, 10)
        text = QLabel(
            f"Record the feedback of at least {self.part.min_respondents} stakeholders who took "
            "part, each by role only, never by name. "
            f"{self.part.answer_guidance}".strip()
        )
        text.setWordWrap(True)
        lay.addWidget(text)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel("Blank form to hand out:"))
        self.docx_btn = QPushButton("Save as Word…")
        self.docx_btn.clicked.connect(lambda: self.save_blank_form("docx"))
        self.pdf_btn = QPushButton("Save as PDF…")
        self.pdf_btn.clicked.connect(lambda: self.save_blank_form("pdf"))
        self.print_btn = QPushButton("Print…")
        self.print_btn.clicked.connect(self.print_blank_form)
        for b in (self.docx_btn, self.pdf_btn, self.print_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        return box

    # ----- blank form ------------------------------------------------------------------------

    def save_blank_form(self, fmt: str) -> Path | None:
        path = printing.save_blank_form(self.credential, self.part, self.ctx.dialogs, fmt)
        if path is not None:
            self.status.setText(f"Saved the blank form to {path}")
        return path

    def print_blank_form(self) -> bool:
        return printing.print_blank_form(self.credential, self.part, self.ctx.dialogs, self)

    # ----- respondents -----------------------------------------------------------------------

    def add_respondent(self) -> str | None:
        try:
            uid = self.store.upsert_respondent(self.wid, {"part": self.part.id})
        except StoreError as exc:
            self.ctx.dialogs.error("Could not add a respondent", str(exc))
            return None
        rec = next(r for r in self.store.respondents(self.wid, self.part.id) if r["id"] == uid)
        card = self._add_card(rec)
        self._relayout()
        card.role.setFocus()
        self.ensureWidgetVisible(card)
        self.changed.emit()
        return uid

    def _add_card(self, rec: dict[str, Any]) -> RespondentCard:
        card = RespondentCard(self.part, rec)
        card.edited.connect(self._queue)
        card.moveRequested.connect(self.move_respondent)
        card.removeRequested.connect(self.remove_respondent)
        self.cards[card.uid] = card
        self._order.append(card.uid)
        return card

    def ordered(self) -> list[RespondentCard]:
        return [self.cards[u] for u in self._order if u in self.cards]

    def _relayout(self) -> None:
        cards = self.ordered()
        for card in cards:
            self.list_box.removeWidget(card)
        for n, card in enumerate(cards, 1):
            self.list_box.addWidget(card)
            card.set_number(n, len(cards))
        self._update_status()

    def _update_status(self) -> None:
        snap = {"respondents": [c.record() for c in self.ordered()], "answers": {}, "workbook": {}}
        st = part_status(self.credential, self.part, snap)
        head = st.items[0] if st.items else None
        if head is not None:
            self.status.setText(("✓ " if head.ok else "") + head.label + ".")

    def move_respondent(self, uid: str, delta: int) -> None:
        order = [c.uid for c in self.ordered()]
        i = order.index(uid)
        j = max(0, min(len(order) - 1, i + delta))
        if i == j:
            return
        order.insert(j, order.pop(i))
        self._order = order
        try:
            self.store.reorder("respondents", self.wid, order)
        except StoreError as exc:
            self.ctx.dialogs.error("Could not save the new order", str(exc))
        self._relayout()
        self.changed.emit()

    def remove_respondent(self, uid: str, confirm: bool = True) -> bool:
        card = self.cards[uid]
        role = card.record().get("role") or "this respondent"
        if confirm and not self.ctx.dialogs.confirm(
            "Remove respondent",
            f"Remove the feedback from “{role}”? Their answers will be deleted from this workbook.",
            "Remove",
        ):
            return False
        self.saver.discard(uid)
        try:
            self.store.delete_respondent(self.wid, uid)
        except StoreError as exc:
            self.ctx.dialogs.error("Could not remove the respondent", str(exc))
            return False
        self.cards.pop(uid)
        self._order.remove(uid)
        self.list_box.removeWidget(card)
        card.deleteLater()
        self._relayout()
        self.changed.emit()
        return True

    # ----- saving ----------------------------------------------------------------------------

    def _queue(self, uid: str) -> None:
        card = self.cards.get(uid)
        if card is not None:
            self.saver.set(uid, card.record)

    def _after_save(self) -> None:
        self._update_status()
        self.changed.emit()

    def flush(self) -> bool:
        return self.saver.flush()
