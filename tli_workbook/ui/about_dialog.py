"""About and credits: the app, and each credential's source, revision and licence."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from tli_workbook import __version__
from tli_workbook.definitions import Catalog

#: Every library the app uses at run time, with its licence (shown in About and credits).
RUNTIME_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("PySide6-Essentials", "Qt for Python, LGPL-3.0"),  # notr: a product and licence name
    ("SQLAlchemy", "MIT"),
    ("alembic", "MIT"),
    ("python-docx", "MIT"),
    ("python-pptx", "MIT"),
    ("reportlab", "BSD"),
    ("uharfbuzz", "Apache-2.0 (HarfBuzz: MIT)"),
    ("python-bidi", "LGPL-3.0"),
    ("pypdf", "BSD-3-Clause"),
    ("pypdfium2", "Apache-2.0 or BSD-3-Clause (PDFium: BSD-3-Clause)"),
    ("Pillow", "MIT-CMU"),
    ("pyspellchecker", "MIT"),
    ("rapidocr-onnxruntime", "Apache-2.0"),
    ("onnxruntime", "MIT"),
    ("numpy", "BSD-3-Clause"),
    ("platformdirs", "MIT"),
    ("PyYAML", "MIT"),
)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def credits_html(catalog: Catalog) -> str:
    parts = [
        f"<h2>TLI Workbook {__version__}</h2>",
        QCoreApplication.translate(
            "About",
            "<p>An offline workbook for earning a teacher-leadership micro-credential. Your work "
            "stays on this computer; the app never connects to the internet.</p>",
        ),
        QCoreApplication.translate("About", "<h3>Credential texts</h3>"),
        QCoreApplication.translate(
            "About",
            "<p>The prompts, limits and rubrics shown in this app come from the credential "
            "documents below, presented for your personal, non-commercial use as you prepare a "
            "submission. The app ships no text from the NEA Teacher Leadership Competencies "
            "booklet: you type your own core belief/theme.</p>",
        ),
    ]
    for c in catalog:
        a = c.attribution
        parts.append(
            QCoreApplication.translate(
                "About",
                "<p><b>{title}</b> — {issuer}<br>Source: {source}<br>"
                "Revised: {revised} · Licence: {licence}",
            ).format(
                title=_esc(c.title),
                issuer=_esc(c.issuer),
                source=_esc(a.source),
                revised=_esc(a.revised or QCoreApplication.translate("About", "not stated")),
                licence=_esc(a.licence),
            )
            + (f"<br><i>{_esc(a.note)}</i>" if a.note else "")
            + "</p>"
        )
    parts.append(
        QCoreApplication.translate(
            "About",
            "<h3>Where the app supplies something</h3><p>Where a credential's documents do not "
            "give a template or a scale's labels, the app supplies its own and marks it as the "
            "app's, never as the credential's.</p>",
        )
    )
    parts.append(QCoreApplication.translate("About", "<h3>Built with</h3>") + "<ul>")
    for name, licence in RUNTIME_LIBRARIES:
        parts.append(f"<li>{_esc(name)} {_esc(_version(name))} — {_esc(licence)}</li>")
    parts.append("</ul>")
    parts.append(
        QCoreApplication.translate(
            "About",
            "<h3>Fonts</h3><p>DejaVu Sans (Bitstream Vera licence), a subset of Droid Sans "
            "Fallback for Chinese and Japanese (Apache-2.0) and a subset of Symbola for emoji "
            "(free for any use); their licence files are in the app's <i>resources/fonts</i> "
            "folder.</p>"
            "<h3>Licence</h3><p>TLI Workbook is free software under the MIT licence. The "
            "credential and guidebook texts keep their publishers' terms (Creative Commons "
            "BY-NC-ND 4.0 where stated).</p>",
        )
    )
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About TLI Workbook"))
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
