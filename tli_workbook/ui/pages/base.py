"""Common page chrome: a scrollable column with a title and instructions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from tli_workbook.definitions.model import STAGE_TITLES, Credential, Part


class ScrollPage(QScrollArea):
    """A scrollable column with a stage line, a title and optional instructions: the chrome
    shared by part pages and review pages. Subclasses add widgets to self.body."""

    changed = Signal()  # something on the page was saved (navigator marks refresh)

    def __init__(
        self,
        stage_line: str,
        title: str,
        intro: str,
        spacing: int = 14,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The page itself is no Tab stop: focus goes from the navigator straight to the first
        # editor (keys typed into the scroll area went nowhere). Tab still scrolls the page to
        # the focused editor.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        inner.setObjectName("page")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(28, 20, 28, 28)
        self.body.setSpacing(spacing)
        stage = QLabel(stage_line)
        stage.setObjectName("pageStage")
        self.body.addWidget(stage)
        head = QLabel(title)
        head.setObjectName("pageTitle")
        head.setWordWrap(True)
        head.setAccessibleName(title)
        self.body.addWidget(head)
        self.intro: QLabel | None = None
        if intro:
            self.intro = self.add_note(intro, "pageIntro")
        self.setWidget(inner)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Boxes added since the last visit (a new card, the other template) get theirs too.
        from tli_workbook.ui.forms.mnemonics import assign_mnemonics

        assign_mnemonics(self)

    def building(self) -> bool:
        """Boxes of this page are still being built on later turns of the event loop."""
        return False

    def finish_building(self) -> None:
        """Build now whatever is still to come (before something looks at every box)."""

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


class PageBase(ScrollPage):
    """A page for one part of a credential."""

    def __init__(self, credential: Credential, part: Part, parent: QWidget | None = None) -> None:
        stage_name = QCoreApplication.translate("Stages", STAGE_TITLES[part.stage])
        stage = f"{stage_name.upper()}  ·  {credential.title}"
        super().__init__(stage, part.title, part.intro, parent=parent)
        self.credential = credential
        self.part = part

    def focus_target(self, target: str) -> bool:
        """Show and focus the place named by a readiness/privacy target (an answer key,
        "map:needs", "artifact:<id>", ...). False when this page has no such place."""
        return False
