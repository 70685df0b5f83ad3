"""Loads the sample workbook's Do-stage content (resources/samples/content/do.yaml): three
annotated artifacts with their files, and participant feedback.

Each entry is a store record, except that an artifact names its file by `path` (relative to the
content folder); loading checks and copies it into the store (content-addressed) and stores its
SHA-256 as `file`, exactly as attaching on the page would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tli_workbook.artifacts.inspect import inspect_file
from tli_workbook.store import Store

DO_FILE = "do.yaml"


def read_do_content(content_dir: Path) -> dict[str, Any]:
    data = yaml.safe_load((Path(content_dir) / DO_FILE).read_text("utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{content_dir / DO_FILE}: expected a mapping")
    return data


def load_do_content(store: Store, workbook_id: int, content_dir: Path) -> dict[str, list[str]]:
    """Add do.yaml's artifacts and respondents to a workbook. Returns the new ids by kind."""
    content_dir = Path(content_dir)
    data = read_do_content(content_dir)
    made: dict[str, list[str]] = {"artifacts": [], "respondents": []}
    for item in data.get("artifacts") or []:
        record: dict[str, Any] = {
            "part": str(item.get("part", "artifact4")),
            "title": str(item.get("title", "")),
            "filename": str(item.get("filename", "")),
            "url": str(item.get("url", "")),
            "description": str(item.get("description", "")).strip(),
            "fields": dict(item.get("fields") or {}),
            "markup": list(item.get("markup") or []),
        }
        rel = item.get("path")
        if rel:
            path = content_dir / str(rel)
            check = inspect_file(path)
            if not check.ok:
                raise ValueError(f"{path}: {check.refused}")
            record["file"] = store.add_file(path, check.media_type)
            record["filename"] = record["filename"] or path.name
        made["artifacts"].append(store.upsert_artifact(workbook_id, record))
    for item in data.get("respondents") or []:
        record = {
            "part": str(item.get("part", "artifact5")),
            "role": str(item.get("role", "")),
            "method": str(item.get("method", "")),
            "answers": {str(k): str(v).strip() for k, v in (item.get("answers") or {}).items()},
        }
        made["respondents"].append(store.upsert_respondent(workbook_id, record))
    return made
