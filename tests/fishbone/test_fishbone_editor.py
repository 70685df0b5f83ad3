"""The Fishbone editor driven with the mouse in the real main window: add a cause, rank it,
ask why five times, add a branch, undo, and reopen from the same database file exactly."""

from __future__ import annotations

import re
import subprocess

from fishbone_drive import (
    LEFT,
    WHYS,
    causes,
    click,
    double_click,
    draw_a_fishbone,
    pick_from_menu,
    type_in_place,
)
from PySide6.QtCore import Qt

from tli_workbook.circlemap.render import TextOp
from tli_workbook.ui.tasks import runner

KEY = "form.rca"


def _open(window, store):  # type: ignore[no-untyped-def]
    wid = store.create_workbook("rca-test", "Fishbone", False)
    view = window.open_workbook(wid)
    page = view.show_part("form")
    return wid, view, page.editor(KEY)


def _texts(editor) -> list[str]:  # type: ignore[no-untyped-def]
    return [op.text for op in editor.scene.diagram.display.ops if isinstance(op, TextOp)]


def test_draw_rank_ask_why_undo_and_reopen_exactly(
    qtbot, rca_window, store, data_dir, rca_catalog
) -> None:
    wid, view, ed = _open(rca_window, store)
    draw_a_fishbone(qtbot, ed)

    value = ed.value()
    top, other = value["causes"]
    assert value["issue"] == "Students arrive late"
    assert (top["text"], top["rank"]) == ("No breakfast at home", 1)
    assert (other["text"], other["rank"]) == ("Buses run late", 2)
    assert [w["text"] for w in top["whys"]] == WHYS
    assert [b["text"] for b in top["whys"][1]["branches"]] == ["Shifts start at six"]
    assert value["pareto"] == {"answer": "yes", "note": "Grab-and-go breakfast"}
    # Five whys is the chain's length: no "+" left to ask a sixth time.
    assert ed.scene.layout.hit("add_why", top["id"]) is None
    shown = _texts(ed)
    for word in [
        "Students arrive late",
        "No breakfast at home",
        "1",
        "2",
        "or: Shifts start at six",
    ]:
        assert any(word in t for t in shown), word

    # Ranks swap rather than repeat.
    click(qtbot, ed, "rank", other["id"])
    pick_from_menu(qtbot, ed, "Rank 1")
    assert [c["rank"] for c in causes(ed)] == [2, 1]
    # ... and undo brings the ranks back, one step at a time, from the toolbar and the keys.
    qtbot.mouseClick(ed.undo_btn, LEFT)
    assert [c["rank"] for c in causes(ed)] == [1, 2]
    click(qtbot, ed, "add_cause")
    type_in_place(qtbot, ed, "A third idea")
    assert len(causes(ed)) == 3
    qtbot.mouseClick(ed.undo_btn, LEFT)  # the text
    qtbot.mouseClick(ed.undo_btn, LEFT)  # the bone
    assert len(causes(ed)) == 2
    qtbot.mouseClick(ed.redo_btn, LEFT)
    qtbot.mouseClick(ed.redo_btn, LEFT)
    assert causes(ed)[2]["text"] == "A third idea"
    qtbot.mouseClick(ed.undo_btn, LEFT)
    qtbot.mouseClick(ed.undo_btn, LEFT)
    expected = ed.value()
    assert expected == value
    expected_texts = _texts(ed)

    # Text typed in place and not yet committed is saved too.
    double_click(qtbot, ed, "why", top["id"], top["whys"][4]["id"])
    qtbot.waitUntil(ed.inline.isVisible, timeout=10_000)
    assert ed.inline.toPlainText() == "Costs rose"
    qtbot.keyClick(ed.inline, Qt.Key.Key_End)
    qtbot.keyClicks(ed.inline, " again")
    assert ed.value()["causes"][0]["whys"][4]["text"] == "Costs rose again"
    qtbot.keyClick(ed.inline, Qt.Key.Key_Escape)  # Escape drops the edit
    assert ed.value() == expected

    assert view.flush()
    assert store.answer(wid, KEY) == expected
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
        assert ed2.value() == expected
        assert _texts(ed2) == expected_texts  # the same picture, word for word
        assert ed2.pareto_yes.isChecked() and ed2.pareto_note.text() == "Grab-and-go breakfast"
        assert not ed2.undo_btn.isEnabled()  # a reopened form starts a fresh history
        win.close()
    finally:
        store2.close()


