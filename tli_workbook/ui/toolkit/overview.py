"""The Toolkit overview: every guidebook tool by stage and chapter, with its purpose, honest
labels for what the app inferred or supplied, and the teacher's copies of it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.tools import TOOL_STAGE_TITLES, TOOL_STAGES, Tool
from tli_workbook.ui.pages.base import ScrollPage
from tli_workbook.ui.toolkit.message_bar import MessageBar
from tli_workbook.ui.toolkit.printing import blank_form_available, save_blank
from tli_workbook.ui.toolkit.weak import weak_kit

if TYPE_CHECKING:
    from tli_workbook.ui.toolkit.nav import Toolkit

log = logging.getLogger(__name__)


# The guidebook's stage names (kept in English in definitions): marked for lupdate here.
_TOOL_STAGE_NAMES = (
    str(QT_TRANSLATE_NOOP("ToolStages", "Prepare")),
    str(QT_TRANSLATE_NOOP("ToolStages", "Act")),
    str(QT_TRANSLATE_NOOP("ToolStages", "Reflect")),
)


class ToolkitOverviewPage(ScrollPage):
    def __init__(self, kit: Toolkit, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "ToolkitOverviewPage", "TOOLKIT  ·  Collaborating for Student Success"
            ),
            QCoreApplication.translate("ToolkitOverviewPage", "Guidebook tools"),
            QCoreApplication.translate(
                "ToolkitOverviewPage",
                "The tools of NEA's guidebook Collaborating for Student Success, in its three "
                "stages. Add a copy of a tool to fill it in (as many copies as you need: one "
                "Results Analysis per major task, a skills checklist before and after), or "
                "print it blank for a team meeting.",
            ),
            parent=parent,
        )
        self.kit = weak_kit(kit)
        self.message_bar = MessageBar()
        self.body.addWidget(self.message_bar)
        self.holder = QWidget()
        self.rows = QVBoxLayout(self.holder)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(10)
        self.body.addWidget(self.holder)
        self.body.addStretch(1)
        self.add_buttons: dict[str, QPushButton] = {}
        self.blank_buttons: dict[str, QPushButton] = {}
        self.open_buttons: dict[str, QPushButton] = {}
        self.compare_buttons: dict[str, QPushButton] = {}
        self.refresh()

    def refresh(self) -> None:
        while self.rows.count():
            taken = self.rows.takeAt(0)
            w = taken.widget() if taken is not None else None
            if w is not None:
                w.hide()  # deleted later; hidden now so old and new rows never overlap
                w.deleteLater()
        self.add_buttons.clear()
        self.blank_buttons.clear()
        self.open_buttons.clear()
        self.compare_buttons.clear()
        if not len(self.kit.tools):
            self.rows.addWidget(QLabel(self.tr("No guidebook tools are installed.")))
            return
        for stage in TOOL_STAGES:
            chapters = self.kit.tools.chapters(stage)
            if not chapters:
                continue
            head = QLabel(QCoreApplication.translate("ToolStages", TOOL_STAGE_TITLES[stage]))
            head.setObjectName("sectionHeading")
            self.rows.addWidget(head)
            for number, title, tools in chapters:
                ch = QLabel(self.tr("Chapter {0}: {1}").format(number, title))
                ch.setObjectName("fieldLabel")
                self.rows.addWidget(ch)
                for tool in tools:
                    self.rows.addWidget(self._tool_row(tool))

    def _tool_row(self, tool: Tool) -> QFrame:
        box = QFrame()
        box.setObjectName("toolRow")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        col = QVBoxLayout(box)
        col.setContentsMargins(12, 8, 12, 8)
        col.setSpacing(4)
        name = QLabel(f"<b>{_esc(tool.title)}</b>")
        name.setWordWrap(True)
        col.addWidget(name)
        purpose = QLabel(tool.purpose)
        purpose.setWordWrap(True)
        purpose.setObjectName("fieldHelp")
        col.addWidget(purpose)
        for note in _labels(self, tool):
            lab = QLabel(note)
            lab.setWordWrap(True)
            lab.setObjectName("pageNote")
            col.addWidget(lab)
        row = QHBoxLayout()
        row.setSpacing(6)
        if tool.fillable:
            add = QPushButton(self.tr("Add a copy"))
            add.setAccessibleName(self.tr("Add a copy of {0}").format(tool.short_title))
            add.clicked.connect(lambda _=False, t=tool.id: self.kit.add_copy(t))
            self.add_buttons[tool.id] = add
            row.addWidget(add)
        else:
            read = QPushButton(self.tr("Read the guide"))
            read.clicked.connect(lambda _=False, t=tool.id: self.kit.show(f"toolguide:{t}"))
            self.add_buttons[tool.id] = read
            row.addWidget(read)
        if tool.fillable:
            blank = QPushButton(self.tr("Print blank…"))
            blank.setToolTip(self.tr("Save the empty form as PDF or Word to print for a meeting"))
            blank.setEnabled(blank_form_available())
            blank.clicked.connect(lambda _=False, t=tool: save_blank(self.kit, t))
            self.blank_buttons[tool.id] = blank
            row.addWidget(blank)
        copies = [c for c in self.kit.copies if c["tool"] == tool.id]
        opens = QVBoxLayout()
        opens.setSpacing(0)
        for c in copies:
            b = QPushButton()
            # A long copy title would widen the row past the page (a sideways scroll bar).
            short = b.fontMetrics().elidedText(c["title"], Qt.TextElideMode.ElideRight, 240)
            b.setText(self.tr("Open “{0}”").format(short))
            b.setToolTip(self.tr("Open “{0}”").format(c["title"]))
            b.setAccessibleName(self.tr("Open “{0}”").format(c["title"]))
            b.setFlat(True)
            b.clicked.connect(lambda _=False, cid=c["id"]: self.kit.show_copy(cid))
            self.open_buttons[c["id"]] = b
            opens.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)  # one a line: rows stay narrow
        if len(copies) >= 2:
            cmp = QPushButton(self.tr("Compare copies…"))
            cmp.clicked.connect(lambda _=False, t=tool.id: self.compare(t))
            self.compare_buttons[tool.id] = cmp
            row.addWidget(cmp)
        row.addStretch(1)
        col.addLayout(row)
        col.addLayout(opens)
        return box

    def compare(self, tool_id: str) -> QWidget | None:
        from tli_workbook.ui.toolkit.compare import CompareDialog

        copies = [c for c in self.kit.copies if c["tool"] == tool_id]
        if len(copies) < 2:
            return None
        dlg = CompareDialog(self.kit, copies[0]["id"], copies[-1]["id"], self)
        dlg.show()
        return dlg


def _labels(w: QWidget, tool: Tool) -> list[str]:
    out = []
    if tool.kind == "guide":
        out.append(
            QCoreApplication.translate(
                "ToolkitOverviewPage", "Guide: read-only guidance, nothing to fill in."
            )
        )
    if tool.inferred:
        out.append(
            QCoreApplication.translate("ToolkitOverviewPage", "Inferred by the app: {0}").format(
                tool.inferred
            )
        )
    for s in tool.supplied:
        out.append(
            QCoreApplication.translate("ToolkitOverviewPage", "Supplied by the app: {0}").format(s)
        )
    return out


def labels_for(w: QWidget, tool: Tool) -> list[str]:
    return _labels(w, tool)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
