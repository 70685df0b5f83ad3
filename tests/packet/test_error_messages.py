"""The export's error sentences point the teacher at the right cause."""

from __future__ import annotations

import errno
from pathlib import Path

from tli_workbook.packet.errors import os_error_message


def test_missing_destination_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "packet.pdf"
    exc = FileNotFoundError(errno.ENOENT, "No such file or directory", str(target))
    assert "folder for" in os_error_message(exc, target)


def test_missing_file_of_the_app_does_not_blame_the_folder(tmp_path: Path) -> None:
    # A frozen bundle without python-docx's templates raised exactly this while writing a DOCX
    # into an existing folder; the teacher was told the folder did not exist.
    target = tmp_path / "packet.docx"
    template = "/bundle/_internal/docx/parts/../templates/default-styles.xml"
    exc = FileNotFoundError(errno.ENOENT, "No such file or directory", template)
    msg = os_error_message(exc, target)
    assert "does not exist" not in msg
    assert "Reinstall" in msg and "your work is safe" in msg
