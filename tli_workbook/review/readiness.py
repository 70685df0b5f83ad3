"""Readiness: every requirement of a credential, checked against a workbook snapshot.

Computed only from the definition: no credential is named in this file. The navigator's marks,
the readiness view and `tli-workbook check` all use these items.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tli_workbook.definitions.model import Credential, Field, Part, Variant
from tli_workbook.review.limits import evaluate


@dataclass(frozen=True)
class Item:
    part_id: str
    target: str  # where to jump: an answer key, "map:<ring>", "artifact:<n>", "respondent:<n>"
    label: str
    ok: bool
    detail: str = ""
    started: bool = True  # False when nothing has been entered for it yet


@dataclass(frozen=True)
class PartStatus:
    part: Part
    items: tuple[Item, ...]

    @property
    def done(self) -> int:
        return sum(i.ok for i in self.items)

    @property
    def state(self) -> str:
        """'complete', 'started' or 'empty'."""
        if self.items and all(i.ok for i in self.items):
            return "complete"
        if any(i.ok or i.started for i in self.items):
            return "started"
        return "empty"


def chosen_variant(part: Part, snap: dict[str, Any]) -> Variant | None:
    if not part.variants:
        return None
    chosen = snap.get("answers", {}).get(f"{part.id}.variant")
    return part.variant(chosen) or part.default_variant(bool(snap["workbook"].get("fellow")))


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, dict)):
        return any(_filled(v) for v in (value.values() if isinstance(value, dict) else value))
    return True


def _field_items(
    part: Part, field: Field, key: str, value: Any, snap: dict[str, Any]
) -> Iterable[Item]:
    label = field.label or field.id
    if field.type == "info":
        return
    if field.type == "long_text":
        text = value if isinstance(value, str) else ""
        if field.words is None and field.bullets is None:
            if field.required:
                yield Item(
                    part.id, key, label, bool(text.strip()), "Write an answer", bool(text.strip())
                )
            return
        st = evaluate(text, field.words, field.bullets)
        if not field.required and st.state == "empty":
            return
        yield Item(
            part.id, key, f"{label}: {st.summary()}", st.ok, st.explanation(), st.state != "empty"
        )
        return
    if field.type == "need_link":
        ids = [v for v in (value or []) if isinstance(v, str)]
        needs = {
            e["id"]
            for e in snap.get("circle_map", {}).get("entries", [])
            if e.get("ring") == "needs"
        }
        broken = [i for i in ids if i not in needs]
        live = len(ids) - len(broken)
        if broken:
            yield Item(
                part.id,
                key,
                label,
                False,
                f"{len(broken)} linked need(s) no longer on the Circle Map",
                True,
            )
        else:
            need = max(field.min_links, 1 if field.required else 0)
            yield Item(
                part.id,
                key,
                label,
                live >= need,
                f"Link at least {need} need from your Circle Map",
                live > 0,
            )
        return
    if field.type == "group":
        items = value if isinstance(value, list) else []
        filled = [i for i in items if _filled(i)]
        if field.min_rows or field.required:
            n = max(field.min_rows, 1)
            yield Item(
                part.id,
                key,
                f"{label}: {len(filled)} of at least {n}",
                len(filled) >= n,
                "",
                bool(filled),
            )
        cov = field.coverage
        if cov is not None:
            counts = {v: 0 for v in cov.values}
            for i in filled:
                if isinstance(i, dict) and i.get(cov.field) in counts:
                    counts[i[cov.field]] += 1
            sub = next((f for f in field.fields if f.id == cov.field), None)
            names = {o.id: o.label for o in sub.options} if sub else {}
            missing = [names.get(v, v) for v, c in counts.items() if c < cov.each_at_least]
            yield Item(
                part.id,
                key,
                cov.label or f"{label}: each kind present",
                not missing,
                ("Missing: " + ", ".join(missing)) if missing else "",
                bool(filled),
            )
        return
    if field.type == "table":
        rows = value if isinstance(value, list) else []
        filled = [r for r in rows if _filled(r)]
        need = field.min_rows or (1 if field.required else 0)
        if need:
            yield Item(
                part.id,
                key,
                f"{label}: {len(filled)} row(s)",
                len(filled) >= need,
                f"Fill at least {need} row(s)",
                bool(filled),
            )
        return
    if field.required:
        ok = _filled(value)
        yield Item(part.id, key, label, ok, "" if ok else "Required", ok)


def part_status(cred: Credential, part: Part, snap: dict[str, Any]) -> PartStatus:
    answers = snap.get("answers", {})
    items: list[Item] = []
    if part.kind == "form":
        variant = chosen_variant(part, snap)
        fields = variant.fields if variant else part.fields
        for f in fields:
            key = f"{part.id}.{variant.id}.{f.id}" if variant else f"{part.id}.{f.id}"
            items.extend(_field_items(part, f, key, answers.get(key), snap))
    elif part.kind == "circle_map":
        entries = snap.get("circle_map", {}).get("entries", [])

        def count(ring: str) -> int:
            return sum(1 for e in entries if e.get("ring") == ring and e.get("text", "").strip())

        rings = part.rings
        items.append(
            Item(
                part.id,
                "map:center",
                f"{rings['center'].label} written",
                count("center") >= 1,
                "Type your core belief/theme in the center",
                count("center") >= 1,
            )
        )
        for ring, need in (("context", part.min_context), ("needs", part.min_needs)):
            n = count(ring)
            items.append(
                Item(
                    part.id,
                    f"map:{ring}",
                    f"{rings[ring].label}: {n} entries",
                    n >= need,
                    f"Add at least {need}",
                    n > 0,
                )
            )
    elif part.kind == "artifacts":
        arts = [a for a in snap.get("artifacts", []) if a.get("part") == part.id]
        items.append(
            Item(
                part.id,
                "artifacts",
                f"{len(arts)} of {part.count} artifacts",
                len(arts) >= part.count,
                f"Attach {part.count} different artifacts",
                bool(arts),
            )
        )
        for n, a in enumerate(arts, 1):
            target = f"artifact:{a.get('id')}"
            has_content = bool(a.get("file") or a.get("url"))
            items.append(
                Item(part.id, target, f"Artifact {n}: file or link attached", has_content, "", True)
            )
            st = evaluate(a.get("description", ""), part.annotation_words)
            items.append(
                Item(
                    part.id,
                    target,
                    f"Artifact {n} annotation: {st.summary()}",
                    st.ok,
                    st.explanation(),
                    st.state != "empty",
                )
            )
            fields = a.get("fields", {}) or {}
            for el in part.annotation_elements:
                ok = _filled(fields.get(el.id))
                items.append(
                    Item(
                        part.id,
                        target,
                        f"Artifact {n}: {el.label}",
                        ok,
                        "" if ok else "Missing",
                        ok,
                    )
                )
    elif part.kind == "feedback":
        resp = [r for r in snap.get("respondents", []) if r.get("part") == part.id]
        complete = [
            r
            for r in resp
            if r.get("role", "").strip()
            and all(_filled((r.get("answers") or {}).get(p.id)) for p in part.prompts)
        ]
        items.append(
            Item(
                part.id,
                "respondents",
                f"{len(complete)} of at least {part.min_respondents} stakeholders "
                "with all prompts answered",
                len(complete) >= part.min_respondents,
                "",
                bool(resp),
            )
        )
        for n, r in enumerate(resp, 1):
            missing = [
                p.label for p in part.prompts if not _filled((r.get("answers") or {}).get(p.id))
            ]
            if missing or not r.get("role", "").strip():
                detail = (
                    "Role missing"
                    if not r.get("role", "").strip()
                    else (f"{len(missing)} prompt(s) unanswered")
                )
                items.append(
                    Item(
                        part.id,
                        f"respondent:{r.get('id')}",
                        f"Stakeholder {n}",
                        False,
                        detail,
                        True,
                    )
                )
    return PartStatus(part, tuple(items))


def readiness(cred: Credential, snap: dict[str, Any]) -> list[PartStatus]:
    """Status of every part that goes into the submission, in definition order."""
    return [part_status(cred, p, snap) for p in cred.parts if p.kind != "learn"]


def is_ready(statuses: Iterable[PartStatus]) -> bool:
    return all(s.state == "complete" for s in statuses)
