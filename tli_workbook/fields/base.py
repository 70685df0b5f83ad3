"""What a field type is: one class per type owns everything about it (no Qt here).

A FieldKind says which YAML keys the type accepts and builds its part of the Field, gives the
one normalised shape of a stored value, the readiness items, the text the privacy scan reads
and the packet blocks. The loader, readiness, the privacy scan and the packet builder ask the
kind of a field (registry.kind_of) instead of testing its type; the Qt editors are found
through tli_workbook.ui.forms.registry, keyed by the same type names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook.definitions.model import Field, Option
from tli_workbook.definitions.yamlnode import Node
from tli_workbook.packet.document import Block, BulletList, Heading, Paragraph, Run
from tli_workbook.review.items import Item

NO_ANSWER = str(QT_TRANSLATE_NOOP("Fields", "(No answer.)"))  # translated where shown

# Keys every field may carry. `private` is refused on a field that stores nothing.
COMMON_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "label",
        "packet_label",
        "help",
        "prompts",
        "guiding_questions",
        "required",
        "placeholder",
    }
)


class ReadinessContext(Protocol):
    """What readiness knows beyond the value: the Circle Map's needs and the stored files."""

    def need_ids(self) -> set[str]: ...

    def file_exists(self, sha: str) -> bool: ...


class PacketContext(Protocol):
    """What the packet builder lends a field type to lay out its value."""

    def heading(
        self, text: str, level: int, *, page_break: bool = False, toc: bool = True
    ) -> Heading: ...

    def file_blocks(
        self, sha: Any, name: str, markup: Sequence[Any], caption: str, what: str
    ) -> list[Block]: ...

    def entry_text(self, entry_id: Any) -> str: ...

    def fields_blocks(
        self, fields: Sequence[Field], value_of: Callable[[Field], Any], level: int
    ) -> list[Block]: ...


@dataclass(frozen=True)
class TextPiece:
    """One piece of an answer the privacy scan reads."""

    loc: str  # stable location id (part of a finding's key)
    where: str  # human label
    text: str = ""
    mode: str = "text"  # "text", "name" (a file name) or "file" (read the file's metadata)
    sha: str = ""


def is_empty(value: Any) -> bool:
    """Nothing entered: None, blank text, or a container holding only empty things."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, dict):
        return all(is_empty(v) for v in value.values())
    if isinstance(value, list):
        return all(is_empty(v) for v in value)
    return False


def option_label(options: Sequence[Option], value: Any) -> str:
    for o in options:
        if o.id == value:
            return o.label
    return str(value)


def text_of(value: Any) -> str:
    return value if isinstance(value, str) else ""


def string_list(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


class FieldKind:
    """One field type. Subclasses set `name` and `keys` and override what differs."""

    name: ClassVar[str] = ""
    keys: ClassVar[frozenset[str]] = frozenset()  # YAML keys beyond COMMON_KEYS
    column: ClassVar[bool] = False  # may be a table or outline column
    stores_value: ClassVar[bool] = True
    compact: ClassVar[bool] = False  # a one-line value: a details-table row in the packet
    prose: ClassVar[bool] = False  # free text the teacher writes (short or long)
    multiline: ClassVar[bool] = False  # prose in paragraphs (gets a tall box, a counter)
    required_by_default: ClassVar[bool] = False
    column_width: ClassVar[float] = 1.0  # relative width as a table column

    # -- definition

    def parse(self, node: Node, kw: dict[str, Any], parse_field: Callable[..., Field]) -> None:
        """Read this type's own keys from `node` into the Field's keyword arguments."""

    # -- stored value

    def normalise(self, field: Field, value: Any) -> Any:
        """The one shape everybody reads; what the editor stores comes back unchanged."""
        return value

    def filled(self, field: Field, value: Any) -> bool:
        return not is_empty(self.normalise(field, value))

    # -- readiness

    def problem(self, field: Field, value: Any) -> str:
        """Why a value does not meet its field, as one phrase ("" when it does)."""
        if not self.filled(field, value):
            return QCoreApplication.translate("Fields", "Required") if field.required else ""
        return ""

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        problem = self.problem(field, value)
        if field.required or problem:
            yield Item(part_id, key, field.label, not problem, problem, self.filled(field, value))

    # -- privacy

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        """The text a reviewer could read in this value (nothing for ids and numbers)."""
        return iter(())

    # -- packet

    def compact_text(self, field: Field, value: Any) -> str:
        """The value on one line (details tables and table cells)."""
        if is_empty(value):
            return "\u2014"  # an em dash reads as "left blank" in a details table
        return str(value)

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        """The value under its heading (the builder writes the heading)."""
        if is_empty(value):
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        return [Paragraph.of(self.compact_text(field, value))]


def prompt_blocks(field: Field) -> list[Block]:
    if not field.prompts:
        return []
    if len(field.prompts) == 1:
        return [Paragraph.of(field.prompts[0], "prompt")]
    return [BulletList([[Run(p)] for p in field.prompts], style="prompt")]


def mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}
