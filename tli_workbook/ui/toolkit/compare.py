"""Two copies of one tool side by side (a skills checklist before and after), read-only."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QTextBrowser,
    QWidget,
)

from tli_workbook.packet.md_writer import markdown_text
from tli_workbook.packet.tool_copy import build_tool_copy_document
from tli_workbook.ui.toolkit.reflection_panel import smaller_headings
from tli_workbook.ui.toolkit.weak import weak_kit

if TYPE_CHECKING:
    from tli_workbook.ui.toolkit.nav import Toolkit

log = logging.getLogger(__name__)


class CompareDialog(QDialog):
    def __init__(self, kit: Toolkit, left: str, right: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = weak_kit(kit)
        tool_id = kit.copy(left)["tool"]
        tool = kit.tool(tool_id)
        self.setWindowTitle(self.tr("Compare: {0}").format(tool.short_title if tool else tool_id))
        self.resize(1100, 720)
        self.copies = [c for c in kit.copies if c["tool"] == tool_id]
        kit.view.flush()
        self.snap = kit.store.snapshot(kit.workbook_id)
        self._work = tempfile.TemporaryDirectory(prefix="tli-compare-")
        grid = QGridLayout(self)
        self.pickers: list[QComboBox] = []
        self.views: list[QTextBrowser] = []
        for col, chosen in enumerate((left, right)):
            pick = QComboBox()
            pick.setAccessibleName(
                self.tr("Copy shown on the left" if col == 0 else "Copy shown on the right")
            )
            for c in self.copies:
                pick.addItem(c["title"], c["id"])
            pick.setCurrentIndex(next(i for i, c in enumerate(self.copies) if c["id"] == chosen))
            view = QTextBrowser()
            view.setObjectName(f"compare:{col}")
            grid.addWidget(pick, 0, col)
            grid.addWidget(view, 1, col)
            self.pickers.append(pick)
            self.views.append(view)
            pick.currentIndexChanged.connect(lambda _i, c=col: self._show(c))
            self._show(col)

    def _show(self, col: int) -> None:
        copy_id = self.pickers[col].currentData()
        store = self.kit.store

        def file_path(sha: str) -> Path | None:
            p = store.file_path(sha)
            return p if p.exists() else None

        try:
            doc, _w = build_tool_copy_document(
                self.snap, copy_id, file_path, Path(self._work.name), self.kit.tools
            )
            self.views[col].setMarkdown(smaller_headings(markdown_text(doc)))
        except Exception:  # one unreadable copy must not close the comparison
            log.exception("could not show tool copy %s", copy_id)
            self.views[col].setPlainText(self.tr("This copy could not be shown."))

    def text(self, col: int) -> str:
        return self.views[col].toPlainText()

    def done(self, result: int) -> None:  # noqa: D102
        self._work.cleanup()
        super().done(result)
