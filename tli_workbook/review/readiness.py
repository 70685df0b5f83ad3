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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.keys import answer_key, variant_key
from tli_workbook.definitions.model import Credential, Field, Part, Variant
from tli_workbook.fields.base import is_empty
from tli_workbook.fields.conditions import BRANCH_TYPES, visible
from tli_workbook.fields.registry import kind_of
from tli_workbook.review.evidence_readiness import annotation_items, original_file_items
from tli_workbook.review.items import Item
from tli_workbook.review.limits import evaluate

if TYPE_CHECKING:
    from tli_workbook.store.snapshot import Answers, Snapshot

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
    snap: Snapshot
    file_exists: FileExists

    @property
    def answers(self) -> Answers:
        return self.snap.get("answers", {}) or {}

    def need_ids(self) -> set[str]:
        entries = self.snap.get("circle_map", {}).get("entries", [])
        return {
            uid for e in entries if e.get("ring") == "needs" and isinstance(uid := e.get("id"), str)
        }


def chosen_variant(part: Part, snap: Snapshot) -> Variant | None:
    """The variant the workbook submits: the one picked, else the default for its fellow flag."""
    if not part.variants:
        return None
    chosen = (snap.get("answers", {}) or {}).get(variant_key(part))
    return part.variant(chosen) or part.default_variant(bool(snap["workbook"].get("fellow")))


def form_fields(part: Part, snap: Snapshot) -> list[tuple[Field, str]]:
    """The submitted fields of a form part with their answer keys (chosen variant only)."""
    variant = chosen_variant(part, snap)
    if variant is not None:
        pairs = [(f, answer_key(part, f, variant)) for f in variant.fields]
    else:
        pairs = [(f, answer_key(part, f)) for f in part.fields]
    # A Yes/No branch not taken is neither asked for nor read (fields.conditions).
    answers = snap.get("answers", {}) or {}
    branches = {f.id: answers.get(k) for f, k in pairs if f.type in BRANCH_TYPES}
    return [(f, k) for f, k in pairs if visible(f, branches)]


def _filled(value: Any) -> bool:
    return not is_empty(value)


def _field_items(part: Part, field: Field, key: str, value: Any, ctx: _Ctx) -> Iterator[Item]:
    if field.private:
        return  # a note for the teacher: nothing is asked of it
    yield from kind_of(field).items(part.id, field, key, value, ctx)


def _map_items(part: Part, ctx: _Ctx) -> Iterator[Item]:
    entries = ctx.snap.get("circle_map", {}).get("entries", [])

    def count(ring: str) -> int:
        return sum(1 for e in entries if e.get("ring") == ring and str(e.get("text", "")).strip())

    center = part.rings.get("center")
    n = count("center")
    yield Item(
        part.id,
        "map:center",
        QCoreApplication.translate("Readiness", "{ring} written").format(
            ring=center.label if center else QCoreApplication.translate("Readiness", "Center")
        ),
        n >= 1,
        ""
        if n
        else QCoreApplication.translate("Readiness", "Type your core belief/theme in the center"),
        n > 0,
    )
    for ring, need in (("context", part.min_context), ("needs", part.min_needs)):
        n = count(ring)
        spec = part.rings.get(ring)
        yield Item(
            part.id,
            f"map:{ring}",
            QCoreApplication.translate("Readiness", "{ring}: %n entries", "", n).format(
                ring=spec.label if spec else ring.title()
            ),
            n >= need,
            ""
            if n >= need
            else QCoreApplication.translate("Readiness", "Add at least %n", "", need),
            n > 0,
        )


