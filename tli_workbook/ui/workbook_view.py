"""Inside a workbook: the stage navigator on the left, the part's page on the right."""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import STAGE_TITLES, STAGES, Credential, Part
from tli_workbook.review.readiness import PartStatus, part_status
from tli_workbook.store import Store
from tli_workbook.store.snapshot import Snapshot
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.forms.registry import EDITORS
from tli_workbook.ui.pages.base import PageBase
from tli_workbook.ui.weakcall import weak_method

MARKS = {"complete": "●", "started": "◐", "empty": "○"}
MARK_COLOURS = {"complete": "#1e6b34", "started": "#b06000", "empty": "#80868b"}
PartRole = Qt.ItemDataRole.UserRole

# Page factories by part kind. Features register theirs here (see register_page).
PageFactory = Callable[["WorkbookView", FormContext], PageBase]
_PAGE_FACTORIES: dict[str, PageFactory] = {}


def register_page(kind: str) -> Callable[[PageFactory], PageFactory]:
    def deco(fn: PageFactory) -> PageFactory:
        _PAGE_FACTORIES[kind] = fn
        return fn

    return deco


# The Review group after the four stages: pages that look across the whole workbook.
# Each entry: (page id, navigator label, factory(view) -> QWidget).
ReviewFactory = Callable[["WorkbookView"], QWidget]
_REVIEW_PAGES: list[tuple[str, str, ReviewFactory]] = []


def register_review_page(page_id: str, label: str) -> Callable[[ReviewFactory], ReviewFactory]:
    def deco(fn: ReviewFactory) -> ReviewFactory:
        _REVIEW_PAGES.append((page_id, label, fn))
        return fn

    return deco


class WorkbookSignals(QObject):
    """Signals shared by a workbook's pages (handed to editors through ctx.services)."""

    mapChanged = Signal()  # the Circle Map's entries changed (live need links re-read)


