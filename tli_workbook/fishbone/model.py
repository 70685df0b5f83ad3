"""The fishbone as plain data, and the one normaliser every reader goes through.

Stored shape (a field's answer)::

    {"issue": str,
     "causes": [{"id": str, "text": str, "rank": int | None,
                 "whys": [{"id": str, "text": str,
                           "branches": [{"id": str, "text": str}]}]}],
     "pareto": {"answer": "yes" | "no" | "", "note": str}}

Each cause is one bone; its whys are the "5 Whys" chain, each answering why the one before
it happens; a why with more than one answer keeps the others as branches (extra bones).
Ranks are 1 (the biggest driver) and up; the Pareto check is asked of the rank-1 cause.
Text is never cut here: the drawing shortens long text, the listing prints it whole.
"""

from __future__ import annotations

from typing import Any

MAX_WHYS = 5
MAX_BRANCHES = 4
MAX_RANK = 99
PARETO_ANSWERS = ("yes", "no")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _id(value: Any, fallback: str, used: set[str]) -> str:
    ident = value if isinstance(value, str) and value.strip() else fallback
    while ident in used:  # duplicated ids (a hand-edited file) would tie two bones together
        ident += "'"
    used.add(ident)
    return ident


def _rank(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 1 <= value <= MAX_RANK else None


def _branches(raw: Any, prefix: str, used: set[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, b in enumerate(raw if isinstance(raw, list) else []):
        if not isinstance(b, dict) or len(out) == MAX_BRANCHES:
            continue
        out.append(
            {"id": _id(b.get("id"), f"{prefix}b{i + 1}", used), "text": _text(b.get("text"))}
        )
    return out


def _whys(raw: Any, prefix: str, used: set[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, w in enumerate(raw if isinstance(raw, list) else []):
        if not isinstance(w, dict) or len(out) == MAX_WHYS:
            continue
        wid = _id(w.get("id"), f"{prefix}w{i + 1}", used)
        out.append(
            {
                "id": wid,
                "text": _text(w.get("text")),
                "branches": _branches(w.get("branches"), wid, used),
            }
        )
    return out


def normalise(value: Any) -> dict[str, Any]:
    """The one shape; what the editor stores comes back unchanged."""
    data = value if isinstance(value, dict) else {}
    used: set[str] = set()
    causes: list[dict[str, Any]] = []
    raw_causes = data.get("causes")
    for i, c in enumerate(raw_causes if isinstance(raw_causes, list) else []):
        if not isinstance(c, dict):
            continue
        cid = _id(c.get("id"), f"c{i + 1}", used)
        causes.append(
            {
                "id": cid,
                "text": _text(c.get("text")),
                "rank": _rank(c.get("rank")),
                "whys": _whys(c.get("whys"), cid, used),
            }
        )
    raw_p = data.get("pareto")
    p = raw_p if isinstance(raw_p, dict) else {}
    answer = p.get("answer") if p.get("answer") in PARETO_ANSWERS else ""
    return {
        "issue": _text(data.get("issue")),
        "causes": causes,
        "pareto": {"answer": answer, "note": _text(p.get("note"))},
    }


def blank_worksheet(causes: int = 6) -> dict[str, Any]:
    """Bones with room for five whys each and nothing written: the tool on paper."""
    return normalise(
        {
            "causes": [
                {"id": f"c{i}", "whys": [{"id": f"c{i}w{j}"} for j in range(1, MAX_WHYS + 1)]}
                for i in range(1, causes + 1)
            ]
        }
    )


def empty() -> dict[str, Any]:
    return normalise(None)


def is_blank(data: dict[str, Any]) -> bool:
    """Nothing written: no issue, no cause or why text, no Pareto answer."""
    if data["issue"].strip() or data["pareto"]["answer"] or data["pareto"]["note"].strip():
        return False
    for c in data["causes"]:
        if c["text"].strip() or c["rank"] is not None:
            return False
        for w in c["whys"]:
            if w["text"].strip() or any(b["text"].strip() for b in w["branches"]):
                return False
    return True


def by_rank(causes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ranked causes first (1, 2, ...), then unranked ones in the order they were added."""
    return sorted(causes, key=lambda c: (c["rank"] is None, c["rank"] or 0))


def top_cause(data: dict[str, Any]) -> dict[str, Any] | None:
    """The rank-1 cause (the one the 5 Whys and the Pareto check start from)."""
    return next((c for c in data["causes"] if c["rank"] == 1), None)


def duplicate_ranks(data: dict[str, Any]) -> list[int]:
    seen: dict[int, int] = {}
    for c in data["causes"]:
        if c["rank"] is not None:
            seen[c["rank"]] = seen.get(c["rank"], 0) + 1
    return sorted(r for r, n in seen.items() if n > 1)


def new_id(data: dict[str, Any], prefix: str) -> str:
    """An id not yet used anywhere in the diagram."""
    used = {c["id"] for c in data["causes"]}
    for c in data["causes"]:
        for w in c["whys"]:
            used.add(w["id"])
            used.update(b["id"] for b in w["branches"])
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"
