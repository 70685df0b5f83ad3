"""Privacy view: what could identify the teacher or the students, where it is, and three ways
to deal with each finding (go and fix it, ignore it for this session, mark it as fine)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from tli_workbook.definitions.model import Credential
from tli_workbook.review.privacy_scan import (
    FINE_KEY,
    TERMS_KEY,
    ScanFinding,
    fine_keys_of,
    scan_workbook,
    terms_of,
)
from tli_workbook.store import Store
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.review.common import (
    Jump,
    ReviewPage,
    WrapDelegate,
    label,
    session_ignored,
    set_state,
    stored_file,
)
from tli_workbook.ui.tasks import Task, runner

KeyRole = Qt.ItemDataRole.UserRole
MAX_TERMS = 500


class PrivacyPage(ReviewPage):
    def __init__(
        self,
        store: Store,
        workbook_id: int,
        credential: Credential,
        dialogs: Dialogs,
        autosaver: Autosaver,
        jump: Jump,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            credential,
            "Privacy check",
            f"{credential.anonymity} This check looks through every answer, your Circle Map, "
            "your artifacts (titles, annotations, file names and the details hidden inside "
            "photos and documents) and your participants' feedback for names, schools, emails, "
            "phone numbers, addresses and links. It can be wrong both ways: read its findings "
            "with care.",
            parent,
        )
        self.store, self.workbook_id = store, workbook_id
        self.dialogs, self.autosaver, self.jump = dialogs, autosaver, jump
        self.ignored = session_ignored(store, workbook_id)
        self.fine: set[str] = set()
        self.findings: list[ScanFinding] = []

        self.body.addWidget(label("My terms", "sectionHeading"))
        self.body.addWidget(
            label(
                "Your name, school, district and town, and the names of colleagues and "
                "students, one per line. They are looked for everywhere, in any case. They are "
                "kept in this workbook only and never exported into the packet.",
                "fieldHelp",
            )
        )
        self.terms = QPlainTextEdit()
        self.terms.setObjectName("privacyTerms")
        self.terms.setAccessibleName("My terms, one per line")
        self.terms.setPlaceholderText("e.g.\nJordan Smith\nMaple Grove Middle School\nRiverton")
        self.terms.setFixedHeight(110)
        stored = {"answers": {TERMS_KEY: store.answer(workbook_id, TERMS_KEY)}}
        self.terms.setPlainText("\n".join(terms_of(stored)))
        self.terms.textChanged.connect(self._terms_edited)
        self.body.addWidget(self.terms)
        # Re-scan a moment after typing stops, so the list follows the terms without flicker.
        self._rescan_timer = QTimer(self)
        self._rescan_timer.setSingleShot(True)
        self._rescan_timer.setInterval(800)
        self._rescan_timer.timeout.connect(self.refresh)

        top = QHBoxLayout()
        self.summary = label("", "privacySummary")
        top.addWidget(self.summary, 1)
        self.rescan_btn = QPushButton("Re-scan")
        self.rescan_btn.clicked.connect(lambda: self.refresh())
        top.addWidget(self.rescan_btn)
        self.body.addLayout(top)

        self.tree = QTreeWidget()
        self.tree.setObjectName("findingsList")
        self.tree.setAccessibleName("Privacy findings")
        self.tree.setHeaderLabels(["What", "Found", "Where", "In context"])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemDelegate(WrapDelegate(self.tree))
        self.tree.setMinimumHeight(320)
        header = self.tree.header()
        for col, width in enumerate((130, 210, 240)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda _i, _c: self.go_there())
        self.body.addWidget(self.tree, 1)

        actions = QHBoxLayout()
        self.go_btn = QPushButton("Go there")
        self.go_btn.setObjectName("reviewPrimary")
        self.go_btn.clicked.connect(self.go_there)
        self.ignore_btn = QPushButton("Ignore once")
        self.ignore_btn.setToolTip("Hide it until you quit the app")
        self.ignore_btn.clicked.connect(self.ignore_once)
        self.fine_btn = QPushButton("Mark as fine")
        self.fine_btn.setToolTip("It identifies nobody: never show it again")
        self.fine_btn.clicked.connect(self.toggle_fine)
        self.show_fine = QCheckBox("Show findings marked as fine")
        self.show_fine.toggled.connect(lambda _on: self._fill())
        for w in (self.go_btn, self.ignore_btn, self.fine_btn):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.show_fine)
        self.body.addLayout(actions)
        # The first fill stays on this thread: callers read the findings right after building
        # the page. The Evidence page and attaching read the files' details into the scan's
        # cache off the GUI thread beforehand; every re-scan runs on the task runner.
        self._scan: Task[Any] | None = None
        self.refresh(background=False)
        # The window refreshes a review page as it shows it, right after building it: that
        # scan would repeat this one.
        self._fresh = True
        fresh_timer = QTimer(self)  # a child timer and a bound slot: nothing keeps self alive
        fresh_timer.setSingleShot(True)
        fresh_timer.timeout.connect(self._not_fresh)
        fresh_timer.start(0)

    # ----- scanning --------------------------------------------------------------------------

    def refresh(self, background: bool = True) -> Task[Any] | None:
        """Scan the workbook again (pending edits, including my terms, are written first). The
        scan reads every stored file's hidden details, so it runs on the task runner; the list
        is filled when it is done. background=False scans on this thread (the first fill)."""
        self._rescan_timer.stop()
        self.autosaver.flush()
        if background and getattr(self, "_fresh", False):
            return None
        if self._scan is not None:
            self._scan.cancel()  # its result would be older than the one asked for now
        store, wid, cred = self.store, self.workbook_id, self.credential

        def work(_task: Task[Any]) -> tuple[set[str], list[ScanFinding]]:
            snap = store.snapshot(wid)
            return fine_keys_of(snap), scan_workbook(snap, cred, stored_file(store))

        def done(result: tuple[set[str], list[ScanFinding]]) -> None:
            self.fine, self.findings = result
            self._fill()
            self.changed.emit()

        if not background:
            done(work(None))  # type: ignore[arg-type]
            return None
        self.rescan_btn.setEnabled(False)
        self._scan = runner().run(
            work,
            done,
            label=self.tr("checking for private details"),
            owner=self,
            dialogs=self.dialogs,
            failure_title=self.tr("The privacy check did not finish"),
            failure_hint=self.tr(
                "The list below may be out of date. Choose Re-scan to check again."
            ),
        )
        self._scan.finished.connect(self._scan_finished)
        return self._scan

    def _not_fresh(self) -> None:
        self._fresh = False

    def _scan_finished(self) -> None:
        self.rescan_btn.setEnabled(True)

    def open_findings(self) -> list[ScanFinding]:
        return [f for f in self.findings if f.key not in self.fine | self.ignored]

    def _fill(self) -> None:
        selected = self._selected_key()
        self.tree.clear()
        shown = [
            f
            for f in self.findings
            if f.key not in self.ignored and (f.key not in self.fine or self.show_fine.isChecked())
        ]
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for f in shown:
            times = f" (×{f.count})" if f.count > 1 else ""
            fine = "  · marked as fine" if f.key in self.fine else ""
            it = QTreeWidgetItem([f.label + fine, f.text + times, f.where, f.context])
            it.setData(0, KeyRole, f.key)
            it.setFont(1, bold)
            for col, tip in enumerate((f.label, f.text, f.where, f.context)):
                it.setToolTip(col, tip)
            it.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{f.label}: {f.text}, in {f.where}")
            self.tree.addTopLevelItem(it)
            if f.key == selected:
                self.tree.setCurrentItem(it)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))  # ready for the buttons
        n = len(self.open_findings())
        hidden = len([f for f in self.findings if f.key in self.ignored])
        text = (
            f"{n} finding{'s' if n != 1 else ''} to review."
            if n
            else "Nothing identifying found. Keep your terms up to date and check again "
            "before you export."
        )
        if hidden:
            text += f" {hidden} ignored for this session."
        self.summary.setText(text)
        set_state(self.summary, "todo" if n else "ready")
        self._update_buttons()

    # ----- actions ---------------------------------------------------------------------------

    def _selected_key(self) -> str | None:
        it = self.tree.currentItem()
        return it.data(0, KeyRole) if it is not None and it.isSelected() else None

    def _selected(self) -> ScanFinding | None:
        key = self._selected_key()
        return next((f for f in self.findings if f.key == key), None)

    def _update_buttons(self) -> None:
        f = self._selected()
        for b in (self.go_btn, self.ignore_btn, self.fine_btn):
            b.setEnabled(f is not None)
        is_fine = f is not None and f.key in self.fine
        self.fine_btn.setText("Not fine after all" if is_fine else "Mark as fine")

    def go_there(self) -> None:
        f = self._selected()
        if f is not None:
            self.jump(f.part_id, f.target)

    def ignore_once(self) -> None:
        f = self._selected()
        if f is not None:
            self.ignored.add(f.key)
            self._fill()
            self.changed.emit()

    def toggle_fine(self) -> None:
        f = self._selected()
        if f is None:
            return
        self.fine.symmetric_difference_update({f.key})
        self.autosaver.set(FINE_KEY, sorted(self.fine))
        self.autosaver.flush()
        self._fill()
        self.changed.emit()

    def _terms_edited(self) -> None:
        lines = [t.strip() for t in self.terms.toPlainText().splitlines() if t.strip()]
        self.autosaver.set(TERMS_KEY, lines[:MAX_TERMS])
        self._rescan_timer.start()