def _artifact_items(part: Part, ctx: _Ctx) -> Iterator[Item]:
    arts = [a for a in ctx.snap.get("artifacts", []) if a.get("part") == part.id]
    n, want = len(arts), part.count
    more = want - n
    detail = (
        ""
        if n == want
        else (
            QCoreApplication.translate("Readiness", "Add %n more", "", more)
            if n < want
            else QCoreApplication.translate("Readiness", "Keep only %n", "", want)
        )
    )
    label = QCoreApplication.translate("Readiness", "{n} of %n artifacts", "", want).format(n=n)
    yield Item(part.id, "artifacts", label, n == want, detail, bool(arts))
    sources = [a.get("file") or str(a.get("url") or "").strip() for a in arts]
    sources = [s for s in sources if s]
    if len(sources) > 1:
        same = len(sources) != len(set(sources))
        yield Item(
            part.id,
            "artifacts",
            QCoreApplication.translate("Readiness", "Each artifact is different"),
            not same,
            QCoreApplication.translate("Readiness", "Two artifacts attach the same file or link")
            if same
            else "",
        )
    for i, a in enumerate(arts, 1):
        target = f"artifact:{a.get('id')}"
        sha, url = a.get("file"), str(a.get("url") or "").strip()
        if sha and not ctx.file_exists(sha):
            ok = False
            why = QCoreApplication.translate(
                "Readiness", "The attached file is missing: attach it again"
            )
        else:
            ok = bool(sha or url)
            why = (
                "" if ok else QCoreApplication.translate("Readiness", "Attach a file or add a link")
            )
        attached = QCoreApplication.translate("Readiness", "Artifact {i}: file or link attached")
        yield Item(part.id, target, attached.format(i=i), ok, why, ok)
        st = evaluate(str(a.get("description") or ""), part.annotation_words)
        yield Item(
            part.id,
            target,
            QCoreApplication.translate("Readiness", "Artifact {i} annotation: {summary}").format(
                i=i, summary=st.summary()
            ),
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
        why = (
            []
            if str(r.get("role", "")).strip()
            else [QCoreApplication.translate("Readiness", "Role missing")]
        )
        if missing:
            prompts = len(part.prompts)
            unanswered = QCoreApplication.translate(
                "Readiness", "{n} of %n prompts unanswered", "", prompts
            )
            why.append(unanswered.format(n=len(missing)))
        problems.append(why)
    complete = sum(not p for p in problems)
    need = part.min_respondents
    more = need - complete
    yield Item(
        part.id,
        "respondents",
        QCoreApplication.translate(
            "Readiness", "{n} of at least %n stakeholders with all prompts answered", "", need
        ).format(n=complete),
        complete >= need,
        ""
        if complete >= need
        else QCoreApplication.translate("Readiness", "Add feedback from %n more", "", more),
        bool(resp),
    )
    for i, (r, why) in enumerate(zip(resp, problems, strict=True), 1):
        role = str(r.get("role", "")).strip()
        label = (
            QCoreApplication.translate("Readiness", "Stakeholder {i} ({role})").format(
                i=i, role=role
            )
            if role
            else QCoreApplication.translate("Readiness", "Stakeholder {i}").format(i=i)
        )
        yield Item(part.id, f"respondent:{r.get('id')}", label, not why, "; ".join(why))


def part_status(
    cred: Credential,
    part: Part,
    snap: Snapshot,
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
    cred: Credential, snap: Snapshot, file_exists: FileExists | None = None
) -> list[PartStatus]:
    """Status of every part that goes into the submission, in definition order."""
    return [part_status(cred, p, snap, file_exists) for p in cred.parts if p.kind != "learn"]


def is_ready(statuses: Iterable[PartStatus]) -> bool:
    return all(s.state == "complete" for s in statuses)


def todo_items(statuses: Iterable[PartStatus]) -> list[Item]:
    """The unmet requirements, in definition order."""
    return [i for s in statuses for i in s.todo]


def warning_items(statuses: Iterable[PartStatus]) -> list[Item]:
    """Met requirements with a warning (an answer outside a length the credential gives as a
    guide), in definition order."""
    return [i for s in statuses for i in s.items if i.ok and i.warning]
