"""The field-type contract: what the real editor stores is read the same way by everyone.

For every field type of all_types.yaml, the values typed and clicked into the real widgets go
through the kind's normaliser (unchanged), readiness (met), the privacy scan's text (every
typed word is read), the packet (every answer printed, under the right row) and an archive
round trip (equal, and read the same again). The checklist's "Other" text and the fixed-row
table are the two shapes the readers once disagreed on (a choice's "Other" box follows the
checklist's shape); a definition that adds a row must not
move answers under another row's label.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from formkit import ALL_TYPES, fill_every_type, open_all_types

from tli_workbook.definitions import parse_credential
from tli_workbook.definitions.keys import answer_key
from tli_workbook.definitions.model import Credential
from tli_workbook.fields.registry import FIELD_TYPES, kind_of
from tli_workbook.packet.builder import PacketOptions, build_document
from tli_workbook.packet.document import BulletList, Document, Table, plain_text
from tli_workbook.review.privacy_scan import sources
from tli_workbook.review.readiness import part_status
from tli_workbook.store import Store
from tli_workbook.store.archive import export_archive, import_archive

# Everything fill_every_type types, by the field it goes into.
TYPED = {
    "name": ["A short answer"],
    "colour": ["Teal"],
    "essay": ["A few words of essay"],
    "skills": ["Mirror body language"],
    "outreach": ["Staff meeting"],
    "log": ["Kick-off", "Wrap-up", "Check-in", "Short notes"],
    "talks": ["Draft", "Mentor notes"],
    "plan": ["Objective one", "Me", "Task one", "Task two"],
    "files": ["action-plan.pdf"],
    "rca": [
        "Students arrive late",
        "No breakfast at home",
        "Buses run late",
        "Families leave early",
        "Costs rose",
        "Shifts start at six",
        "Grab-and-go breakfast",
    ],
    "teams": [
        "District Leadership Team",
        "Lincoln SLT",
        "Grade 3 PLC",
        "Family committee",
        "Labor council",
    ],
    "style": ["Opening words", "Problem words"],
    "agree": ["Ana Partner", "Ben Partner"],
    "sign": ["Cara Lead", "Dev Lead", "Pledge note"],
    "memo": ["All staff", "early literacy"],
    "if_yes": ["Taken branch"],
}
# ... and how the packet shows what was picked rather than typed.
SHOWN = {
    "when": ["March 14, 2025"],
    "count": ["12"],
    "ratio": ["2.5"],
    "colour": ["Other: Teal"],
    "size": ["Medium"],
    "days": ["Monday", "Wednesday"],
    "confidence": ["Medium"],
    "needs": ["Need two"],
    "style": ["Story"],
    "agree": ["Agreed by all partners: 1 of 2"],
    "sign": ["CL", "DL", "1 of 2 initialled by all"],
    "memo": ["Dear All staff,", "Together we will work on early literacy."],
}


def _with_rows(cred_yaml: str, rows: list[dict[str, str]]) -> Credential:
    """all_types.yaml with the fixed-row table's rows replaced (a revised definition)."""
    data = yaml.safe_load(cred_yaml)
    form = next(p for p in data["parts"] if p["id"] == "form")
    table = next(f for f in form["fields"] if f["id"] == "outreach")
    table["rows"] = rows
    table["required"] = True
    return parse_credential(data, "all-types")


def _packet(snap: dict[str, Any], cred: Credential, store: Store, tmp: Path) -> Document:
    work = tmp / f"work{len(list(tmp.iterdir()))}"
    work.mkdir()
    doc, _warnings = build_document(snap, cred, store.file_path, work, PacketOptions(toc=False))
    return doc


def _blocks(doc: Document) -> list[Any]:
    out: list[Any] = []
    for section in doc.sections:
        out.extend(section.blocks)
        for child in section.children:
            out.extend(child.blocks)
    return out


def _text(doc: Document) -> str:
    return "\n".join(line for b in _blocks(doc) for line in plain_text(b))


def _fixed_table(doc: Document) -> dict[str, list[str]]:
    """The fixed-row table as the assessor reads it: row label -> cell texts."""
    for block in _blocks(doc):
        if isinstance(block, Table) and block.header[:2] == ["", "How"]:
            return {row[0].text: [c.text for c in row[1:]] for row in block.rows}
    raise AssertionError("the fixed-row table is not in the packet")


def _source_texts(snap: dict[str, Any], cred: Credential) -> dict[str, list[str]]:
    """Privacy-scan text by answer key."""
    out: dict[str, list[str]] = {}
    for s in sources(snap, cred):
        out.setdefault(s.target, []).append(s.text)
    return out


