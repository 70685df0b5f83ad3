"""Typed, read-only view of a credential definition (see forms/README.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_OPTIONAL = re.compile(r"\s*\(optional\)\s*$", re.IGNORECASE)

STAGES: tuple[str, ...] = ("learn", "design", "do", "reflect")
STAGE_TITLES: dict[str, str] = {
    "learn": "Learn",
    "design": "Design",
    "do": "Do",
    "reflect": "Reflect",
}
PART_KINDS: tuple[str, ...] = ("learn", "form", "circle_map", "artifacts", "feedback")
# Field types and which of them may be table columns: see tli_workbook.fields.registry.


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class OptionGroup:
    title: str
    items: tuple[Option, ...]


@dataclass(frozen=True)
class Range:
    """An inclusive range; either end may be None (open)."""

    min: int | None
    max: int | None

    def contains(self, n: int) -> bool:
        return (self.min is None or n >= self.min) and (self.max is None or n <= self.max)

    def describe(self, unit: str) -> str:
        if self.min is not None and self.max is not None:
            return f"{self.min}-{self.max} {unit}"
        if self.max is not None:
            return f"at most {self.max} {unit}"
        if self.min is not None:
            return f"at least {self.min} {unit}"
        return unit


@dataclass(frozen=True)
class Coverage:
    field: str
    each_at_least: int
    values: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class ShowIf:
    """Show a field only while a sibling choice holds one of `values` (a Yes/No branch)."""

    field: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Field:
    id: str
    type: str
    label: str
    help: str = ""
    prompts: tuple[str, ...] = ()
    guiding_questions: tuple[str, ...] = ()
    required: bool = False
    placeholder: str = ""
    text: str = ""  # info
    max_chars: int | None = None
    words: Range | None = None
    bullets: Range | None = None
    guidance: str = ""
    limit: str = "hard"  # "hard" (a rule) or "guide" (the credential calls it a guide)
    words_always: bool = False  # the word range holds even for an answer given as bullets
    private: bool = False  # a note for the teacher: never printed in the packet
    packet_title: str = ""  # the label the packet prints, when it differs from the page's
    min: float | None = None
    max: float | None = None
    integer: bool = True
    options: tuple[Option, ...] = ()
    style: str = "radio"
    groups: tuple[OptionGroup, ...] = ()
    allow_other: bool = False
    scale: tuple[Option, ...] = ()
    columns: tuple[Field, ...] = ()
    rows: tuple[Option, ...] = ()
    min_rows: int = 0
    max_rows: int | None = None
    fields: tuple[Field, ...] = ()
    item_label: str = "Item"
    coverage: Coverage | None = None
    levels: tuple[Option, ...] = ()
    checks: dict[str, tuple[Option, ...]] = field(default_factory=dict)
    min_links: int = 1
    accept: tuple[str, ...] = ()
    flowchart: bool = False  # group: each item also prints as a Yes/No flowchart
    show_if: ShowIf | None = None  # any field: shown (and required, printed) only then
    minutes: int | None = None  # info: a timed section (the page offers a countdown)
    template: str = ""  # letter: text with {sub-field id} placeholders
    option_rows: dict[str, tuple[Option, ...]] = field(default_factory=dict)  # choice_table
    note_label: str = ""  # signoff: the label of the notes column ("" = no notes)

    @property
    def all_items(self) -> tuple[Option, ...]:
        """Checklist items, flattened over groups."""
        if self.groups:
            return tuple(item for g in self.groups for item in g.items)
        return self.options

    @property
    def stores_value(self) -> bool:
        return self.type != "info"

    @property
    def packet_label(self) -> str:
        """The label as the assessor reads it: "(optional)" is a hint for the teacher."""
        return self.packet_title or _OPTIONAL.sub("", self.label) or self.label

    @property
    def is_guide(self) -> bool:
        return self.limit == "guide"


@dataclass(frozen=True)
class Variant:
    id: str
    label: str
    description: str
    fellow: bool | None
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Ring:
    label: str
    prompt: str
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class Part:
    id: str
    title: str
    short_title: str
    stage: str
    kind: str
    intro: str = ""
    passing: str = ""
    upload_name: str = ""
    packet: bool = True
    fields: tuple[Field, ...] = ()
    variants: tuple[Variant, ...] = ()
    # circle_map
    rings: dict[str, Ring] = field(default_factory=dict)
    min_context: int = 1
    min_needs: int = 1
    # artifacts
    count: int = 0
    annotation_words: Range | None = None
    annotation_elements: tuple[Option, ...] = ()
    artifact_types: tuple[str, ...] = ()
    # feedback
    min_respondents: int = 0
    answer_guidance: str = ""
    prompts: tuple[Option, ...] = ()
    collection_methods: tuple[str, ...] = ()

    def variant(self, variant_id: str | None) -> Variant | None:
        for v in self.variants:
            if v.id == variant_id:
                return v
        return None

    def default_variant(self, fellow: bool) -> Variant | None:
        for v in self.variants:
            if v.fellow is fellow:
                return v
        return self.variants[0] if self.variants else None


@dataclass(frozen=True)
class Level:
    id: str
    title: str
    descriptors: tuple[str, ...]


@dataclass(frozen=True)
class Research:
    citation: str
    summary: str


@dataclass(frozen=True)
class Resource:
    title: str
    kind: str
    note: str


@dataclass(frozen=True)
class RubricRow:
    id: str
    title: str
    part: str
    criteria: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Rubric:
    scale: tuple[Option, ...]
    passing: tuple[str, ...]
    rows: tuple[RubricRow, ...]

    def rows_for(self, part_id: str) -> tuple[RubricRow, ...]:
        return tuple(r for r in self.rows if r.part == part_id)


@dataclass(frozen=True)
class Attribution:
    source: str
    revised: str
    licence: str
    note: str


@dataclass(frozen=True)
class Credential:
    id: str
    title: str
    short_title: str
    issuer: str
    strand: str
    competency: str
    key_method: str
    method_components: str
    attribution: Attribution
    earning: str
    anonymity: str
    levels: tuple[Level, ...]
    plan_types: tuple[str, ...]
    research: tuple[Research, ...]
    resources: tuple[Resource, ...]
    rubric: Rubric
    parts: tuple[Part, ...]
    source_file: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def part(self, part_id: str) -> Part:
        for p in self.parts:
            if p.id == part_id:
                return p
        raise KeyError(part_id)

    def parts_in_stage(self, stage: str) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.stage == stage)

    def parts_of_kind(self, kind: str) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.kind == kind)
