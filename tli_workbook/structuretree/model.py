"""The chart of teams as plain data: structures nested under the ones they report to.

Stored shape: a list of nodes ``{"id": str, "text": str, "future": bool, "children": [...]}``
(``future``: a placeholder for a team or committee still to be formed). Untouched nodes (no
text, not marked future, no children) are not stored; a node deeper than MAX_DEPTH is kept
one level up. The editor works on the same nodes as a flat list of (depth, node) rows.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 6


def _walk(raw: Any, depth: int, used: set[str], out: list[dict[str, Any]], path: str) -> None:
    for i, item in enumerate(raw if isinstance(raw, list) else [], 1):
        if not isinstance(item, dict):
            continue
        raw_id = item.get("id")
        ident = raw_id if isinstance(raw_id, str) and raw_id else f"s{path}{i}"
        while ident in used:
            ident += "'"
        used.add(ident)
        raw_text = item.get("text")
        text = raw_text if isinstance(raw_text, str) else ""
        future = item.get("future") is True
        children: list[dict[str, Any]] = []
        spill: list[dict[str, Any]] = []
        if depth + 1 < MAX_DEPTH:
            _walk(item.get("children"), depth + 1, used, children, f"{path}{i}.")
        else:
            _walk(item.get("children"), depth, used, spill, f"{path}{i}.")
        if text.strip() or future or children:
            out.append({"id": ident, "text": text, "future": future, "children": children})
        out.extend(spill)


def normalise(value: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    _walk(value, 0, set(), out, "")
    return out


def flatten(nodes: list[dict[str, Any]], depth: int = 0) -> list[tuple[int, dict[str, Any]]]:
    """(depth, node) in reading order: the indented list."""
    rows: list[tuple[int, dict[str, Any]]] = []
    for n in nodes:
        rows.append((depth, n))
        rows.extend(flatten(n["children"], depth + 1))
    return rows


def nest(rows: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The indented list back into nodes; a row indented more than one step under the row
    above it hangs one step under it."""
    roots: list[dict[str, Any]] = []
    stack: list[tuple[int, dict[str, Any]]] = []
    for depth, row in rows:
        node = {"id": row["id"], "text": row["text"], "future": row["future"], "children": []}
        while stack and stack[-1][0] >= depth:
            stack.pop()
        level = stack[-1][0] + 1 if stack else 0
        (stack[-1][1]["children"] if stack else roots).append(node)
        stack.append((min(depth, level), node))
    return normalise(roots)
