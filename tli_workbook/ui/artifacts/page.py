"""The page for an `artifacts` part: attach, preview, annotate, mark up, reorder, remove.

Files are copied into the store (content-addressed), so moving or deleting the original loses
nothing. Every message goes through ctx.dialogs; every change is saved within a second.

Checking, copying and thumbnailing run on the task runner: a drop of thirty phone photos shows
progress and a Cancel button, and each card appears as its file is done. Cards of files already
attached show a placeholder until their preview has been made off the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import shiboken6
from PIL import Image
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from tli_workbook.artifacts.opening import make_open_copy, open_copies_root, purge_open_copies
from tli_workbook.artifacts.thumbs import PreviewError
from tli_workbook.store import NewArtifactFile, StoreError
from tli_workbook.text.display_names import clean_name, display_name
from tli_workbook.ui.artifacts.attach import (
    FileView,
    Prepared,
    Stored,
    attached_view,
    file_view,
    finish_stored,
    local_files,
    normalise_url,
    prepare_file,
    preview_relay,
    render_in_background,
    report,
    store_file,
    title_from,
    warm_metadata,
)
from tli_workbook.ui.artifacts.card import ArtifactCard, Preview
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.pages.record_cards import RecordCardsPage
from tli_workbook.ui.tasks import Task, runner

log = logging.getLogger(__name__)

CHECKERS = 2  # files prepared at once while attaching (tasks.WORKERS: two cores, GUI included)
CARDS_AHEAD = 3  # files recorded ahead of the cards shown while attaching
SHOW_EVERY_MS = 30  # built cards are shown together at most this often
SHOW_AT_ONCE = 6  # and at most this many in one turn

IMAGE_FILTER = str(
    QT_TRANSLATE_NOOP(
        "ArtifactsPage",
        "Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff);;All files (*)",
    )
)


def open_url(url: QUrl) -> bool:
    """Hand a file or link to the desktop (a seam tests replace)."""
    return QDesktopServices.openUrl(url)


@dataclass
class AttachBatch:
    """One drop or pick: what came of it, filled in as each file is done."""

    paths: list[Path]
    made: list[str] = field(default_factory=list)  # ids of the new artifacts, in order
    refused: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    done: int = 0
    task: Task[Any] | None = None
    # Stored files whose thumbnail cache file and privacy details (and for a photo shown
    # from its camera's thumbnail, the decode of its pixels) follow the last card:
    # (sha256, thumbnail, provisional, file name).
    finishing: list[tuple[str, Image.Image | None, bool, str]] = field(default_factory=list)
    # Cards sent to the GUI thread and not shown yet (see attach_paths' card_slot).
    slots: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(CARDS_AHEAD))


class ArtifactsPage(RecordCardsPage):
    kind = "artifacts"

    def __init__(self, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, lambda rec: ctx.store.upsert_artifact(ctx.workbook_id, rec), parent)
        self.windows: dict[tuple[str, str], QWidget] = {}
        self.saver.saved.connect(self._on_saved)
        self.saver.failed.connect(self._on_save_failed)
        self._thumb_timer = self._single_shot(None, self._refresh_stale_thumbs)
        self._stale_thumbs: set[str] = set()
        # The bar follows a batch at most ten times a second: QProgressBar.setValue repaints
        # at once (not at the next paint), which for one value per card cost more than the card.
        self._progress_timer = self._single_shot(100, self._show_progress)
        self.batches: list[AttachBatch] = []
        self._letters_due = False
        self._held_forms: list[ArtifactCard] = []  # cards whose forms follow the batch
        self._to_show: list[ArtifactCard] = []  # built, hidden, shown by _show_pending
        # Files done by the runner, waiting for their turn (see _arrived).
        self._arrivals: deque[tuple[AttachBatch, tuple[Any, ...]]] = deque()
        self._batch_ends: list[tuple[AttachBatch, bool]] = []
        self._arrival_timer = self._single_shot(0, self._next_arrival)
        self._show_timer = self._single_shot(SHOW_EVERY_MS, self._show_pending)
        self._insert_lock = threading.Lock()  # one duplicate check + insert at a time
        preview_relay().done.connect(self._preview_ready)
        preview_relay().damaged.connect(self._photos_damaged)
        purge_open_copies(open_copies_root(self.store.data_dir))

        self.body.addWidget(self._build_drop_zone())
        self.body.addWidget(self._build_progress())
        self.status = self.add_note("", "artifactStatus")
        self.body.addLayout(self.list_box)
        self.body.addStretch(1)
        inner = self.widget()
        if inner is not None:  # the page's body, set by ScrollPage
            inner.setAcceptDrops(True)
            inner.installEventFilter(self)
        # Cards are built one per turn of the event loop, each with a placeholder until its
        # preview is made on the runner: thirty cards never freeze a first visit.
        records = self.store.artifacts(self.wid, self.part.id)
        self._order = [str(r["id"]) for r in records]
        self._renumber()
        self._load(records)

    def _single_shot(self, ms: int | None, slot: Callable[[], None]) -> QTimer:
        """A single-shot timer of the page (ms None: the interval is set when started)."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        if ms is not None:
            timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _build_drop_zone(self) -> QFrame:
        zone = QFrame()
        zone.setObjectName("dropZone")  # styled in resources/styles/records.qss
        lay = QHBoxLayout(zone)
        lay.setContentsMargins(16, 12, 16, 12)
        text = QLabel(
            self.tr("<b>Drop files here</b> (photos, screenshots, PDFs, documents, recordings) or")
        )
        text.setWordWrap(True)
        lay.addWidget(text, 1)
        self.add_btn = QPushButton(self.tr("Add files…"))
        self.add_btn.setObjectName("primary")
        self.add_btn.clicked.connect(self.pick_files)
        self.link_btn = QPushButton(self.tr("Add website link…"))
        self.link_btn.clicked.connect(self.add_link)
        lay.addWidget(self.add_btn)
        lay.addWidget(self.link_btn)
        self.drop_zone = zone
        return zone

    def _build_progress(self) -> QWidget:
        row = QWidget()
        row.setObjectName("attachProgressRow")
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("fieldHelp")
        self.progress = QProgressBar()
        self.progress.setObjectName("attachProgress")
        self.progress.setAccessibleName(self.tr("Attaching files"))
        self.progress.setTextVisible(False)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.setAccessibleName(self.tr("Stop attaching files"))
        self.cancel_btn.clicked.connect(self.cancel_attach)
        lay.addWidget(self.progress_label)
        lay.addWidget(self.progress, 1)
        lay.addWidget(self.cancel_btn)
        row.setVisible(False)
        self.progress_row = row
        return row

    # ----- drag and drop ---------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if local_files(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif event.type() == QEvent.Type.Drop:
            paths = local_files(event)  # type: ignore[arg-type]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                # Attach after the drop returns: the program the file came from is not kept waiting.
                QTimer.singleShot(0, lambda: self.attach_paths(paths))
                return True
        return super().eventFilter(obj, event)

    # ----- attaching -------------------------------------------------------------------------

    def pick_files(self) -> AttachBatch | None:
        paths = self.ctx.dialogs.open_files(self.tr("Attach artifacts"), self.tr("All files (*)"))
        return self.attach_paths(paths) if paths else None

    def attach_paths(self, paths: list[Path]) -> AttachBatch:
        """Attach files as new artifacts, off the GUI thread; each card appears as its file is
        done. Refusals and oddities are told in one message when the batch ends. Returns the
        batch at once (its `made` fills in as files are attached)."""
        batch = AttachBatch([Path(p) for p in paths])
        store, wid, part_id, lock = self.store, self.wid, self.part.id, self._insert_lock

        def commit(task: Task[Any], group: list[Prepared]) -> None:
            """The artifacts of prepared files, in drop order, recorded together (one commit
            for the files that were ready together), then their cards, one per turn."""
            last = group[-1].checked.path
            # For whoever follows the task (the page's bar follows batch.done instead).
            task.progress(
                len(batch.made) / len(batch.paths),
                self.tr("Attaching {0}").format(display_name(last.name)),
            )
            items = []
            for prepared in group:
                got, path = prepared.stored, prepared.checked.path
                if got.sha256:
                    checked = prepared.checked
                    batch.finishing.append(
                        (got.sha256, checked.thumb, checked.provisional, path.name)
                    )
                    data = {
                        "part": part_id,
                        "title": title_from(path),
                        "filename": clean_name(path.name),
                    }
                    items.append(NewArtifactFile(data, got.sha256, got.size, got.media_type))
                elif prepared.checked.thumb is not None:
                    prepared.checked.thumb.close()
            with lock:
                recorded = iter(store.add_artifact_files(wid, items))
            for prepared in group:
                got, path = prepared.stored, prepared.checked.path
                rec = same = view = None
                if got.sha256:
                    uid, new, rec = next(recorded)
                    if rec is not None:
                        view = attached_view(store, rec, prepared)
                    elif not new:
                        same = uid
                task.post(self._arrived, batch, (path, got, rec, same, view))

        def work(task: Task[Any]) -> None:
            # Each file is checked (one reduced-size decode, which releases the GIL), copied
            # and thumbnailed by one of two helpers, so one file's decode overlaps the other's
            # copy and fsync; records and cards follow in drop order on this thread. The
            # thumbnails' cache files and the privacy details come after the last card.
            with ThreadPoolExecutor(CHECKERS, thread_name_prefix="tli-attach") as pool:
                ahead: deque[Future[Prepared]] = deque()
                queue = iter(batch.paths)

                def refill() -> None:
                    # Files queued beyond the two being prepared: no helper waits for this
                    # thread (which waits for the GUI thread) to hand it the next file.
                    while len(ahead) < 3 * CHECKERS and not task.cancelled:
                        nxt = next(queue, None)
                        if nxt is None:
                            return
                        ahead.append(pool.submit(prepare_file, store, nxt))

                refill()
                try:
                    while ahead and not task.cancelled:
                        # The next file, and those after it already prepared meanwhile: one
                        # commit (one flush of the journal) for them all.
                        group = [ahead.popleft().result()]
                        while ahead and ahead[0].done() and len(group) < CARDS_AHEAD:
                            group.append(ahead.popleft().result())
                        refill()
                        if not all(card_slot(task) for _ in group):
                            for prepared in group:  # cancelled: not recorded
                                if prepared.checked.thumb is not None:
                                    prepared.checked.thumb.close()
                            break
                        commit(task, group)
                finally:
                    # Cancelled: files not started are never started; one being copied is
                    # finished but not recorded (an unreferenced blob, which harms nothing).
                    for f in ahead:
                        f.cancel()

        def card_slot(task: Task[Any]) -> bool:
            """Wait until the GUI thread has shown all but CARDS_AHEAD of the cards sent: the
            records never run far ahead of the cards, so Cancel stops what the teacher sees
            coming (False: cancelled meanwhile)."""
            while not batch.slots.acquire(timeout=0.05):
                if task.cancelled:
                    return False
            return not task.cancelled

        batch.task = runner().run(
            work,
            lambda _r: self._batch_done(batch),
            label=self.tr("attaching files"),
            owner=self,
            on_cancelled=lambda: self._batch_done(batch, cancelled=True),
            on_failure=lambda exc: self._batch_failed(batch, exc),
        )
        self.batches.append(batch)
        self._show_progress()
        return batch

    def cancel_attach(self) -> None:
        """Stop attaching: files already done keep their cards; the rest are not attached."""
        for batch in self.batches:
            if batch.task is not None:
                batch.task.cancel()

    @property
    def attaching(self) -> bool:
        return bool(self.batches)

    def _show_progress(self) -> None:
        self._progress_timer.stop()
        total = sum(len(b.paths) for b in self.batches)
        done = sum(b.done for b in self.batches)
        self.progress_row.setVisible(bool(self.batches))
        if not self.batches:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Attaching {0} of {1} files…").format(done + 1, total))

    def _arrived(self, batch: AttachBatch, done: tuple[Any, ...]) -> None:
        """A file of a batch is done (posted by the runner): its card is made on a turn of
        its own. Two files done while the GUI thread was busy reach it together; made in the
        same turn, their cards would be one stall and no timer would tick between them."""
        self._arrivals.append((batch, done))
        if not self._arrival_timer.isActive():
            self._arrival_timer.start()

    def _next_arrival(self) -> None:
        if self._arrivals:
            batch, done = self._arrivals.popleft()
            self._attached_one(batch, *done)
        if self._arrivals:
            self._arrival_timer.start()
            return
        ended, self._batch_ends = self._batch_ends, []
        for batch, cancelled in ended:  # batches whose end came before their last cards
            self._batch_done(batch, cancelled)

    def _attached_one(
        self,
        batch: AttachBatch,
        path: Path,
        got: Stored,
        rec: dict[str, Any] | None,
        same: str | None,
        view: FileView | None,
    ) -> None:
        """One file of a batch is done (on the GUI thread): show its card, or keep its note."""
        batch.slots.release()
        batch.done += 1
        batch.notes.extend(got.notes)
        if got.refused or not got.sha256:
            batch.refused.append(got.refused)
        elif same is not None:
            n = self._order.index(same) + 1 if same in self._order else None
            name = display_name(path.name)
            batch.notes.append(
                self.tr("{name} is already attached as Artifact {number}.").format(
                    name=name, number=n
                )
                if n
                else self.tr("{name} is already attached as an artifact of this part.").format(
                    name=name
                )
            )
        elif rec is not None:
            self._show_card(rec, view)
            batch.made.append(str(rec["id"]))
        if not self._progress_timer.isActive():
            self._progress_timer.start()

    def _batch_done(self, batch: AttachBatch, cancelled: bool = False) -> None:
        if any(b is batch for b, _done in self._arrivals):
            self._batch_ends.append((batch, cancelled))  # after its last card
            return
        self.batches.remove(batch)
        self._show_progress()
        self._show_status()
        self._finish_stored(batch)
        # Held back while the batch's cards came in (see _show_built); a turn of its own, and
        # so is the navigator's refresh below: together they were the batch's longest stall.
        runner().later(self._give_letters, owner=self)
        self._build_held_forms()
        notes = list(batch.notes)
        if cancelled and batch.done < len(batch.paths):
            left = len(batch.paths) - batch.done
            notes.append(
                self.tr(
                    "Attaching was stopped: {left} of %n files were not attached.",
                    "",
                    len(batch.paths),
                ).format(left=left)
            )
        if len(self._order) > self.part.count > 0 and batch.made:
            notes.append(
                self.tr(
                    "This part asks for %n different artifacts; there are now {have}. "
                    "Remove the ones you will not submit.",
                    "",
                    self.part.count,
                ).format(have=len(self._order))
            )
        if batch.made:
            # Once per batch: the navigator's marks are rebuilt once.
            runner().later(self.changed.emit, owner=self)
            first = self.cards.get(batch.made[0])
            if first is not None:
                self._flush_shows()
                self.reveal_card(first, first.title)
        report(self.ctx.dialogs, batch.refused, notes)

    def _batch_failed(self, batch: AttachBatch, exc: BaseException) -> None:
        # store_file turns every expected problem into a refusal; this is a bug or a
        # resource failure, already logged with its traceback by the runner.
        self.batches.remove(batch)
        self._show_progress()
        self._show_status()
        self._finish_stored(batch)
        self._give_letters()
        self._build_held_forms()
        left = len(batch.paths) - batch.done
        batch.refused.append(
            self.tr(
                "{left} of %n files could not be attached because of an unexpected problem "
                "({error}). The cards already shown are attached; attach the others again, and "
                "if it happens again, restart the app.",
                "",
                len(batch.paths),
            ).format(left=left, error=exc)
        )
        if batch.made:
            self.changed.emit()
        report(self.ctx.dialogs, batch.refused, batch.notes)

    def _finish_stored(self, batch: AttachBatch) -> Task[Any] | None:
        """After a batch's last card: cache its thumbnails and read its files' hidden details
        for the privacy check, on the runner. Not tied to the page: it only fills caches, and
        a thumbnail not cached is drawn again on the next visit."""
        items, batch.finishing = batch.finishing, []
        if not items:
            return None
        store, relay = self.store, preview_relay()

        def work(task: Task[None]) -> None:
            damaged = []
            for sha, thumb, provisional, name in items:
                try:
                    if task.cancelled:
                        continue
                    why = finish_stored(store, sha, thumb, provisional, name)
                    if why:
                        damaged.append((sha, why))
                    if provisional:
                        relay.done.emit(sha)  # the card: its picture from the photo itself
                finally:
                    if thumb is not None:
                        thumb.close()
            if damaged:
                relay.damaged.emit(damaged)

        return runner().run(work, label=self.tr("finishing the attached files"))

    def add_link(self) -> str | None:
        text, ok = self.ctx.dialogs.ask_text(
            self.tr("Add a website"),
            self.tr("Address of the website (you can attach a screenshot after):"),
        )
        if not ok or not text.strip():
            return None
        url = normalise_url(text)
        if url is None:
            self.ctx.dialogs.warning(
                self.tr("Not a web address"),
                self.tr(
                    "“{text}” does not look like a web address. Copy it from the "
                    "browser's address bar (it starts with https://)."
                ).format(text=text.strip()[:200]),
            )
            return None
        host = urlparse(url).hostname or url
        return self._create({"part": self.part.id, "title": host, "url": url})

    def _create(self, rec: dict[str, Any]) -> str:
        uid = self.store.upsert_artifact(self.wid, rec)
        stored = next(a for a in self.store.artifacts(self.wid, self.part.id) if a["id"] == uid)
        # One card the teacher just asked for: shown on the next turn, not with a group.
        card = self._show_card(stored, FileView(stored.get("url") or "", "link"), group=False)
        self.changed.emit()
        self.reveal_card(card, card.title)
        return uid

    # ----- cards -----------------------------------------------------------------------------

    def _add_card(self, rec: dict[str, Any], view: FileView | None = None) -> ArtifactCard:
        """A card for the record; its file's preview is `view` if already made, else a
        placeholder until _load_views has made it."""
        # A photo of a batch being attached: a sketch of a card (its picture, number, title
        # and file, painted), which gets its widgets after the batch, or at once when Tab
        # or a click reaches it: thirty cards' widgets could not keep up with the files.
        sketch = None
        if (
            self.batches
            and view is not None
            and view.picture is not None
            and ArtifactCard.can_sketch()
        ):
            sketch = self._preview_of(rec, view)
        card = ArtifactCard(self.part, rec, lazy=True, sketch=sketch)
        card.edited.connect(self._queue)
        card.actionRequested.connect(self._on_action)
        card.moveRequested.connect(self.move_artifact)
        card.removeRequested.connect(self.remove_artifact)
        card.draftRequested.connect(self.draft_description)
        self._register(card)
        if view is not None:
            self._show_view(card, view)
        else:
            self._show_placeholder(card)
        return card

    def _register(self, card: ArtifactCard) -> None:
        self.cards[card.uid] = card
        if card.uid not in self._order:  # records being loaded already have their place
            self._order.append(card.uid)

    def _show_card(
        self, rec: dict[str, Any], view: FileView | None = None, group: bool = True
    ) -> ArtifactCard:
        """Build the record's card and put it in its place in the list; it is shown with the
        next group of cards (see _show_pending), or with group False on the next turn."""
        card = self._add_card(rec, view)
        built = [c.uid for c in self.ordered()]
        # Built hidden and shown on the next turn of the event loop: building and laying out
        # (styling, sizing) a card are then two short stalls instead of one long one.
        card.hide()
        self.list_box.insertWidget(built.index(card.uid), card)
        self._renumber()
        if not group:
            runner().later(lambda: self._show_built(card), owner=card)
            return card
        self._to_show.append(card)
        if not self._show_timer.isActive():
            self._show_timer.start()
        return card

    def _flush_shows(self) -> None:
        """Show every built card now (before scrolling to one of them)."""
        self._show_timer.stop()
        while self._to_show:
            self._show_pending()
        self._show_timer.stop()

    def _show_pending(self) -> None:
        """Show the cards built since the last time, together: the list is laid out and the
        page painted once for them all. Thirty cards arriving one per turn (a drop, a first
        visit) were thirty layouts and paints, most of the cards' cost."""
        ready, self._to_show = self._to_show[:SHOW_AT_ONCE], self._to_show[SHOW_AT_ONCE:]
        for card in ready:
            if shiboken6.isValid(card) and self.cards.get(card.uid) is card:  # not removed
                self._show_built(card)
        # The count above the cards, with them: set for each card as it came, it repainted
        # the page once per card.
        self._show_status()
        if self._to_show:
            self._show_timer.start()

    def _show_built(self, card: ArtifactCard) -> None:
        card.show()
        # The annotation form follows on a later turn of its own (ensure_form): a card shown
        # and its form built are two short stalls, not one long one.
        # While a batch attaches, the forms wait for its end: the cards come first.
        if self.batches:
            self._held_forms.append(card)
        else:
            runner().later(self._build_form, card, owner=card)
        # Its boxes are reachable now: they get their Alt+letters. Lettering looks at every
        # card on the page, so it is done once after the cards being shown (once per batch
        # while files are attached: _batch_done), not once per card.
        if not self._letters_due:
            self._letters_due = True
            runner().later(self._letters_after_cards, owner=self)

    def _build_held_forms(self) -> None:
        if self.batches:
            return
        held, self._held_forms = self._held_forms, []
        for card in held:
            runner().later(self._build_form, card, owner=card)

    def _build_form(self, card: ArtifactCard) -> None:
        if card.form_built:
            return
        if not card.header_built:
            # A sketch: its header on this turn, its form on the next.
            card.ensure_header()
            runner().later(self._build_form, card, owner=card)
            return
        card.ensure_form()
        if not self._letters_due:
            self._letters_due = True
            runner().later(self._letters_after_cards, owner=self)

    def _letters_after_cards(self) -> None:
        self._letters_due = False
        if not self.batches:
            self._give_letters()

    def _relayout(self) -> None:
        for card in self.ordered():
            self.list_box.removeWidget(card)
        for card in self.ordered():
            self.list_box.addWidget(card)
        self._renumber()

    def _renumber(self) -> None:
        total = len(self._order)
        for n, uid in enumerate(self._order, 1):
            card = self.cards.get(uid)
            if card is not None:
                card.set_number(n, total, self.part.count)
        if not self.batches:  # while a batch attaches, once per group of cards shown
            self._show_status()

    def _show_status(self) -> None:
        have, want = len(self._order), self.part.count
        self.status.setText(
            self.tr("{have} of %n artifacts attached.", "", want).format(have=have)
            if have <= want
            else self.tr("{have} artifacts attached; this part asks for %n.", "", want).format(
                have=have
            )
        )

    def card(self, uid: str) -> ArtifactCard:
        return self.cards[uid]

    def _show_placeholder(self, card: ArtifactCard) -> None:
        card.show_preview(self._placeholder(card.record()))

    def _placeholder(self, rec: dict[str, Any]) -> Preview:
        is_link = bool(rec.get("url"))
        name = display_name(rec.get("filename") or "")
        if rec.get("file"):
            text = self.tr("{0} · preparing the preview…").format(name)
            return Preview(text, "loading", True, is_link, badge=("", name))
        text = rec.get("url") or self.tr("No file attached.")
        return Preview(text, "link" if is_link else "none", False, is_link, badge=("", name))

    def _preview_of(self, rec: dict[str, Any], view: FileView) -> Preview:
        filename = rec.get("filename") or ""
        return Preview(
            view.text,
            view.kind,
            bool(rec.get("file")),
            bool(rec.get("url")),
            # The whole name, where the label shows it elided.
            tooltip=display_name(filename, None),
            picture=view.picture,
            thumb=view.thumb,
            badge=(view.media_type, filename),
        )

    def _show_view(self, card: ArtifactCard, view: FileView) -> None:
        rec = card.record()
        card.show_preview(self._preview_of(rec, view))
        card.offer_photo_date(view.taken)
        if view.pending and rec.get("file"):
            render_in_background(self.store, rec["file"])

    def _photos_damaged(self, found: list[tuple[str, str]]) -> None:
        """Photos attached from their camera's thumbnail whose pixels then could not be read:
        their cards now show them by name with the reason; the teacher is told once."""
        mine = {card.record().get("file") for card in self.cards.values()}
        reasons = [why for sha, why in found if sha in mine]
        if not reasons:
            return
        self.ctx.dialogs.warning(
            self.tr("Some photos are damaged"),
            self.tr(
                "%n photo(s) could not be read in full after they were attached. They stay "
                "attached, but cannot be shown or put in the packet: remove them, and attach "
                "a good copy of each.",
                "",
                len(reasons),
            )
            + "\n\n"
            + "\n\n".join(reasons),
        )

    def _preview_ready(self, sha: str) -> None:
        uids = [uid for uid, card in self.cards.items() if card.record().get("file") == sha]
        self._load_views(uids)

    def _load(self, records: list[dict[str, Any]]) -> Task[Any] | None:
        """Build the cards of stored records (one per turn of the event loop, placeholders
        first), then make their previews on the runner and show each as it is ready."""
        if not records:
            return None
        store = self.store

        def work(task: Task[Any]) -> None:
            for rec in records:
                task.post(self._show_card, rec)
            for rec in records:
                if task.cancelled:
                    return
                view = file_view(store, rec)
                task.post(self._view_ready, str(rec["id"]), rec, view)
                if rec.get("file"):
                    try:
                        warm_metadata(store.file_path(rec["file"]))
                    except StoreError:
                        pass  # a missing file: file_view already says so

        return runner().run(
            work,
            label=self.tr("preparing previews"),
            owner=self,
            on_failure=lambda exc: self.status.setText(
                self.tr("Some previews could not be made ({0}).").format(exc)
            ),
        )

    def _load_views(self, uids: list[str]) -> Task[Any] | None:
        """Make the previews of built cards again (after a markup change) on the runner."""
        records = {u: self.cards[u].record() for u in uids if u in self.cards}
        if not records:
            return None
        store = self.store

        def work(task: Task[Any]) -> None:
            for uid, rec in records.items():
                if task.cancelled:
                    return
                task.post(self._view_ready, uid, rec, file_view(store, rec))

        return runner().run(work, label=self.tr("preparing previews"), owner=self)

    def _view_ready(self, uid: str, rec: dict[str, Any], view: FileView) -> None:
        card = self.cards.get(uid)
        if card is None:
            return
        now = card.record()
        if (now.get("file"), now.get("markup")) != (rec.get("file"), rec.get("markup")):
            return  # changed meanwhile; a newer job is on its way
        self._show_view(card, view)

    # ----- actions ---------------------------------------------------------------------------

    def _on_action(self, uid: str, action: str) -> None:
        {
            "view": self.open_viewer,
            "open": self.open_external,
            "markup": self.open_markup_editor,
            "replace": self.replace_file,
        }[action](uid)

    def open_external(self, uid: str) -> Path | None:
        """Open a temporary copy (never the stored file) with the system's application."""
        rec = self.cards[uid].record()
        if not rec.get("file"):
            if rec.get("url"):
                open_url(QUrl(rec["url"]))
            return None
        sha = rec["file"]
        try:
            media = self.store.file_info(sha)["media_type"]
            copy = make_open_copy(
                self.store.file_path(sha),
                rec.get("filename") or "",
                media,
                open_copies_root(self.store.data_dir),
            )
        except (StoreError, OSError) as exc:
            self.ctx.dialogs.error(
                self.tr("Could not open the file"),
                self.tr("A copy could not be made: {error}").format(error=exc),
            )
            return None
        if not open_url(QUrl.fromLocalFile(str(copy))):
            self.ctx.dialogs.warning(
                self.tr("No application for this file"),
                self.tr(
                    "No application on this computer opens this kind of file. A copy is at:\n{path}"
                ).format(path=copy),
            )
        return copy

    def open_viewer(self, uid: str) -> QWidget | None:
        from tli_workbook.ui.artifacts.viewer import ArtifactViewer

        card = self.cards[uid]
        rec = card.record()
        if card.preview_kind == "loading":
            return None
        if card.preview_kind not in ("image", "pdf"):
            return None if not rec.get("file") else self.open_external(uid)  # type: ignore[return-value]
        win = ArtifactViewer(
            card.preview_kind,
            self.store.file_path(rec["file"]),
            self.store.data_dir,
            rec["file"],
            rec.get("title") or "",
            card.markup,
            lambda: self.open_external(uid),
            self,
        )
        return self._show_window((uid, "view"), win)

    def open_markup_editor(self, uid: str) -> QWidget | None:
        from tli_workbook.ui.artifacts.markup_editor import MarkupEditor

        card = self.cards[uid]
        rec = card.record()
        if card.preview_kind != "image":
            return None
        try:
            win = MarkupEditor(
                self.store.file_path(rec["file"]),
                card.markup,
                self.ctx.dialogs.ask_text,
                rec.get("title") or "",
                self,
            )
        except PreviewError as exc:
            self.ctx.dialogs.warning(self.tr("Cannot mark up this image"), str(exc))
            return None
        win.markupChanged.connect(lambda marks, u=uid: self.set_markup(u, marks))
        return self._show_window((uid, "markup"), win)

    def _show_window(self, key: tuple[str, str], win: QWidget) -> QWidget:
        old = self.windows.pop(key, None)
        if old is not None:
            old.close()
            old.deleteLater()
        win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.windows[key] = win
        win.show()
        win.raise_()
        return win

    def set_markup(self, uid: str, markup: list[dict[str, Any]]) -> None:
        self.cards[uid].update_record(markup=list(markup))
        self._stale_thumbs.add(uid)
        self._thumb_timer.start(600)

    def _refresh_stale_thumbs(self) -> None:
        self._load_views(sorted(self._stale_thumbs))
        self._stale_thumbs.clear()

    def replace_file(self, uid: str) -> None:
        card = self.cards[uid]
        rec = card.record()
        is_shot = bool(rec.get("url")) and not rec.get("file")
        path = self.ctx.dialogs.open_file(
            self.tr("Attach a screenshot of the website")
            if is_shot
            else self.tr("Replace the attached file"),
            self.tr(IMAGE_FILTER) if is_shot else self.tr("All files (*)"),
        )
        if path is None:
            return
        if card.markup and not self.ctx.dialogs.confirm(
            self.tr("Replace the file?"),
            self.tr(
                "The highlights, arrows, callouts and redactions belong to the current image and "
                "will be removed. Replace the file?"
            ),
            self.tr("Replace"),
        ):
            return
        store, source = self.store, Path(path)

        def work(_task: Task[Any]) -> tuple[Stored, FileView | None]:
            got = store_file(store, source)
            if not got.sha256:
                return got, None
            return got, file_view(store, {"file": got.sha256, "filename": source.name})

        def done(result: tuple[Stored, FileView | None]) -> None:
            got, view = result
            if got.refused or not got.sha256 or uid not in self.cards:
                report(self.ctx.dialogs, [got.refused] if got.refused else [], got.notes)
                return
            card.update_record(file=got.sha256, filename=clean_name(source.name), markup=[])
            if view is not None:
                self._show_view(card, view)
            report(self.ctx.dialogs, [], got.notes)

        self._show_placeholder(card)
        runner().run(
            work,
            done,
            label=self.tr("attaching {0}").format(display_name(source.name)),
            owner=self,
            on_failure=lambda _exc: self._load_views([uid]),
            dialogs=self.ctx.dialogs,
            failure_title=self.tr("The file was not attached"),
        )

    def draft_description(self, uid: str) -> None:
        card = self.cards[uid]
        draft = card.draft()
        if not draft:
            self.ctx.dialogs.info(
                self.tr("Nothing to draft from"),
                self.tr(
                    "Fill in the fields above (date and time, participants, purpose...) first."
                ),
            )
            return
        current = card.description.toPlainText().strip()
        if (
            current
            and current != draft
            and not self.ctx.dialogs.confirm(
                self.tr("Replace the description?"),
                self.tr(
                    "The description already has text. Replace it with a draft made from the "
                    "fields? (Ctrl+Z in the description brings your text back.)"
                ),
                self.tr("Replace"),
            )
        ):
            return
        card.set_description(draft)

    def move_artifact(self, uid: str, delta: int) -> None:
        self._move(uid, delta)

    def remove_artifact(self, uid: str, confirm: bool = True) -> bool:
        card = self.cards[uid]
        title = card.record().get("title") or self.tr("this artifact")
        if confirm and not self.ctx.dialogs.confirm(
            self.tr("Remove artifact"),
            self.tr(
                "Remove “{title}” and its annotation from this workbook? The original file on "
                "your computer is not affected."
            ).format(title=title),
            self.tr("Remove"),
        ):
            return False
        for key in [k for k in self.windows if k[0] == uid]:
            self.windows.pop(key).close()
        return self._remove(
            uid, lambda: self.store.delete_artifact(self.wid, uid), self.tr("the artifact")
        )

    # ----- saving ----------------------------------------------------------------------------

    def _on_saved(self) -> None:
        self.changed.emit()

    def _on_save_failed(self, message: str) -> None:
        self.status.setText(self.tr("⚠ Not saved yet: {message}").format(message=message))
