"""The chart of teams, edited as an indented list and drawn beside it as a tree.

Each row is one structure: its name, a "future team" tick, and buttons to move it out or in a
level, or remove it. Enter in a name adds a row under it at the same level. The preview is
painted by the same renderer as print and the packet.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Field
from tli_workbook.fields.structure_tree import future_word
from tli_workbook.structuretree import model
from tli_workbook.ui import theme
from tli_workbook.ui.forms.base import FieldEditor, FormContext

log = logging.getLogger(__name__)

INDENT_PX = 26


class FitView(QGraphicsView):
    """Shows the whole chart, never larger than print size, on paper (its inks are for
    paper)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setBackgroundBrush(theme.qcolor("paper"))

    def fit(self) -> None:
        rect = self.sceneRect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:
            self.resetTransform()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class StructureRow(QWidget):
    def __init__(self, editor: StructureTreeEditor, row: dict[str, Any], depth: int) -> None:
        super().__init__()
        self.row = row
        self.level = depth
        lay = QHBoxLayout(self)
        self.lay = lay
        self.text = QLineEdit(row["text"])
        self.text.setPlaceholderText(
            QCoreApplication.translate("StructureTreeEditor", "Team, committee or meeting")
        )
        self.text.setAccessibleName(
            QCoreApplication.translate("StructureTreeEditor", "Structure name")
        )
        self.future = QCheckBox(QCoreApplication.translate("StructureTreeEditor", "Future team"))
        self.future.setChecked(row["future"])
        self.out_btn = QToolButton()
        self.out_btn.setText("\u2190")
        self.out_btn.setToolTip(
            QCoreApplication.translate("StructureTreeEditor", "Move out one level")
        )
        self.in_btn = QToolButton()
        self.in_btn.setText("\u2192")
        self.in_btn.setToolTip(
            QCoreApplication.translate(
                "StructureTreeEditor", "Move in one level (under the row above)"
            )
        )
        self.remove_btn = QToolButton()
        self.remove_btn.setText("\u2715")
        self.remove_btn.setToolTip(
            QCoreApplication.translate("StructureTreeEditor", "Remove this structure")
        )
        for w in (self.text, self.future, self.out_btn, self.in_btn, self.remove_btn):
            lay.addWidget(w, 1 if w is self.text else 0)
        self.set_level(depth)

    def set_level(self, depth: int) -> None:
        self.level = depth
        self.lay.setContentsMargins(depth * INDENT_PX, 0, 0, 0)


class StructureTreeEditor(FieldEditor):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.rows: list[StructureRow] = []
        self._ids = 0
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(2)
        self.add_btn = QPushButton(self.tr("Add structure"))
        self.add_btn.clicked.connect(lambda: self.add_row(len(self.rows)))
        self.scene = QGraphicsScene(self)
        from tli_workbook.ui.fishbone.scene import DiagramItem  # drawing code: not at start-up

        self.diagram = DiagramItem()
        self.scene.addItem(self.diagram)
        self.preview = FitView(self.scene)
        self.preview.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.preview.setMinimumHeight(240)
        self.preview.setAccessibleName(self.tr("Chart of teams (drawn from the list)"))
        left = QVBoxLayout()
        left.addLayout(self.list_box)
        left.addWidget(self.add_btn, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(left, 1)
        lay.addWidget(self.preview, 1)
        self.set_value([])

    # ----- FieldEditor

    def value(self) -> Any:
        flat = [
            (r.level, {**r.row, "text": r.text.text(), "future": r.future.isChecked()})
            for r in self.rows
        ]
        return model.nest(flat)

    def set_value(self, value: Any) -> None:
        for r in self.rows:
            self.list_box.removeWidget(r)
            r.deleteLater()
        self.rows = []
        flat = model.flatten(model.normalise(value))
        for depth, node in flat:
            self._insert(
                len(self.rows),
                {"id": node["id"], "text": node["text"], "future": node["future"]},
                depth,
            )
        if not self.rows:
            self._insert(0, self._new_row(), 0)  # one empty row to start typing in
        self.redraw()

    def focus_editor(self) -> None:
        self.rows[0].text.setFocus()

    # ----- rows

    def _new_row(self) -> dict[str, Any]:
        used = {r.row["id"] for r in self.rows}
        while True:
            self._ids += 1
            ident = f"s{self._ids}"
            if ident not in used:
                return {"id": ident, "text": "", "future": False}

    def _insert(self, index: int, row: dict[str, Any], depth: int) -> StructureRow:
        w = StructureRow(self, row, depth)
        self.rows.insert(index, w)
        self.list_box.insertWidget(index, w)
        w.text.textEdited.connect(self._edited)
        w.text.returnPressed.connect(lambda w=w: self.add_row(self.rows.index(w) + 1, w.level))
        w.future.toggled.connect(self._edited)
        w.out_btn.clicked.connect(lambda _c=False, w=w: self.shift(w, -1))
        w.in_btn.clicked.connect(lambda _c=False, w=w: self.shift(w, 1))
        w.remove_btn.clicked.connect(lambda _c=False, w=w: self.remove_row(w))
        self._enable(w)
        return w

    def _enable(self, w: StructureRow) -> None:
        i = self.rows.index(w)
        prev = self.rows[i - 1].level if i > 0 else -1
        w.in_btn.setEnabled(w.level <= prev and w.level + 1 < model.MAX_DEPTH)
        w.out_btn.setEnabled(w.level > 0)

    def add_row(self, index: int, depth: int | None = None) -> None:
        if depth is None:
            depth = self.rows[index - 1].level if index > 0 else 0
        w = self._insert(index, self._new_row(), depth)
        self._refresh()
        w.text.setFocus()

    def shift(self, w: StructureRow, step: int) -> None:
        i = self.rows.index(w)
        prev = self.rows[i - 1].level if i > 0 else -1
        depth = max(0, min(w.level + step, prev + 1, model.MAX_DEPTH - 1))
        if depth == w.level:
            return
        # The rows under it move with it, so a team keeps its sub-teams.
        old = w.level
        j = i + 1
        while j < len(self.rows) and self.rows[j].level > old:
            self.rows[j].set_level(max(0, self.rows[j].level + depth - old))
            j += 1
        w.set_level(depth)
        self._refresh()

    def remove_row(self, w: StructureRow) -> None:
        if w.text.text().strip() and not self.ctx.dialogs.confirm(
            self.tr("Remove structure"),
            self.tr("Remove \u201c%s\u201d from the chart? The rows under it move up a level.")
            % w.text.text().strip(),
            self.tr("Remove"),
        ):
            return
        i = self.rows.index(w)
        j = i + 1
        while j < len(self.rows) and self.rows[j].level > w.level:
            self.rows[j].set_level(self.rows[j].level - 1)
            j += 1
        self.rows.pop(i)
        self.list_box.removeWidget(w)
        w.deleteLater()
        if not self.rows:
            self._insert(0, self._new_row(), 0)
        self._refresh()

    def _refresh(self) -> None:
        for w in self.rows:
            self._enable(w)
        self._edited()

    def _edited(self, *_args: object) -> None:
        self.redraw()
        self.changed.emit()

    def redraw(self) -> None:
        from tli_workbook.structuretree.render import build_display_list

        dl = build_display_list(
            self.value(), future_word=future_word(), empty_text=self.tr("The chart appears here.")
        )
        self.diagram.set_display(dl)
        b = dl.bounds
        rect = QRectF(b.x, b.y, b.w, b.h)
        self.scene.setSceneRect(rect)
        self.preview.fit()
