"""Guidebook tools: one YAML file per tool in forms/tools/, validated like the credentials.

A tool is one `form` part (the same field types and editors as a credential's parts) plus what
the Toolkit needs to list it: its place in the guidebook (stage, chapter, number), a one-line
purpose, whether it is a fillable form, a read-only guide or a short reflection, and honest
labels for what the app inferred or supplied where the guidebook's text lost something.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tli_workbook.definitions.loader import _fields, read_yaml
from tli_workbook.definitions.model import Part
from tli_workbook.definitions.yamlnode import DefinitionError, Node
from tli_workbook.paths import forms_dir

log = logging.getLogger(__name__)

__all__ = [
    "TOOL_KINDS",
    "TOOL_STAGES",
    "TOOL_STAGE_TITLES",
    "Tool",
    "ToolCatalog",
    "default_tool",
    "default_tools",
    "load_tool_file",
    "load_tools",
    "parse_tool",
]

FORMAT_VERSION = 1
TOOL_STAGES: tuple[str, ...] = ("prepare", "act", "reflect")
# Shown translated: QCoreApplication.translate("ToolStages", TOOL_STAGE_TITLES[stage]).
TOOL_STAGE_TITLES: dict[str, str] = {
    "prepare": str(QT_TRANSLATE_NOOP("ToolStages", "Prepare")),
    "act": str(QT_TRANSLATE_NOOP("ToolStages", "Act")),
    "reflect": str(QT_TRANSLATE_NOOP("ToolStages", "Reflect")),
}
# form: a fillable tool; guide: read-only guidance (info fields only); reflection: a chapter's
# "Turn Learning to Action" questions as a short form.
TOOL_KINDS: tuple[str, ...] = ("form", "guide", "reflection")
AUDIENCES: tuple[str, ...] = ("team", "individual", "both")
_TOOL_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")

_TOP_KEYS = {
    "format",
    "id",
    "number",
    "title",
    "short_title",
    "stage",
    "chapter",
    "chapter_title",
    "kind",
    "audience",
    "purpose",
    "source",
    "inferred",
    "supplied",
    "intro",
    "fields",
}


@dataclass(frozen=True)
class Tool:
    id: str
    number: int  # order in the guidebook (1-33); reflections number after their chapter's tools
    title: str
    short_title: str
    stage: str  # one of TOOL_STAGES
    chapter: int
    chapter_title: str
    kind: str  # one of TOOL_KINDS
    audience: str  # one of AUDIENCES
    purpose: str  # one line, shown in the Toolkit list
    source: str  # where in the guidebook it comes from (shown on the page and in Credits)
    inferred: str  # non-empty when the structure is the app's own (the guidebook lost it)
    supplied: tuple[str, ...]  # what the app supplied that the guidebook lacks, for the UI
    part: Part  # the form: kind "form", id == tool id, fields as in a credential part
    source_file: str = ""

    @property
    def fillable(self) -> bool:
        return self.kind != "guide"


def parse_tool(data: Any, file: str) -> Tool:
    """Validate one parsed YAML document and build a Tool."""
    root = Node(file, "", data).mapping(_TOP_KEYS)
    fmt = root.get("format")
    if fmt.int(minimum=1) != FORMAT_VERSION:
        raise fmt.fail(f"format {fmt.value} is not supported (this app reads {FORMAT_VERSION})")
    tid = root.get("id").ident(_TOOL_ID)
    if file.endswith((".yaml", ".yml")) and Path(file).stem != tid:
        raise root.get("id").fail(f"{tid!r} must equal the file name {Path(file).stem!r}")
    kind = root.get("kind", "form").choice(TOOL_KINDS)
    title = root.get("title").str(allow_empty=False)
    fields = _fields(root.get("fields"))
    if not fields:
        raise root.get("fields").fail("a tool needs at least one field")
    if kind == "guide" and any(f.stores_value for f in fields):
        bad = next(i for i, f in enumerate(fields) if f.stores_value)
        raise root.get("fields").items()[bad].fail("a guide holds info fields only")
    if kind != "guide" and not any(f.stores_value for f in fields):
        raise root.get("fields").fail("a fillable tool needs at least one field to fill in")
    short_title = root.get("short_title", title).str(allow_empty=False)
    part = Part(
        id=tid,
        title=title,
        short_title=short_title,
        stage="do",  # tools sit outside the credential's stages; the Toolkit uses Tool.stage
        kind="form",
        intro=root.get("intro", "").str(),
        packet=kind != "guide",
        fields=fields,
    )
    return Tool(
        id=tid,
        number=root.get("number").int(minimum=1),
        title=title,
        short_title=short_title,
        stage=root.get("stage").choice(TOOL_STAGES),
        chapter=root.get("chapter").int(minimum=1),
        chapter_title=root.get("chapter_title").str(allow_empty=False),
        kind=kind,
        audience=root.get("audience", "team").choice(AUDIENCES),
        purpose=root.get("purpose").str(allow_empty=False),
        source=root.get("source").str(allow_empty=False),
        inferred=root.get("inferred", "").str(),
        supplied=root.get("supplied", []).strs(),
        part=part,
        source_file=file,
    )


def load_tool_file(path: Path) -> Tool:
    return parse_tool(*read_yaml(path))


class ToolCatalog:
    """All tools, in guidebook order (stage, chapter, number)."""

    def __init__(self, tools: Iterable[Tool]) -> None:
        order = {s: i for i, s in enumerate(TOOL_STAGES)}
        ordered = sorted(tools, key=lambda t: (order[t.stage], t.chapter, t.number, t.id))
        self._by_id = {t.id: t for t in ordered}

    def __iter__(self) -> Iterator[Tool]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, tid: object) -> bool:
        return tid in self._by_id

    def get(self, tid: str) -> Tool:
        try:
            return self._by_id[tid]
        except KeyError:
            raise KeyError(f"unknown tool {tid!r}") from None

    def ids(self) -> list[str]:
        return list(self._by_id)

    def in_stage(self, stage: str) -> tuple[Tool, ...]:
        return tuple(t for t in self if t.stage == stage)

    def chapters(self, stage: str) -> list[tuple[int, str, tuple[Tool, ...]]]:
        """(chapter, chapter title, its tools) for one stage, in order."""
        out: dict[int, tuple[str, list[Tool]]] = {}
        for t in self.in_stage(stage):
            out.setdefault(t.chapter, (t.chapter_title, []))[1].append(t)
        return [(n, title, tuple(ts)) for n, (title, ts) in sorted(out.items())]


def load_tools(folder: Path | None = None) -> ToolCatalog:
    """Every tool in the folder (an empty or missing folder is an empty catalog)."""
    folder = folder or forms_dir() / "tools"
    files = sorted(p for p in folder.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))
    tools = [load_tool_file(p) for p in files]
    seen: dict[int, str] = {}
    for t in tools:
        if t.kind != "reflection" and t.number in seen:
            raise DefinitionError(
                t.source_file, "number", f"{t.number} is also the number of {seen[t.number]!r}"
            )
        if t.kind != "reflection":
            seen[t.number] = t.id
    log.debug("loaded %d guidebook tools from %s", len(tools), folder)
    return ToolCatalog(tools)


@lru_cache(maxsize=1)
def default_tools() -> ToolCatalog:
    return load_tools()


@lru_cache(maxsize=64)
def _one_tool(tid: str) -> Tool | None:
    path = forms_dir() / "tools" / f"{tid}.yaml"
    if not path.is_file():
        return None
    tool = load_tool_file(path)
    return tool if tool.id == tid else None


def default_tool(tid: str) -> Tool | None:
    """One shipped tool by id, or None. A packet or a privacy check needs only the tools the
    workbook has copies of: reading those files alone, not all 44, cost an export a
    twentieth of its time (each tool's file is named by its id)."""
    if default_tools.cache_info().currsize:
        tools = default_tools()
        return tools.get(tid) if tid in tools else None
    if not tid or "/" in tid or "\\" in tid or tid.startswith("."):
        return None  # never a path out of the folder
    return _one_tool(tid)
