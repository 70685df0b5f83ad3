"""Errors the packet raises; each message is fit to show the teacher as is."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


class ExportError(Exception):
    """The packet could not be written; str(error) says why in plain words."""


class ExportCancelled(ExportError):
    """The progress callback asked to stop. Nothing was written."""

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message
            or QCoreApplication.translate(
                "PacketErrors", "Export cancelled. No files were written."
            )
        )


class ImageError(ExportError):
    """An image could not be prepared for the packet."""


def os_error_message(exc: OSError, target: Path | str) -> str:
    """A plain sentence for an OSError met while writing `target`."""
    where = str(target)
    if exc.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "PacketErrors", "The disk is full: there is not enough free space to save {where}."
        ).format(where=where)
    if exc.errno == errno.EDQUOT:
        return QCoreApplication.translate(
            "PacketErrors", "Your disk quota is used up: there is not enough space to save {where}."
        ).format(where=where)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate(
            "PacketErrors", "You do not have permission to save in {where}. Choose another folder."
        ).format(where=where)
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        missing = Path(exc.filename) if exc.filename else None
        if missing is not None and Path(target).parent.is_dir() and missing != Path(target):
            # The destination is fine: a file the app itself needs is missing (a damaged
            # install). Pointing the teacher at their folder would send them the wrong way.
            log.error("Missing file of the app while writing %s: %s", where, missing)
            return QCoreApplication.translate(
                "PacketErrors",
                "Could not save {where}: a file that TLI Workbook needs is missing from "
                "its installation. Reinstall the app; your work is safe.",
            ).format(where=where)
        return QCoreApplication.translate(
            "PacketErrors", "The folder for {where} does not exist. Choose another folder."
        ).format(where=where)
    reason = exc.strerror or str(exc)
    return QCoreApplication.translate("PacketErrors", "Could not save {where}: {reason}.").format(
        where=where, reason=reason
    )
