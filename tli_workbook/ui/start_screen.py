"""The start screen: the teacher's workbooks, and creating, renaming, duplicating, deleting."""

from __future__ import annotations

import logging
from datetime import UTC

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions import Catalog, Credential
from tli_workbook.review.readiness import readiness
from tli_workbook.store import Store, StoreError
from tli_workbook.text.dates import format_moment
from tli_workbook.text.display_names import display_name

log = logging.getLogger(__name__)

IdRole = Qt.ItemDataRole.UserRole


class StartScreen(QWidget):
    openRequested = Signal(int)
    newRequested = Signal()
    renameRequested = Signal(int)
    duplicateRequested = Signal(int)
    deleteRequested = Signal(int)
    importRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, store: Store, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.setObjectName("startScreen")
        # Two faces: the list of workbooks, and a compact welcome while there are none.
        self.faces = QStackedLayout(self)
        self.list_face = QWidget()
        self.faces.addWidget(self.list_face)
        self.first_run = FirstRunPanel()
        self.faces.addWidget(self.first_run)
        self.first_run.newRequested.connect(self.newRequested)
        self.first_run.sampleRequested.connect(self.sampleRequested)
        self.first_run.importRequested.connect(self.importRequested)
        lay = QVBoxLayout(self.list_face)
        lay.setContentsMargins(36, 28, 36, 28)
        lay.setSpacing(12)
        title = QLabel(self.tr("Your workbooks"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        sub = QLabel(
            self.tr(
                "Each workbook is one micro-credential submission. Everything you type is saved "
                "as you go, on this computer only."
            )
        )
        sub.setObjectName("pageIntro")
        sub.setWordWrap(True)
        lay.addWidget(sub)

        row = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("New workbook…"))
        self.new_btn.setObjectName("primary")
        self.open_btn = QPushButton(self.tr("Open"))
        self.rename_btn = QPushButton(self.tr("Rename…"))
        self.dup_btn = QPushButton(self.tr("Duplicate"))
        self.del_btn = QPushButton(self.tr("Delete…"))
        self.import_btn = QPushButton(self.tr("Import archive…"))
        self.sample_btn = QPushButton(self.tr("Open the sample workbook"))
        for b in (self.new_btn, self.open_btn, self.rename_btn, self.dup_btn, self.del_btn):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.sample_btn)
        row.addWidget(self.import_btn)
        lay.addLayout(row)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("workbookList")
        self.table.setAccessibleName(self.tr("Workbooks"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Micro-credential"),
                self.tr("Last edited"),
                self.tr("Progress"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        lay.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "No workbooks yet. Choose “New workbook…” to start one, or open the sample "
                "workbook to see a finished Coaching and Mentoring submission."
            )
        )
        self.empty.setObjectName("pageNote")
        self.empty.setWordWrap(True)
        lay.addWidget(self.empty)

        self.new_btn.clicked.connect(self.newRequested)
        self.import_btn.clicked.connect(self.importRequested)
        self.sample_btn.clicked.connect(self.sampleRequested)
        self.open_btn.clicked.connect(lambda: self._emit(self.openRequested))
        self.rename_btn.clicked.connect(lambda: self._emit(self.renameRequested))
        self.dup_btn.clicked.connect(lambda: self._emit(self.duplicateRequested))
        self.del_btn.clicked.connect(lambda: self._emit(self.deleteRequested))
        self.table.itemActivated.connect(lambda _i: self._emit(self.openRequested))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(IdRole) if item is not None else None

    def _emit(self, signal: SignalInstance) -> None:
        wid = self.selected_id()
        if wid is not None:
            signal.emit(wid)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for b in (self.open_btn, self.rename_btn, self.dup_btn, self.del_btn):
            b.setEnabled(has)

    def _count(self, cred: Credential, wid: int) -> tuple[int, int]:
        """Count a workbook's complete parts and keep the count in the store: the list then
        costs one query however many workbooks there are, and only a workbook changed since
        it was last listed is counted again."""
        sts = readiness(cred, self.store.snapshot(wid))
        done, total = sum(s.state == "complete" for s in sts), len(sts)
        try:
            self.store.set_summary(wid, done, total)
        except StoreError:
            log.warning("Could not keep the progress of workbook %s", wid, exc_info=True)
        return done, total

    def refresh(self, select: int | None = None) -> None:
        books = self.store.list_workbooks()
        self.table.setRowCount(len(books))
        for r, w in enumerate(books):
            known = w.credential_id in self.catalog
            cred = self.catalog.get(w.credential_id) if known else None
            progress = "?"
            if cred is not None and not cred.parts:  # a team binder holds tools only
                n = len(self.store.tool_copies(w.id))
                progress = self.tr("%n filled tool(s)", "", n)
            elif cred is not None:
                done, total = w.summary or self._count(cred, w.id)
                progress = self.tr("{done} of %n part(s)", "", total).format(done=done)
            cells = [
                display_name(w.title, 120),  # an imported title is outside text
                cred.title if cred else self.tr("Unknown ({id})").format(id=w.credential_id),
                format_moment(w.modified_at.replace(tzinfo=UTC).astimezone()),
                progress,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(IdRole, w.id)
                self.table.setItem(r, c, item)
            if select == w.id:
                self.table.selectRow(r)
        if books and self.selected_id() is None:
            self.table.selectRow(0)
        self.empty.setVisible(not books)
        self.table.setVisible(bool(books))
        self.show_first_run(not books)

    def show_first_run(self, first: bool) -> None:
        """The welcome panel while there is no workbook; the list once there is one."""
        self.faces.setCurrentWidget(self.first_run if first else self.list_face)
        self._update_buttons()


class FirstRunPanel(QWidget):
    """What the app does in three lines and the three ways to begin, as one compact block in
    the middle of the window (the empty list spread a few widgets over its whole height)."""

    newRequested = Signal()
    sampleRequested = Signal()
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 28, 36, 28)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        box = QWidget()
        box.setObjectName("firstRunBox")
        box.setMaximumWidth(600)
        lay = QVBoxLayout(box)
        lay.setSpacing(10)
        title = QLabel(self.tr("Welcome to TLI Workbook"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        lay.addWidget(title)
        self.lines: list[QLabel] = []
        for text in (
            self.tr(
                "Prepare a micro-credential submission part by part, with each prompt, word "
                "count and rubric beside what you write."
            ),
            self.tr(
                "Build your Circle Map, attach and mark up your artifacts, and collect "
                "feedback. Everything is saved as you type, on this computer only."
            ),
            self.tr(
                "When it is ready, export the packet as Word, PDF or an upload kit, in the "
                "order the credential asks for."
            ),
        ):
            line = QLabel(text)
            line.setObjectName("pageIntro")
            line.setWordWrap(True)
            lay.addWidget(line)
            self.lines.append(line)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.new_btn = QPushButton(self.tr("New workbook…"))
        self.new_btn.setObjectName("primary")
        self.new_btn.setDefault(True)
        self.sample_btn = QPushButton(self.tr("Open the sample"))
        self.sample_btn.setToolTip(
            self.tr("A finished Coaching and Mentoring submission to look through")
        )
        self.import_btn = QPushButton(self.tr("Import…"))
        self.import_btn.setToolTip(self.tr("Open a workbook archive (.tliwb) from TLI Workbook"))
        for b in (self.new_btn, self.sample_btn, self.import_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addSpacing(6)
        lay.addLayout(buttons)
        row.addWidget(box, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.new_btn.clicked.connect(self.newRequested)
        self.sample_btn.clicked.connect(self.sampleRequested)
        self.import_btn.clicked.connect(self.importRequested)
        self.setFocusProxy(self.new_btn)
