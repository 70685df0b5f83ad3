"""Shown for a part whose editor this version does not have yet: says what will be asked."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tli_workbook.definitions.model import Credential, Part
from tli_workbook.ui.pages.base import PageBase


def describe(part: Part) -> list[str]:
    if part.kind == "circle_map":
        lines = [f"{r.label}: {r.prompt}" for r in part.rings.values() if r.prompt]
        return lines + [f"Needs guiding question: {q}" for q in part.rings["needs"].prompts]
    if part.kind == "artifacts":
        words = part.annotation_words.describe("words") if part.annotation_words else ""
        elems = ", ".join(e.label for e in part.annotation_elements)
        return [
            f"{part.count} different artifacts, each annotated in {words}.",
            f"Each annotation gives: {elems}.",
            "Examples: " + ", ".join(part.artifact_types),
        ]
    if part.kind == "feedback":
        return [
            f"Feedback from at least {part.min_respondents} stakeholders who took part, "
            f"each answering ({part.answer_guidance}):",
            *[p.label for p in part.prompts],
        ]
    return []


class PlaceholderPage(PageBase):
    def __init__(self, credential: Credential, part: Part, parent: QWidget | None = None) -> None:
        super().__init__(credential, part, parent)
        self.add_note("What this part asks for:", "sectionHeading")
        for line in describe(part):
            self.add_note("•  " + line)
        self.body.addStretch(1)