class WorkbookView(QWidget):
    statusChanged = Signal(str, str)  # autosave state, message

    def __init__(
        self,
        store: Store,
        workbook_id: int,
        credential: Credential,
        dialogs: Dialogs,
        services: dict | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workbook_id = workbook_id
        self.credential = credential
        self.dialogs = dialogs
        self.signals = WorkbookSignals(self)
        self.services = dict(services or {})
        self.services["map_changed"] = self.signals.mapChanged
        self.info = store.workbook(workbook_id)
        self.autosaver = Autosaver(store, workbook_id, self)
        self.autosaver.stateChanged.connect(self.statusChanged)
        self.pages: dict[str, PageBase] = {}

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.nav = QTreeWidget()
        self.nav.setObjectName("navigator")
        self.nav.setHeaderHidden(True)
        self.nav.setAccessibleName("Stages and parts")
        self.nav.setRootIsDecorated(False)
        self.nav.setIndentation(14)
        self.nav.setMinimumWidth(230)
        self.nav.setMaximumWidth(360)
        self.stack = QStackedWidget()
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setSizes([270, 900])
        lay.addWidget(split)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._review_items: dict[str, QTreeWidgetItem] = {}
        self.review_pages: dict[str, QWidget] = {}
        self._stage_items: dict[str, QTreeWidgetItem] = {}
        self._build_nav()
        self.nav.currentItemChanged.connect(self._on_nav)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self._refresh_changed_marks)
        self.autosaver.saved.connect(lambda: self._refresh_timer.start(300))
        # Parts edited since the last refresh; None: refresh every part (the first time, or
        # after a change no part page reported).
        self._dirty_parts: set[str] | None = None
        self._statuses: dict[str, PartStatus] = {}
        self._snap: Snapshot | None = None
        self.full_refreshes = 0  # work done, for tests
        self.refresh_marks()
        first = next((p for p in credential.parts if p.kind != "learn"), credential.parts[0])
        self.show_part(first.id)

    # ----- navigator -------------------------------------------------------------------------

    def _build_nav(self) -> None:
        bold = QFont()
        bold.setBold(True)
        for stage in STAGES:
            parts = self.credential.parts_in_stage(stage)
            if not parts:
                continue
            top = QTreeWidgetItem([STAGE_TITLES[stage]])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.nav.addTopLevelItem(top)
            self._stage_items[stage] = top
            for p in parts:
                it = QTreeWidgetItem([p.short_title])
                it.setData(0, PartRole, p.id)
                it.setToolTip(0, p.title)
                top.addChild(it)
                self._items[p.id] = it
            top.setExpanded(True)
        if _REVIEW_PAGES:
            top = QTreeWidgetItem(["Review"])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.nav.addTopLevelItem(top)
            for page_id, label, _factory in _REVIEW_PAGES:
                it = QTreeWidgetItem([f"   {label}"])
                it.setData(0, PartRole, page_id)
                top.addChild(it)
                self._review_items[page_id] = it
            top.setExpanded(True)

    def statuses(self) -> dict[str, PartStatus]:
        snap = self.store.snapshot(self.workbook_id)

        def file_exists(sha: str) -> bool:
            return self.store.file_path(sha).exists()

        return {
            p.id: part_status(self.credential, p, snap, file_exists)
            for p in self.credential.parts
            if p.kind != "learn"
        }

    def _part_changed(self, part_id: str) -> None:
        if self._dirty_parts is not None:
            self._dirty_parts.add(part_id)
        self._refresh_timer.start(300)

    def _refresh_changed_marks(self) -> None:
        """After a save: only the parts edited since the last refresh. A form part's status
        needs the answers, not a full snapshot (artifacts, files, the map)."""
        dirty, self._dirty_parts = self._dirty_parts, set()
        forms = {p.id for p in self.credential.parts if p.kind == "form"}
        if dirty is None or self._snap is None or not dirty <= forms:
            self.refresh_marks()
            return
        if not dirty:
            return
        self._snap["answers"] = self.store.answers(self.workbook_id)
        for pid in dirty:
            self._statuses[pid] = part_status(
                self.credential, self.credential.part(pid), self._snap, self._file_exists
            )
        self._show_marks(self._statuses, dirty)

    def _file_exists(self, sha: str) -> bool:
        return self.store.file_path(sha).exists()

    def refresh_marks(self) -> None:
        """Every part's mark, from a fresh snapshot."""
        self.full_refreshes += 1
        self._dirty_parts = set()
        self._snap = self.store.snapshot(self.workbook_id)
        self._statuses = {
            p.id: part_status(self.credential, p, self._snap, self._file_exists)
            for p in self.credential.parts
            if p.kind != "learn"
        }
        self._show_marks(self._statuses, None)

    def _show_marks(self, statuses: dict[str, PartStatus], only: set[str] | None) -> None:
        for stage, top in self._stage_items.items():
            sts = [
                statuses[p.id] for p in self.credential.parts_in_stage(stage) if p.id in statuses
            ]
            done = sum(s.state == "complete" for s in sts)
            top.setText(
                0, f"{STAGE_TITLES[stage]}   {done}/{len(sts)}" if sts else STAGE_TITLES[stage]
            )
        for pid, it in self._items.items():
            if only is not None and pid not in only:
                continue
            st = statuses.get(pid)
            part = self.credential.part(pid)
            if st is None:
                it.setText(0, f"   {part.short_title}")
                continue
            it.setText(0, f"{MARKS[st.state]}  {part.short_title}")
            it.setForeground(0, QColor(MARK_COLOURS[st.state]))
            state_words = {"complete": "complete", "started": "in progress", "empty": "not started"}
            it.setToolTip(0, f"{part.title}: {state_words[st.state]} ({st.done}/{len(st.items)})")
            it.setData(
                0,
                Qt.ItemDataRole.AccessibleTextRole,
                f"{part.short_title}, {state_words[st.state]}",
            )

    def _on_nav(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        if current is None:
            return
        pid = current.data(0, PartRole)
        if pid in self._review_items:
            self.show_review(pid)
        elif pid:
            self.show_part(pid)

    # ----- pages -----------------------------------------------------------------------------

    def page(self, part_id: str) -> PageBase:
        if part_id not in self.pages:
            part = self.credential.part(part_id)
            page = self._make_page(part)
            page.changed.connect(functools.partial(self._part_changed, part_id))
            self.pages[part_id] = page
            self.stack.addWidget(page)
        return self.pages[part_id]

    def _make_page(self, part: Part) -> PageBase:
        ctx = FormContext(
            self.store,
            self.workbook_id,
            self.credential,
            part,
            self.dialogs,
            self.services,
            editors=EDITORS,
        )
        factory = _PAGE_FACTORIES.get(part.kind)
        if factory is None:
            from tli_workbook.ui.pages.placeholder_page import PlaceholderPage

            return PlaceholderPage(self.credential, part)
        return factory(self, ctx)

    def show_part(self, part_id: str) -> PageBase:
        # Pages stay alive while the teacher moves around, so undo history and scroll
        # positions are kept; pending text is written before leaving a page.
        self.flush()
        page = self.page(part_id)
        self.stack.setCurrentWidget(page)
        group = self.services.get("undo_group")
        stack = getattr(page, "undo_stack", None)
        if group is not None:
            # Edit > Undo follows the page on screen; text editors keep their own undo.
            group.setActiveStack(stack)
        item = self._items.get(part_id)
        if item is not None and self.nav.currentItem() is not item:
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(item)
            self.nav.blockSignals(False)
        return page

    def show_review(self, page_id: str) -> QWidget:
        self.flush()
        if page_id not in self.review_pages:
            factory = next(f for pid, _l, f in _REVIEW_PAGES if pid == page_id)
            page = factory(self)
            self.review_pages[page_id] = page
            self.stack.addWidget(page)
        page = self.review_pages[page_id]
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        self.stack.setCurrentWidget(page)
        item = self._review_items[page_id]
        if self.nav.currentItem() is not item:
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(item)
            self.nav.blockSignals(False)
        return page

    def jump(self, part_id: str, target: str = "", select: str = "") -> None:
        """Go to the place a readiness item or privacy finding points at; with `select`, select
        that text in the editor that got the focus (the privacy finding's words)."""
        page = self.show_part(part_id)
        focus = getattr(page, "focus_target", None)
        if target and callable(focus):
            focus(target)
        if select:
            select_text_in_focus(select, page)

    def redact(self, part_id: str, artifact_id: str, marks: list[dict[str, Any]]) -> bool:
        """Add redaction marks to an artifact through its page (one-click redaction)."""
        from tli_workbook.ui.artifacts.markup_redact import redact_artifact

        page = self.page(part_id)
        return redact_artifact(page, artifact_id, marks)  # type: ignore[arg-type]

    def current_part_id(self) -> str | None:
        part = getattr(self.stack.currentWidget(), "part", None)
        return part.id if part is not None else None

    @property
    def last_error(self) -> str:
        """Why the last write failed, from whichever editor's autosave failed."""
        errors = [self.autosaver.last_error]
        for page in self.pages.values():
            errors.append(getattr(getattr(page, "saver", None), "last_error", ""))
        return next((e for e in errors if e), "")

    def flush(self) -> bool:
        ok = self.autosaver.flush()
        for page in self.pages.values():
            ok = page.flush() and ok
        return ok


def select_text_in_focus(text: str, within: QWidget | None = None) -> bool:
    """Select the first occurrence of `text` (any case) in the focused text editor (of
    `within`, which knows its focus child even while its window is not active) and scroll to
    it. False when the focus is not in a text editor or the text is not there."""
    w = within.focusWidget() if within is not None else QApplication.focusWidget()
    if isinstance(w, QPlainTextEdit | QTextEdit):
        cursor = w.document().find(text, 0, QTextDocument.FindFlag(0))
        if cursor.isNull():
            return False
        w.setTextCursor(cursor)
        w.ensureCursorVisible()
        return True
    if isinstance(w, QLineEdit):
        at = w.text().lower().find(text.lower())
        if at < 0:
            return False
        w.setSelection(at, len(text))
        return True
    return False


@register_page("form")
def _form_page(view: WorkbookView, ctx: FormContext) -> PageBase:
    from tli_workbook.ui.pages.form_page import FormPage

    return FormPage(ctx, view.autosaver, view.info.fellow)


@register_page("circle_map")
def _circle_map_page(view: WorkbookView, ctx: FormContext) -> PageBase:
    from tli_workbook.ui.circlemap.editor import CircleMapPage

    page = CircleMapPage(ctx.store, ctx.workbook_id, ctx.credential, ctx.part)
    page.dialogs = ctx.dialogs
    page.changed.connect(view.signals.mapChanged)
    page.saver.stateChanged.connect(view.statusChanged)  # the same "Saving… / Not saved"
    group = ctx.services.get("undo_group")
    if group is not None:
        group.addStack(page.undo_stack)
    return page  # type: ignore[return-value]  # duck-typed page: changed, flush, part


@register_page("artifacts")
def _artifacts_page(view: WorkbookView, ctx: FormContext) -> PageBase:
    from tli_workbook.ui.artifacts.page import ArtifactsPage

    page = ArtifactsPage(ctx)
    page.saver.stateChanged.connect(view.statusChanged)  # one "Saved" indicator for all
    return page


@register_page("feedback")
def _feedback_page(view: WorkbookView, ctx: FormContext) -> PageBase:
    from tli_workbook.ui.feedback.page import FeedbackPage

    page = FeedbackPage(ctx)
    page.saver.stateChanged.connect(view.statusChanged)
    return page


@register_review_page("readiness", "Ready to submit?")
def _readiness_page(view: WorkbookView) -> QWidget:
    from tli_workbook.ui.review.readiness_page import ReadinessPage

    return ReadinessPage(
        view.store,
        view.workbook_id,
        view.credential,
        view.dialogs,
        view.autosaver,
        weak_method(view.jump),
    )


@register_review_page("rubric", "Rubric self-check")
def _rubric_page(view: WorkbookView) -> QWidget:
    from tli_workbook.ui.review.rubric_overview_page import RubricOverviewPage

    return RubricOverviewPage(
        view.store,
        view.workbook_id,
        view.credential,
        view.dialogs,
        view.autosaver,
        weak_method(view.jump),
    )


def _weak_redact(view: WorkbookView) -> Callable[[str, str, list[dict[str, Any]]], bool]:
    # Like weak_method (the page must not keep the view alive), but the answer is kept.
    ref = weakref.ref(view)

    def redact(part_id: str, artifact_id: str, marks: list[dict[str, Any]]) -> bool:
        target = ref()
        return target is not None and target.redact(part_id, artifact_id, marks)

    return redact


@register_review_page("privacy", "Privacy check")
def _privacy_page(view: WorkbookView) -> QWidget:
    from tli_workbook.ui.review.privacy_page import PrivacyPage

    return PrivacyPage(
        view.store,
        view.workbook_id,
        view.credential,
        view.dialogs,
        view.autosaver,
        weak_method(view.jump),
        redact=_weak_redact(view),
    )


@register_page("learn")
def _learn_page(view: WorkbookView, ctx: FormContext) -> PageBase:
    from tli_workbook.ui.pages.learn_page import LearnPage

    return LearnPage(ctx, view.autosaver)
