"""file editor: attach documents (PDF, Word, images) to a form answer.

A picked file is copied into the store (content-addressed, so the teacher may move or delete
the original); the answer holds only references: [{"file": sha256, "name", "media_type"}].
"Open" opens a temporary read-only COPY, so nothing an external program does can change the
stored file.
"""

from __future__ import annotations

import functools
import mimetypes
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tli_workbook.definitions.model import Field
from tli_workbook.store import StoreError
from tli_workbook.text.display_names import clean_name, display_name
from tli_workbook.ui.forms.base import FieldEditor, FormContext
from tli_workbook.ui.forms.fields_table import discard, tool_button

_SHA = re.compile(r"^[0-9a-f]{64}$")
# `accept` words of the definitions format -> (description, extensions)
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "pdf": ("PDF", (".pdf",)),  # notr: a file format's name
    "docx": (str(QT_TRANSLATE_NOOP("FileEditor", "Word document")), (".docx", ".doc")),
    "image": (
        str(QT_TRANSLATE_NOOP("FileEditor", "Image")),
        (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"),
    ),
}
EXTRA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".webp": "image/webp",
}


def accepted(field: Field) -> list[tuple[str, tuple[str, ...]]]:
    """The kinds a field accepts; an unknown word is read as a file extension."""
    out = []
    for word in field.accept:
        w = word.lower().lstrip(".")
        desc, exts = KINDS.get(w, (w.upper(), (f".{w}",)))
        out.append((QCoreApplication.translate("FileEditor", desc), exts))
    return out


def file_filter(field: Field) -> str:
    kinds = accepted(field)
    if not kinds:
        return QCoreApplication.translate("FileEditor", "All files (*)")
    exts = [e for _d, es in kinds for e in es]
    patterns = " ".join("*" + e for e in exts)
    parts = [
        QCoreApplication.translate("FileEditor", "Accepted files ({patterns})").format(
            patterns=patterns
        )
    ]
    parts += [f"{d} ({' '.join('*' + e for e in es)})" for d, es in kinds]
    return ";;".join(parts)


def media_type(path: Path) -> str:
    ext = path.suffix.lower()
    return EXTRA_TYPES.get(ext) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def human_size(size: Any) -> str:
    if not isinstance(size, int):
        return ""
    if size < 1024:
        return QCoreApplication.translate("FileEditor", "{size} bytes").format(size=size)
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def open_url(url: QUrl) -> bool:
    """Hand a file to the desktop (a seam tests replace)."""
    return QDesktopServices.openUrl(url)


def _safe_name(name: str) -> str:
    clean = "".join(c if c.isalnum() or c in " ._-()" else "_" for c in name).strip(" .")
    return clean[:120] or "attachment"