def test_every_type_from_the_real_editor_reads_the_same_everywhere(
    qtbot, all_window, store, all_types, monkeypatch, tmp_path
) -> None:
    wid, view, page = open_all_types(all_window, store)
    fill_every_type(qtbot, page, monkeypatch, tmp_path, all_window.dialogs)
    view.flush()
    cred = all_types
    part = cred.part("form")
    # The definition really holds every type the app knows.
    assert {f.type for f in part.fields} == set(FIELD_TYPES)

    snap = store.snapshot(wid)
    answers = snap["answers"]
    for f in part.fields:
        key = answer_key(part, f)
        stored = answers.get(key)
        assert stored == page.editor(key).value() or not f.stores_value, f.id
        # 1. One normaliser: what the editor stores is already its shape.
        assert kind_of(f).normalise(f, stored) == (stored if f.stores_value else None), f.id

    # 2. Readiness: everything asked for is met.
    status = part_status(cred, part, snap, lambda sha: store.file_path(sha) is not None)
    assert [i for i in status.items if not i.ok] == []
    assert status.state == "complete"

    # 3. Privacy: every word typed is read by the scan, the checklist's "Other" included.
    texts = _source_texts(snap, cred)
    for fid, words in TYPED.items():
        read = " ".join(texts.get(answer_key(part, fid), []))
        for w in words:
            assert w in read, (fid, w)

    # 4. Packet: every answer is printed; the fixed rows hold their own answers.
    doc = _packet(snap, cred, store, tmp_path)
    text = _text(doc)
    for fid, words in {**TYPED, **SHOWN}.items():
        for w in words:
            assert w in text, (fid, w)
    assert _fixed_table(doc) == {
        "Parents": ["", "", "", "Mail"],
        "Staff": ["Staff meeting", "April 1, 2025", "30", ""],
    }
    # The Yes/No branch not taken is kept in the store but neither printed nor read.
    assert answers[answer_key(part, "if_no")] == "Untaken branch"
    assert "Untaken branch" not in text and "What will you change?" not in text
    assert "Untaken branch" not in " ".join(t for ts in texts.values() for t in ts)
    ticks = next(
        b for b in _blocks(doc) if isinstance(b, BulletList) and b.checked and len(b.items) == 1
    )
    assert [r.text for r in ticks.items[0]] == ["Other: ", "Mirror body language"]

    # 5. Archive round trip: equal, and every reader gives the same again.
    archive = export_archive(store, wid, tmp_path / "every.tliwb")
    (tmp_path / "other").mkdir()
    other = Store(tmp_path / "other")
    try:
        new_id = import_archive(other, archive)
        snap2 = other.snapshot(new_id)
        assert snap2["answers"] == answers
        again = part_status(cred, part, snap2, lambda sha: other.file_path(sha) is not None)
        assert again.items == status.items
        assert _source_texts(snap2, cred) == texts
        assert _text(_packet(snap2, cred, other, tmp_path)) == text
    finally:
        other.close()


def test_a_row_added_to_the_definition_moves_no_answer(
    qtbot, all_window, store, all_types, monkeypatch, tmp_path
) -> None:
    """Answers stored under the old rows stay under their own labels after the definition
    puts a new row first; the new row reads as empty everywhere."""
    wid, view, page = open_all_types(all_window, store)
    fill_every_type(qtbot, page, monkeypatch, tmp_path, all_window.dialogs)
    view.flush()
    snap = store.snapshot(wid)
    revised = _with_rows(
        ALL_TYPES.read_text(encoding="utf-8"),
        [
            {"id": "students", "label": "Students"},
            {"id": "parents", "label": "Parents"},
            {"id": "staff", "label": "Staff"},
        ],
    )
    part = revised.part("form")

    assert _fixed_table(_packet(snap, revised, store, tmp_path)) == {
        "Students": ["", "", "", ""],
        "Parents": ["", "", "", "Mail"],
        "Staff": ["Staff meeting", "April 1, 2025", "30", ""],
    }
    status = part_status(revised, part, snap, lambda sha: store.file_path(sha) is not None)
    (table_item,) = [i for i in status.items if i.target == "form.outreach"]
    assert not table_item.ok and table_item.detail == "Fill in: Students"
    where = [s.where for s in sources(snap, revised) if s.text == "Staff meeting"]
    assert where and all("Staff: How" in w for w in where)

    # The editor on the revised definition shows the same rows.
    from tli_workbook.ui.forms.base import FormContext
    from tli_workbook.ui.forms.registry import EDITORS

    field = next(f for f in part.fields if f.id == "outreach")
    ctx = FormContext(store, wid, revised, part, all_window.dialogs, {}, EDITORS)
    editor = EDITORS["table"](field, ctx)
    qtbot.addWidget(editor)
    editor.set_value(snap["answers"]["form.outreach"])
    assert editor.cells[0]["how"].edit.toPlainText() == ""
    assert editor.cells[2]["how"].edit.toPlainText() == "Staff meeting"
    assert kind_of(field).normalise(field, editor.value()) == editor.value()
