"""The start screen: the teacher's workbooks, and creating, renaming, duplicating, deleting.

It is the first thing the app paints: at start it shows the list read by store/listing.py
with the credentials' titles (definitions/titles.py), before the Store and the catalog are
there; `attach` then hands it both, and from then on it reads the Store. Progress a workbook
has no kept count for is counted on the task runner and filled in."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

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

from tli_workbook.definitions.titles import TEAM_BINDER_ID
from tli_workbook.store.errors import StoreError
from tli_workbook.store.listing import Listing, WorkbookInfo

if TYPE_CHECKING:
    from tli_workbook.definitions import Catalog, Credential
    from tli_workbook.store import Store
    from tli_workbook.ui.tasks import Task

log = logging.getLogger(__name__)

IdRole = Qt.ItemDataRole.UserRole
PROGRESS_COLUMN = 3
# Shown in the progress column while a workbook is being counted (a moment after start).
COUNTING = "\u2026"


def count_parts(cred: Credential, store: Store, workbook_id: int) -> tuple[int, int]:
    """(parts complete, parts in all) of a workbook as it is now."""
    from tli_workbook.review.readiness import readiness

    sts = readiness(cred, store.snapshot(workbook_id))
    return sum(s.state == "complete" for s in sts), len(sts)


def _moment(value: datetime) -> str:
    # text.dates imports the whole text package (the privacy scanner): after the first paint.
    from tli_workbook.text.dates import format_moment

    return format_moment(value)


def _display(title: str) -> str:
    from tli_workbook.text.display_names import display_name

    return display_name(title, 120)  # an imported title is outside text


class StartScreen(QWidget):
    openRequested = Signal(int)
    newRequested = Signal()
    renameRequested = Signal(int)
    duplicateRequested = Signal(int)
    deleteRequested = Signal(int)
    importRequested = Signal()
    sampleRequested = Signal()

    def __init__(
        self,
        store: Store | None,
        catalog: Catalog | None,
        parent: QWidget | None = None,
        *,
        listing: Listing | None = None,
        titles: Mapping[str, str] | None = None,
    ) -> None:
        """With a store and a catalog, the list comes from the store. Without (the first
        paint): from `listing`, with the credentials' `titles`, until `attach`."""
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.titles: Mapping[str, str] = titles or {}
        self._counting: set[int] = set()
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
        if store is not None:
            self.refresh()
        else:
            self._show(listing or Listing([]), None)

    def attach(self, store: Store, catalog: Catalog) -> None:
        """The store is open and the catalog loaded: list from them (in place: rows that did
        not change are not touched, and the selected workbook stays selected)."""
        self.store, self.catalog = store, catalog
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

    def refresh(self, select: int | None = None) -> None:
        """List the workbooks again (one query), keeping the selection unless `select`."""
        if self.store is None:
            return  # before the store opens, the list read at start is what there is
        books = self.store.list_workbooks()
        binders = any(self._is_binder(w.credential_id) for w in books)
        self._show(Listing(books, self.store.tool_copy_counts() if binders else {}), select)

    # ----- rows ------------------------------------------------------------------------------

    def _title_of(self, cid: str) -> str | None:
        if self.catalog is not None:
            return self.catalog.get(cid).title if cid in self.catalog else None
        return self.titles.get(cid)

    def _is_binder(self, cid: str) -> bool:
        """A team binder holds tools only: its progress is its filled tools."""
        if self.catalog is not None and cid in self.catalog:
            return not self.catalog.get(cid).parts
        return cid == TEAM_BINDER_ID

    def _progress(self, w: WorkbookInfo, tools: Mapping[int, int]) -> str:
        if self._title_of(w.credential_id) is None:
            return "?"
        if self._is_binder(w.credential_id):
            n = tools.get(w.id, 0)
            return self.tr("%n filled tool(s)", "", n)
        if w.summary is None:
            return COUNTING
        done, total = w.summary
        return self.tr("{done} of %n part(s)", "", total).format(done=done)

    def _cells(self, w: WorkbookInfo, tools: Mapping[int, int]) -> list[str]:
        title = self._title_of(w.credential_id)
        return [
            _display(w.title),
            title if title is not None else self.tr("Unknown ({id})").format(id=w.credential_id),
            _moment(w.modified_at.replace(tzinfo=UTC).astimezone()),
            self._progress(w, tools),
        ]

    def _set_cell(self, row: int, col: int, text: str, wid: int) -> None:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem(text)
            item.setData(IdRole, wid)
            self.table.setItem(row, col, item)
            return
        # In place: a cell that did not change is not repainted, and the selection (kept by
        # row) is not cleared by replacing items.
        if item.text() != text:
            item.setText(text)
        if item.data(IdRole) != wid:
            item.setData(IdRole, wid)

    def _row_of(self, wid: int) -> int | None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(IdRole) == wid:
                return r
        return None

    def _show(self, listing: Listing, select: int | None) -> None:
        keep = select if select is not None else self.selected_id()
        books = listing.workbooks
        self.table.setUpdatesEnabled(False)
        try:
            self.table.setRowCount(len(books))
            for r, w in enumerate(books):
                for c, text in enumerate(self._cells(w, listing.tool_counts)):
                    self._set_cell(r, c, text, w.id)
            target = self._row_of(keep) if keep is not None else None
            if target is None and books:
                target = 0
            current = self.table.selectionModel().selectedRows()
            if target is not None and [i.row() for i in current] != [target]:
                self.table.selectRow(target)
        finally:
            self.table.setUpdatesEnabled(True)
        self.empty.setVisible(not books)
        self.table.setVisible(bool(books))
        self.show_first_run(not books)
        self._count_later(books)

    # ----- progress counted after the first paint ------------------------------------------------

    def _count_later(self, books: list[WorkbookInfo]) -> Task[Any] | None:
        """Count, on the task runner, the workbooks whose progress is not kept (new, or
        changed since last listed); each row is filled in as its count is done and the count
        is kept in the store, so the next start lists it from one query."""
        store, catalog = self.store, self.catalog
        if store is None or catalog is None:
            return None
        todo = [
            (w.id, w.modified_at, catalog.get(w.credential_id))
            for w in books
            if w.summary is None
            and w.id not in self._counting
            and w.credential_id in catalog
            and not self._is_binder(w.credential_id)
        ]
        if not todo:
            return None
        from tli_workbook.ui.tasks import runner

        wids = {wid for wid, _at, _cred in todo}
        self._counting |= wids

        def work(task: Task[None]) -> None:
            for wid, at, cred in todo:
                task.check()
                try:
                    done, total = count_parts(cred, store, wid)
                except StoreError:  # deleted meanwhile
                    continue
                try:
                    store.set_summary(wid, done, total, counted_at=at)
                except StoreError:
                    log.warning("Could not keep the progress of workbook %s", wid, exc_info=True)
                task.post(self._counted, wid, done, total)

        def finished(*_args: object) -> None:
            self._counting -= wids

        return runner().run(
            work,
            finished,
            label=self.tr("counting the progress of your workbooks"),
            owner=self,
            on_failure=finished,
            on_cancelled=finished,
        )

    def _counted(self, wid: int, done: int, total: int) -> None:
        row = self._row_of(wid)
        if row is not None:
            text = self.tr("{done} of %n part(s)", "", total).format(done=done)
            self._set_cell(row, PROGRESS_COLUMN, text, wid)

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
