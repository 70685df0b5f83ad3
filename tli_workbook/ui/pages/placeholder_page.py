"""Shown for a part whose editor this version does not have yet: says what will be asked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tli_workbook.definitions.model import Credential, Part
from tli_workbook.ui.pages.base import PageBase


def describe(part: Part) -> list[str]:
    if part.kind == "circle_map":
        lines = [f"{r.label}: {r.prompt}" for r in part.rings.values() if r.prompt]
        return lines + [
            QCoreApplication.translate(
                "PlaceholderPage", "Needs guiding question: {question}"
            ).format(question=q)
            for q in part.rings["needs"].prompts
        ]
    if part.kind == "artifacts":
        words = part.annotation_words.describe("words") if part.annotation_words else ""
        elems = ", ".join(e.label for e in part.annotation_elements)
        count = part.count
        return [
            QCoreApplication.translate(
                "PlaceholderPage",
                "%n different artifact(s), each annotated in {words}.",
                "",
                count,
            ).format(words=words),
            QCoreApplication.translate(
                "PlaceholderPage", "Each annotation gives: {elements}."
            ).format(elements=elems),
            QCoreApplication.translate("PlaceholderPage", "Examples: {types}").format(
                types=", ".join(part.artifact_types)
            ),
        ]
    if part.kind == "feedback":
        least = part.min_respondents
        return [
            QCoreApplication.translate(
                "PlaceholderPage",
                "Feedback from at least %n stakeholder(s) who took part, each answering "
                "({guidance}):",
                "",
                least,
            ).format(guidance=part.answer_guidance),
            *[p.label for p in part.prompts],
        ]
    return []


class PlaceholderPage(PageBase):
    def __init__(self, credential: Credential, part: Part, parent: QWidget | None = None) -> None:
        super().__init__(credential, part, parent)
        self.add_note(self.tr("What this part asks for:"), "sectionHeading")
        for line in describe(part):
            self.add_note("•  " + line)
        self.body.addStretch(1)
