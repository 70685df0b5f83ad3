"""The "People and places I must not name" list: name, what it is, and the other ways it is
written (nicknames, short forms). Typed once per workbook, kept in the database, never exported.

Storage goes through load_people / save_people only: the structured list under PEOPLE_KEY, in
the shape tli_workbook.review.people reads (the scanner expands each entry into all its forms).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.review.people import CATEGORIES, MAX_PEOPLE, PEOPLE_KEY, TERMS_KEY
from tli_workbook.store import Store
from tli_workbook.ui.autosave import Autosaver

Person = dict[str, Any]  # {"name": str, "category": str, "nicknames": list[str]}


def _clean(p: Any) -> Person | None:
    if not isinstance(p, dict) or not str(p.get("name") or "").strip():
        return None
    cat = str(p.get("category") or "other")
    nicks = p.get("nicknames") or []
    return {
        "name": " ".join(str(p["name"]).split())[:200],
        "category": cat if cat in CATEGORIES else "other",
        "nicknames": [" ".join(str(n).split())[:200] for n in nicks if str(n).strip()][:20],
    }


def load_people(store: Store, workbook_id: int) -> list[Person]:
    """The workbook's list; an older workbook's plain terms become "other" entries."""
    stored = store.answer(workbook_id, PEOPLE_KEY)
    if isinstance(stored, list):
        return [p for p in (_clean(x) for x in stored) if p is not None]
    terms = store.answer(workbook_id, TERMS_KEY)
    if isinstance(terms, list):
        return [{"name": t.strip(), "category": "other", "nicknames": []}
                for t in terms if isinstance(t, str) and t.strip()]  # fmt: skip
    return []


def save_people(autosaver: Autosaver, people: list[Person]) -> None:
    """Queue the list (the page's autosave writes it). The scanner reads it through
    review.people (every name in all its forms); the older flat terms, now entries of the
    list, are cleared so they are not read twice."""
    clean = [p for p in (_clean(x) for x in people[:MAX_PEOPLE]) if p is not None]
    autosaver.set(PEOPLE_KEY, clean)
    autosaver.set(TERMS_KEY, [])


class PeopleEditor(QWidget):
    """A table of names with their kind and nicknames. Emits edited() after every change."""

    edited = Signal()

    def __init__(self, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = {
            "student": self.tr("Student"),
            "colleague": self.tr("Colleague"),
            "school": self.tr("School"),
            "district": self.tr("District"),
            "town": self.tr("Town or city"),
            "other": self.tr("Other"),
        }
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People and places I must not name"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Who or what"), self.tr("Also written as (commas between)")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(230)
        lay.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("Add a name"))
        self.add_btn.clicked.connect(lambda: self.add_row())
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.remove_btn.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_btn)
        buttons.addWidget(self.remove_btn)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self._loading = True
        for p in people:
            self.add_row(p, edit=False)
        self._loading = False
        self.table.itemChanged.connect(self._changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def add_row(self, person: Person | None = None, edit: bool = True) -> int:
        p = person or {"name": "", "category": "student", "nicknames": []}
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(p["name"])
        self.table.setItem(row, 0, name)
        combo = QComboBox()
        for cat in CATEGORIES:
            combo.addItem(self.labels[cat], cat)
        combo.setCurrentIndex(CATEGORIES.index(p.get("category", "other")))
        combo.setAccessibleName(self.tr("Who or what, row %1").replace("%1", str(row + 1)))
        combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.table.setCellWidget(row, 1, combo)
        self.table.setItem(row, 2, QTableWidgetItem(", ".join(p.get("nicknames") or [])))
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(name)
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for r in rows:
            self.table.removeRow(r)
        if rows:
            self._changed()

    def people(self) -> list[Person]:
        out = []
        for r in range(self.table.rowCount()):
            name = self.table.item(r, 0)
            combo = self.table.cellWidget(r, 1)
            nicks = self.table.item(r, 2)
            text = name.text().strip() if name is not None else ""
            if not text:
                continue
            cat = combo.currentData() if isinstance(combo, QComboBox) else "other"
            raw = nicks.text() if nicks is not None else ""
            out.append(
                {
                    "name": text,
                    "category": cat,
                    "nicknames": [n.strip() for n in raw.replace(";", ",").split(",") if n.strip()],
                }
            )
        return out

    def _changed(self, *_args: Any) -> None:
        if not self._loading:
            self.edited.emit()

    def _update_buttons(self) -> None:
        self.remove_btn.setEnabled(self.table.currentRow() >= 0)
