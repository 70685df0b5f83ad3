"""The page for an `artifacts` part: attach, preview, annotate, mark up, reorder, remove.

Files are copied into the store (content-addressed), so moving or deleting the original loses
nothing. Every message goes through ctx.dialogs; every change is saved within a second.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tli_workbook.artifacts.opening import make_open_copy, purge_open_copies
from tli_workbook.artifacts.thumbs import PreviewError
from tli_workbook.store import StoreError
from tli_workbook.ui.artifacts.attach import (
    file_view,
    local_files,
    normalise_url,
    preview_relay,
    render_in_background,
    report,
    store_file,
    title_from,
)
from tli_workbook.ui.artifacts.card import ArtifactCard
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.pages.record_cards import RecordCardsPage

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff);;All files (*)"


def open_url(url: QUrl) -> bool:
    """Hand a file or link to the desktop (a seam tests replace)."""
    return QDesktopServices.openUrl(url)


class ArtifactsPage(RecordCardsPage):
    kind = "artifacts"

    def __init__(self, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, lambda rec: ctx.store.upsert_artifact(ctx.workbook_id, rec), parent)
        self.windows: dict[tuple[str, str], QWidget] = {}
        self.saver.saved.connect(self._on_saved)
        self.saver.failed.connect(self._on_save_failed)
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.timeout.connect(self._refresh_stale_thumbs)
        self._stale_thumbs: set[str] = set()
        preview_relay().done.connect(self._preview_ready)
        purge_open_copies()

        self.body.addWidget(self._build_drop_zone())
        self.status = self.add_note("", "artifactStatus")
        self.body.addLayout(self.list_box)
        self.body.addStretch(1)
        inner = self.widget()
        inner.setAcceptDrops(True)
        inner.installEventFilter(self)
        for rec in self.store.artifacts(self.wid, self.part.id):
            self._add_card(rec)
        self._relayout()

    def _build_drop_zone(self) -> QFrame:
        zone = QFrame()
        zone.setObjectName("dropZone")
        zone.setStyleSheet(
            "QFrame#dropZone { border: 2px dashed #9aa9c2; border-radius: 8px;"
            " background: #f6f8fc; }"
        )
        lay = QHBoxLayout(zone)
        lay.setContentsMargins(16, 12, 16, 12)
        text = QLabel(
            "<b>Drop files here</b> (photos, screenshots, PDFs, documents, recordings) or"
        )
        text.setWordWrap(True)
        lay.addWidget(text, 1)
        self.add_btn = QPushButton("Add files…")
        self.add_btn.setObjectName("primary")
        self.add_btn.clicked.connect(self.pick_files)
        self.link_btn = QPushButton("Add website link…")
        self.link_btn.clicked.connect(self.add_link)
        lay.addWidget(self.add_btn)
        lay.addWidget(self.link_btn)
        self.drop_zone = zone
        return zone

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
                # Attach after the drop returns, so the source application is not kept waiting.
                QTimer.singleShot(0, lambda: self.attach_paths(paths))
                return True
        return super().eventFilter(obj, event)

    # ----- attaching -------------------------------------------------------------------------

    def pick_files(self) -> list[str]:
        paths = self.ctx.dialogs.open_files("Attach artifacts")
        return self.attach_paths(paths) if paths else []

    def attach_paths(self, paths: list[Path]) -> list[str]:
        """Attach files as new artifacts; tell the teacher about refusals and oddities in one
        message. Returns the ids of the new artifacts."""
        refused: list[str] = []
        notes: list[str] = []
        made: list[str] = []
        for path in paths:
            got = store_file(self.store, Path(path))
            notes.extend(got.notes)
            if got.refused:
                refused.append(got.refused)
                continue
            sha = got.sha256
            same = self._artifact_with_file(str(sha))
            if same is not None:
                notes.append(f"{Path(path).name} is already attached as {same}.")
                continue
            rec = {
                "part": self.part.id,
                "title": title_from(Path(path)),
                "filename": Path(path).name,
                "file": sha,
            }
            made.append(self._create(rec))
        if len(self.cards) > self.part.count > 0 and made:
            notes.append(
                f"This part asks for {self.part.count} different artifacts; there are now "
                f"{len(self.cards)}. Remove the ones you will not submit."
            )
        report(self.ctx.dialogs, refused, notes)
        return made

    def add_link(self) -> str | None:
        text, ok = self.ctx.dialogs.ask_text(
            "Add a website", "Address of the website (you can attach a screenshot after):"
        )
        if not ok or not text.strip():
            return None
        url = normalise_url(text)
        if url is None:
            self.ctx.dialogs.warning(
                "Not a web address",
                f"“{text.strip()[:200]}” does not look like a web address. Copy it from the "
                "browser's address bar (it starts with https://).",
            )
            return None
        host = urlparse(url).hostname or url
        return self._create({"part": self.part.id, "title": host, "url": url})

    def _create(self, rec: dict[str, Any]) -> str:
        uid = self.store.upsert_artifact(self.wid, rec)
        stored = next(a for a in self.store.artifacts(self.wid, self.part.id) if a["id"] == uid)
        self._add_card(stored)
        self._relayout()
        self.changed.emit()
        return uid

    def _artifact_with_file(self, sha: str) -> str | None:
        for n, card in enumerate(self.ordered(), 1):
            if card.record().get("file") == sha:
                return f"Artifact {n}"
        return None

    # ----- cards -----------------------------------------------------------------------------

    def _add_card(self, rec: dict[str, Any]) -> ArtifactCard:
        card = ArtifactCard(self.part, rec)
        card.edited.connect(self._queue)
        card.actionRequested.connect(self._on_action)
        card.moveRequested.connect(self.move_artifact)
        card.removeRequested.connect(self.remove_artifact)
        card.draftRequested.connect(self.draft_description)
        self._register(card)
        self._refresh_file(card)
        return card

    def _relayout(self) -> None:
        for card in self.ordered():
            self.list_box.removeWidget(card)
        cards = self.ordered()
        for n, card in enumerate(cards, 1):
            self.list_box.addWidget(card)
            card.set_number(n, len(cards), self.part.count)
        have, want = len(cards), self.part.count
        self.status.setText(
            f"{have} of {want} artifacts attached."
            if have <= want
            else f"{have} artifacts attached; this part asks for {want}."
        )

    def card(self, uid: str) -> ArtifactCard:
        return self.cards[uid]

    def _refresh_file(self, card: ArtifactCard) -> None:
        rec = card.record()
        view = file_view(self.store, rec)
        is_link = bool(rec.get("url"))
        card.set_file_text(view.text, view.kind, bool(rec.get("file")), is_link)
        if view.thumb is None or not card.thumb.show_picture(view.thumb):
            card.thumb.show_badge(view.media_type, rec.get("filename") or "", is_link)
        if view.pending and rec.get("file"):
            render_in_background(self.store, rec["file"])

    def _preview_ready(self, sha: str) -> None:
        for card in self.cards.values():
            if card.record().get("file") == sha:
                self._refresh_file(card)

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
            copy = make_open_copy(self.store.file_path(sha), rec.get("filename") or "", media)
        except (StoreError, OSError) as exc:
            self.ctx.dialogs.error("Could not open the file", f"A copy could not be made: {exc}")
            return None
        if not open_url(QUrl.fromLocalFile(str(copy))):
            self.ctx.dialogs.warning(
                "No application for this file",
                f"No application on this computer opens this kind of file. A copy is at:\n{copy}",
            )
        return copy

    def open_viewer(self, uid: str) -> QWidget | None:
        from tli_workbook.ui.artifacts.viewer import ArtifactViewer

        card = self.cards[uid]
        rec = card.record()
        if card.thumb.kind not in ("image", "pdf"):
            return None if not rec.get("file") else self.open_external(uid)  # type: ignore[return-value]
        win = ArtifactViewer(
            card.thumb.kind,
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
        if card.thumb.kind != "image":
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
            self.ctx.dialogs.warning("Cannot mark up this image", str(exc))
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
        for uid in list(self._stale_thumbs):
            if uid in self.cards:
                self._refresh_file(self.cards[uid])
        self._stale_thumbs.clear()

    def replace_file(self, uid: str) -> None:
        card = self.cards[uid]
        rec = card.record()
        is_shot = bool(rec.get("url")) and not rec.get("file")
        path = self.ctx.dialogs.open_file(
            "Attach a screenshot of the website" if is_shot else "Replace the attached file",
            IMAGE_FILTER if is_shot else "All files (*)",
        )
        if path is None:
            return
        if card.markup and not self.ctx.dialogs.confirm(
            "Replace the file?",
            "The highlights, arrows, callouts and redactions belong to the current image and "
            "will be removed. Replace the file?",
            "Replace",
        ):
            return
        got = store_file(self.store, Path(path))
        if got.refused:
            report(self.ctx.dialogs, [got.refused], got.notes)
            return
        card.update_record(file=got.sha256, filename=Path(path).name, markup=[])
        self._refresh_file(card)
        report(self.ctx.dialogs, [], got.notes)

    def draft_description(self, uid: str) -> None:
        card = self.cards[uid]
        draft = card.draft()
        if not draft:
            self.ctx.dialogs.info(
                "Nothing to draft from",
                "Fill in the fields above (date and time, participants, purpose...) first.",
            )
            return
        current = card.description.toPlainText().strip()
        if (
            current
            and current != draft
            and not self.ctx.dialogs.confirm(
                "Replace the description?",
                "The description already has text. Replace it with a draft made from the fields? "
                "(Ctrl+Z in the description brings your text back.)",
                "Replace",
            )
        ):
            return
        card.set_description(draft)

    def move_artifact(self, uid: str, delta: int) -> None:
        self._move(uid, delta)

    def remove_artifact(self, uid: str, confirm: bool = True) -> bool:
        card = self.cards[uid]
        title = card.record().get("title") or "this artifact"
        if confirm and not self.ctx.dialogs.confirm(
            "Remove artifact",
            f"Remove “{title}” and its annotation from this workbook? The original file on your "
            "computer is not affected.",
            "Remove",
        ):
            return False
        for key in [k for k in self.windows if k[0] == uid]:
            self.windows.pop(key).close()
        return self._remove(uid, lambda: self.store.delete_artifact(self.wid, uid), "the artifact")

    # ----- saving ----------------------------------------------------------------------------

    def _on_saved(self) -> None:
        self.changed.emit()

    def _on_save_failed(self, message: str) -> None:
        self.status.setText(f"⚠ Not saved yet: {message}")
