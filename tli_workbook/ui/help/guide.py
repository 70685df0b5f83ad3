"""The user guide's sections (Markdown files in resources/help/) and which section a page opens.

No widgets here: the help window and the PDF writer both read the guide through this module."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from tli_workbook.paths import resources_dir

log = logging.getLogger(__name__)

START = "getting-started"

# A part's kind names its section; a form page goes to its stage's section.
_KIND_SECTIONS = {
    "learn": "learn",
    "circle_map": "circle-map",
    "artifacts": "evidence",
    "feedback": "feedback",
}
_REVIEW_SECTIONS = {"readiness": "ready-to-submit", "privacy": "privacy", "rubric": "rubric"}
_STAGE_SECTIONS = {"learn": "learn", "design": "design", "do": "do", "reflect": "reflect"}


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    path: Path

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def help_dir() -> Path:
    return resources_dir() / "help"


def sections() -> list[Section]:
    """The guide's sections in reading order (resources/help/sections.txt)."""
    folder = help_dir()
    out: list[Section] = []
    for line in (folder / "sections.txt").read_text(encoding="utf-8").splitlines():
        anchor = line.strip()
        if not anchor or anchor.startswith("#"):
            continue
        path = folder / f"{anchor}.md"
        try:
            first = path.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError):
            log.exception("help section %s cannot be read", path)
            continue
        out.append(Section(anchor, first.lstrip("#").strip(), path))
    return out


def section_for_part(kind: str, stage: str = "") -> str:
    if kind in _KIND_SECTIONS:
        return _KIND_SECTIONS[kind]
    return _STAGE_SECTIONS.get(stage, START)


def section_for_review(page_id: str) -> str:
    return _REVIEW_SECTIONS.get(page_id, "ready-to-submit")


def whole_guide_markdown() -> str:
    """Every section, one after the other, for the PDF."""
    return "\n\n".join(s.text().rstrip() for s in sections()) + "\n"
