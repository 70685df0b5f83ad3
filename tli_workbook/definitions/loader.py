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

from tli_workbook.definitions.model import (
    COLUMN_TYPES,
    FIELD_TYPES,
    PART_KINDS,
    STAGES,
    Attribution,
    Coverage,
    Credential,
    Field,
    Level,
    Option,
    OptionGroup,
    Part,
    Range,
    Research,
    Resource,
    Ring,
    Rubric,
    RubricRow,
    Variant,
)
from tli_workbook.paths import forms_dir

FORMAT_VERSION = 1
MAX_FILE_BYTES = 2_000_000
_CRED_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PART_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_FIELD_ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")
T = TypeVar("T")
# libyaml's safe loader when present: the pure-Python one costs start-up time.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DefinitionError(Exception):
    """A definition file is malformed. ``str()`` names the file and the field path."""

    def __init__(self, file: str, path: str, message: str) -> None:
        self.file = file
        self.path = path
        self.message = message
        where = f"{file}: {path}: " if path else f"{file}: "
        super().__init__(where + message)


class _Node:
    """A value in the YAML tree that knows its path, for error messages."""

    def __init__(self, file: str, path: str, value: Any) -> None:
        self.file, self.path, self.value = file, path, value

    def fail(self, message: str) -> DefinitionError:
        return DefinitionError(self.file, self.path, message)

    def _child_path(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def mapping(self, allowed: Iterable[str] | None = None) -> _Node:
        if not isinstance(self.value, dict):
            raise self.fail(f"expected a mapping, found {_kind(self.value)}")
        if allowed is not None:
            extra = sorted(set(map(str, self.value)) - set(allowed))
            if extra:
                raise self.fail(f"unknown key {extra[0]!r}")
        return self

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and key in self.value

    def get(self, key: str, default: Any = ...) -> _Node:
        self.mapping()
        if key not in self.value:
            if default is ...:
                raise DefinitionError(self.file, self._child_path(key), "required, missing")
            return _Node(self.file, self._child_path(key), default)
        return _Node(self.file, self._child_path(key), self.value[key])

    def items(self) -> list[_Node]:
        if self.value is None:
            return []
        if not isinstance(self.value, list):
            raise self.fail(f"expected a list, found {_kind(self.value)}")
        return [_Node(self.file, self._child_path(i), v) for i, v in enumerate(self.value)]

    def str(self, allow_empty: bool = True) -> str:
        v = self.value
        if isinstance(v, bool) or not isinstance(v, (str, int, float)) and v is not None:
            raise self.fail(f"expected text, found {_kind(v)}")
        s = "" if v is None else str(v).strip()
        if not s and not allow_empty:
            raise self.fail("must not be empty")
        return s

    def ident(self, pattern: re.Pattern[str]) -> str:
        s = self.str(allow_empty=False)
        if not pattern.match(s):
            raise self.fail(f"{s!r} is not a valid id (allowed: {pattern.pattern})")
        return s

    def strs(self) -> tuple[str, ...]:
        return tuple(n.str(allow_empty=False) for n in self.items())

    def bool(self) -> bool:
        if not isinstance(self.value, bool):
            raise self.fail(f"expected true or false, found {_kind(self.value)}")
        return self.value

    def int(self, *, minimum: int = 0) -> int:
        v = self.value
        if isinstance(v, bool) or not isinstance(v, int):
            raise self.fail(f"expected a whole number, found {_kind(v)}")
        if v < minimum:
            raise self.fail(f"must be at least {minimum}")
        return v

    def number(self) -> float | None:
        v = self.value
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise self.fail(f"expected a number, found {_kind(v)}")
        return float(v)

    def choice(self, allowed: Iterable[str]) -> str:
        allowed = tuple(allowed)
        s = self.str(allow_empty=False)
        if s not in allowed:
            raise self.fail(f"{s!r} is not one of {', '.join(allowed)}")
        return s

    def range(self) -> Range:
        v = self.value
        if (
            not isinstance(v, list)
            or len(v) != 2
            or any(x is not None and (isinstance(x, bool) or not isinstance(x, int)) for x in v)
        ):
            raise self.fail("expected [min, max] (whole numbers or null)")
        lo, hi = v
        if lo is not None and lo < 0 or hi is not None and hi < 0:
            raise self.fail("limits must not be negative")
        if lo is not None and hi is not None and lo > hi:
            raise self.fail(f"min {lo} is greater than max {hi}")
        return Range(lo, hi)


def _kind(v: Any) -> str:
    if v is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false"}.get(
        type(v), type(v).__name__
    )


