"""Card thumbnails: a picture for images and PDFs, a type badge for everything else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QToolButton, QWidget

from tli_workbook.artifacts.sniff import describe
from tli_workbook.ui import theme

SIZE = QSize(168, 126)


def _style_icon(media_type: str, is_link: bool) -> QIcon:
    sp = QStyle.StandardPixmap
    if is_link:
        pixmap = sp.SP_DriveNetIcon
    elif media_type.startswith(("video/", "audio/")):
        pixmap = sp.SP_MediaPlay
    elif media_type.startswith("image/"):
        pixmap = sp.SP_FileDialogContentsView
    elif media_type.startswith("text/") or "document" in media_type or "msword" in media_type:
        pixmap = sp.SP_FileDialogDetailedView
    else:
        pixmap = sp.SP_FileIcon
    return QApplication.style().standardIcon(pixmap)


def type_badge(media_type: str, filename: str = "", is_link: bool = False) -> QPixmap:
    """A drawn placeholder: the platform's icon for the kind of file, and its extension."""
    ratio = 2.0
    pix = QPixmap(SIZE * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1, 1, SIZE.width() - 2, SIZE.height() - 2)
    p.setPen(QPen(theme.qcolor("thumb.line"), 1))
    p.setBrush(theme.qcolor("thumb.fill"))
    p.drawRoundedRect(rect, 8, 8)
    icon = _style_icon(media_type, is_link).pixmap(QSize(48, 48))
    p.drawPixmap(int(rect.center().x() - 24), 22, icon)
    ext = Path(filename).suffix.lstrip(".").upper()[:6]
    label = (
        QCoreApplication.translate("ArtifactThumbnail", "WEBSITE")
        if is_link and not filename
        else (ext or describe(media_type).upper())
    )
    font = QFont()
    font.setBold(True)
    font.setPointSizeF(9.5)
    p.setFont(font)
    p.setPen(theme.qcolor("thumb.text"))
    p.drawText(QRectF(4, 80, rect.width() - 8, 36), Qt.AlignmentFlag.AlignHCenter, label[:24])
    p.end()
    return pix


class ThumbnailButton(QToolButton):
    """A clickable thumbnail (opens the viewer)."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("artifactThumb")
        self.setFixedSize(SIZE + QSize(8, 8))
        self.setIconSize(SIZE)
        self.setAutoRaise(True)
        self.clicked.connect(self.activated)
        self.kind = "file"

    def show_picture(self, path: Path) -> bool:
        pix = QPixmap(str(path))
        if pix.isNull():
            return False
        self.setIcon(
            QIcon(
                pix.scaled(
                    SIZE * 2,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        )
        return True

    def show_image(self, image: QImage) -> bool:
        """A picture already scaled for the card (attach.card_picture, made off the GUI
        thread): only turned into a pixmap here."""
        if image.isNull():
            return False
        self.setIcon(QIcon(QPixmap.fromImage(image)))
        return True

    def show_badge(self, media_type: str, filename: str, is_link: bool = False) -> None:
        self.setIcon(QIcon(type_badge(media_type, filename, is_link)))
