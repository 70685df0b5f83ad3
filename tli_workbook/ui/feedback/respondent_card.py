"""One stakeholder's feedback: role (never a name), how it was collected, and an answer to
each of the credential's prompts."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.artifacts.feedback import answer_shape, guidance_range, name_warning
from tli_workbook.definitions.model import Part
from tli_workbook.ui.forms.fields_text import PlainEditor
from tli_workbook.ui.pages.record_cards import card_header

SHAPES = {True: "ok", False: "off", None: ""}  # answerShape's property in records.qss


class RespondentCard(QFrame):
    edited = Signal(str)
    moveRequested = Signal(str, int)
    removeRequested = Signal(str)
    # Set by card_header (ui/pages/record_cards.py).
    number: QLabel
    up_btn: QToolButton
    down_btn: QToolButton
    remove_btn: QToolButton

    def __init__(self, part: Part, record: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("respondentCard")  # styled in resources/styles/records.qss
        self.part = part
        self.uid = str(record["id"])
        self._record = copy.deepcopy(record)
        self._loading = True
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 14)
        lay.setSpacing(8)

        top = card_header(self, "respondentNumber", "respondent")
        lay.addLayout(top)

        form = QFormLayout()
        self.role = QLineEdit()
        self.role.setMaxLength(200)
        self.role.setPlaceholderText(
            self.tr("Role only, e.g. “Colleague, grade 7 math” (no names)")
        )
        self.role.setAccessibleName(self.tr("Role"))
        self.role.textChanged.connect(self._on_role)
        form.addRow(self.tr("Role"), self.role)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.addItems(["", *part.collection_methods])
        self.method.setAccessibleName(self.tr("How the feedback was collected"))
        self.method.currentTextChanged.connect(lambda _t: self._edited())
        form.addRow(self.tr("How collected"), self.method)
        lay.addLayout(form)
        self.role_warning = QLabel()
        self.role_warning.setObjectName("roleWarning")
        self.role_warning.setWordWrap(True)
        self.role_warning.setVisible(False)
        lay.addWidget(self.role_warning)

        self.answers: dict[str, PlainEditor] = {}
        self.shapes: dict[str, QLabel] = {}
        for n, prompt in enumerate(part.prompts, 1):
            q = QLabel(f"{n}. {prompt.label}")
            q.setObjectName("promptText")
            q.setWordWrap(True)
            lay.addWidget(q)
            box = PlainEditor()
            box.setAccessibleName(prompt.label)
            box.setPlaceholderText(part.answer_guidance or self.tr("Their answer"))
            box.setFixedHeight(74)
            box.setTabChangesFocus(True)
            box.textChanged.connect(lambda pid=prompt.id: self._on_answer(pid))
            q.setBuddy(box)
            lay.addWidget(box)
            shape = QLabel()
            shape.setObjectName("answerShape")
            lay.addWidget(shape, 0, Qt.AlignmentFlag.AlignRight)
            self.answers[prompt.id] = box
            self.shapes[prompt.id] = shape
        self.set_record(self._record)
        self._loading = False

    def set_record(self, record: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._record = copy.deepcopy(record)
            self.role.setText(str(record.get("role") or ""))  # notr: a record key
            self.method.setCurrentText(str(record.get("method") or ""))
            answers = record.get("answers") or {}
            for pid, box in self.answers.items():
                box.setPlainText(str(answers.get(pid) or ""))
                self._update_shape(pid)
            self._update_warning()
        finally:
            self._loading = False

    def record(self) -> dict[str, Any]:
        rec = dict(self._record)
        answers = dict(rec.get("answers") or {})
        answers.update({pid: box.toPlainText() for pid, box in self.answers.items()})
        rec.update(
            role=self.role.text().strip(),
            method=self.method.currentText().strip(),
            answers=answers,
        )
        return rec

    def set_number(self, n: int, total: int) -> None:
        self.number.setText(self.tr("Respondent {number}").format(number=n))
        self.up_btn.setEnabled(n > 1)
        self.down_btn.setEnabled(n < total)

    def _on_role(self) -> None:
        self._update_warning()
        self._edited()

    def _update_warning(self) -> None:
        text = name_warning(self.role.text())
        self.role_warning.setText(f"⚠ {text}" if text else "")
        self.role_warning.setVisible(bool(text))

    def _on_answer(self, pid: str) -> None:
        self._update_shape(pid)
        self._edited()

    def _update_shape(self, pid: str) -> None:
        text = self.answers[pid].toPlainText()
        label = self.shapes[pid]
        if not text.strip():
            label.setText("")
            return
        shape = answer_shape(text, self.part.answer_guidance)
        rng = guidance_range(self.part.answer_guidance)
        text = shape.describe()
        if shape.ok is True:
            text = f"{text}  ✓"
        elif shape.ok is False and rng is not None:
            text = self.tr("{shape}  · the guidance asks for {low}-{high}").format(
                shape=text, low=rng[0], high=rng[1]
            )
        label.setText(text)
        if label.property("shape") != SHAPES[shape.ok]:
            label.setProperty("shape", SHAPES[shape.ok])
            label.style().unpolish(label)
            label.style().polish(label)

    def _edited(self) -> None:
        if not self._loading:
            self.edited.emit(self.uid)
