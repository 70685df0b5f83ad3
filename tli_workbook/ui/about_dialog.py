"""About and credits: the app, and each credential's source, revision and licence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from tli_workbook import __version__
from tli_workbook.definitions import Catalog


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def credits_html(catalog: Catalog) -> str:
    parts = [
        f"<h2>TLI Workbook {__version__}</h2>",
        "<p>An offline workbook for earning a teacher-leadership micro-credential. Your work "
        "stays on this computer; the app never connects to the internet.</p>",
        "<h3>Credential texts</h3>",
        "<p>The prompts, limits and rubrics shown in this app come from the credential "
        "documents below, presented for your personal, non-commercial use as you prepare a "
        "submission. The app ships no text from the NEA Teacher Leadership Competencies "
        "booklet: you type your own core belief/theme.</p>",
    ]
    for c in catalog:
        a = c.attribution
        parts.append(
            f"<p><b>{_esc(c.title)}</b> — {_esc(c.issuer)}<br>Source: {_esc(a.source)}<br>"
            f"Revised: {_esc(a.revised or 'not stated')} · Licence: {_esc(a.licence)}"
            + (f"<br><i>{_esc(a.note)}</i>" if a.note else "")
            + "</p>"
        )
    parts.append(
        "<h3>Built with</h3><p>Qt for Python (PySide6, LGPL), SQLAlchemy and Alembic (MIT), "
        "python-docx (MIT), ReportLab (BSD), Pillow (HPND), pyspellchecker (MIT), "
        "platformdirs (MIT), PyYAML (MIT), DejaVu fonts.</p>"
    )
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About TLI Workbook")
        self.resize(620, 560)
        lay = QVBoxLayout(self)
        area = QScrollArea()
        area.setWidgetResizable(True)
        self.text = QLabel(credits_html(catalog))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setContentsMargins(8, 8, 8, 8)
        area.setWidget(self.text)
        lay.addWidget(area)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.rejected.connect(self.reject)
        bb.accepted.connect(self.accept)
        lay.addWidget(bb)
