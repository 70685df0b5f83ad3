"""A filled copy of a guidebook tool: the tool's form (the one form engine, the workbook's one
autosaver), what the tool is and where it comes from, and what can be done with the copy."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.keys import tool_part_id
from tli_workbook.definitions.tools import TOOL_STAGE_TITLES, Tool
from tli_workbook.toolkit.links import EVIDENCE, NEEDS, PLAN, link_of
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.forms.registry import EDITORS
from tli_workbook.ui.pages.form_page import FormPage
from tli_workbook.ui.toolkit.message_bar import MessageBar
from tli_workbook.ui.toolkit.overview import labels_for
from tli_workbook.ui.toolkit.weak import weak_kit

if TYPE_CHECKING:
    from tli_workbook.ui.toolkit.nav import Toolkit

log = logging.getLogger(__name__)


def _context(kit: Toolkit, part: Any) -> FormContext:
    v = kit.view
    return FormContext(v.store, v.workbook_id, v.credential, part, v.dialogs, v.services, EDITORS)


def _where(tool: Tool) -> str:
    return QCoreApplication.translate(
        "ToolCopyPage", "TOOLKIT  ·  {stage}  ·  CHAPTER {number}: {chapter}"
    ).format(
        stage=QCoreApplication.translate("ToolStages", TOOL_STAGE_TITLES[tool.stage]).upper(),
        number=tool.chapter,
        chapter=tool.chapter_title.upper(),
    )


def _retitle(page: FormPage, stage_line: str, title: str) -> QLabel | None:
    for lab in page.findChildren(QLabel):
        if lab.objectName() == "pageStage":
            lab.setText(stage_line)
    head = next((w for w in page.findChildren(QLabel) if w.objectName() == "pageTitle"), None)
    if head is not None:
        head.setText(title)
        head.setAccessibleName(title)
    return head


class ToolCopyPage(FormPage):
    def __init__(self, kit: Toolkit, copy: dict[str, Any], parent: QWidget | None = None) -> None:
        self.kit = weak_kit(kit)
        self.copy_id = str(copy["id"])
        found = kit.tool(copy["tool"])
        self.tool = found
        if found is None:
            from tli_workbook.definitions.model import Field, Part

            part = Part(
                tool_part_id(self.copy_id),
                copy["title"],
                copy["title"],
                "do",
                "form",
                fields=(Field(id="unknown", type="info", label="", text=""),),
            )
        else:
            part = dataclasses.replace(found.part, id=tool_part_id(self.copy_id))
        super().__init__(_context(kit, part), kit.view.autosaver, kit.view.info.fellow, parent)
        _retitle(self, _where(found) if found else self.tr("TOOLKIT"), copy["title"])
        self.message_bar = MessageBar()
        header = self._header(copy)
        self.body.insertWidget(2, header)
        self.body.insertWidget(2, self.message_bar)

    # ----- header ----------------------------------------------------------------------------

    def _header(self, copy: dict[str, Any]) -> QWidget:
        box = QFrame()
        box.setObjectName("toolHeader")
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        tool = self.tool
        if tool is None:
            col.addWidget(
                _note(
                    self.tr(
                        "This copy is of a guidebook tool this version of the app does not "
                        "know. Its answers are kept; update the app to see them."
                    )
                )
            )
            return box
        col.addWidget(_note(self.tr("{0}. {1}").format(tool.title, tool.purpose), "fieldHelp"))
        col.addWidget(_note(self.tr("Source: {0}").format(tool.source), "fieldHelp"))
        for text in labels_for(self, tool):
            col.addWidget(_note(text))
        row = QHBoxLayout()
        row.setSpacing(6)
        for text, name, slot in (
            (self.tr("Rename…"), "rename", lambda: self.kit.rename_copy(self.copy_id)),
            (self.tr("Duplicate"), "duplicate", lambda: self.kit.duplicate_copy(self.copy_id)),
            (self.tr("Delete"), "delete", lambda: self.kit.delete_copy(self.copy_id)),
            (self.tr("Save as PDF…"), "pdf", lambda: self._save("pdf")),
            (self.tr("Save as Word…"), "docx", lambda: self._save("docx")),
            (self.tr("Print…"), "print", self._print),
        ):
            b = QPushButton(text)
            b.setObjectName(f"tool:{name}")
            b.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(b)
            setattr(self, f"{name}_button", b)
        row.addStretch(1)
        col.addLayout(row)
        self.in_packet = QCheckBox(
            self.tr("Include this filled tool in the submission packet (as an appendix)")
        )
        self.in_packet.setObjectName("tool:in_packet")
        self.in_packet.setChecked(bool(copy.get("in_packet")))
        self.in_packet.toggled.connect(lambda on: self.kit.set_in_packet(self.copy_id, on))
        if self.kit.view.credential.parts:
            col.addWidget(self.in_packet)
        else:
            self.in_packet.hide()
        self.link_button = self._link_button(tool)
        if self.link_button is not None:
            col.addWidget(self.link_button)
        return box

    def _link_button(self, tool: Tool) -> QPushButton | None:
        from tli_workbook.ui.toolkit import linking

        link = link_of(tool)
        cred = self.kit.view.credential
        text = {
            NEEDS: linking.needs_label(cred),
            PLAN: linking.plan_label(cred),
            EVIDENCE: linking.evidence_label(cred),
        }.get(link)
        if not text:
            return None
        b = QPushButton(text)
        b.setObjectName("tool:link")
        b.setToolTip(
            self.tr("Copies what this tool holds now; later edits on either side stay apart.")
        )
        b.clicked.connect(lambda: linking.run_link(self.kit, self.copy_id, link))
        return b

    def set_copy_title(self, title: str) -> None:
        _retitle(self, _where(self.tool) if self.tool else "TOOLKIT", title)

    def _save(self, fmt: str) -> Any:
        from tli_workbook.ui.toolkit.printing import save_copy

        return save_copy(self.kit, self.copy_id, fmt)

    def _print(self) -> bool:
        from tli_workbook.ui.toolkit.printing import print_copy

        return print_copy(self.kit, self.copy_id, self)


def make_guide_page(kit: Toolkit, tool: Tool) -> FormPage:
    """A read-only guide: its info fields, with its source and labels."""
    part = dataclasses.replace(tool.part, id=f"toolguide.{tool.id}")
    page = FormPage(_context(kit, part), kit.view.autosaver, kit.view.info.fellow)
    _retitle(page, _where(tool), tool.title)
    notes = [
        tool.purpose,
        QCoreApplication.translate("Toolkit", "Source: {0}").format(tool.source),
        *labels_for(page, tool),
    ]
    for i, text in enumerate(notes):
        page.body.insertWidget(2 + i, _note(text, "fieldHelp" if i < 2 else "pageNote"))
    page.message_bar = MessageBar()  # type: ignore[attr-defined]
    page.body.insertWidget(2, page.message_bar)  # type: ignore[attr-defined]
    return page


def _note(text: str, name: str = "pageNote") -> QLabel:
    lab = QLabel(text)
    lab.setObjectName(name)
    lab.setWordWrap(True)
    return lab