def test_the_exported_pdf_is_vector_on_one_page(
    qtbot, rca_window, store, tmp_path, monkeypatch
) -> None:
    _wid, _view, ed = _open(rca_window, store)
    draw_a_fishbone(qtbot, ed)
    out = tmp_path / "fishbone.pdf"
    monkeypatch.setattr(ed.ctx.dialogs, "save_file", lambda *a, **k: out)
    qtbot.mouseClick(ed.export_btn, LEFT)
    qtbot.waitUntil(runner().is_idle, timeout=30_000)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    images = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    )
    assert len(images.stdout.strip().splitlines()) == 2  # the header only: no picture at all
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert "DejaVuSans" in fonts
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = " ".join(text.split())
    for w in [
        "Students arrive late",
        "No breakfast at home",
        "Buses run late",
        "Pareto check",
        *WHYS,
    ]:
        assert w in words, w
    svg = tmp_path / "fishbone.svg"
    monkeypatch.setattr(ed.ctx.dialogs, "save_file", lambda *a, **k: svg)
    qtbot.mouseClick(ed.export_btn, LEFT)
    qtbot.waitUntil(runner().is_idle, timeout=30_000)
    body = svg.read_text(encoding="utf-8")
    assert "<image" not in body and "No breakfast" in body


def test_a_failed_export_says_so_and_keeps_the_diagram(
    qtbot, rca_window, store, tmp_path, monkeypatch
) -> None:
    _wid, _view, ed = _open(rca_window, store)
    double_click(qtbot, ed, "issue")
    type_in_place(qtbot, ed, "Late buses")
    errors: list[str] = []
    monkeypatch.setattr(ed.ctx.dialogs, "save_file", lambda *a, **k: tmp_path / "nowhere" / "x.pdf")
    monkeypatch.setattr(
        ed.ctx.dialogs, "error", lambda title, text, details="": errors.append(text)
    )
    qtbot.mouseClick(ed.export_btn, LEFT)
    qtbot.waitUntil(runner().is_idle, timeout=30_000)
    assert errors and "was not written" in errors[0]
    assert ed.value()["issue"] == "Late buses"


def test_the_packet_draws_it_as_vector_and_lists_it(
    qtbot, rca_window, store, rca_cred, tmp_path
) -> None:
    import zipfile

    from tli_workbook.packet.builder import PacketOptions, build_document
    from tli_workbook.packet.docx_writer import write_docx
    from tli_workbook.packet.pdf_writer import write_pdf

    wid, view, ed = _open(rca_window, store)
    draw_a_fishbone(qtbot, ed)
    assert view.flush()
    doc, _warnings = build_document(
        store.snapshot(wid), rca_cred, store.file_path, tmp_path, PacketOptions(toc=False)
    )
    pdf = tmp_path / "packet.pdf"
    write_pdf(doc, pdf)
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    )
    assert len(images.stdout.strip().splitlines()) == 2  # vector: no picture in the PDF
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    # Drawn, and then listed so the packet reads without the picture.
    assert text.count("Parents work early shifts") == 2
    assert "Cause (rank 1): No breakfast at home" in text
    assert "Why 2, also: Shifts start at six" in text
    assert "Pareto check on the top cause: Yes, we can address it. Grab-and-go breakfast" in text
    docx = tmp_path / "packet.docx"
    write_docx(doc, docx)
    with zipfile.ZipFile(docx) as z:
        assert any(n.startswith("word/media/") for n in z.namelist())
        body = z.read("word/document.xml").decode("utf-8")
    assert "Parents work early shifts" in body


def test_a_huge_paste_is_kept_and_saved(qtbot, rca_window, store) -> None:
    from PySide6.QtWidgets import QApplication

    wid, view, ed = _open(rca_window, store)
    huge = "The buses are late because " * 20_000  # about half a megabyte
    QApplication.clipboard().setText(huge)
    double_click(qtbot, ed, "issue")
    qtbot.waitUntil(ed.inline.isVisible, timeout=10_000)
    qtbot.keyClick(ed.inline, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(ed.inline, Qt.Key.Key_Return)
    assert ed.value()["issue"] == huge
    assert len(ed.scene.layout.head_text.lines) == 8  # the drawing shows its start
    assert view.flush()
    assert store.answer(wid, KEY)["issue"] == huge


def test_the_keyboard_does_what_the_mouse_does(qtbot, rca_window, store) -> None:
    _wid, _view, ed = _open(rca_window, store)
    view = ed.view
    ed.window().activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=10_000)
    assert ed.current[0] == "issue" and ed.ring.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    type_in_place(qtbot, ed, "Late buses")
    qtbot.waitUntil(view.hasFocus, timeout=10_000)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # issue -> "+ cause" (the only other place)
    assert ed.current[0] == "add_cause"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    type_in_place(qtbot, ed, "Routes were cut")
    cause = causes(ed)[0]["id"]
    assert ed.current == ("cause", cause, "", "")
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert causes(ed)[0]["rank"] == 1
    while ed.current[0] != "add_why":
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    type_in_place(qtbot, ed, "Budget cuts")
    assert [w["text"] for w in causes(ed)[0]["whys"]] == ["Budget cuts"]
    while ed.current[0] != "cause":
        qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert causes(ed) == []
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert causes(ed)[0]["whys"][0]["text"] == "Budget cuts"
