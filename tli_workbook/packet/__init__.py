"""The submission packet: one neutral document, written as DOCX and PDF, plus the upload kit.

Importing this package is cheap: python-docx, reportlab and Pillow load only when an export
runs, so application start-up does not pay for them.

    from tli_workbook.packet import export_packet, PacketOptions, ExportError
    export_packet(snapshot, credential, store.file_path, docx=..., pdf=..., upload_kit=...)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tli_workbook.lazy_names import lazy_names
from tli_workbook.packet import shaping as _shaping
from tli_workbook.packet.errors import ExportCancelled, ExportError, ImageError

# Before anything imports reportlab's text module: it looks for its bidi step once, at import.
_shaping.install()

if TYPE_CHECKING:
    from tli_workbook.packet.builder import PacketOptions, build_document
    from tli_workbook.packet.export import export_packet, export_upload_kit
    from tli_workbook.packet.images import prepare_image

_LAZY = {
    "PacketOptions": "tli_workbook.packet.builder",
    "build_document": "tli_workbook.packet.builder",
    "export_packet": "tli_workbook.packet.export",
    "export_upload_kit": "tli_workbook.packet.export",
    "prepare_image": "tli_workbook.packet.images",
}

__all__ = [
    "ExportCancelled",
    "ExportError",
    "ImageError",
    "PacketOptions",
    "build_document",
    "export_packet",
    "export_upload_kit",
    "prepare_image",
]


__getattr__ = lazy_names(__name__, _LAZY)
