"""The page for a `feedback` part: stakeholders' answers to the credential's prompts, and the
blank form to hand out (save as Word or PDF, or print)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tli_workbook.review.readiness import part_status
from tli_workbook.store import StoreError
from tli_workbook.store.snapshot import Snapshot
from tli_workbook.ui.feedback import printing
from tli_workbook.ui.feedback.respondent_card import RespondentCard
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.pages.record_cards import RecordCardsPage


class FeedbackPage(RecordCardsPage):
    kind = "respondents"

    def __init__(self, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, lambda rec: ctx.store.upsert_respondent(ctx.workbook_id, rec), parent)
        self.saver.saved.connect(self._after_save)
        self.status: QLabel
        self.saver.failed.connect(
            lambda msg: self.status.setText(
                self.tr("⚠ Not saved yet: {message}").format(message=msg)
            )
        )

        self.body.addWidget(self._build_form_box())
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("pageNote")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.add_btn = QPushButton(self.tr("Add respondent"))
        self.add_btn.setObjectName("primary")
        self.add_btn.clicked.connect(self.add_respondent)
        row.addWidget(self.add_btn)
        self.body.addLayout(row)
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
        ask = self.tr(
            "Record the feedback of at least %n stakeholders who took part, each by role only, "
            "never by name.",
            "",
            self.part.min_respondents,
        )
        text = QLabel(f"{ask} {self.part.answer_guidance}".strip())
        text.setWordWrap(True)
        lay.addWidget(text)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Blank form to hand out:")))
        self.docx_btn = QPushButton(self.tr("Save as Word…"))
        self.docx_btn.clicked.connect(lambda: self.save_blank_form("docx"))
        self.pdf_btn = QPushButton(self.tr("Save as PDF…"))
        self.pdf_btn.clicked.connect(lambda: self.save_blank_form("pdf"))
        self.print_btn = QPushButton(self.tr("Print…"))
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
            self.status.setText(self.tr("Saved the blank form to {path}").format(path=path))
        return path

    def print_blank_form(self) -> bool:
        return printing.print_blank_form(self.credential, self.part, self.ctx.dialogs, self)

    # ----- respondents -----------------------------------------------------------------------

    def add_respondent(self) -> str | None:
        try:
            uid = self.store.upsert_respondent(self.wid, {"part": self.part.id})
        except StoreError as exc:
            self.ctx.dialogs.error(self.tr("Could not add a respondent"), str(exc))
            return None
        rec = next(r for r in self.store.respondents(self.wid, self.part.id) if r["id"] == uid)
        card = self._add_card(rec)
        self._relayout()
        self.reveal_card(card, card.role)
        self.changed.emit()
        return uid

    def _add_card(self, rec: dict[str, Any]) -> RespondentCard:
        card = RespondentCard(self.part, rec)
        card.edited.connect(self._queue)
        card.moveRequested.connect(self.move_respondent)
        card.removeRequested.connect(self.remove_respondent)
        self._register(card)
        return card

    def _relayout(self) -> None:
        cards = self.ordered()
        for card in cards:
            self.list_box.removeWidget(card)
        for n, card in enumerate(cards, 1):
            self.list_box.addWidget(card)
            card.set_number(n, len(cards))
        self._update_status()

    def _update_status(self) -> None:
        snap: Snapshot = {
            "respondents": [c.record() for c in self.ordered()],
            "answers": {},
            "workbook": {},
        }
        st = part_status(self.credential, self.part, snap)
        head = st.items[0] if st.items else None
        if head is not None:
            self.status.setText(("✓ " if head.ok else "") + head.label + ".")

    def move_respondent(self, uid: str, delta: int) -> None:
        self._move(uid, delta)

    def remove_respondent(self, uid: str, confirm: bool = True) -> bool:
        card = self.cards[uid]
        role = card.record().get("role") or self.tr("this respondent")
        if confirm and not self.ctx.dialogs.confirm(
            self.tr("Remove respondent"),
            self.tr(
                "Remove the feedback from “{role}”? Their answers will be deleted from this "
                "workbook."
            ).format(role=role),
            self.tr("Remove"),
        ):
            return False
        return self._remove(
            uid, lambda: self.store.delete_respondent(self.wid, uid), self.tr("the respondent")
        )

    # ----- saving ----------------------------------------------------------------------------

    def _after_save(self) -> None:
        self._update_status()
        self.changed.emit()