def _unique(nodes: list[_Node], ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for node, i in zip(nodes, ids, strict=True):
        if i in seen:
            raise node.fail(f"duplicate {what} id {i!r}")
        seen.add(i)


def _options(node: _Node) -> tuple[Option, ...]:
    nodes = node.items()
    out = []
    for n in nodes:
        n.mapping({"id", "label"})
        out.append(Option(n.get("id").ident(_FIELD_ID), n.get("label").str(allow_empty=False)))
    _unique(nodes, [o.id for o in out], "option")
    return tuple(out)


_FIELD_KEYS = {
    "id",
    "type",
    "label",
    "help",
    "prompts",
    "guiding_questions",
    "required",
    "placeholder",
    "text",
    "max_chars",
    "words",
    "bullets",
    "guidance",
    "min",
    "max",
    "integer",
    "options",
    "style",
    "items",
    "groups",
    "allow_other",
    "scale",
    "columns",
    "rows",
    "min_rows",
    "max_rows",
    "fields",
    "item_label",
    "coverage",
    "levels",
    "checks",
    "accept",
}


def _field(node: _Node, *, column: bool = False) -> Field:
    node.mapping(_FIELD_KEYS)
    ftype = node.get("type").choice(COLUMN_TYPES if column else FIELD_TYPES)
    fid = node.get("id").ident(_FIELD_ID)
    kw: dict[str, Any] = {
        "id": fid,
        "type": ftype,
        "label": node.get("label", "").str(),
        "help": node.get("help", "").str(),
        "prompts": node.get("prompts", []).strs(),
        "guiding_questions": node.get("guiding_questions", []).strs(),
        "placeholder": node.get("placeholder", "").str(),
    }
    if not kw["label"] and ftype != "info":
        raise node.get("label").fail("required for this field type")
    default_required = ftype == "long_text"
    kw["required"] = node.get("required", default_required).bool()
    if ftype == "info":
        kw["text"] = node.get("text").str(allow_empty=False)
    elif ftype == "short_text":
        if node.has("max_chars"):
            kw["max_chars"] = node.get("max_chars").int(minimum=1)
    elif ftype == "long_text":
        if node.has("words"):
            kw["words"] = node.get("words").range()
        if node.has("bullets"):
            kw["bullets"] = node.get("bullets").range()
        kw["guidance"] = node.get("guidance", "").str()
    elif ftype == "number":
        kw["min"] = node.get("min", None).number()
        kw["max"] = node.get("max", None).number()
        kw["integer"] = node.get("integer", True).bool()
    elif ftype in ("choice", "multi_choice"):
        kw["options"] = _options(node.get("options"))
        if not kw["options"]:
            raise node.get("options").fail("needs at least one option")
        kw["style"] = node.get("style", "radio").choice(("radio", "dropdown"))
    elif ftype == "checklist":
        if node.has("groups"):
            groups = []
            for g in node.get("groups").items():
                g.mapping({"title", "items"})
                groups.append(OptionGroup(g.get("title", "").str(), _options(g.get("items"))))
            kw["groups"] = tuple(groups)
            flat = [o.id for grp in groups for o in grp.items]
            if len(flat) != len(set(flat)):
                raise node.get("groups").fail("item ids must be unique across groups")
        else:
            kw["options"] = _options(node.get("items"))
        kw["allow_other"] = node.get("allow_other", False).bool()
    elif ftype == "rating":
        kw["scale"] = _options(node.get("scale"))
        if len(kw["scale"]) < 2:
            raise node.get("scale").fail("a rating needs at least two levels")
    elif ftype == "table":
        kw["columns"] = _columns(node.get("columns"))
        if node.has("rows"):
            kw["rows"] = _options(node.get("rows"))
        kw["min_rows"] = node.get("min_rows", 0).int()
        if node.has("max_rows"):
            kw["max_rows"] = node.get("max_rows").int(minimum=1)
    elif ftype == "group":
        sub_nodes = node.get("fields").items()
        kw["fields"] = tuple(_field(n) for n in sub_nodes)
        _unique(sub_nodes, [f.id for f in kw["fields"]], "field")
        kw["min_rows"] = node.get("min", 0).int()
        if node.has("max"):
            kw["max_rows"] = node.get("max").int(minimum=1)
        kw["item_label"] = node.get("item_label", "Item").str(allow_empty=False)
        if node.has("coverage"):
            kw["coverage"] = _coverage(node.get("coverage"), kw["fields"])
    elif ftype == "outline":
        kw["levels"] = _options(node.get("levels"))
        if not kw["levels"]:
            raise node.get("levels").fail("an outline needs at least one level")
        kw["columns"] = _columns(node.get("columns", []))
        checks: dict[str, tuple[Option, ...]] = {}
        if node.has("checks"):
            cn = node.get("checks").mapping()
            level_ids = {lv.id for lv in kw["levels"]}
            for key in cn.value:
                if key not in level_ids:
                    raise cn.get(key).fail(f"{key!r} is not a level of this outline")
                checks[str(key)] = _options(cn.get(key))
        kw["checks"] = checks
    elif ftype == "need_link":
        kw["min_links"] = node.get("min", 1).int()
    elif ftype == "file":
        kw["accept"] = node.get("accept", []).strs()
    return Field(**kw)


def _columns(node: _Node) -> tuple[Field, ...]:
    nodes = node.items()
    cols = tuple(_field(n, column=True) for n in nodes)
    _unique(nodes, [c.id for c in cols], "column")
    return cols


def _coverage(node: _Node, fields: tuple[Field, ...]) -> Coverage:
    node.mapping({"field", "each_at_least", "values", "label"})
    fname = node.get("field").ident(_FIELD_ID)
    target = next((f for f in fields if f.id == fname), None)
    if target is None or target.type != "choice":
        raise node.get("field").fail(f"{fname!r} must name a choice field of this group")
    values = node.get("values").strs()
    known = {o.id for o in target.options}
    for i, v in enumerate(values):
        if v not in known:
            raise node.get("values").items()[i].fail(f"{v!r} is not an option of {fname!r}")
    return Coverage(
        fname,
        node.get("each_at_least", 1).int(minimum=1),
        values,
        node.get("label", "").str(),
    )


def _fields(node: _Node) -> tuple[Field, ...]:
    nodes = node.items()
    fields = tuple(_field(n) for n in nodes)
    _unique(nodes, [f.id for f in fields], "field")
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


def _part(node: _Node) -> Part:
    node.mapping(_PART_KEYS)
    kind = node.get("kind").choice(PART_KINDS)
    title = node.get("title").str(allow_empty=False)
    kw: dict[str, Any] = {
        "id": node.get("id").ident(_PART_ID),
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
                        vn.get("id").ident(_FIELD_ID),
                        vn.get("label").str(allow_empty=False),
                        vn.get("description", "").str(),
                        None if fellow.value is None else fellow.bool(),
                        _fields(vn.get("fields")),
                    )
                )
            _unique(vnodes, [v.id for v in variants], "variant")
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
        kw["annotation_elements"] = _options(node.get("annotation_elements"))
        kw["artifact_types"] = node.get("artifact_types", []).strs()
    elif kind == "feedback":
        kw["min_respondents"] = node.get("min_respondents").int(minimum=1)
        kw["answer_guidance"] = node.get("answer_guidance", "").str()
        pnodes = node.get("prompts").items()
        prompts = []
        for pn in pnodes:
            pn.mapping({"id", "text"})
            prompts.append(Option(pn.get("id").ident(_FIELD_ID), pn.get("text").str(False)))
        _unique(pnodes, [p.id for p in prompts], "prompt")
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


