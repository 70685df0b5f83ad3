"""Yes/No branches: `show_if` on a field shows it only while a sibling choice has a value.

```yaml
- {id: sustainable, type: choice, label: Sustainable?, options: [{id: "yes", ...}, ...]}
- id: scale
  type: long_text
  label: How can you spread it?
  show_if: {field: sustainable, value: "yes"}
```

`value` may be a list (`values:` reads the same). The sibling is a `choice` or `rating` in the
same list of fields (a part's fields, or one group's). A hidden field is not required, not
printed in the packet and not read by the privacy scan; its stored value is kept, so choosing
the branch again brings the answer back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tli_workbook.definitions.model import Field, ShowIf
from tli_workbook.definitions.yamlnode import Node

BRANCH_TYPES = ("choice", "rating")


def parse_show_if(node: Node) -> ShowIf:
    node.mapping({"field", "value", "values"})
    if node.has("value") == node.has("values"):
        raise node.fail("give `value` (one option id) or `values` (a list)")
    vnode = node.get("value") if node.has("value") else node.get("values")
    values = (vnode.str(allow_empty=False),) if isinstance(vnode.value, str) else vnode.strs()
    if not values:
        raise vnode.fail("needs at least one option id")
    return ShowIf(node.get("field").str(allow_empty=False), tuple(values))


def check_show_if(nodes: Sequence[Node], fields: Sequence[Field]) -> None:
    """Each show_if names an earlier-or-later sibling choice, and options it has."""
    by_id = {f.id: f for f in fields}
    for n, f in zip(nodes, fields, strict=True):
        cond = f.show_if
        if cond is None:
            continue
        where = n.get("show_if")
        target = by_id.get(cond.field)
        if target is None or target is f:
            raise where.get("field").fail(f"{cond.field!r} is not another field here")
        if target.type not in BRANCH_TYPES:
            raise where.get("field").fail(f"{cond.field!r} is not a choice")
        known = {o.id for o in (target.scale or target.options)}
        for v in cond.values:
            if v not in known:
                raise where.fail(f"{v!r} is not an option of {cond.field!r}")


def visible(field: Field, value_of: Mapping[str, Any]) -> bool:
    """Whether the field shows, given its siblings' stored values by field id."""
    cond = field.show_if
    return cond is None or value_of.get(cond.field) in cond.values
