"""Readiness view: every requirement of the credential with its status; a click goes to the
place to fix it. The items come from tli_workbook.review.readiness (the navigator's marks use
the same checks)."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from tli_workbook.artifacts.ocr import PictureReader
from tli_workbook.definitions.model import Credential
from tli_workbook.review.privacy_scan import open_findings, what_was_checked
from tli_workbook.review.readiness import PartStatus, readiness, todo_items
from tli_workbook.review.report import things_to_finish
from tli_workbook.store import Store
from tli_workbook.store.snapshot import Snapshot
from tli_workbook.ui import preferences, theme
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.forms.lazy import later
from tli_workbook.ui.review.common import (
    Jump,
    ReviewPage,
    WrapDelegate,
    label,
    session_ignored,
    set_state,
    status_icon,
    stored_file,
)
from tli_workbook.ui.review.picture_reading import picture_reading
from tli_workbook.ui.tasks import Task, runner

TargetRole = Qt.ItemDataRole.UserRole


class ReadinessPage(ReviewPage):
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
            QCoreApplication.translate("ReadinessPage", "Ready to submit?"),
            QCoreApplication.translate(
                "ReadinessPage",
                "Every requirement of the credential, checked against your workbook. Reviewers "
                "return submissions with missing pieces or word counts out of range, so finish "
                "everything marked ✗. Click a line to go where it is fixed.",
            ),
            parent,
        )
        self.store, self.workbook_id = store, workbook_id
        self.dialogs, self.autosaver, self.jump = dialogs, autosaver, jump
        self.statuses: list[PartStatus] = []
        self._todo = 0
        self._generation = 0  # which refresh a privacy result belongs to
        self._check: Task[tuple[int, bool, dict[str, Path]]] | None = None
        self.reading = picture_reading(store.data_dir)
        self.reading.finished.connect(self._pictures_read)

        self.summary = label("", "readySummary")
        self.body.addWidget(self.summary)
        self.privacy = label("", "readyPrivacy")
        self.body.addWidget(self.privacy)

        buttons = QHBoxLayout()
        self.report_btn = QPushButton(self.tr("Print / save report…"))
        self.report_btn.setToolTip(self.tr("A one-page PDF of this check and the privacy findings"))
        self.report_btn.clicked.connect(self.save_report)
        self.refresh_btn = QPushButton(self.tr("Check again"))
        self.refresh_btn.clicked.connect(self.refresh)
        buttons.addWidget(self.report_btn)
        buttons.addWidget(self.refresh_btn)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

        self.tree = QTreeWidget()
        self.tree.setObjectName("readinessTree")
        self.tree.setAccessibleName(self.tr("Requirements and their status"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Requirement"), self.tr("What to do")])
        self.tree.setRootIsDecorated(True)
        self.tree.setItemDelegate(WrapDelegate(self.tree))
        self.tree.setMinimumHeight(420)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 520)
        self.tree.itemClicked.connect(self._go)
        self.tree.itemActivated.connect(self._go)
        self.body.addWidget(self.tree, 1)
        self._check_snap: tuple[Snapshot, Callable[[str], Path | None]] | None = None
        self._fresh = False
        self.refresh()
        # The window refreshes a review page as it shows it, right after building it: with
        # nothing typed since, that would read the workbook and rebuild the list again.
        self._fresh = True
        fresh_timer = QTimer(self)  # a child timer and a bound slot: nothing keeps self alive
        fresh_timer.setSingleShot(True)
        fresh_timer.timeout.connect(self._not_fresh)
        fresh_timer.start(0)
        theme.follow(self._scheme_changed)

    def _not_fresh(self) -> None:
        self._fresh = False

    def _pictures_read(self) -> None:
        # Only the page on screen checks again: a hidden one is refreshed by the window when
        # it is shown, and two review pages refreshing in one turn made one long stall.
        if self.isVisible():
            self.refresh()

    # ----- content ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the workbook (pending edits are written first) and rebuild the list. The
        privacy part (every answer scanned, every file's hidden details read) runs on the task
        runner; until it is back the summary never says "ready"."""
        if self._fresh and not self.autosaver.pending_keys:
            self._fresh = False
            return
        self._fresh = False
        self.autosaver.flush()
        snap = self.store.snapshot(self.workbook_id)
        files = stored_file(self.store)
        self.statuses = readiness(self.credential, snap, lambda sha: files(sha) is not None)
        self._todo = len(todo_items(self.statuses))
        self._fill()
        self._generation += 1
        self.summary.setText(
            things_to_finish(self._todo)
            if self._todo
            else self.tr("Everything is written: checking privacy…")
        )
        set_state(self.summary, "todo")
        self.privacy.setText(self.tr("Privacy check: checking…"))
        set_state(self.privacy, "todo")
        start = self._check_snap is None
        self._check_snap = (snap, files)
        if start:
            # Started two turns of the event loop later (the runner's second callback comes
            # after the page's first paint), and once: the page is painted before the check
            # competes with it for the interpreter, and the refresh the window makes right
            # after building the page does not start a second check.
            later(self._queue_privacy_check)

    def _queue_privacy_check(self) -> None:
        later(self._start_privacy_check)

    def _start_privacy_check(self) -> None:
        if self._check_snap is None:
            return
        (snap, files), self._check_snap = self._check_snap, None
        generation = self._generation
        ignored = session_ignored(self.store, self.workbook_id)
        data_dir, credential = self.store.data_dir, self.credential

        def work(
            _task: Task[tuple[int, bool, dict[str, Path]]],
        ) -> tuple[int, bool, dict[str, Path]]:
            pictures = PictureReader(data_dir, run=False)
            n = len(open_findings(snap, credential, files, ignored=ignored, pictures=pictures))
            unread = bool(what_was_checked(snap, credential, files, pictures).unread)
            return n, unread, pictures.pending() if unread else {}

        # The page is held weakly (not as the job's owner): a page closed while its check
        # runs is freed at once, and the result of the check is then dropped.
        page = weakref.ref(self)

        def checked(res: tuple[int, bool, dict[str, Path]]) -> None:
            me = page()
            if me is not None and shiboken6.isValid(me):
                me._privacy_checked(generation, *res)

        if self._check is not None:
            self._check.cancel()  # not started yet, it never will; else its result is dropped
        self._check = runner().run(
            work,
            checked,
            label=self.tr("checking privacy"),
        )

    def _privacy_checked(
        self, generation: int, n: int, unread: bool, pending: dict[str, Path]
    ) -> None:
        if generation != self._generation:
            return  # a newer check is on its way
        todo = self._todo
        if unread:
            self.reading.read(pending)
        busy = unread and self.reading.busy
        # Never a false all-clear: green only when nothing is left to do, no privacy finding
        # is open and every picture has been read.
        if todo:
            self.summary.setText(things_to_finish(todo))
        elif n:
            self.summary.setText(
                self.tr("Everything is written: review the privacy findings before you submit")
            )
        elif unread:
            self.summary.setText(
                self.tr("Everything is written: your pictures are still being read")
                if busy
                else self.tr("Everything is written: check your pictures yourself")
            )
        else:
            self.summary.setText(things_to_finish(0))
        set_state(self.summary, "ready" if todo == 0 and n == 0 and not unread else "todo")
        if n:
            text = self.tr("Privacy check: %n finding(s) to review (see Privacy).", "", n)
        elif busy:
            text = self.tr("Privacy check: nothing found so far; reading your pictures…")
        elif unread:
            text = self.tr("Privacy check: some pictures could not be read; look at them yourself.")
        else:
            text = self.tr("Privacy check: nothing identifying found.")
        self.privacy.setText(text)
        set_state(self.privacy, "todo" if n or unread else "ready")
        self.changed.emit()

    def _scheme_changed(self, _scheme: str) -> None:
        self._fill()  # the marks and their colours, in the scheme now applied

    def _fill(self) -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for st in self.statuses:
            top = QTreeWidgetItem([st.part.title, _part_text(st)])
            top.setIcon(0, status_icon(st.state))
            top.setData(0, TargetRole, (st.part.id, ""))
            top.setFont(0, bold)
            top.setToolTip(0, self.tr("Go to {part}").format(part=st.part.title))
            self.tree.addTopLevelItem(top)
            for item in st.items:
                state = "complete" if item.ok else ("todo" if item.started else "empty")
                child = QTreeWidgetItem([item.label, item.detail])
                child.setIcon(0, status_icon(state))
                child.setData(0, TargetRole, (item.part_id, item.target))
                if not item.ok or item.warning:  # a guide missed: shown, not counted
                    mark = "todo" if item.ok else state
                    child.setForeground(1, theme.qcolor(f"mark.{mark}"))
                child.setToolTip(0, item.label)
                child.setToolTip(1, item.detail)
                status = self.tr("done") if item.ok else self.tr("to do")
                child.setData(
                    0,
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("{item}, {status}").format(item=item.label, status=status),
                )
                top.addChild(child)
            # What is left stays open; finished parts fold away.
            top.setExpanded(st.state != "complete")

    def _go(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TargetRole)
        if target:
            part_id, where = target
            self.jump(part_id, where)

    # ----- report ----------------------------------------------------------------------------

    def save_report(self) -> Path | None:
        """Ask where, write the one-page PDF, and offer to open it (to print)."""
        from tli_workbook.packet.errors import ExportError
        from tli_workbook.review.report import write_report

        out = self.dialogs.save_file(
            self.tr("Save the readiness report"),
            self.tr("readiness-report.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if out is None:
            return None
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        self.autosaver.flush()
        snap = self.store.snapshot(self.workbook_id)
        ignored = session_ignored(self.store, self.workbook_id)
        page = preferences.page_key()
        try:
            write_report(snap, self.credential, stored_file(self.store), out, ignored, page)
        except (ExportError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.dialogs.error(
                self.tr("The report was not saved"),
                self.tr("{path} could not be written: {reason}").format(path=out, reason=reason),
            )
            return None
        if self.dialogs.confirm(
            self.tr("Report saved"),
            self.tr("Saved {path}.\n\nOpen it now to print it?").format(path=out),
            self.tr("Open the report"),
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        return out


def _part_text(st: PartStatus) -> str:
    n = len(st.items)
    if st.state == "complete":
        if n == 0:
            return QCoreApplication.translate("ReadinessPage", "Nothing required")
        if n == 1:
            return QCoreApplication.translate("ReadinessPage", "Done")
        return QCoreApplication.translate("ReadinessPage", "All %n checks met", "", n)
    left = n - st.done
    return QCoreApplication.translate(
        "ReadinessPage", "{done} of {total} done · %n to finish", "", left
    ).format(done=st.done, total=n)
