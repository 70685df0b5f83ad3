"""The Learn page: competency, key method, levels with a self-assessment, plan types,
research and resources, all from the definition."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QRadioButton, QVBoxLayout, QWidget

from tli_workbook.definitions.keys import self_level_key
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.pages.base import PageBase


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LearnPage(PageBase):
    def __init__(
        self, ctx: FormContext, autosaver: Autosaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx.credential, ctx.part, parent)
        cred = ctx.credential
        self.autosaver = autosaver
        self._section(self.tr("Competency"), cred.competency)
        self._section(self.tr("Key method"), cred.key_method)
        if cred.method_components:
            self._section(self.tr("Method components"), cred.method_components)
        self._section(self.tr("How it is earned"), cred.earning)
        if cred.anonymity:
            self._section(self.tr("Keep it anonymous"), cred.anonymity)

        self.level_buttons = QButtonGroup(self)
        self.level_buttons.setExclusive(True)
        if cred.levels:
            self._heading(self.tr("Where am I now?"))
            self.add_note(
                self.tr(
                    "Read the levels and pick the one that describes your practice today. "
                    "Only you see this; revisit it when you reflect."
                )
            )
            key = self_level_key(ctx.part.id)
            current = ctx.store.answer(ctx.workbook_id, key)
            for level in cred.levels:
                card = QFrame()
                card.setObjectName("levelCard")
                lay = QVBoxLayout(card)
                rb = QRadioButton(self.tr("{level} level").format(level=level.title))
                rb.setObjectName(f"level:{level.id}")
                rb.setChecked(level.id == current)
                rb.toggled.connect(lambda on, lid=level.id: autosaver.set(key, lid) if on else None)
                self.level_buttons.addButton(rb)
                lay.addWidget(rb)
                lay.addWidget(self._list_label(level.descriptors))
                self.body.addWidget(card)
        if cred.plan_types:
            self._heading(self.tr("Types of leadership plans"))
            self.body.addWidget(self._list_label(cred.plan_types))
        if cred.research:
            self._heading(self.tr("Supporting rationale and research"))
            for r in cred.research:
                self.add_note(f"{r.citation}\n{r.summary}".strip(), "citation")
        if cred.resources:
            self._heading(self.tr("Resources"))
            items = [
                f"{r.title} ({r.kind})" + (f" — {r.note}" if r.note else "") for r in cred.resources
            ]
            self.body.addWidget(self._list_label(tuple(items)))
        a = cred.attribution
        self.add_note(
            self.tr("Source: {source}. Revised {revised}. Licence: {licence}.").format(
                source=a.source, revised=a.revised or self.tr("date not stated"), licence=a.licence
            ),
            "attribution",
        )
        self.body.addStretch(1)

    def _heading(self, text: str) -> None:
        h = QLabel(text)
        h.setObjectName("sectionHeading")
        self.body.addWidget(h)

    def _section(self, title: str, text: str) -> None:
        self._heading(title)
        self.add_note(text, "sectionText")

    @staticmethod
    def _list_label(items: tuple[str, ...]) -> QLabel:
        bullet = "<p style='margin:0 0 5px 0'>•&nbsp;{0}</p>"  # notr: markup around their text
        lab = QLabel("".join(bullet.format(_esc(i)) for i in items))
        lab.setTextFormat(Qt.TextFormat.RichText)
        lab.setWordWrap(True)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return lab

    def flush(self) -> bool:
        return self.autosaver.flush()
