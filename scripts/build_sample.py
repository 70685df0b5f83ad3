#!/usr/bin/env python3
"""Build resources/samples/coaching-and-mentoring-sample.tliwb from resources/samples/content/.

The content is plain data (YAML + files) that each feature extends: text.yaml (written parts),
design.yaml (the action plan answers), do.yaml (artifacts and respondents, with files/),
tools.yaml (filled guidebook tools in the Toolkit) and the Circle Map from
tli_workbook.circlemap.sample. Run after changing any of them:

    python scripts/build_sample.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tli_workbook.store import Store  # noqa: E402
from tli_workbook.store.archive import export_archive  # noqa: E402

CONTENT = ROOT / "resources" / "samples" / "content"
OUT = ROOT / "resources" / "samples" / "coaching-and-mentoring-sample.tliwb"


def _load(name: str) -> dict[str, Any]:
    path = CONTENT / name
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _circle_map() -> dict[str, Any]:
    try:
        from tli_workbook.circlemap.sample import SAMPLE_MAP
    except ImportError:
        return {}
    return SAMPLE_MAP


def build(store: Store) -> int:
    text = _load("text.yaml")
    wid = store.create_workbook(text["credential"], text["title"], bool(text.get("fellow")))
    answers = dict(text.get("answers", {}))
    answers.update(_load("design.yaml").get("answers", _load("design.yaml")))
    store.set_answers(wid, answers)
    cmap = _circle_map()
    if cmap:
        store.save_map(wid, entries=cmap.get("entries", []), strokes=cmap.get("strokes", []))
    if (CONTENT / "do.yaml").exists():
        from tli_workbook.artifacts.samples import load_do_content

        load_do_content(store, wid, CONTENT)
    load_tools(store, wid)
    return wid


def load_tools(store: Store, wid: int) -> None:
    """tools.yaml's copies, each checked against its tool's definition (an unknown tool or
    field id fails the build rather than shipping answers no page shows)."""
    from tli_workbook.definitions.tools import default_tools

    tools = default_tools()
    for copy in _load("tools.yaml").get("copies", []):
        tool = tools.get(copy["tool"])  # KeyError names an unknown tool
        known = {f.id for f in tool.part.fields}
        unknown = set(copy.get("answers", {})) - known
        if unknown:
            raise SystemExit(f"tools.yaml: {tool.id} has no field {sorted(unknown)}")
        store.add_tool_copy(
            wid,
            tool.id,
            copy["title"],
            copy.get("answers", {}),
            in_packet=bool(copy.get("in_packet", False)),
        )


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        wid = build(store)
        export_archive(store, wid, OUT)
        store.close()
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
