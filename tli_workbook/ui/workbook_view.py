"""Inside a workbook: the stage navigator on the left, the part's page on the right."""

from __future__ import annotations

import functools
import importlib
import logging
import sys
import time
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import STAGE_TITLES, STAGES, Credential, Part
from tli_workbook.review.find import Hit, Place
from tli_workbook.review.find import find as find_in
from tli_workbook.review.readiness import PartStatus, part_status
from tli_workbook.store import Store
from tli_workbook.store.snapshot import Snapshot
from tli_workbook.ui import theme
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.forms.lazy import later
from tli_workbook.ui.forms.registry import EDITORS
from tli_workbook.ui.pages.base import PageBase
from tli_workbook.ui.tasks import runner
from tli_workbook.ui.weakcall import weak_method

log = logging.getLogger(__name__)
LOADING_TRIES = 40  # record cards still being built: how often go_to looks again
LOADING_RETRY_MS = 50
MARKS = {"complete": "●", "started": "◐", "empty": "○"}
MARKS_AFTER_SAVE_MS = 300
# While typing goes on (edits pending after a save), the marks wait for a pause, up to this:
# recounting a long answer on a worker every half second took the interpreter from keystrokes.
MARKS_WHILE_TYPING_MS = 3000
PartRole = Qt.ItemDataRole.UserRole

# The modules that hold each kind's page and each review page (imported ahead, see _warm_up),
# each after the heaviest of its own imports: one of these a turn, not 60 ms of import at once.
_PAGE_MODULES: dict[str, tuple[str, ...]] = {
    "form": ("tli_workbook.ui.pages.form_page",),
    "circle_map": (
        "tli_workbook.circlemap.layout",
        "tli_workbook.circlemap.export",
        "tli_workbook.ui.circlemap.editor",
    ),
    "artifacts": (
        "PIL.Image",
        "tli_workbook.ui.artifacts.attach",
        "tli_workbook.ui.artifacts.page",
    ),
    "feedback": ("tli_workbook.ui.feedback.page",),
    "learn": ("tli_workbook.ui.pages.learn_page",),
}
_REVIEW_MODULES: dict[str, tuple[str, ...]] = {
    "readiness": (
        "tli_workbook.text.privacy.patterns",
        "tli_workbook.text.privacy",
        "tli_workbook.review.privacy_scan",
        "tli_workbook.ui.review.readiness_page",
    ),
    "rubric": ("tli_workbook.ui.review.rubric_overview_page",),
    "privacy": ("tli_workbook.ui.review.privacy_page",),
}

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
# The stages' names (definitions keep them in English, as keys and for the packet): marked
# here so lupdate extracts them; shown through QCoreApplication.translate("Stages", name).
_STAGE_NAMES = (
    str(QT_TRANSLATE_NOOP("Stages", "Learn")),
    str(QT_TRANSLATE_NOOP("Stages", "Design")),
    str(QT_TRANSLATE_NOOP("Stages", "Do")),
    str(QT_TRANSLATE_NOOP("Stages", "Reflect")),
)
_REVIEW_PAGES: list[tuple[str, str, ReviewFactory]] = []