class FileEditor(FieldEditor):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.refs: list[dict[str, Any]] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(4)
        lay.addLayout(self.list_box)
        bar = QHBoxLayout()
        self.attach_btn = QPushButton(self.tr("Attach a file…"))
        self.attach_btn.setAccessibleName(
            self.tr("Attach a file to {label}").format(label=field.label)
        )
        self.attach_btn.clicked.connect(self.attach)
        bar.addWidget(self.attach_btn)
        kinds = accepted(field)
        if kinds:
            hint = QLabel(
                self.tr("Accepted: {kinds}").format(kinds=", ".join(d for d, _e in kinds))
            )
            hint.setObjectName("fieldHelp")
            bar.addWidget(hint)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.rows: list[QFrame] = []
        self._rebuild()

    # ----- actions ---------------------------------------------------------------------------

    def attach(self) -> None:
        path = self.ctx.dialogs.open_file(
            self.tr("Attach: {label}").format(label=self.field.label), file_filter(self.field)
        )
        if path is None:
            return
        exts = [e for _d, es in accepted(self.field) for e in es]
        if exts and path.suffix.lower() not in exts:
            self.ctx.dialogs.warning(
                self.tr("File type not accepted"),
                self.tr(
                    "“{name}” is not one of the accepted kinds of file ({kinds}). Save it as one "
                    "of these and attach it again."
                ).format(
                    name=display_name(path.name),
                    kinds=", ".join(d for d, _e in accepted(self.field)),
                ),
            )
            return
        kind = media_type(path)
        try:
            sha = self.ctx.store.add_file(path, kind)
        except StoreError as exc:
            self.ctx.dialogs.warning("Could not attach the file", str(exc))
            return
        except OSError as exc:
            self.ctx.dialogs.warning(
                self.tr("Could not attach the file"),
                self.tr("“{name}” could not be read: {reason}.").format(
                    name=display_name(path.name), reason=exc.strerror or exc
                ),
            )
            return
        self.refs.append({"file": sha, "name": clean_name(path.name), "media_type": kind})
        self._rebuild()
        self.changed.emit()
        self.attach_btn.setFocus()

    def remove(self, index: int) -> None:
        if not 0 <= index < len(self.refs):
            return
        name = self.refs[index].get("name") or self.tr("this file")
        if not self.ctx.dialogs.confirm(
            self.tr("Remove attachment"),
            self.tr(
                "Remove “{name}” from this answer? (The file on your computer is not touched.)"
            ).format(name=name),
            self.tr("Remove"),
        ):
            return
        del self.refs[index]
        self._rebuild()
        self.changed.emit()
        self.attach_btn.setFocus()

    def _open_quietly(self, index: int) -> None:
        self.open(index)

    def open(self, index: int) -> Path | None:
        """Open a temporary copy; returns its path (None when the stored file is missing)."""
        if not 0 <= index < len(self.refs):
            return None
        ref = self.refs[index]
        try:
            src = self.ctx.store.file_path(str(ref.get("file")))
        except StoreError:
            src = None
        if src is None or not src.exists():
            self.ctx.dialogs.warning(
                self.tr("File missing"),
                self.tr("This attachment is no longer in the workbook's data folder."),
            )
            return None
        from tli_workbook.artifacts.opening import make_open_copy, open_copies_root

        try:
            # In the data folder, never the system temp folder (the teacher's file).
            copy = make_open_copy(
                src,
                _safe_name(str(ref.get("name") or src.name)),
                "",
                open_copies_root(self.ctx.store.data_dir),
            )
        except OSError as exc:
            self.ctx.dialogs.warning(
                self.tr("Could not open the file"),
                self.tr("A copy could not be made: {reason}.").format(reason=exc.strerror or exc),
            )
            return None
        if not open_url(QUrl.fromLocalFile(str(copy))):
            self.ctx.dialogs.warning(
                self.tr("Could not open the file"),
                self.tr("No program on this computer opened “{name}”. A copy is at {path}.").format(
                    name=display_name(copy.name), path=display_name(copy, 120)
                ),
            )
        return copy

    # ----- view ------------------------------------------------------------------------------

    def _info(self, ref: dict[str, Any]) -> dict[str, Any] | None:
        sha = ref.get("file")
        if not isinstance(sha, str) or not _SHA.match(sha):
            return None
        try:
            info = self.ctx.store.file_info(sha)
            return info if self.ctx.store.file_path(sha).exists() else None
        except StoreError:
            return None

    def _rebuild(self) -> None:
        for row in self.rows:
            self.list_box.removeWidget(row)
            discard(row)
        self.rows = []
        for i, ref in enumerate(self.refs):
            full = display_name(ref.get("name") or self.tr("attachment"), None)
            name = display_name(ref.get("name") or self.tr("attachment"))
            info = self._info(ref)
            row = QFrame()
            row.setObjectName("fileRow")
            row.setAccessibleName(self.tr("Attached file {name}").format(name=name))
            h = QHBoxLayout(row)
            h.setContentsMargins(10, 4, 6, 4)
            label = QLabel(name)
            label.setObjectName("fileName")
            label.setWordWrap(True)
            label.setToolTip(full)
            h.addWidget(label, 1)
            size = QLabel(
                human_size(info["size"]) if info else self.tr("missing from this workbook")
            )
            size.setObjectName("fieldHelp" if info else "fieldWarning")
            h.addWidget(size)
            open_btn = tool_button(
                self.tr("Open"),
                self.tr("Open a copy of {name}").format(name=name),
                functools.partial(self._open_quietly, i),
            )
            open_btn.setEnabled(info is not None)
            h.addWidget(open_btn)
            h.addWidget(
                tool_button(
                    self.tr("Remove"),
                    self.tr("Remove {name}").format(name=name),
                    functools.partial(self.remove, i),
                )
            )
            self.list_box.addWidget(row)
            row.show()
            self.rows.append(row)
        self.attach_btn.setText(
            self.tr("Attach another file…") if self.refs else self.tr("Attach a file…")
        )

    # ----- value -----------------------------------------------------------------------------

    def value(self) -> Any:
        return [dict(r) for r in self.refs]

    def set_value(self, value: Any) -> None:
        refs = []
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict) and isinstance(item.get("file"), str):
                ref = {"file": item["file"], "name": str(item.get("name") or "attachment")}
                ref["media_type"] = str(item.get("media_type") or "application/octet-stream")
                refs.append(ref)
        self.refs = refs
        self._rebuild()

    def focus_editor(self) -> None:
        self.attach_btn.setFocus()
