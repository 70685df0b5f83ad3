"""A simple viewer for an artifact: an image (as exported, or without markup) or a PDF's first
page, with zoom to fit or actual size. The PDF page is drawn, and the image decoded, scaled
and marked up, on the task runner behind a placeholder: a hostile or huge page can take seconds,
a 40-megapixel photo a good part of one."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.artifacts.thumbs import PreviewError, page_preview
from tli_workbook.ui.artifacts.markup_editor import EDIT_MAX_PX
from tli_workbook.ui.tasks import Task, runner


class ArtifactViewer(QWidget):
    """A window showing one artifact. `kind` is "image" or "pdf"."""

    def __init__(
        self,
        kind: str,
        path: Path,
        data_dir: Path,
        sha256: str,
        title: str,
        markup: list[dict[str, Any]] | None = None,
        on_open: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("artifactViewer")
        self.setWindowTitle(title or self.tr("Artifact"))
        self.resize(900, 700)
        self.kind, self.path, self.data_dir, self.sha256 = kind, path, data_dir, sha256
        self.markup = list(markup or [])
        self._pixmap = QPixmap()
        self._fit = True
        self.render_task: Task[Path] | None = None
        self.image_task: Task[QImage] | None = None
        self._image_generation = 0  # "Hide markup" toggled again: only the newest is shown

        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.fit_box = QCheckBox(self.tr("Fit to window"))
        self.fit_box.setChecked(True)
        self.fit_box.toggled.connect(self._set_fit)
        bar.addWidget(self.fit_box)
        self.original_box = QCheckBox(self.tr("Hide markup"))
        self.original_box.setToolTip(
            self.tr(
                "Show the image without highlights, arrows and callouts. "
                "Redactions are always kept."
            )
        )
        self.original_box.setVisible(kind == "image" and bool(self.markup))
        self.original_box.toggled.connect(lambda _on: self._load())
        bar.addWidget(self.original_box)
        bar.addStretch(1)
        if on_open is not None:
            open_btn = QPushButton(self.tr("Open with system application"))
            open_btn.clicked.connect(on_open)
            bar.addWidget(open_btn)
        lay.addLayout(bar)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(self.tr("Preview of {title}").format(title=title))
        self.scroll_area.setWidget(self.label)
        self.scroll_area.setWidgetResizable(True)
        lay.addWidget(self.scroll_area, 1)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        lay.addWidget(self.caption)
        self._load()

    def _load(self) -> None:
        if self.kind == "pdf":
            self._load_pdf()
            return
        marks = self.markup
        if self.original_box.isChecked():
            # Never un-redact on screen: a screenshot of the viewer must stay safe.
            marks = [m for m in marks if m.get("kind") == "redact"]
        self._image_generation += 1
        generation = self._image_generation
        self._pixmap = QPixmap()
        self.label.clear()
        self.label.setText(self.tr("Preparing the image…"))
        path = self.path
        self.image_task = runner().run(
            lambda _task: _prepared_image(path, marks),
            lambda image: self._image_ready(generation, image),
            label=self.tr("preparing the image"),
            owner=self,
            on_failure=lambda exc: self._image_failed(generation, exc),
        )

    def _image_ready(self, generation: int, image: QImage) -> None:
        if generation != self._image_generation:
            return
        self._pixmap = QPixmap.fromImage(image)
        self.label.setText("")
        self.caption.setText(self.tr("Shown as the packet will contain it.") if self.markup else "")
        self._show()

    def _image_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._image_generation:
            return
        self._pixmap = QPixmap()
        self.label.setText(
            str(exc) if isinstance(exc, PreviewError) else self.tr("No preview of this image.")
        )

    def _load_pdf(self) -> None:
        self.label.setText(self.tr("Drawing the first page…"))
        self.caption.setText(self.tr("First page of the PDF. Open it to see every page."))
        data_dir, path, sha = self.data_dir, self.path, self.sha256
        self.render_task = runner().run(
            lambda _task: page_preview(data_dir, path, sha),
            self._pdf_drawn,
            label=self.tr("drawing the first page"),
            owner=self,
            on_failure=self._pdf_failed,
        )

    def _pdf_drawn(self, png: Path) -> None:
        self._pixmap = QPixmap(str(png))
        if self._pixmap.isNull():
            self.label.setText(self.tr("The first page could not be shown."))
            return
        self.label.setText("")
        self._show()

    def _pdf_failed(self, exc: BaseException) -> None:
        self._pixmap = QPixmap()
        self.label.setText(
            str(exc) if isinstance(exc, PreviewError) else self.tr("No preview of this PDF.")
        )

    def _set_fit(self, on: bool) -> None:
        self._fit = on
        self.scroll_area.setWidgetResizable(on)
        self._show()

    def _show(self) -> None:
        if self._pixmap.isNull():
            return
        if self._fit:
            area = self.scroll_area.viewport().size()
            pix = self._pixmap.scaled(
                area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        else:
            pix = self._pixmap
        self.label.setPixmap(pix)
        if not self._fit:
            self.label.resize(pix.size())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fit:
            self._show()


def _prepared_image(path: Path, marks: list[dict[str, Any]]) -> QImage:
    """On a worker: the image as the packet renders it (oriented, scaled, markup burned in) as
    a QImage (which, unlike a QPixmap, may be made off the GUI thread)."""
    from tli_workbook.artifacts.thumbs import image_preview

    im = image_preview(path, marks, EDIT_MAX_PX)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    image = QImage.fromData(buf.getvalue())
    if image.isNull():
        raise PreviewError(
            QCoreApplication.translate("ArtifactViewer", "The image could not be shown.")
        )
    return image
