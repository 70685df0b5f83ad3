"""The help window: the user guide in a text browser, a contents list and a search box."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.ui.help.guide import START, help_dir, sections, whole_guide_markdown

log = logging.getLogger(__name__)

AnchorRole = Qt.ItemDataRole.UserRole


class HelpWindow(QWidget):
    """One window for the whole app; show_section() brings it up at a section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("TLI Workbook user guide"))
        self.resize(1180, 760)
        self.sections = sections()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the guide"))
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setAccessibleName(self.tr("Contents"))
        for s in self.sections:
            item = QListWidgetItem(s.title)
            item.setData(AnchorRole, s.anchor)
            self.contents.addItem(item)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(help_dir())])
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.contents)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 740])
        lay = QHBoxLayout(self)
        lay.addWidget(split)
        self.current_anchor = ""
        self.contents.currentItemChanged.connect(self._on_contents)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._find_next)
        self.browser.sourceChanged.connect(self._on_source)

    def show_section(self, anchor: str = START) -> None:
        known = {s.anchor for s in self.sections}
        anchor = anchor if anchor in known else START
        self._load(anchor)
        self.show()
        self.raise_()
        self.activateWindow()

    def heading(self) -> str:
        """The first heading on screen (the section's title)."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                return block.text()
            block = block.next()
        return ""

    def _load(self, anchor: str) -> None:
        section = next(s for s in self.sections if s.anchor == anchor)
        if self.browser.source().toLocalFile() != str(section.path):
            self.browser.setSource(
                QUrl.fromLocalFile(str(section.path)), QTextDocument.ResourceType.MarkdownResource
            )
        self._mark(anchor)

    def _mark(self, anchor: str) -> None:
        self.current_anchor = anchor
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(AnchorRole) == anchor and self.contents.currentItem() is not item:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
        term = self.search.text().strip()
        if term:
            self.browser.find(term)

    def _on_source(self, url: QUrl) -> None:
        # A link inside the guide to another section moves the contents list too.
        stem = Path(url.toLocalFile()).stem
        if stem and stem != self.current_anchor:
            self._mark(stem)

    def _on_contents(self, item: QListWidgetItem | None, _prev: object) -> None:
        if item is not None:
            self._load(str(item.data(AnchorRole)))

    def _on_search(self, text: str) -> None:
        """Show only the sections holding every word typed (the guide is small: read it all)."""
        words = text.lower().split()
        first = None
        for row, s in enumerate(self.sections):
            hit = all(w in s.text().lower() for w in words)
            self.contents.item(row).setHidden(not hit)
            if hit and first is None:
                first = s.anchor
        if words and first is not None and first != self.current_anchor:
            shown = self.contents.currentItem()
            if shown is None or shown.isHidden():
                self._load(first)
        if words:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(words[0])

    def _find_next(self) -> None:
        words = self.search.text().split()
        if words and not self.browser.find(words[0]):
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(words[0])


PDF_PICTURE_WIDTH = 480  # QTextDocument prints in points: the text is ~500 pt wide


def _section_per_page(doc: QTextDocument) -> None:
    """Each top-level heading starts a new page, as a printed manual's sections do."""
    block = doc.begin().next()
    while block.isValid():
        if block.blockFormat().headingLevel() == 1:
            cursor = QTextCursor(block)
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(fmt)
        block = block.next()


def write_guide_pdf(path: Path, paper: str = "Letter") -> Path:
    """The whole guide as a PDF. Runs on the task runner (laying out the pictures takes a
    moment); only QtGui is used, which Qt allows outside the GUI thread."""
    doc = QTextDocument()
    markdown = whole_guide_markdown()
    doc.setMarkdown(markdown)  # clears the document's resources: pictures go in after
    # A bare QTextDocument does not read pictures from disk: hand them over, scaled to the
    # text width.
    for name in sorted(set(re.findall(r"\]\((images/[^)]+)\)", markdown))):
        image = QImage(str(help_dir() / name))
        if image.isNull():
            log.warning("help picture %s cannot be read", name)
            continue
        if image.width() > PDF_PICTURE_WIDTH:
            image = image.scaledToWidth(
                PDF_PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation
            )
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    _section_per_page(doc)
    writer = QPdfWriter(str(path))
    writer.setTitle(QCoreApplication.translate("HelpWindow", "TLI Workbook user guide"))
    writer.setCreator("TLI Workbook")
    size = QPageSize.PageSizeId.A4 if paper == "A4" else QPageSize.PageSizeId.Letter
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(96)
    doc.print_(writer)
    del writer  # the file is finished when the writer goes
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"The guide could not be written to {path}.")
    return path
