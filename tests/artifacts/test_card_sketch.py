"""While a batch attaches, each photo's card is first a sketch (one painted widget: picture,
number, title, file line) and gets its widgets after the batch, or at once when focus reaches
it or it is clicked. What it shows and saves is the card's either way."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from artifacts.helpers import make_png
from artifacts.test_artifacts_page import attach, open_page
from artifacts.test_card_form_later import card_chain
from tli_workbook.ui.artifacts import card as card_module
from tli_workbook.ui.artifacts.card import ArtifactCard, Preview
from tli_workbook.ui.artifacts.thumbnail import SIZE as CARD_SIZE


def test_a_batch_shows_sketches_that_become_whole_cards(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    monkeypatch.setattr(card_module, "_look", None)  # as in a new window: nothing measured
    wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    (first,) = attach(qtbot, page, [make_png(tmp_path / "first.png")])
    # The first card shown, painted, is what sketches are drawn after.
    qtbot.waitUntil(ArtifactCard.can_sketch, timeout=10_000)
    assert card_module._look is not None
    # Its header's height alone: more than the picture's, less than the card with its form.
    assert CARD_SIZE.height() < card_module._look.height < page.card(first).height()
    made: list[ArtifactCard] = []
    add_card = page._add_card

    def adding(*args, **kwargs):  # type: ignore[no-untyped-def]
        card = add_card(*args, **kwargs)
        made.append(card)
        sketches.append(not card.header_built)
        return card

    sketches: list[bool] = []
    monkeypatch.setattr(page, "_add_card", adding)
    photos = [make_png(tmp_path / f"p{i}.png", (410 + 10 * i, 300)) for i in range(4)]
    uids = attach(qtbot, page, photos)
    assert sketches == [True] * 4
    # After the batch: every card whole, showing its own picture, title and file.
    for uid, card, photo in zip(uids, made, photos, strict=True):
        assert card is page.card(uid) and card.header_built and card.form_built
        assert card.title.text() == photo.stem
        assert card.thumb.kind == "image" and not card.thumb.icon().isNull()
        assert photo.name in card.file_label.text()
    assert [c.number.text() for c in page.ordered()][1:] == [
        "Artifact 2",
        "Artifact 3",
        "Artifact 4",
        "Artifact 5",
    ]
    assert [a["title"] for a in store.artifacts(wid, "artifact4")] == ["first"] + [
        p.stem for p in photos
    ]
    # Walking the tab order meets each card's widgets together, header then form, in page
    # order, though the sketches' widgets were made after the batch.
    cards = page.ordered()
    owner: list[int] = []
    for w in card_chain(cards[0], page.drop_zone):
        idx = next((i for i, c in enumerate(cards) if c.isAncestorOf(w)), None)
        if idx is not None and w.focusPolicy() and (not owner or owner[-1] != idx):
            owner.append(idx)
    assert owner == [0, 1, 2, 3, 4], owner
    for c in cards:
        chain = [w for w in card_chain(c, c.title) if c.isAncestorOf(w)]
        assert chain.index(c.replace_btn) < chain.index(c.type_combo) < chain.index(c.description)


def _page_that_can_sketch(qtbot, window, store, dialog_log, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """An Evidence page with one card shown, painted: sketches can be made."""
    _wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    attach(qtbot, page, [make_png(tmp_path / "first.png")])
    qtbot.waitUntil(ArtifactCard.can_sketch, timeout=10_000)
    return page


def _host_with_sketch(qtbot, page) -> tuple[QWidget, QLineEdit, ArtifactCard, QLineEdit]:  # type: ignore[no-untyped-def]
    """A box before, a sketch of a card, a box after, in a window of their own."""
    host = QWidget()
    qtbot.addWidget(host)
    lay = QVBoxLayout(host)
    before, after = QLineEdit(), QLineEdit()
    picture = QImage(336, 252, QImage.Format.Format_RGB888)
    picture.fill(QColor("#3a7"))
    rec = {"id": "s1", "part": page.part.id, "title": "Sign-up sheet", "filename": "a.jpg"}
    preview = Preview("a.jpg · JPEG image · 1 MB", "image", True, False, picture=picture)
    sketch = ArtifactCard(page.part, rec, lazy=True, sketch=preview)
    sketch.set_number(2, 2, 3)
    for w in (before, sketch, after):
        lay.addWidget(w)
    host.resize(900, 400)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    return host, before, sketch, after


def test_tab_into_a_sketch_builds_it_and_goes_on_into_it(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    page = _page_that_can_sketch(qtbot, window, store, dialog_log, monkeypatch, tmp_path)

    _host, before, sketch, after = _host_with_sketch(qtbot, page)
    assert not sketch.header_built
    before.setFocus()
    qtbot.waitUntil(before.hasFocus, timeout=5_000)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert sketch.header_built
    # The focus goes on to the first of its header's widgets, as Tab into a card does.
    qtbot.waitUntil(sketch.thumb.hasFocus, timeout=5_000)
    assert sketch.title.text() == "Sign-up sheet"
    assert sketch.number.text() == "Artifact 2 of 3"

    # Backwards from the box after it, into a second sketch: its last box (the form's).
    _host2, _b2, sketch2, after2 = _host_with_sketch(qtbot, page)
    after2.setFocus()
    qtbot.waitUntil(after2.hasFocus, timeout=5_000)
    qtbot.keyClick(after2, Qt.Key.Key_Backtab)
    assert sketch2.header_built and sketch2.form_built
    qtbot.waitUntil(sketch2.draft_btn.hasFocus, timeout=5_000)


def test_a_click_on_a_sketch_builds_it(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    page = _page_that_can_sketch(qtbot, window, store, dialog_log, monkeypatch, tmp_path)
    _host, _before, sketch, _after = _host_with_sketch(qtbot, page)
    # Painted, it shows its picture where the thumbnail goes, and stays a sketch.
    shot = sketch.grab().toImage()
    look = card_module._look
    assert look is not None
    margins = sketch.layout().contentsMargins()
    centre = QPoint(margins.left() + (CARD_SIZE.width() + 8) // 2, margins.top() + 60)
    assert shot.pixelColor(centre).name() == "#33aa77"
    title_box = look.title[0]
    inside = {
        shot.pixelColor(x, title_box.center().y()).name()
        for x in range(title_box.left() + 8, title_box.left() + 120)
    }
    assert len(inside) > 2  # the title's letters, not an empty box
    assert not sketch.header_built
    qtbot.mouseClick(sketch, Qt.MouseButton.LeftButton, pos=QPoint(400, 60))
    assert sketch.header_built and sketch.preview_kind == "image"
    assert not sketch.thumb.icon().isNull()
    # What the card saves is its record, sketch or not.
    assert sketch.record()["title"] == "Sign-up sheet"


def test_sketches_wait_for_a_card_painted_in_the_colours_shown(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    from tli_workbook.ui import theme

    page = _page_that_can_sketch(qtbot, window, store, dialog_log, monkeypatch, tmp_path)
    light = card_module._look
    assert light is not None and light.scheme == theme.current_scheme
    # Another colour scheme: what was measured in the old one is not drawn.
    monkeypatch.setattr(theme, "current_scheme", "dark" if light.scheme == "light" else "light")
    assert not ArtifactCard.can_sketch()
    page.card(page.ordered()[0].uid).update()
    qtbot.waitUntil(ArtifactCard.can_sketch, timeout=10_000)
    assert card_module._look is not light