def _each(node: _Node, build: Callable[[_Node], T]) -> tuple[T, ...]:
    return tuple(build(n) for n in node.items())


def parse_credential(data: Any, file: str) -> Credential:
    """Validate one parsed YAML document and build a Credential."""
    root = _Node(file, "", data).mapping(_TOP_KEYS)
    fmt = root.get("format")
    if fmt.int(minimum=1) != FORMAT_VERSION:
        raise fmt.fail(f"format {fmt.value} is not supported (this app reads {FORMAT_VERSION})")
    cid = root.get("id").ident(_CRED_ID)
    if file.endswith((".yaml", ".yml")) and Path(file).stem != cid:
        raise root.get("id").fail(f"{cid!r} must equal the file name {Path(file).stem!r}")

    def level(n: _Node) -> Level:
        n.mapping({"id", "title", "descriptors"})
        return Level(
            n.get("id").ident(_FIELD_ID), n.get("title").str(False), n.get("descriptors").strs()
        )

    def research(n: _Node) -> Research:
        n.mapping({"citation", "summary"})
        return Research(n.get("citation").str(False), n.get("summary", "").str())

    def resource(n: _Node) -> Resource:
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
    _unique(pnodes, [p.id for p in parts], "part")
    if not parts:
        raise root.get("parts").fail("a credential needs at least one part")

    rn = root.get("rubric").mapping({"scale", "pass", "rows"})
    scale = _options(rn.get("scale"))
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
    _unique(rnodes, [r.id for r in rows], "rubric row")

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


def load_file(path: Path) -> Credential:
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
    return parse_credential(data, shown)


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
        return cid in self._by_id

    def get(self, cid: str) -> Credential:
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
