"""Beside the reflection: the teacher's own Results Analysis, Lessons Learned and Where Are You
Going Next? copies, read-only, to draw on while writing Part 3."""

from __future__ import annotations

import logging
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.packet.md_writer import markdown_text
from tli_workbook.packet.tool_copy import build_tool_copy_document
from tli_workbook.toolkit.links import REFLECTION_TOOLS
from tli_workbook.ui.toolkit.weak import weak_kit

if TYPE_CHECKING:
    from tli_workbook.ui.toolkit.nav import Toolkit

log = logging.getLogger(__name__)


def is_reflection_part(kit: Toolkit, part_id: str) -> bool:
    """The credential's last form in its Reflect stage."""
    parts = [p for p in kit.view.credential.parts_in_stage("reflect") if p.kind == "form"]
    return bool(parts) and parts[-1].id == part_id


class ReflectionPanel(QGroupBox):
    def __init__(self, kit: Toolkit, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your own material from the Toolkit (read-only)"), parent)
        self.setObjectName("reflectionPanel")
        self.kit = weak_kit(kit)
        self.col = QVBoxLayout(self)
        self.hint = QLabel(
            self.tr(
                "Your Results Analysis, Lessons Learned and Where Are You Going Next? copies, "
                "to draw on while you write. Edit them in the Toolkit."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("fieldHelp")
        self.col.addWidget(self.hint)
        self.view = QTextBrowser()
        self.view.setObjectName("reflectionMaterial")
        self.view.setMinimumHeight(380)
        self.col.addWidget(self.view)
        self.refresh_button = QPushButton(self.tr("Show the latest"))
        self.refresh_button.clicked.connect(self.refresh)
        self.col.addWidget(self.refresh_button)
        self.refresh()

    def copies(self) -> list[dict]:
        order = {t: i for i, t in enumerate(REFLECTION_TOOLS)}
        cs = [c for c in self.kit.store.tool_copies(self.kit.workbook_id) if c["tool"] in order]
        return sorted(cs, key=lambda c: order[c["tool"]])

    def refresh(self) -> None:
        copies = self.copies()
        self.setVisible(bool(copies))
        if not copies:
            return
        store = self.kit.store
        snap = store.snapshot(self.kit.workbook_id)

        def file_path(sha: str) -> Path | None:
            p = store.file_path(sha)
            return p if p.exists() else None

        parts = []
        with tempfile.TemporaryDirectory(prefix="tli-reflect-") as tmp:
            for c in copies:
                try:
                    doc, _w = build_tool_copy_document(
                        snap, c["id"], file_path, Path(tmp), self.kit.tools
                    )
                    parts.append(markdown_text(doc))
                except Exception:  # one unreadable copy must not hide the others
                    log.exception("could not show tool copy %s", c["id"])
        self.view.setMarkdown(smaller_headings("\n\n---\n\n".join(parts)))

    def text(self) -> str:
        return self.view.toPlainText()


def smaller_headings(markdown: str) -> str:
    """A narrow panel shows the copy's headings two sizes down (level 1 becomes level 3)."""
    return re.sub(r"(?m)^(#{1,4}) ", lambda m: "#" * min(6, len(m.group(1)) + 2) + " ", markdown)


def add_reflection_panel(kit: Toolkit, part_id: str, page: QWidget) -> None:
    if not is_reflection_part(kit, part_id):
        return
    body = getattr(page, "body", None)
    if body is None:
        return
    panel = ReflectionPanel(kit)
    page.reflection_panel = panel  # type: ignore[attr-defined]
    fields = next(iter(getattr(page, "views", {}).values()), None)
    index = body.indexOf(fields) if fields is not None else -1
    if fields is None or index < 0:
        body.insertWidget(min(3, body.count()), panel)
        return
    # Beside what the teacher writes: the editor on the left, the material on the right.
    body.removeWidget(fields)
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(16)
    lay.addWidget(fields, 3)
    lay.addWidget(panel, 2, Qt.AlignmentFlag.AlignTop)
    body.insertWidget(index, row)
