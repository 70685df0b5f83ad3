"""The chart of teams: typed as an indented list with the mouse, drawn as a tree, reopened
exactly, and printed as a vector drawing plus an indented table."""

from __future__ import annotations

import subprocess

from fishbone_drive import CHART, LEFT, fill_a_chart

from tli_workbook.circlemap.render import TextOp

KEY = "form.teams"


def _texts(editor) -> list[str]:  # type: ignore[no-untyped-def]
    return [op.text for op in editor.diagram.display.ops if isinstance(op, TextOp)]


def test_an_indented_list_becomes_a_tree_and_reopens_exactly(
    qtbot, rca_window, store, data_dir, rca_catalog, rca_cred, tmp_path
) -> None:
    wid = store.create_workbook("rca-test", "Chart", False)
    view = rca_window.open_workbook(wid)
    ed = view.show_part("form").editor(KEY)
    fill_a_chart(qtbot, ed)
    value = ed.value()
    names = lambda nodes: [(n["text"], n["future"], names(n["children"])) for n in nodes]  # noqa: E731
    assert names(value) == [
        (
            "District Leadership Team",
            False,
            [("Lincoln SLT", False, [("Grade 3 PLC", False, []), ("Family committee", True, [])])],
        ),
        ("Labor council", False, []),
    ]
    assert [r.level for r in ed.rows] == [0, 1, 2, 2, 0]
    assert not ed.rows[0].in_btn.isEnabled()  # nothing above it to go under
    shown = _texts(ed)
    drawn = " ".join(shown)  # long names wrap inside their boxes
    assert all(name in drawn for name in CHART) and "(planned)" in shown

    # Moving a team moves its sub-teams with it.
    qtbot.mouseClick(ed.rows[1].out_btn, LEFT)
    assert [r.level for r in ed.rows] == [0, 0, 1, 1, 0]
    qtbot.mouseClick(ed.rows[1].in_btn, LEFT)
    assert ed.value() == value

    assert view.flush()
    assert store.answer(wid, KEY) == value

    from tli_workbook.packet.builder import PacketOptions, build_document
    from tli_workbook.packet.pdf_writer import write_pdf

    doc, _w = build_document(
        store.snapshot(wid), rca_cred, store.file_path, tmp_path, PacketOptions(toc=False)
    )
    pdf = tmp_path / "packet.pdf"
    write_pdf(doc, pdf)
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    )
    assert len(images.stdout.strip().splitlines()) == 2
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for name in CHART:
        assert name in text, name  # the table
    for name in ("Lincoln SLT", "Grade 3 PLC", "Labor council"):  # one line in a box
        assert text.count(name) == 2, name  # ... and the drawing
    assert "Future (planned)" in text

    rca_window.close()
    store.close()
    from tli_workbook.store import Store
    from tli_workbook.ui.main_window import MainWindow

    store2 = Store(data_dir)
    try:
        win = MainWindow(store2, rca_catalog)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        ed2 = win.open_workbook(wid).show_part("form").editor(KEY)
        assert ed2.value() == value
        assert [r.level for r in ed2.rows] == [0, 1, 2, 2, 0]
        assert ed2.rows[3].future.isChecked()
        assert _texts(ed2) == shown
        win.close()
    finally:
        store2.close()
