"""Privacy view: what could identify the teacher or the students, where it is, and three ways
to deal with each finding (go and fix it, ignore it for this session, mark it as fine).

The text in pictures and PDF pages is read in the background (ui/review/picture_reading.py);
a finding in a picture is shown boxed on it, with one click to cover it with a redaction."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.artifacts.ocr import PictureReader
from tli_workbook.definitions.model import Credential
from tli_workbook.review.privacy_scan import (
    FINE_KEY,
    Checked,
    PictureFinding,
    ScanFinding,
    checked_text,
    fine_keys_of,
    redaction_marks,
    scan_workbook,
    what_was_checked,
)
from tli_workbook.store import Store
from tli_workbook.ui import theme
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.forms.lazy import later
from tli_workbook.ui.review.common import (
    ReviewPage,
    WrapDelegate,
    label,
    session_ignored,
    set_state,
    stored_file,
)
from tli_workbook.ui.review.people_editor import PeopleEditor, load_people, save_people
from tli_workbook.ui.review.picture_reading import picture_reading
from tli_workbook.ui.tasks import Task, runner
from tli_workbook.ui.weakcall import weak_method

log = logging.getLogger(__name__)

KeyRole = Qt.ItemDataRole.UserRole
PREVIEW_PX = 900  # the picture is drawn this big (long side) and shown scaled to fit
PREVIEW_MAX_W, PREVIEW_MAX_H = 640, 400
Redact = Callable[[str, str, list[dict[str, Any]]], bool]  # (part id, artifact id, marks)
# (part id, target[, words to select]): a jump that takes only the first two goes to the field.
TextJump = Callable[..., None]


class PrivacyPage(ReviewPage):
    def __init__(
        self,
        store: Store,
        workbook_id: int,
        credential: Credential,
        dialogs: Dialogs,
        autosaver: Autosaver,
        jump: TextJump,
        parent: QWidget | None = None,
        redact: Redact | None = None,
    ) -> None:
        super().__init__(
            credential,
            self.tr("Privacy check"),
            credential.anonymity
            + " "
            + self.tr(
                "This check looks through every answer, your Circle Map, your artifacts "
                "(titles, annotations, file names, the text in your pictures and PDF pages, "
                "and the details hidden inside photos and documents) and your participants' "
                "feedback for names, schools, emails, phone numbers, addresses and links. It "
                "can be wrong both ways: read its findings with care."
            ),
            parent,
        )
        self.store, self.workbook_id = store, workbook_id
        self.dialogs, self.autosaver, self.jump = dialogs, autosaver, jump
        self.redact_fn = redact
        self.ignored = session_ignored(store, workbook_id)
        self.fine: set[str] = set()
        self.findings: list[ScanFinding] = []
        self.checked = Checked()
        self.reading = picture_reading(store.data_dir)
        self.reading.progress.connect(self._reading_progress)
        self.reading.finished.connect(self._pictures_read)
        self._pixmaps: dict[tuple[str, int, int], QPixmap] = {}

        self.body.addWidget(label(self.tr("People and places I must not name"), "sectionHeading"))
        self.body.addWidget(
            label(
                self.tr(
                    "Type once the names of your students and colleagues, your school, "
                    "district and town, and the other ways they are written (nicknames, short "
                    "forms). They are looked for everywhere, in any case and with or without "
                    "accents: answers, map entries, annotations, file names, feedback and the "
                    "text in pictures. The list stays in this workbook and is never exported."
                ),
                "fieldHelp",
            )
        )
        self.people = PeopleEditor(load_people(store, workbook_id))
        self.people.edited.connect(self._people_edited)
        self.body.addWidget(self.people)
        # Re-scan a moment after typing stops, so the list follows the terms without flicker.
        self._rescan_timer = QTimer(self)
        self._rescan_timer.setSingleShot(True)
        self._rescan_timer.setInterval(800)
        self._rescan_timer.timeout.connect(self.refresh)

        top = QHBoxLayout()
        self.summary = label("", "privacySummary")
        top.addWidget(self.summary, 1)
        self.rescan_btn = QPushButton(self.tr("Re-scan"))
        self.rescan_btn.clicked.connect(lambda: self.refresh())
        top.addWidget(self.rescan_btn)
        self.body.addLayout(top)
        self.checked_label = label("", "privacyChecked")
        self.body.addWidget(self.checked_label)
        reading = QHBoxLayout()
        self.reading_label = label("", "fieldHelp")
        self.reading_bar = QProgressBar()
        self.reading_bar.setAccessibleName(self.tr("Reading the text in your pictures"))
        self.reading_bar.setMaximumWidth(260)
        reading.addWidget(self.reading_label, 1)
        reading.addWidget(self.reading_bar)
        self.body.addLayout(reading)

        self.tree = QTreeWidget()
        self.tree.setObjectName("findingsList")
        self.tree.setAccessibleName(self.tr("Privacy findings"))
        self.tree.setHeaderLabels(
            [self.tr("What"), self.tr("Found"), self.tr("Where"), self.tr("In context")]
        )
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
        self.go_btn = QPushButton(self.tr("Go there"))
        self.go_btn.setObjectName("reviewPrimary")
        self.go_btn.clicked.connect(self.go_there)
        self.ignore_btn = QPushButton(self.tr("Ignore once"))
        self.ignore_btn.setToolTip(self.tr("Hide it until you quit the app"))
        self.ignore_btn.clicked.connect(self.ignore_once)
        self.fine_btn = QPushButton(self.tr("Mark as fine"))
        self.fine_btn.setToolTip(self.tr("It identifies nobody: never show it again"))
        self.fine_btn.clicked.connect(self.toggle_fine)
        self.show_fine = QCheckBox(self.tr("Show findings marked as fine"))
        self.show_fine.toggled.connect(lambda _on: self._fill())
        for w in (self.go_btn, self.ignore_btn, self.fine_btn):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.show_fine)
        self.body.addLayout(actions)
        self.body.addWidget(self._build_picture_panel())
        # Every scan, the first too, runs on the task runner: it reads every stored file's
        # hidden details and every answer (a first visit stalled on it). Until it is back the
        # page says it is checking, never that nothing was found.
        self._scan: Task[Any] | None = None
        self.scans_done = 0  # scans whose findings are shown (tests wait for the first)
        self.summary.setText(self.tr("Checking your workbook for private details…"))
        set_state(self.summary, "todo")
        self.autosaver.flush()
        # Started two turns of the event loop later (the runner's second callback comes after
        # the page's first paint): a scan started now would compete with building and
        # painting the page for the interpreter.
        later(self._queue_first_scan)
        # The window refreshes a review page as it shows it, right after building it: that
        # scan would repeat the first one.
        self._fresh = True
        fresh_timer = QTimer(self)  # a child timer and a bound slot: nothing keeps self alive
        fresh_timer.setSingleShot(True)
        fresh_timer.timeout.connect(self._not_fresh)
        fresh_timer.start(0)

    def _build_picture_panel(self) -> QWidget:
        """The selected finding on its picture, boxed, with one-click redaction."""
        self.picture_panel = QWidget()
        self.picture_panel.setObjectName("findingPicture")
        lay = QVBoxLayout(self.picture_panel)
        lay.setContentsMargins(0, 8, 0, 0)
        self.picture_caption = label("", "fieldHelp")
        lay.addWidget(self.picture_caption)
        self.picture = QLabel()
        self.picture.setObjectName("findingPictureImage")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.picture)
        row = QHBoxLayout()
        self.redact_btn = QPushButton(self.tr("Hide it with a redaction"))
        self.redact_btn.setObjectName("reviewPrimary")
        self.redact_btn.setToolTip(
            self.tr(
                "Covers the boxed text with a black redaction mark, as in the markup editor: "
                "the exported picture shows black pixels there; your original file is kept."
            )
        )
        self.redact_btn.clicked.connect(self.redact_selected)
        row.addWidget(self.redact_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.redact_note = label("", "fieldHelp")
        lay.addWidget(self.redact_note)
        self.picture_panel.setVisible(False)
        return self.picture_panel

    # ----- scanning --------------------------------------------------------------------------

    def refresh(self, background: bool = True) -> Task[Any] | None:
        """Scan the workbook again (pending edits, including the people list, are written
        first). The scan reads every stored file's hidden details, so it runs on the task
        runner and the list is filled when it is done; background=False scans on this thread.
        Pictures are scanned from what was already read; the unread ones
        are queued for the background reader, which calls this again when it is done."""
        self._rescan_timer.stop()
        self.autosaver.flush()
        if background and getattr(self, "_fresh", False):
            return None
        if self._scan is not None:
            self._scan.cancel()  # its result would be older than the one asked for now
        store, wid, cred = self.store, self.workbook_id, self.credential

        def work(_task: Task[Any] | None) -> tuple[Any, ...]:
            snap = store.snapshot(wid)
            files = stored_file(store)
            pictures = PictureReader(store.data_dir, run=False)
            findings = scan_workbook(snap, cred, files, pictures=pictures)
            checked = what_was_checked(snap, cred, files, pictures)
            return fine_keys_of(snap), findings, checked, pictures.pending()

        page = weakref.ref(self)  # a page closed while it scans is freed at once

        def done(result: tuple[Any, ...]) -> None:
            me = page()
            if me is not None and shiboken6.isValid(me):
                me._scanned(result)

        if not background:
            done(work(None))
            return None
        self.rescan_btn.setEnabled(False)
        self._scan = runner().run(
            work,
            done,
            label=self.tr("checking for private details"),
            dialogs=self.dialogs,
            failure_title=self.tr("The privacy check did not finish"),
            failure_hint=self.tr(
                "The list below may be out of date. Choose Re-scan to check again."
            ),
        )
        self._scan.finished.connect(weak_method(self._scan_finished))
        # Not the job's owner (the runner would hold the page until the scan ends): a page
        # closed while it scans is freed at once, and its scan stops.
        self.destroyed.connect(self._scan.cancel)
        return self._scan

    def _scanned(self, result: tuple[Any, ...]) -> None:
        self.scans_done += 1
        self.fine, self.findings, self.checked, unread = result
        pending = {s: p for s, p in unread.items() if s not in self.reading.failed}
        if pending:
            self.reading.read(pending)
        self._show_reading()
        self._fill()
        self.changed.emit()

    def _not_fresh(self) -> None:
        self._fresh = False

    def _pictures_read(self) -> None:
        # As on Ready to submit?: a hidden page is scanned again when the window shows it.
        if self.isVisible():
            self.refresh()

    def _queue_first_scan(self) -> None:
        later(self._first_scan)

    def _first_scan(self) -> None:
        if self._scan is None:  # no scan asked for since (a Re-scan, a redaction)
            self._fresh = False
            self.refresh()

    def _scan_finished(self) -> None:
        self.rescan_btn.setEnabled(True)

    def _show_reading(self) -> None:
        busy = self.reading.busy
        self.reading_bar.setVisible(busy)
        self.reading_label.setVisible(busy)
        if busy:
            self._reading_progress(self.reading.done_count, self.reading.total)

    def _reading_progress(self, done: int, total: int) -> None:
        self.reading_bar.setRange(0, max(1, total))
        self.reading_bar.setValue(done)
        self.reading_label.setText(
            self.tr("Reading the text in your pictures: %1 of %2 done…")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )
        self.reading_bar.setVisible(True)
        self.reading_label.setVisible(True)

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
            fine = self.tr("  · marked as fine") if f.key in self.fine else ""
            it = QTreeWidgetItem([f.label + fine, f.text + times, f.where, f.context])
            it.setData(0, KeyRole, f.key)
            it.setFont(1, bold)
            for col, tip in enumerate((f.label, f.text, f.where, f.context)):
                it.setToolTip(col, tip)
            it.setData(
                0,
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{what}: {found}, in {where}").format(
                    what=f.label, found=f.text, where=f.where
                ),
            )
            self.tree.addTopLevelItem(it)
            if f.key == selected:
                self.tree.setCurrentItem(it)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)  # ready for the buttons
        n = len(self.open_findings())
        hidden = len([f for f in self.findings if f.key in self.ignored])
        unread = self.checked.unread
        # Unread with the reader idle: it could not read them (its engine did not start).
        failed = self.checked.failed + (0 if self.reading.busy else unread)
        if n:
            text = self.tr("%n finding(s) to review.", "", n)
        elif self.reading.busy and unread:
            text = self.tr("Nothing found so far; your pictures are still being read.")
        elif failed:
            text = self.tr("Nothing found in what could be read: check the pictures yourself.")
        else:
            text = self.tr("Nothing identifying found in what was checked.")
        if hidden:
            text += " " + self.tr("%n ignored for this session.", "", hidden)
        self.summary.setText(text)
        clear = not n and not failed and not (self.reading.busy and unread)
        set_state(self.summary, "ready" if clear else "todo")
        self.checked_label.setText(checked_text(self.checked))
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
        self.fine_btn.setText(self.tr("Not fine after all") if is_fine else self.tr("Mark as fine"))
        self._show_picture(f if isinstance(f, PictureFinding) else None)

    def go_there(self) -> None:
        f = self._selected()
        if f is None:
            return
        if isinstance(f, PictureFinding):
            self.jump(f.part_id, f.target)  # the artifact's card; the picture is shown here
        else:
            try:
                self.jump(f.part_id, f.target, f.text)  # select the words in the editor
            except TypeError:  # a jump that only goes to the field
                self.jump(f.part_id, f.target)

    # ----- pictures --------------------------------------------------------------------------

    def _base_pixmap(self, f: PictureFinding, path: Path) -> QPixmap | None:
        """The picture as exported (current markup burned in) or the PDF page, cached."""
        snap_art = next(
            (a for a in self.store.artifacts(self.workbook_id) if a.get("id") == f.artifact_id),
            {},
        )
        markup = list(snap_art.get("markup") or []) if f.page == 0 else []
        key = (f.sha, f.page, hash(repr(markup)))
        if key not in self._pixmaps:
            try:
                from tli_workbook.artifacts.ocr import page_image, picture_kind

                if picture_kind(path) == "pdf":
                    im = page_image(path, "pdf", f.page, PREVIEW_PX)
                    if f.page == 0 and markup:
                        from tli_workbook.packet.images import apply_markup

                        im = apply_markup(im, markup)
                else:
                    from tli_workbook.artifacts.thumbs import image_preview

                    im = image_preview(path, markup, PREVIEW_PX)
                data = im.convert("RGB").tobytes("raw", "RGB")
                qim = QImage(data, im.width, im.height, 3 * im.width, QImage.Format.Format_RGB888)
                self._pixmaps[key] = QPixmap.fromImage(qim.copy())
            except Exception:  # noqa: BLE001 - a picture that cannot be drawn is named instead
                log.exception("could not draw the picture of a finding")
                return None
        return self._pixmaps[key]

    def _show_picture(self, f: PictureFinding | None) -> None:
        path = stored_file(self.store)(f.sha) if f is not None else None
        base = self._base_pixmap(f, path) if f is not None and path is not None else None
        if f is None or base is None:
            self.picture_panel.setVisible(False)
            return
        pix = base.copy()
        sx = pix.width() / max(1, f.size[0])
        sy = pix.height() / max(1, f.size[1])
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(theme.qcolor("picture.finding"), max(3.0, pix.width() / 200))
        p.setPen(pen)
        for x, y, w, h in f.boxes:
            p.drawRect(QRectF(x * sx, y * sy, w * sx, h * sy).adjusted(-3, -3, 3, 3))
        p.end()
        shown = pix.scaled(
            PREVIEW_MAX_W,
            PREVIEW_MAX_H,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(shown)
        self.picture.setAccessibleName(
            self.tr("Picture with “%1” boxed in red").replace("%1", f.text)
        )
        self.picture_caption.setText(
            self.tr("Found “%1” in %2. It is boxed in red.")
            .replace("%1", f.text)
            .replace("%2", f.where)
        )
        self.redact_btn.setEnabled(f.redactable and f.key not in self.fine)
        if f.redactable:
            self.redact_note.setText(
                self.tr(
                    "The redaction is added to the artifact's markup: move, resize or undo it "
                    "in the markup editor."
                )
            )
        elif f.artifact_id:
            self.redact_note.setText(
                self.tr(
                    "Only a PDF's first page can be redacted here (the packet shows that page). "
                    "Remove the name from the PDF itself and attach it again."
                )
            )
        else:
            self.redact_note.setText(
                self.tr(
                    "This file is attached to an answer, where pictures cannot be marked up. "
                    "Remove the name from the file and attach it again."
                )
            )
        self.picture_panel.setVisible(True)
        QTimer.singleShot(0, lambda: self.ensureWidgetVisible(self.picture, 20, 20))

    def redact_selected(self) -> bool:
        """One-click redaction: cover the selected picture finding with redaction marks."""
        f = self._selected()
        if not isinstance(f, PictureFinding) or not f.redactable:
            return False
        marks = redaction_marks(f)
        if self.redact_fn is not None:
            ok = self.redact_fn(f.part_id, f.artifact_id, marks)
        else:  # no workbook view (a page on its own): write the artifact directly
            art = next(
                (a for a in self.store.artifacts(self.workbook_id) if a["id"] == f.artifact_id),
                None,
            )
            ok = art is not None
            if art is not None:
                markup = list(art.get("markup") or []) + marks
                self.store.upsert_artifact(self.workbook_id, {**art, "markup": markup})
        if not ok:
            self.dialogs.error(
                self.tr("The redaction was not added"),
                self.tr("The artifact could not be found. Open it and draw the redaction."),
            )
            return False
        self.refresh()
        self.redact_note.setText(
            self.tr("Redacted “%1”: the exported picture shows black pixels there.").replace(
                "%1", f.text
            )
        )
        return True

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

    def _people_edited(self) -> None:
        save_people(self.autosaver, self.people.people())
        self._rescan_timer.start()