# Review pages about a credential's requirements: a team binder (no credential) has none.
_CREDENTIAL_REVIEW_PAGES = frozenset({"readiness", "rubric"})


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
        lay.setSpacing(0)
        self._lay = lay
        self.find_bar: Any = None  # made on first Ctrl+F
        split = QSplitter(Qt.Orientation.Horizontal)
        self.nav = QTreeWidget()
        self.nav.setObjectName("navigator")
        # Copies of one tool share the start of their title: the end tells them apart.
        self.nav.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.nav.setHeaderHidden(True)
        self.nav.setAccessibleName(self.tr("Stages and parts"))
        self.nav.setRootIsDecorated(False)
        self.nav.setIndentation(14)
        self.nav.setMinimumWidth(230)
        self.nav.setMaximumWidth(360)
        self.stack = QStackedWidget()
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setSizes([270, 900])
        lay.addWidget(split, 1)  # the find bar, when shown above, takes only what it needs
        self._items: dict[str, QTreeWidgetItem] = {}
        self._review_items: dict[str, QTreeWidgetItem] = {}
        self.review_pages: dict[str, QWidget] = {}
        self._stage_items: dict[str, QTreeWidgetItem] = {}
        self._build_nav()
        from tli_workbook.ui.toolkit.nav import Toolkit

        self.toolkit = Toolkit(self)
        self.nav.currentItemChanged.connect(self._on_nav)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self._refresh_changed_marks)
        self.autosaver.saved.connect(lambda: self._refresh_timer.start(MARKS_AFTER_SAVE_MS))
        self._marks_waiting_since: float | None = None  # typing went on when they were due
        # Parts edited since the last refresh; None: refresh every part (the first time, or
        # after a change no part page reported).
        self._dirty_parts: set[str] | None = None
        self._statuses: dict[str, PartStatus] = {}
        self._snap: Snapshot | None = None
        self.full_refreshes = 0  # work done, for tests
        self._marks_generation = 0
        self.refresh_marks()
        theme.follow(self._scheme_changed)
        first = next((p for p in credential.parts if p.kind != "learn"), None)
        if first is None and credential.parts:
            first = credential.parts[0]
        if first is not None:
            self.show_part(first.id)
        else:  # a team binder: no credential, only the Toolkit
            self.toolkit.show("toolkit")
        self._warm_up(
            [m for p in credential.parts for m in _PAGE_MODULES.get(p.kind, ())]
            + [m for pid, ms in _REVIEW_MODULES.items() if pid in self._review_items for m in ms]
        )

    def _warm_up(self, modules: list[str]) -> None:
        """Import the code of this workbook's pages one module per turn of the event loop,
        once it is open, so a first visit does not wait for it (the Circle Map's took a
        fifth of its first visit)."""
        todo = list(dict.fromkeys(m for m in modules if m not in sys.modules))
        if todo:
            later(self._warm_up_next, todo)

    def _warm_up_next(self, todo: list[str]) -> None:
        try:
            importlib.import_module(todo[0])
        except Exception:  # noqa: BLE001 (the page reports it itself when it is visited)
            log.exception("could not import %s ahead of its page", todo[0])
        if todo[1:]:
            later(self._warm_up_next, todo[1:])

    # ----- navigator -------------------------------------------------------------------------

    def _build_nav(self) -> None:
        bold = QFont()
        bold.setBold(True)
        for stage in STAGES:
            parts = self.credential.parts_in_stage(stage)
            if not parts:
                continue
            top = QTreeWidgetItem([QCoreApplication.translate("Stages", STAGE_TITLES[stage])])
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
            top = QTreeWidgetItem([self.tr("Review")])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.nav.addTopLevelItem(top)
            for page_id, label, _factory in _REVIEW_PAGES:
                if not self.credential.parts and page_id in _CREDENTIAL_REVIEW_PAGES:
                    continue  # a team binder has no requirements or rubric to check
                it = QTreeWidgetItem([f"   {self.tr(label)}"])
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
        self._refresh_timer.start(MARKS_AFTER_SAVE_MS)

    def _refresh_changed_marks(self) -> None:
        """After a save: only the parts edited since the last refresh. A form part's status
        needs the answers, not a full snapshot (artifacts, files, the map)."""
        if self._typing_goes_on():
            self._refresh_timer.start(MARKS_AFTER_SAVE_MS)
            return
        dirty, self._dirty_parts = self._dirty_parts, set()
        forms = {p.id for p in self.credential.parts if p.kind == "form"}
        if dirty is None or self._snap is None or not dirty <= forms:
            self.refresh_marks()
            return
        if not dirty:
            return
        # On the task runner: reading the answers back and counting a part whose answer is a
        # pasted megabyte takes tens of milliseconds, between two keystrokes.
        self._marks_generation += 1
        generation = self._marks_generation
        snap = Snapshot(**self._snap)
        store, wid, credential, exists = (
            self.store,
            self.workbook_id,
            self.credential,
            self._file_exists,
        )

        def work(_task: object) -> dict[str, PartStatus]:
            snap["answers"] = store.answers(wid)
            return {
                pid: part_status(credential, credential.part(pid), snap, exists) for pid in dirty
            }

        def show(statuses: dict[str, PartStatus]) -> None:
            if generation != self._marks_generation:
                return  # a newer count is on its way
            self._snap = snap
            self._statuses.update(statuses)
            self._show_marks(self._statuses, dirty)

        runner().run(work, show, label=self.tr("updating the progress marks"), owner=self)

    def _typing_goes_on(self) -> bool:
        """Whether the marks due now should wait for a pause in typing (and note since when).
        Edits pending again right after a save mean the teacher is still typing."""
        if not self.autosaver.pending_keys:
            self._marks_waiting_since = None
            return False
        now = time.monotonic()
        if self._marks_waiting_since is None:
            self._marks_waiting_since = now
        if (now - self._marks_waiting_since) * 1000 < MARKS_WHILE_TYPING_MS:
            return True
        self._marks_waiting_since = None
        return False

    def _file_exists(self, sha: str) -> bool:
        return self.store.file_path(sha).exists()

    def refresh_marks(self) -> None:
        """Every part's mark, from a fresh snapshot."""
        self.full_refreshes += 1
        self._marks_generation += 1  # a count still on its way is older than this one
        self._dirty_parts = set()
        self._snap = self.store.snapshot(self.workbook_id)
        self._statuses = {
            p.id: part_status(self.credential, p, self._snap, self._file_exists)
            for p in self.credential.parts
            if p.kind != "learn"
        }
        self._show_marks(self._statuses, None)

    def _scheme_changed(self, _scheme: str) -> None:
        self._show_marks(self._statuses, None)

    def _show_marks(self, statuses: dict[str, PartStatus], only: set[str] | None) -> None:
        for stage, top in self._stage_items.items():
            sts = [
                statuses[p.id] for p in self.credential.parts_in_stage(stage) if p.id in statuses
            ]
            done = sum(s.state == "complete" for s in sts)
            name = QCoreApplication.translate("Stages", STAGE_TITLES[stage])
            top.setText(0, f"{name}   {done}/{len(sts)}" if sts else name)
        for pid, it in self._items.items():
            if only is not None and pid not in only:
                continue
            st = statuses.get(pid)
            part = self.credential.part(pid)
            if st is None:
                it.setText(0, f"   {part.short_title}")
                continue
            it.setText(0, f"{MARKS[st.state]}  {part.short_title}")
            it.setForeground(0, theme.qcolor(f"mark.{st.state}"))
            state_words = {
                "complete": self.tr("complete"),
                "started": self.tr("in progress"),
                "empty": self.tr("not started"),
            }
            it.setToolTip(
                0,
                self.tr("{part}: {state} ({done}/{total})").format(
                    part=part.title, state=state_words[st.state], done=st.done, total=len(st.items)
                ),
            )
            it.setData(
                0,
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{part}, {state}").format(
                    part=part.short_title, state=state_words[st.state]
                ),
            )

    def _on_nav(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        if current is None:
            return
        pid = current.data(0, PartRole)
        if pid in self._review_items:
            self.show_review(pid)
        elif self.toolkit.handles(pid):
            self.toolkit.show(pid)
        elif pid:
            self.show_part(pid)

    # ----- pages -----------------------------------------------------------------------------

    def page(self, part_id: str) -> PageBase:
        if part_id not in self.pages and self.toolkit.handles(part_id):
            return self.toolkit.page(part_id)  # type: ignore[return-value]
        if part_id not in self.pages:
            part = self.credential.part(part_id)
            page = self._make_page(part)
            page.changed.connect(functools.partial(self._part_changed, part_id))
            self.pages[part_id] = page
            self.stack.addWidget(page)
            self.toolkit.page_made(part_id, page)
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
        if self.toolkit.handles(part_id):
            return self.toolkit.show(part_id)  # type: ignore[return-value]
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
        that text there (the privacy finding's words)."""
        self.go_to(Place(part_id, target, needle=select))

    def go_to(self, place: Place, tries: int = LOADING_TRIES) -> bool:
        """The one way to a place (find, privacy, readiness, rubric): open its part, show the
        box that holds it, scroll it into view, focus it and select the words. False when the
        words (or the box) are not there any more; the part is open all the same."""
        page = self.show_part(place.part_id)
        focus = getattr(page, "focus_target", None)
        if place.target and callable(focus):
            focus(place.target)
        elif not place.target:
            focus_first(page)  # the part as a whole (a rubric row): start at its first box
        _settle_layouts()
        box = self._text_box(page, place)
        if box is None:
            if tries > 0 and self._still_loading(page, place):
                # Record cards are built a few per turn of the event loop: try again soon.
                ref = weakref.ref(self)
                QTimer.singleShot(
                    LOADING_RETRY_MS,
                    lambda: (view := ref()) is not None and view.go_to(place, tries - 1),
                )
            return not (place.text or place.needle)
        scroll = page if isinstance(page, QScrollArea) else None
        if scroll is not None:
            scroll.ensureWidgetVisible(box, 40, 80)
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        if not _select_in(box, place):
            return False
        if isinstance(box, QPlainTextEdit | QTextEdit):
            box.ensureCursorVisible()
            inner = scroll.widget() if scroll is not None else None
            if scroll is not None and inner is not None:
                # The box may be taller than the page shows: bring the selected line itself
                # into view, not only the box's top.
                at = box.viewport().mapTo(inner, box.cursorRect().center())
                scroll.ensureVisible(at.x(), at.y(), 40, 60)
        return True

    @staticmethod
    def _still_loading(page: QWidget, place: Place) -> bool:
        """The place is a record card that is not built or shown yet."""
        cards = getattr(page, "cards", None)
        if not isinstance(cards, dict) or ":" not in place.target:
            return False
        card = cards.get(place.target.split(":", 1)[1])
        return card is None or not card.isVisibleTo(page)

    def _text_box(self, page: QWidget, place: Place) -> QWidget | None:
        """The text box that shows the place's words: inside the target's editor or card."""
        if place.target.startswith("map:entry:"):
            return None  # an entry is selected in the map's list by focus_target
        container: QWidget = page
        editor = getattr(page, "editor", None)
        cards = getattr(page, "cards", None)
        if callable(editor):
            try:
                container = editor(place.target)
            except KeyError:
                container = page
        elif isinstance(cards, dict) and ":" in place.target:
            container = cards.get(place.target.split(":", 1)[1], page)
            # An evidence card builds its annotation form on a later turn: the box may be
            # in the part not built yet.
            ensure_form = getattr(container, "ensure_form", None)
            if callable(ensure_form):
                ensure_form()
        boxes = [
            w
            for w in container.findChildren(QWidget)
            if isinstance(w, QPlainTextEdit | QTextEdit | QLineEdit) and w.isVisibleTo(page)
        ]
        if isinstance(container, QPlainTextEdit | QTextEdit | QLineEdit):
            boxes.insert(0, container)
        if place.text:
            same = [b for b in boxes if _text_of(b) == place.text]
            if same:
                return same[min(place.occurrence, len(same) - 1)]
        needle = (place.needle or place.text).casefold()
        if needle:
            return next((b for b in boxes if needle in _text_of(b).casefold()), None)
        focused = page.focusWidget()
        return focused if focused in boxes else None

    # ----- moving around by keyboard ---------------------------------------------------------

    def _nav_ids(self) -> list[str]:
        ids: list[str] = []
        for i in range(self.nav.topLevelItemCount()):
            top = self.nav.topLevelItem(i)
            for j in range(top.childCount() if top is not None else 0):
                child = top.child(j) if top is not None else None
                pid = child.data(0, PartRole) if child is not None else None
                if pid:
                    ids.append(pid)
        return ids

    def step_part(self, step: int) -> str | None:
        """Go to the next (1) or previous (-1) page of the navigator, focusing its first box
        unless the teacher is in the navigator itself. Returns the page id."""
        ids = self._nav_ids()
        here = self.nav.currentItem()
        current = here.data(0, PartRole) if here is not None else None
        i = ids.index(current) if current in ids else -1
        j = max(0, min(len(ids) - 1, i + step))
        if not ids or j == i:
            return current
        in_nav = self.nav.hasFocus()
        pid = ids[j]
        if pid in self._review_items:
            page: QWidget = self.show_review(pid)
        else:
            page = self.show_part(pid)
        if in_nav:
            self.nav.setFocus()
        else:
            focus_first(page)
        return pid

    def focus_page(self) -> None:
        """Put the focus on the first box of the page on screen."""
        page = self.stack.currentWidget()
        if page is not None:
            focus_first(page)

    # ----- find ------------------------------------------------------------------------------

    def search(self, query: str) -> list[Hit]:
        self.flush()  # what was typed a moment ago is found too
        return find_in(self.store.snapshot(self.workbook_id), self.credential, query)

    def show_find(self) -> Any:
        if self.find_bar is None:
            from tli_workbook.ui.find.find_bar import FindBar

            find = weakref.WeakMethod(self.search)  # the bar must not keep the view alive

            def search(query: str) -> list[Hit]:
                method = find()
                return method(query) if method is not None else []

            self.find_bar = FindBar(search, weak_method(self._go_hit), self)
            self._lay.insertWidget(0, self.find_bar, 0)
        self.find_bar.open()
        return self.find_bar

    def _go_hit(self, hit: Hit) -> bool:
        return self.go_to(hit.place)

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


def _settle_layouts() -> None:
    # A page opened a moment ago has not been laid out yet; scrolling to a box needs its place.
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _text_of(w: QWidget) -> str:
    if isinstance(w, QPlainTextEdit | QTextEdit):
        return w.toPlainText()
    return w.text() if isinstance(w, QLineEdit) else ""


def _select_in(box: QWidget, place: Place) -> bool:
    """Select the place's characters in `box` (by offset when the box holds the very text the
    hit was found in, else the first occurrence of its words)."""
    text = _text_of(box)
    start, length = -1, 0
    if place.text and text == place.text and 0 <= place.offset <= len(text):
        start, length = place.offset, place.length
    elif place.needle or place.text:
        needle = place.needle or place.text
        start, length = text.casefold().find(needle.casefold()), len(needle)
    if start < 0:
        return not (place.needle or place.text)
    if isinstance(box, QPlainTextEdit | QTextEdit):
        cursor = box.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        box.setTextCursor(cursor)
    elif isinstance(box, QLineEdit):
        box.setSelection(start, length)
    return True


def focus_first(page: QWidget) -> bool:
    """Focus the first widget of `page` that Tab would reach."""
    w = page.nextInFocusChain()
    for _ in range(2000):  # the chain is a ring; a guard against a broken one
        if w is None or w is page:
            break
        if (
            page.isAncestorOf(w)
            and w.isVisibleTo(page)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            w.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        w = w.nextInFocusChain()
    return False


@register_page("form")
def _form_page(view: WorkbookView, ctx: FormContext) -> PageBase:
    from tli_workbook.ui.pages.form_page import FormPage

    return FormPage(ctx, view.autosaver, view.info.fellow, view.stack)  # see _circle_map_page


@register_page("circle_map")
def _circle_map_page(view: WorkbookView, ctx: FormContext) -> PageBase:
    from tli_workbook.ui.circlemap.editor import CircleMapPage

    # Made in the stack it is shown in: added there afterwards, every widget of the page
    # would be styled a second time.
    page = CircleMapPage(ctx.store, ctx.workbook_id, ctx.credential, ctx.part, view.stack)
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

    page = ArtifactsPage(ctx, view.stack)  # see _circle_map_page
    page.saver.stateChanged.connect(view.statusChanged)  # one "Saved" indicator for all
    return page


@register_page("feedback")
def _feedback_page(view: WorkbookView, ctx: FormContext) -> PageBase:
    from tli_workbook.ui.feedback.page import FeedbackPage

    page = FeedbackPage(ctx, view.stack)  # see _circle_map_page
    page.saver.stateChanged.connect(view.statusChanged)
    return page


@register_review_page("readiness", str(QT_TRANSLATE_NOOP("WorkbookView", "Ready to submit?")))
def _readiness_page(view: WorkbookView) -> QWidget:
    from tli_workbook.ui.review.readiness_page import ReadinessPage

    return ReadinessPage(
        view.store,
        view.workbook_id,
        view.credential,
        view.dialogs,
        view.autosaver,
        weak_method(view.jump),
        view.stack,  # see _circle_map_page
    )


@register_review_page("rubric", str(QT_TRANSLATE_NOOP("WorkbookView", "Rubric self-check")))
def _rubric_page(view: WorkbookView) -> QWidget:
    from tli_workbook.ui.review.rubric_overview_page import RubricOverviewPage

    return RubricOverviewPage(
        view.store,
        view.workbook_id,
        view.credential,
        view.dialogs,
        view.autosaver,
        weak_method(view.jump),
        view.stack,  # see _circle_map_page
    )


def _weak_redact(view: WorkbookView) -> Callable[[str, str, list[dict[str, Any]]], bool]:
    # Like weak_method (the page must not keep the view alive), but the answer is kept.
    ref = weakref.ref(view)

    def redact(part_id: str, artifact_id: str, marks: list[dict[str, Any]]) -> bool:
        target = ref()
        return target is not None and target.redact(part_id, artifact_id, marks)

    return redact


@register_review_page("privacy", str(QT_TRANSLATE_NOOP("WorkbookView", "Privacy check")))
def _privacy_page(view: WorkbookView) -> QWidget:
    from tli_workbook.ui.review.privacy_page import PrivacyPage

    return PrivacyPage(
        view.store,
        view.workbook_id,
        view.credential,
        view.dialogs,
        view.autosaver,
        weak_method(view.jump),
        view.stack,  # see _circle_map_page
        redact=_weak_redact(view),
    )


@register_page("learn")
def _learn_page(view: WorkbookView, ctx: FormContext) -> PageBase:
    from tli_workbook.ui.pages.learn_page import LearnPage

    return LearnPage(ctx, view.autosaver, view.stack)  # see _circle_map_page
