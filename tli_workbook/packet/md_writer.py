"""Writes the neutral document as Markdown (CommonMark with GitHub tables and task lists).

Pictures are written beside the Markdown file in `<name>_files/` and linked relatively, so the
folder opens in any Markdown viewer. User text is escaped: a teacher's "*" or "#" prints as
typed, never as formatting.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import IO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook.packet.document import (
    BulletList,
    Cell,
    CircleMapFigure,
    Cover,
    Document,
    EvidencePage,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Run,
    Spacer,
    Table,
    VectorFigure,
    clean_text,
)
from tli_workbook.packet.progress import Progress
from tli_workbook.packet.writer import CIRCLE_MAP_MISSING, Target, Writer, table_columns

log = logging.getLogger(__name__)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(\s)", re.MULTILINE)


def escape_md(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", clean_text(text))


def _not_a_list(text: str) -> str:
    """A paragraph that starts like "1. " or "- " would become a list item."""

    def fix(m: re.Match[str]) -> str:
        mark = m.group(2)
        mark = f"\\{mark}" if mark in "-+" else f"{mark[:-1]}\\{mark[-1]}"
        return f"{m.group(1)}{mark}{m.group(3)}"

    return _LINE_START.sub(fix, text)


def _runs(runs: list[Run]) -> str:
    out = []
    for r in runs:
        text = escape_md(r.text)
        core = text.strip()
        if not core or not (r.bold or r.italic):
            out.append(text)
            continue
        lead = text[: len(text) - len(text.lstrip())]
        tail = text[len(text.rstrip()) :]
        mark = "***" if r.bold and r.italic else "**" if r.bold else "*"
        out.append(f"{lead}{mark}{core}{mark}{tail}")
    # A line break inside a paragraph: two spaces at the end of the line.
    return "".join(out).replace("\n", "  \n")


class MarkdownWriter(Writer):
    activity = str(QT_TRANSLATE_NOOP("Packet", "Writing the Markdown file"))

    def __init__(
        self,
        doc: Document,
        page: str = "letter",
        progress: Progress | None = None,
        files_dir: Path | None = None,
        save: Callable[[Path, bytes], None] | None = None,
    ) -> None:
        super().__init__(doc, page, progress)
        self.files_dir = files_dir  # where pictures go; None: captions only
        self.save = save or _save
        self.parts: list[str] = []
        self._n = 0

    def emit(self, text: str) -> None:
        self.parts.append(text.rstrip("\n") + "\n")
        self.started = True

    def cover(self, c: Cover) -> None:
        self.emit(f"# {escape_md(c.title)}")
        self.emit(f"*{escape_md(c.subtitle)}*")
        self.emit("\n".join(f"**{escape_md(k)}:** {escape_md(v)}  " for k, v in c.lines))
        if c.statement:
            competency = QCoreApplication.translate("Packet", "Competency")
            self.emit(f"**{competency}**\n\n> {escape_md(c.statement)}")

    def toc(self, entries: list[Heading]) -> None:
        lines = ["## " + QCoreApplication.translate("Packet", "Contents"), ""]
        for h in entries:
            indent = "  " * (h.level - 1)
            target = f"#{h.anchor}" if h.anchor else ""
            text = escape_md(h.text)
            lines.append(f"{indent}- [{text}]({target})" if target else f"{indent}- {text}")
        self.emit("\n".join(lines))

    def heading(self, h: Heading) -> None:
        level = self.heading_level(h) + (1 if self.doc.cover is not None else 0)
        anchor = f'<a id="{h.anchor}"></a>\n' if h.anchor else ""
        self.emit(f"{anchor}{'#' * min(6, level)} {escape_md(h.text)}")

    def paragraph(self, block: Paragraph) -> None:
        text = _not_a_list(_runs(block.runs))
        if not text.strip():
            return
        if block.style in ("prompt", "quote"):
            self.emit("\n".join(f"> {line}" for line in text.split("\n")))
        elif block.style in ("note", "caption", "meta") and not any(r.italic for r in block.runs):
            self.emit(f"*{text.strip()}*")
        elif block.style in ("label", "lead", "banner") and not any(r.bold for r in block.runs):
            self.emit(f"**{text.strip()}**")
        else:
            self.emit(text)

    def bullets(self, block: BulletList) -> None:
        indent = "  " * block.level
        prefix = "> " if block.style == "prompt" else ""
        lines = []
        for i, item in enumerate(block.items):
            box = ""
            if block.checked is not None:
                box = "[x] " if i < len(block.checked) and block.checked[i] else "[ ] "
            lines.append(f"{prefix}{indent}- {box}{_runs(item)}")
        self.emit("\n".join(lines))

    def _cell(self, c: Cell | str) -> str:
        runs = c.all_runs() if isinstance(c, Cell) else [Run(c)]
        text = _runs(runs).replace("  \n", "<br>").replace("\n", "<br>")
        return text.replace("\u00a0", " ").strip() or " "

    def table(self, block: Table) -> None:
        n = table_columns(block)
        if n == 0:
            return
        header = block.header or [""] * n
        lines = ["| " + " | ".join(self._cell(h) for h in header) + " |"]
        lines.append("|" + "|".join(" --- " for _ in range(n)) + "|")
        for row in block.rows:
            cells = [row[i] if i < len(row) else Cell("") for i in range(n)]
            lines.append("| " + " | ".join(self._cell(c) for c in cells) + " |")
        self.emit("\n".join(lines))
        if block.caption:
            self.emit(f"*{escape_md(block.caption)}*")

    def _link_picture(self, data: bytes | Path, suffix: str, caption: str) -> None:
        alt = escape_md(caption or QCoreApplication.translate("Packet", "Picture"))
        if self.files_dir is None:
            self.emit(f"*[{alt}]*")
            return
        self._n += 1
        name = f"figure-{self._n:02d}{suffix}"
        self.save(self.files_dir / name, data.read_bytes() if isinstance(data, Path) else data)
        self.emit(f"![{alt}]({self.files_dir.name}/{name})")
        if caption:
            self.emit(f"*{escape_md(caption)}*")

    def image(self, block: Image) -> None:
        self._link_picture(block.path, block.path.suffix or ".png", block.caption)

    def circle_map(self, block: CircleMapFigure) -> None:
        try:
            from tli_workbook.circlemap.export import png_bytes
        except ImportError:
            missing = QCoreApplication.translate("Packet", CIRCLE_MAP_MISSING)
            self.emit(f"*{missing}*")
            return
        png = png_bytes(block.map_data, block.ring_labels, block.width_in, dpi=150)
        self._link_picture(png, ".png", block.caption)

    def vector_figure(self, block: VectorFigure) -> None:
        from tli_workbook.circlemap.export import display_png

        png = display_png(block.display, min(block.width_in, 8.0), dpi=150)
        self._link_picture(png, ".png", block.caption)

    def evidence_page(self, block: EvidencePage) -> None:
        """A page of an attached PDF: its caption and where the assessor finds it."""
        self.emit(f"**{escape_md(block.caption)}**")
        note = QCoreApplication.translate(
            "Packet", "This page of the attached PDF is in the PDF packet and the upload kit."
        )
        self.emit(f"*{note}*")

    def page_break(self, block: PageBreak) -> None:
        if self.started:
            self.emit("---")

    def spacer(self, block: Spacer) -> None:
        pass  # Markdown has its own spacing

    def text(self) -> str:
        return "\n".join(self.parts)

    def finish(self, target: Target) -> None:
        data = self.text().encode("utf-8")
        if isinstance(target, Path):
            target.write_bytes(data)
        else:
            target.write(data)
        self.progress(1.0, QCoreApplication.translate("Packet", "Markdown written"))


def _save(dest: Path, data: bytes) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(data)


def files_dir_for(md: Path) -> Path:
    """The pictures folder beside a Markdown file: packet.md -> packet_files/."""
    return md.with_name(f"{md.stem}_files")


def write_markdown(
    doc: Document,
    target: Path | IO[bytes],
    page: str = "letter",
    progress: Progress | None = None,
    files_dir: Path | None = None,
    save: Callable[[Path, bytes], None] | None = None,
) -> None:
    """Write doc as Markdown to a path or binary stream; pictures go to files_dir (by
    `save(path, data)`, which the export stages with the other files)."""
    MarkdownWriter(doc, page, progress, files_dir, save).write(target)


def markdown_text(doc: Document) -> str:
    """The Markdown of doc without pictures (tests, previews)."""
    buf = io.BytesIO()
    write_markdown(doc, buf)
    return buf.getvalue().decode("utf-8")
