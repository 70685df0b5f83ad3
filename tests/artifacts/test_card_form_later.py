"""A card shows its header at once and builds its annotation form on a later turn: the form
still takes its place in the tab order, and values given before or after it is built are kept
and saved."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from artifacts.helpers import make_png
from artifacts.test_artifacts_page import attach, idle, open_page
from tli_workbook.ui.artifacts.card import ArtifactCard


def card_chain(card: ArtifactCard, start: QWidget) -> list[QWidget]:
    """The window's focus chain from `start` on, as the indexes of cards the widgets are in."""
    out, w = [], start.nextInFocusChain()
    while w is not None and w is not start and len(out) < 5000:
        out.append(w)
        w = w.nextInFocusChain()
    return out


def test_forms_are_built_later_in_their_tab_order_place(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    photos = [make_png(tmp_path / f"p{i}.png", (400 + 10 * i, 300)) for i in range(4)]
    _wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    built_at_creation: list[bool] = []
    add_card = page._add_card

    def adding(*args, **kwargs):  # type: ignore[no-untyped-def]
        card = add_card(*args, **kwargs)
        built_at_creation.append(card.form_built)
        return card

    monkeypatch.setattr(page, "_add_card", adding)
    attach(qtbot, page, photos)
    assert built_at_creation == [False] * 4
    cards = page.ordered()
    assert all(c.form_built for c in cards)  # built on later turns, not on demand
    # Walking the tab order meets each card's widgets together, header first, in page order.
    owner: list[int] = []
    for w in card_chain(cards[0], page.drop_zone):
        idx = next((i for i, c in enumerate(cards) if c.isAncestorOf(w)), None)
        if idx is not None and w.focusPolicy() and (not owner or owner[-1] != idx):
            owner.append(idx)
    assert owner == [0, 1, 2, 3], owner
    for c in cards:
        chain = [w for w in card_chain(c, c.title) if c.isAncestorOf(w)]
        assert chain.index(c.replace_btn) < chain.index(c.type_combo) < chain.index(c.description)


def test_values_of_a_card_whose_form_is_not_built_yet_are_kept(
    qtbot, window, store, dialog_log, monkeypatch, tmp_path
) -> None:
    wid, _view, page = open_page(window, store, monkeypatch, dialog_log)
    (uid,) = attach(qtbot, page, [make_png(tmp_path / "a.png")])
    card = page.card(uid)
    card.description.setPlainText("Teachers met weekly.")
    page.flush()
    rec = dict(store.artifacts(wid, "artifact4")[0])
    lazy = ArtifactCard(page.part, rec, lazy=True)
    assert not lazy.form_built
    assert lazy.record()["description"] == "Teachers met weekly."
    lazy.title.setText("Renamed")
    assert lazy.record()["title"] == "Renamed"
    assert lazy.description.toPlainText() == "Teachers met weekly."  # built on first use
    assert lazy.form_built
    assert lazy.record()["title"] == "Renamed"
    lazy.deleteLater()
    idle(qtbot)
