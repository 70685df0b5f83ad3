"""Guidebook tool definitions: every shipped file loads, and bad files are refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.tool_defs import MINIMAL
from tli_workbook.definitions.tools import (
    TOOL_STAGES,
    _one_tool,
    default_tool,
    default_tools,
    load_tools,
    parse_tool,
)
from tli_workbook.definitions.yamlnode import DefinitionError
from tli_workbook.paths import forms_dir


def test_every_shipped_tool_loads_in_guidebook_order() -> None:
    catalog = default_tools()
    files = sorted((forms_dir() / "tools").glob("*.yaml"))
    assert len(catalog) == len(files) >= 1
    keys = [(TOOL_STAGES.index(t.stage), t.chapter, t.number) for t in catalog]
    assert keys == sorted(keys)
    for tool in catalog:
        assert tool.part.id == tool.id and tool.part.kind == "form"
        assert tool.purpose and tool.source


def test_a_tool_is_a_form_part_with_the_credentials_field_types() -> None:
    tool = parse_tool(MINIMAL, "tools/x-tool.yaml")
    assert tool.fillable and tool.part.fields[0].type == "long_text"
    assert tool.audience == "team" and tool.supplied == () and tool.inferred == ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"stage": "design"}, "stage: 'design' is not one of prepare, act, reflect"),
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"id": "other"}, "must equal the file name"),
        (
            {"fields": [{"id": "a", "type": "short_text", "label": "A", "words": [1, 2]}]},
            "fields[0].words: 'words' is not a key of short_text fields",
        ),
        ({"kind": "guide"}, "fields[0]: a guide holds info fields only"),
        ({"fields": [{"id": "i", "type": "info", "text": "T"}]}, "needs at least one field to"),
    ],
)
def test_bad_tool_files_are_refused_naming_the_path(change: dict, message: str) -> None:
    with pytest.raises(DefinitionError) as err:
        parse_tool({**MINIMAL, **change}, "forms/tools/x-tool.yaml")
    assert "forms/tools/x-tool.yaml" in str(err.value) and message in str(err.value)


def test_two_tools_with_one_number_are_refused(tmp_path: Path) -> None:
    for tid in ("x-tool", "y-tool"):
        (tmp_path / f"{tid}.yaml").write_text(yaml.safe_dump({**MINIMAL, "id": tid}))
    with pytest.raises(DefinitionError, match="40 is also the number of 'x-tool'"):
        load_tools(tmp_path)


def test_chapters_group_a_stage() -> None:
    catalog = load_tools(forms_dir() / "tools")
    for stage in TOOL_STAGES:
        for _n, title, tools in catalog.chapters(stage):
            assert title and all(t.chapter_title == title for t in tools)


def test_one_tool_read_alone_is_the_catalog_s() -> None:
    """A packet reads only the tools it has copies of, each from the file named by its id."""
    catalog = default_tools()
    for tool in catalog:
        assert Path(tool.source_file).stem == tool.id
        _one_tool.cache_clear()
        assert _one_tool(tool.id) == tool
        assert default_tool(tool.id) == tool
    default_tools.cache_clear()  # no catalog read yet: default_tool reads one file
    try:
        first = catalog.ids()[0]
        assert default_tool(first) == catalog.get(first)
        assert default_tools.cache_info().currsize == 0
        for bad in ("", "no-such-tool", "../credentials/coaching-and-mentoring", ".hidden", "a\\b"):
            assert default_tool(bad) is None, bad
    finally:
        default_tools()
