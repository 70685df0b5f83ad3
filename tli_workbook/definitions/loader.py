"""Load and validate credential definitions from forms/.

Every error names the file and the field path, e.g.
``forms/credentials/x.yaml: parts[3].fields[0].words: expected [min, max]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from tli_workbook.definitions.binder import TEAM_BINDER_ID, team_binder_credential
from tli_workbook.definitions.keys import LEARN_PART_ID, RESERVED_FIELD_IDS, RESERVED_PART_IDS
from tli_workbook.definitions.model import (
    PART_KINDS,
    STAGES,
    Attribution,
    Credential,
    Field,
    Level,
    Option,
    Part,
    Research,
    Resource,
    Ring,
    Rubric,
    RubricRow,
    Variant,
)
from tli_workbook.definitions.yamlnode import (
    FIELD_ID,
    DefinitionError,
    Node,
    options,
    unique,
)
from tli_workbook.fields.base import COMMON_KEYS
from tli_workbook.fields.conditions import check_show_if, parse_show_if
from tli_workbook.fields.registry import COLUMN_TYPES, FIELD_TYPES, KINDS
from tli_workbook.paths import forms_dir

__all__ = ["DefinitionError", "load_file", "load_catalog", "parse_credential"]

FORMAT_VERSION = 1
MAX_FILE_BYTES = 2_000_000
_CRED_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PART_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
T = TypeVar("T")
# libyaml's safe loader when present: the pure-Python one costs start-up time.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _field(node: Node, *, column: bool = False) -> Field:
    """One field: the common keys here, the type's own keys by its kind. A key the type does
    not use (say `words:` on a short_text) is an error, not silently ignored."""
    node.mapping()
    ftype = node.get("type").choice(COLUMN_TYPES if column else FIELD_TYPES)
    kind = KINDS[ftype]
    allowed = COMMON_KEYS | kind.keys | ({"private"} if kind.stores_value and not column else set())
    allowed |= set() if column else {"show_if"}
    extra = sorted(set(map(str, node.value)) - allowed)
    if extra:
        where = f"{ftype} table columns" if column else f"{ftype} fields"
        raise node.get(extra[0]).fail(f"{extra[0]!r} is not a key of {where}")
    fid = node.get("id").ident(FIELD_ID)
    kw: dict[str, Any] = {
        "id": fid,
        "type": ftype,
        "label": node.get("label", "").str(),
        "help": node.get("help", "").str(),
        "prompts": node.get("prompts", []).strs(),
        "guiding_questions": node.get("guiding_questions", []).strs(),
        "placeholder": node.get("placeholder", "").str(),
        "packet_title": node.get("packet_label", "").str(),
    }
    if not kw["label"] and kind.stores_value:
        raise node.get("label").fail("required for this field type")
    kw["private"] = node.get("private", False).bool()
    kw["required"] = node.get("required", kind.required_by_default and not kw["private"]).bool()
    if kw["private"] and kw["required"]:
        raise node.get("required").fail("a private note is never required")
    if node.has("show_if"):
        kw["show_if"] = parse_show_if(node.get("show_if"))
    kind.parse(node, kw, _field)
    return Field(**kw)


def _fields(node: Node) -> tuple[Field, ...]:
    nodes = node.items()
    fields = tuple(_field(n) for n in nodes)
    unique(nodes, [f.id for f in fields], "field")
    check_show_if(nodes, fields)
    for n, f in zip(nodes, fields, strict=True):
        if f.id in RESERVED_FIELD_IDS:
            raise n.get("id").fail(f"{f.id!r} is kept for the app's own use: choose another id")
    return fields


_PART_KEYS = {
    "id",
    "title",
    "short_title",
    "stage",
    "kind",
    "intro",
    "passing",
    "upload_name",
    "packet",
    "fields",
    "variants",
    "rings",
    "min_context",
    "min_needs",
    "count",
    "annotation_words",
    "annotation_elements",
    "artifact_types",
    "min_respondents",
    "answer_guidance",
    "prompts",
    "collection_methods",
}


def _part(node: Node) -> Part:
    node.mapping(_PART_KEYS)
    kind = node.get("kind").choice(PART_KINDS)
    title = node.get("title").str(allow_empty=False)
    pid = node.get("id").ident(_PART_ID)
    if pid in RESERVED_PART_IDS or pid == LEARN_PART_ID and kind != "learn":
        raise node.get("id").fail(f"{pid!r} is kept for the app's own use: choose another id")
    kw: dict[str, Any] = {
        "id": pid,
        "title": title,
        "short_title": node.get("short_title", title).str(allow_empty=False),
        "stage": node.get("stage").choice(STAGES),
        "kind": kind,
        "intro": node.get("intro", "").str(),
        "passing": node.get("passing", "").str(),
        "upload_name": node.get("upload_name", "").str(),
        "packet": node.get("packet", kind != "learn").bool(),
    }
    if kw["upload_name"] and not re.match(r"^[A-Za-z0-9_]+$", kw["upload_name"]):
        raise node.get("upload_name").fail("letters, digits and _ only (it becomes a file name)")
    if kind == "form":
        if node.has("variants"):
            vnodes = node.get("variants").items()
            variants = []
            for vn in vnodes:
                vn.mapping({"id", "label", "description", "fellow", "fields"})
                fellow = vn.get("fellow", None)
                variants.append(
                    Variant(
                        vn.get("id").ident(FIELD_ID),
                        vn.get("label").str(allow_empty=False),
                        vn.get("description", "").str(),
                        None if fellow.value is None else fellow.bool(),
                        _fields(vn.get("fields")),
                    )
                )
            unique(vnodes, [v.id for v in variants], "variant")
            if not variants:
                raise node.get("variants").fail("needs at least one variant")
            kw["variants"] = tuple(variants)
        else:
            kw["fields"] = _fields(node.get("fields"))
            if not kw["fields"]:
                raise node.get("fields").fail("a form needs at least one field")
    elif kind == "circle_map":
        rn = node.get("rings").mapping({"center", "context", "needs"})
        rings = {}
        for key in ("center", "context", "needs"):
            r = rn.get(key).mapping({"label", "prompt", "prompts"})
            rings[key] = Ring(
                r.get("label").str(allow_empty=False),
                r.get("prompt", "").str(),
                r.get("prompts", []).strs(),
            )
        kw["rings"] = rings
        kw["min_context"] = node.get("min_context", 1).int()
        kw["min_needs"] = node.get("min_needs", 1).int()
    elif kind == "artifacts":
        kw["count"] = node.get("count").int(minimum=1)
        kw["annotation_words"] = node.get("annotation_words").range()
        kw["annotation_elements"] = options(node.get("annotation_elements"))
        kw["artifact_types"] = node.get("artifact_types", []).strs()
    elif kind == "feedback":
        kw["min_respondents"] = node.get("min_respondents").int(minimum=1)
        kw["answer_guidance"] = node.get("answer_guidance", "").str()
        pnodes = node.get("prompts").items()
        prompts = []
        for pn in pnodes:
            pn.mapping({"id", "text"})
            prompts.append(Option(pn.get("id").ident(FIELD_ID), pn.get("text").str(False)))
        unique(pnodes, [p.id for p in prompts], "prompt")
        if not prompts:
            raise node.get("prompts").fail("needs at least one prompt")
        kw["prompts"] = tuple(prompts)
        kw["collection_methods"] = node.get("collection_methods", []).strs()
    return Part(**kw)


_TOP_KEYS = {
    "format",
    "id",
    "title",
    "short_title",
    "issuer",
    "strand",
    "competency",
    "key_method",
    "method_components",
    "attribution",
    "earning",
    "anonymity",
    "levels",
    "plan_types",
    "research",
    "resources",
    "rubric",
    "parts",
}


def _each(node: Node, build: Callable[[Node], T]) -> tuple[T, ...]:
    return tuple(build(n) for n in node.items())


def parse_credential(data: Any, file: str) -> Credential:
    """Validate one parsed YAML document and build a Credential."""
    root = Node(file, "", data).mapping(_TOP_KEYS)
    fmt = root.get("format")
    if fmt.int(minimum=1) != FORMAT_VERSION:
        raise fmt.fail(f"format {fmt.value} is not supported (this app reads {FORMAT_VERSION})")
    cid = root.get("id").ident(_CRED_ID)
    if file.endswith((".yaml", ".yml")) and Path(file).stem != cid:
        raise root.get("id").fail(f"{cid!r} must equal the file name {Path(file).stem!r}")

    def level(n: Node) -> Level:
        n.mapping({"id", "title", "descriptors"})
        return Level(
            n.get("id").ident(FIELD_ID), n.get("title").str(False), n.get("descriptors").strs()
        )

    def research(n: Node) -> Research:
        n.mapping({"citation", "summary"})
        return Research(n.get("citation").str(False), n.get("summary", "").str())

    def resource(n: Node) -> Resource:
        n.mapping({"title", "kind", "note"})
        return Resource(
            n.get("title").str(False),
            n.get("kind", "link").choice(("template", "reading", "video", "link")),
            n.get("note", "").str(),
        )

    an = root.get("attribution").mapping({"source", "revised", "licence", "note"})
    attribution = Attribution(
        an.get("source").str(False),
        an.get("revised", "").str(),
        an.get("licence").str(False),
        an.get("note", "").str(),
    )

    pnodes = root.get("parts").items()
    parts = tuple(_part(n) for n in pnodes)
    unique(pnodes, [p.id for p in parts], "part")
    if not parts:
        raise root.get("parts").fail("a credential needs at least one part")

    rn = root.get("rubric").mapping({"scale", "pass", "rows"})
    scale = options(rn.get("scale"))
    scale_ids = [s.id for s in scale]
    passing = rn.get("pass").strs()
    for i, p in enumerate(passing):
        if p not in scale_ids:
            raise rn.get("pass").items()[i].fail(f"{p!r} is not a level of the rubric scale")
    part_ids = {p.id for p in parts}
    rows = []
    rnodes = rn.get("rows").items()
    for n in rnodes:
        n.mapping({"id", "title", "part", "criteria"})
        part_ref = n.get("part").str(False)
        if part_ref not in part_ids:
            raise n.get("part").fail(f"{part_ref!r} is not a part of this credential")
        cn = n.get("criteria").mapping(scale_ids)
        criteria = {str(k): cn.get(str(k)).strs() for k in cn.value}
        rows.append(
            RubricRow(n.get("id").ident(_PART_ID), n.get("title").str(False), part_ref, criteria)
        )
    unique(rnodes, [r.id for r in rows], "rubric row")

    title = root.get("title").str(allow_empty=False)
    return Credential(
        id=cid,
        title=title,
        short_title=root.get("short_title", title).str(),
        issuer=root.get("issuer").str(False),
        strand=root.get("strand", "").str(),
        competency=root.get("competency").str(False),
        key_method=root.get("key_method").str(False),
        method_components=root.get("method_components", "").str(),
        attribution=attribution,
        earning=root.get("earning").str(False),
        anonymity=root.get("anonymity", "").str(),
        levels=_each(root.get("levels", []), level),
        plan_types=root.get("plan_types", []).strs(),
        research=_each(root.get("research", []), research),
        resources=_each(root.get("resources", []), resource),
        rubric=Rubric(scale, passing, tuple(rows)),
        parts=parts,
        source_file=file,
        raw=data,
    )


def read_yaml(path: Path) -> tuple[Any, str]:
    """One definition file parsed (size, encoding and YAML errors named), with the name
    errors use for it. Shared by credentials and tools."""
    shown = _display(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DefinitionError(shown, "", f"file is larger than {MAX_FILE_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DefinitionError(shown, "", f"not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise DefinitionError(shown, "", f"cannot be read ({exc.strerror})") from exc
    try:
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DefinitionError(shown, "", f"not valid YAML: {where}{problem}") from exc
    return data, shown


def load_file(path: Path) -> Credential:
    return parse_credential(*read_yaml(path))


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(forms_dir().parent))
    except ValueError:
        return str(path)


class Catalog:
    """All credential definitions, in a stable order (by title)."""

    def __init__(self, credentials: Iterable[Credential]) -> None:
        self._by_id = {c.id: c for c in sorted(credentials, key=lambda c: c.title)}

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, cid: object) -> bool:
        return cid in self._by_id or cid == TEAM_BINDER_ID

    def get(self, cid: str) -> Credential:
        # A team binder has no credential: iteration leaves it out, lookups answer it.
        if cid == TEAM_BINDER_ID:
            return team_binder_credential()
        try:
            return self._by_id[cid]
        except KeyError:
            raise KeyError(f"unknown credential {cid!r}") from None

    def ids(self) -> list[str]:
        return list(self._by_id)


def load_catalog(folder: Path | None = None) -> Catalog:
    folder = folder or forms_dir() / "credentials"
    files = sorted(p for p in folder.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))
    if not files:
        raise DefinitionError(str(folder), "", "no credential definitions found")
    return Catalog(load_file(p) for p in files)


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    return load_catalog()
