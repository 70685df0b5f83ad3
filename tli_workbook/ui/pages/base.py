"""Common page chrome: a scrollable column with the part's title and instructions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from tli_workbook.definitions.model import STAGE_TITLES, Credential, Part


class PageBase(QScrollArea):
    """A page for one part. Subclasses add widgets to self.body."""

    changed = Signal()  # something on the page was saved (navigator marks refresh)

    def __init__(self, credential: Credential, part: Part, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.credential = credential
        self.part = part
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("page")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(28, 20, 28, 28)
        self.body.setSpacing(14)
        stage = QLabel(f"{STAGE_TITLES[part.stage].upper()}  ·  {credential.title}")
        stage.setObjectName("pageStage")
        self.body.addWidget(stage)
        title = QLabel(part.title)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        title.setAccessibleName(part.title)
        self.body.addWidget(title)
        if part.intro:
            intro = QLabel(part.intro)
            intro.setObjectName("pageIntro")
            intro.setWordWrap(True)
            intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.body.addWidget(intro)
        self.setWidget(inner)

    def add_note(self, text: str, name: str = "pageNote") -> QLabel:
        lab = QLabel(text)
        lab.setObjectName(name)
        lab.setWordWrap(True)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(lab)
        return lab

    def flush(self) -> bool:
        """Write anything pending. True when all is saved."""
        return True

    def focus_target(self, target: str) -> bool:
        """Show and focus the place named by a readiness/privacy target (an answer key,
        "map:needs", "artifact:<id>", ...). False when this page has no such place."""
        return False
