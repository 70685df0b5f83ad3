"""Readiness: every requirement of a credential, checked against a workbook snapshot.

Computed only from the definition: no credential is named in this file. The navigator's marks,
the readiness view, the export guard and `tli-workbook check` all use these items, so a
requirement is judged the same way everywhere.

Targets say where to fix an item: an answer key ("part1.overview"), "map:<ring>",
"artifacts", "artifact:<id>", "respondents" or "respondent:<id>".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from tli_workbook.definitions.model import Credential, Field, Part, Range, Variant
from tli_workbook.review.evidence_readiness import annotation_items, original_file_items
from tli_workbook.review.items import Item
from tli_workbook.review.limits import evaluate

__all__ = ["Item", "PartStatus", "form_fields", "is_ready", "readiness", "todo_items"]

FileExists = Callable[[str], bool]


@dataclass(frozen=True)
class PartStatus:
    part: Part
    items: tuple[Item, ...]

    @property
    def done(self) -> int:
        return sum(i.ok for i in self.items)

    @property
    def todo(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if not i.ok)

    @property
    def state(self) -> str:
        """'complete', 'started' or 'empty'. A part that asks for nothing is complete."""
        if all(i.ok for i in self.items):
            return "complete"
        if any(i.ok or i.started for i in self.items):
            return "started"
        return "empty"


@dataclass(frozen=True)
class _Ctx:
    snap: dict[str, Any]
    file_exists: FileExists

    @property
    def answers(self) -> dict[str, Any]:
        return self.snap.get("answers", {}) or {}

    def need_ids(self) -> set[str]:
        entries = self.snap.get("circle_map", {}).get("entries", [])
        return {e.get("id") for e in entries if e.get("ring") == "needs"}


def chosen_variant(part: Part, snap: dict[str, Any]) -> Variant | None:
    """The variant the workbook submits: the one picked, else the default for its fellow flag."""
    if not part.variants:
        return None
    chosen = (snap.get("answers", {}) or {}).get(f"{part.id}.variant")
    return part.variant(chosen) or part.default_variant(bool(snap["workbook"].get("fellow")))


def form_fields(part: Part, snap: dict[str, Any]) -> list[tuple[Field, str]]:
    """The submitted fields of a form part with their answer keys (chosen variant only)."""
    variant = chosen_variant(part, snap)
    if variant is not None:
        return [(f, f"{part.id}.{variant.id}.{f.id}") for f in variant.fields]
    return [(f, f"{part.id}.{f.id}") for f in part.fields]


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict):
        return any(_filled(v) for v in value.values())
    if isinstance(value, list):
        return any(_filled(v) for v in value)
    return True


def _has_limits(r: Range | None) -> bool:
    return r is not None and (r.min is not None or r.max is not None)


def _value_problem(field: Field, value: Any) -> str:
    """Why a value does not meet its field (empty string when it does or is optional-empty)."""
    if field.type == "info":
        return ""
    if field.type == "long_text" and (_has_limits(field.words) or _has_limits(field.bullets)):
        text = value if isinstance(value, str) else ""
        st = evaluate(text, field.words, field.bullets)
        if st.state == "empty":
            return "Required" if field.required else ""
        return "" if st.ok else f"{st.summary()}: {st.explanation()}"
    if not _filled(value):
        return "Required" if field.required else ""
    if field.type == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        if field.min is not None and value < field.min:
            return f"At least {field.min:g}"
        if field.max is not None and value > field.max:
            return f"At most {field.max:g}"
    if field.type == "short_text" and field.max_chars and len(str(value)) > field.max_chars:
        return f"At most {field.max_chars} characters"
    return ""


def _long_text_item(part: Part, field: Field, key: str, value: Any) -> Item | None:
    label = field.label or field.id
    text = value if isinstance(value, str) else ""
    if not (_has_limits(field.words) or _has_limits(field.bullets)):
        if not field.required:
            return None
        ok = bool(text.strip())
        return Item(part.id, key, label, ok, "" if ok else "Write an answer", ok)
    st = evaluate(text, field.words, field.bullets)
    if not field.required and st.state == "empty":
        return None
    return Item(
        part.id, key, f"{label}: {st.summary()}", st.ok, st.explanation(), st.state != "empty"
    )


def _need_link_item(part: Part, field: Field, key: str, value: Any, ctx: _Ctx) -> Item:
    ids = [v for v in (value or []) if isinstance(v, str)] if isinstance(value, list) else []
    needs = ctx.need_ids()
    broken = [i for i in ids if i not in needs]
    live = len(ids) - len(broken)
    label = field.label or field.id
    if broken:
        detail = (
            f"{len(broken)} linked need(s) are no longer on the Circle Map: link a current need"
        )
        return Item(part.id, key, label, False, detail, True)
    need = max(field.min_links, 1 if field.required else 0)
    ok = live >= need
    detail = "" if ok else f"Link at least {need} need(s) from your Circle Map"
    return Item(part.id, key, label, ok, detail, live > 0)


def _group_items(part: Part, field: Field, key: str, value: Any) -> Iterator[Item]:
    entries = [e for e in (value if isinstance(value, list) else []) if _filled(e)]
    label = field.label or field.id
    if field.min_rows or field.required:
        n = max(field.min_rows, 1)
        ok = len(entries) >= n
        yield Item(
            part.id,
            key,
            f"{label}: {len(entries)} of at least {n}",
            ok,
            "" if ok else f"Add {n - len(entries)} more",
            bool(entries),
        )
    for i, entry in enumerate(entries, 1):
        data = entry if isinstance(entry, dict) else {}
        problems = [
            f"{sub.label}: {p}"
            for sub in field.fields
            if (p := _value_problem(sub, data.get(sub.id)))
        ]
        yield Item(part.id, key, f"{field.item_label} {i}", not problems, "; ".join(problems), True)
    cov = field.coverage
    if cov is not None:
        counts = dict.fromkeys(cov.values, 0)
        for e in entries:
            if isinstance(e, dict) and e.get(cov.field) in counts:
                counts[e[cov.field]] += 1
        sub = next((f for f in field.fields if f.id == cov.field), None)
        names = {o.id: o.label for o in sub.options} if sub else {}
        missing = [names.get(v, v) for v, c in counts.items() if c < cov.each_at_least]
        yield Item(
            part.id,
            key,
            cov.label or f"{label}: each kind present",
            not missing,
            ("Missing: " + ", ".join(missing)) if missing else "",
            bool(entries),
        )


def _table_item(part: Part, field: Field, key: str, value: Any) -> Item | None:
    rows = value if isinstance(value, list) else []
    label = field.label or field.id
    if field.rows:  # fixed rows: each one asks for an answer
        if not field.required:
            return None
        empty = [r.label for i, r in enumerate(field.rows) if not _filled(_row(rows, r.id, i))]
        ok = not empty
        detail = "" if ok else "Fill in: " + ", ".join(empty)
        return Item(part.id, key, label, ok, detail, len(empty) < len(field.rows))
    filled = [r for r in rows if _filled(r)]
    need = field.min_rows or (1 if field.required else 0)
    if not need:
        return None
    ok = len(filled) >= need
    return Item(
        part.id,
        key,
        f"{label}: {len(filled)} row(s)",
        ok,
        "" if ok else f"Fill at least {need} row(s)",
        bool(filled),
    )


def _row(rows: list[Any], row_id: str, index: int) -> Any:
    for r in rows:
        if isinstance(r, dict) and r.get("_row") == row_id:
            return {k: v for k, v in r.items() if k != "_row"}
    return rows[index] if index < len(rows) else None


def _outline_item(part: Part, field: Field, key: str, value: Any) -> Item | None:
    nodes = value if isinstance(value, list) else []
    top = [n for n in nodes if isinstance(n, dict) and str(n.get("text", "")).strip()]
    if not field.required and not top:
        return None
    first = field.levels[0].label if field.levels else "item"
    ok = bool(top)
    label = f"{field.label}: {len(top)} {first.lower()}(s)"
    return Item(part.id, key, label, ok, "" if ok else f"Add at least one {first.lower()}", ok)


def _file_item(part: Part, field: Field, key: str, value: Any, ctx: _Ctx) -> Item | None:
    refs = [r for r in (value if isinstance(value, list) else []) if isinstance(r, dict)]
    shas = [r.get("file") for r in refs if isinstance(r.get("file"), str)]
    if not field.required and not shas:
        return None
    missing = [s for s in shas if not ctx.file_exists(s)]
    label = field.label or field.id
    if missing:
        return Item(
            part.id, key, label, False, "The attached file is missing: attach it again", True
        )
    ok = bool(shas)
    return Item(part.id, key, label, ok, "" if ok else "Attach the file", ok)


def _field_items(part: Part, field: Field, key: str, value: Any, ctx: _Ctx) -> Iterator[Item]:
    kind = field.type
    one: Item | None = None
    if kind == "info":
        return
    if kind == "long_text":
        one = _long_text_item(part, field, key, value)
    elif kind == "need_link":
        one = _need_link_item(part, field, key, value, ctx)
    elif kind == "group":
        yield from _group_items(part, field, key, value)
        return
    elif kind == "table":
        one = _table_item(part, field, key, value)
    elif kind == "outline":
        one = _outline_item(part, field, key, value)
    elif kind == "file":
        one = _file_item(part, field, key, value, ctx)
    else:
        problem = _value_problem(field, value)
        if field.required or problem:
            one = Item(part.id, key, field.label, not problem, problem, _filled(value))
    if one is not None:
        yield one


def _map_items(part: Part, ctx: _Ctx) -> Iterator[Item]:
    entries = ctx.snap.get("circle_map", {}).get("entries", [])

    def count(ring: str) -> int:
        return sum(1 for e in entries if e.get("ring") == ring and str(e.get("text", "")).strip())

    center = part.rings.get("center")
    n = count("center")
    yield Item(
        part.id,
        "map:center",
        f"{center.label if center else 'Center'} written",
        n >= 1,
        "" if n else "Type your core belief/theme in the center",
        n > 0,
    )
    for ring, need in (("context", part.min_context), ("needs", part.min_needs)):
        n = count(ring)
        spec = part.rings.get(ring)
        yield Item(
            part.id,
            f"map:{ring}",
            f"{spec.label if spec else ring.title()}: {n} entries",
            n >= need,
            "" if n >= need else f"Add at least {need}",
            n > 0,
        )


def _artifact_items(part: Part, ctx: _Ctx) -> Iterator[Item]:
    arts = [a for a in ctx.snap.get("artifacts", []) if a.get("part") == part.id]
    n, want = len(arts), part.count
    detail = "" if n == want else (f"Add {want - n} more" if n < want else f"Keep only {want}")
    yield Item(part.id, "artifacts", f"{n} of {want} artifacts", n == want, detail, bool(arts))
    sources = [a.get("file") or str(a.get("url") or "").strip() for a in arts]
    sources = [s for s in sources if s]
    if len(sources) > 1:
        same = len(sources) != len(set(sources))
        yield Item(
            part.id,
            "artifacts",
            "Each artifact is different",
            not same,
            "Two artifacts attach the same file or link" if same else "",
        )
    for i, a in enumerate(arts, 1):
        target = f"artifact:{a.get('id')}"
        sha, url = a.get("file"), str(a.get("url") or "").strip()
        if sha and not ctx.file_exists(sha):
            ok, why = False, "The attached file is missing: attach it again"
        else:
            ok, why = bool(sha or url), "" if sha or url else "Attach a file or add a link"
        yield Item(part.id, target, f"Artifact {i}: file or link attached", ok, why, ok)
        st = evaluate(str(a.get("description") or ""), part.annotation_words)
        yield Item(
            part.id,
            target,
            f"Artifact {i} annotation: {st.summary()}",
            st.ok,
            st.explanation(),
            st.state != "empty",
        )
        yield from annotation_items(part, a, i, target)


def _feedback_items(part: Part, ctx: _Ctx) -> Iterator[Item]:
    resp = [r for r in ctx.snap.get("respondents", []) if r.get("part") == part.id]
    problems: list[list[str]] = []
    for r in resp:
        answers = r.get("answers") or {}
        missing = [p for p in part.prompts if not _filled(answers.get(p.id))]
        why = [] if str(r.get("role", "")).strip() else ["role missing"]
        if missing:
            why.append(f"{len(missing)} of {len(part.prompts)} prompts unanswered")
        problems.append(why)
    complete = sum(not p for p in problems)
    need = part.min_respondents
    yield Item(
        part.id,
        "respondents",
        f"{complete} of at least {need} stakeholders with all prompts answered",
        complete >= need,
        "" if complete >= need else f"Add feedback from {need - complete} more",
        bool(resp),
    )
    for i, (r, why) in enumerate(zip(resp, problems, strict=True), 1):
        role = str(r.get("role", "")).strip()
        label = f"Stakeholder {i}" + (f" ({role})" if role else "")
        yield Item(
            part.id, f"respondent:{r.get('id')}", label, not why, "; ".join(why).capitalize()
        )


def part_status(
    cred: Credential,
    part: Part,
    snap: dict[str, Any],
    file_exists: FileExists | None = None,
) -> PartStatus:
    """Every requirement of one part. `file_exists(sha)` says whether an attached file is
    still in the store; without it, a file counts as present when the snapshot lists it."""
    listed = snap.get("files", {}) or {}
    ctx = _Ctx(snap, file_exists or (lambda sha: sha in listed))
    items: list[Item] = []
    if part.kind == "form":
        for f, key in form_fields(part, snap):
            items.extend(_field_items(part, f, key, ctx.answers.get(key), ctx))
    elif part.kind == "circle_map":
        items.extend(_map_items(part, ctx))
    elif part.kind == "artifacts":
        items.extend(_artifact_items(part, ctx))
        items.extend(original_file_items(part, snap, listed))
    elif part.kind == "feedback":
        items.extend(_feedback_items(part, ctx))
    return PartStatus(part, tuple(items))


def readiness(
    cred: Credential, snap: dict[str, Any], file_exists: FileExists | None = None
) -> list[PartStatus]:
    """Status of every part that goes into the submission, in definition order."""
    return [part_status(cred, p, snap, file_exists) for p in cred.parts if p.kind != "learn"]


def is_ready(statuses: Iterable[PartStatus]) -> bool:
    return all(s.state == "complete" for s in statuses)


def todo_items(statuses: Iterable[PartStatus]) -> list[Item]:
    """The unmet requirements, in definition order."""
    return [i for s in statuses for i in s.todo]
