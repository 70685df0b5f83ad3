"""Answer keys: the one place that says under which key a value is stored.

Keys are "<part>.<field>", "<part>.<variant>.<field>", "<part>.variant" (the chosen variant),
"<part>.self_level" (the Learn page's level), "rubric.<row>", "privacy.<what>" and, for a
filled copy of a guidebook tool, "tool.<copy id>.<field>" (the copy's form is the tool's part
renamed "tool.<copy id>", so the form engine builds exactly these keys). A definition
whose part ids would collide with the keys the app keeps for itself is refused at load.
"""

from __future__ import annotations

from tli_workbook.definitions.model import Field, Part, RubricRow, Variant

# Part ids the app's own keys start with ("privacy.terms", "rubric.<row>").
TOOL_PREFIX = "tool"
RESERVED_PART_IDS: frozenset[str] = frozenset({"privacy", "rubric", TOOL_PREFIX})
# "learn.self_level" is the Learn page's own answer: only a learn part may be called "learn".
LEARN_PART_ID = "learn"
# Keys the app stores inside a part (never a field id there).
VARIANT = "variant"
SELF_LEVEL = "self_level"
RESERVED_FIELD_IDS: frozenset[str] = frozenset({VARIANT, SELF_LEVEL})


def answer_key(part: Part | str, field: Field | str, variant: Variant | str | None = None) -> str:
    pid = part if isinstance(part, str) else part.id
    fid = field if isinstance(field, str) else field.id
    if variant is not None:
        vid = variant if isinstance(variant, str) else variant.id
        return f"{pid}.{vid}.{fid}"
    return f"{pid}.{fid}"


def variant_key(part: Part | str) -> str:
    return f"{part if isinstance(part, str) else part.id}.{VARIANT}"


def self_level_key(part: Part | str) -> str:
    return f"{part if isinstance(part, str) else part.id}.{SELF_LEVEL}"


def rubric_key(row: RubricRow | str) -> str:
    return f"rubric.{row if isinstance(row, str) else row.id}"


def privacy_key(what: str) -> str:
    return f"privacy.{what}"


def tool_part_id(copy_id: str) -> str:
    """The part id a tool copy's form is shown and stored under: its answers are then
    answer_key(tool_part_id(c), field) == tool_key(c, field)."""
    return f"{TOOL_PREFIX}.{copy_id}"


def tool_key(copy_id: str, field: Field | str) -> str:
    return answer_key(tool_part_id(copy_id), field)


def tool_copy_prefix(copy_id: str) -> str:
    """Every answer of one tool copy starts with this."""
    return f"{tool_part_id(copy_id)}."
