"""need_link editor: live links from a form to the needs on the workbook's Circle Map.

The stored value is a list of map entry ids, never copied text: renaming a need on the map
renames it here. The list is re-read whenever the editor is shown and whenever the
`map_changed` service signal fires. A link whose need was deleted stays (so nothing is lost
silently) and says so, with a way to pick another.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Field
from tli_workbook.store import StoreError
from tli_workbook.ui.forms.base import FieldEditor, FormContext
from tli_workbook.ui.forms.fields_table import discard, tool_button
from tli_workbook.ui.forms.wrap_check import WrapCheckBox

RING = "needs"
BROKEN_TEXT = str(QT_TRANSLATE_NOOP("NeedLinkEditor", "This need is no longer on your Circle Map."))


def _one_line(text: Any) -> str:
    return " ".join(str(text or "").split())


class NeedLinkEditor(FieldEditor):
    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.links: list[str] = []
        self.needs: list[tuple[str, str]] = []  # (entry id, current text), in map order
        self._built_for: list[tuple[str, str]] | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.note = QLabel()
        self.note.setObjectName("fieldHelp")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.list_frame = QFrame()
        self.list_frame.setObjectName("needList")
        self.list_frame.setAccessibleName(field.label)
        self.list_box = QVBoxLayout(self.list_frame)
        self.list_box.setContentsMargins(10, 6, 10, 6)
        self.list_box.setSpacing(4)
        lay.addWidget(self.list_frame)
        self.broken_box = QVBoxLayout()
        self.broken_box.setSpacing(4)
        lay.addLayout(self.broken_box)
        self.boxes: dict[str, QCheckBox] = {}
        self.broken_rows: dict[int, QFrame] = {}
        self.pick_menu: QMenu | None = None
        signal = ctx.services.get("map_changed")
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(self._on_map_changed)
        self.refresh()

    # ----- reading the map -------------------------------------------------------------------

    def _on_map_changed(self, *_args: Any) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # The map may have changed on another page since this one was last shown.
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        try:
            entries = self.ctx.store.map_entries(self.ctx.workbook_id)
        except StoreError:
            return  # keep showing what was last read; the next show tries again
        self.needs = [
            (str(e.get("id")), _one_line(e.get("text")))
            for e in entries
            if e.get("ring") == RING and e.get("id")
        ]
        if self.needs != self._built_for:
            self._build_list()
        self._build_broken()

    def _map_part_text(self) -> str:
        part = next((p for p in self.ctx.credential.parts if p.kind == "circle_map"), None)
        if part is None:
            return self.tr("This workbook has no Circle Map to link needs from.")
        ring = part.rings.get(RING)
        ring_label = ring.label if ring else self.tr("Needs")
        return self.tr(
            "Your Circle Map has no needs yet. Add them in its outer ring (“{ring}”) on the "
            "“{page}” page, then come back here to tick the ones this plan addresses."
        ).format(ring=ring_label, page=part.title)

    # ----- view ------------------------------------------------------------------------------

    def _build_list(self) -> None:
        had_focus = next((k for k, cb in self.boxes.items() if cb.hasFocus()), None)
        while self.list_box.count():
            taken = self.list_box.takeAt(0)
            w = taken.widget() if taken is not None else None
            if w is not None:
                discard(w)
        self.boxes = {}
        for entry_id, text in self.needs:
            cb = WrapCheckBox(text or self.tr("(a need with no text yet)"))
            cb.setObjectName(f"need:{entry_id}")
            cb.setAccessibleName(
                self.tr("Need: {text}").format(text=text) if text else self.tr("Need: no text yet")
            )
            cb.setChecked(entry_id in self.links)
            cb.clicked.connect(lambda on, i=entry_id: self._toggled(i, on))
            self.list_box.addWidget(cb)
            cb.show()
            self.boxes[entry_id] = cb
        self._built_for = list(self.needs)
        self.list_frame.setVisible(bool(self.needs))
        if self.needs:
            self.note.setText(
                self.tr("Tick the needs from your Circle Map that this plan addresses:")
            )
        else:
            self.note.setText(self._map_part_text())
        if had_focus in self.boxes:
            self.boxes[had_focus].setFocus()

    def _build_broken(self) -> None:
        for row in self.broken_rows.values():
            self.broken_box.removeWidget(row)
            discard(row)
        self.broken_rows = {}
        live = {i for i, _t in self.needs}
        for index, link in enumerate(self.links):
            if link in live:
                continue
            row = QFrame()
            row.setObjectName("brokenLink")
            h = QHBoxLayout(row)
            h.setContentsMargins(10, 4, 6, 4)
            msg = QLabel("⚠ " + QCoreApplication.translate("NeedLinkEditor", BROKEN_TEXT))
            msg.setObjectName("brokenText")
            msg.setWordWrap(True)
            h.addWidget(msg, 1)
            pick = QPushButton(self.tr("Pick another…"))
            pick.setAccessibleName(
                self.tr("Pick another need for the link that is no longer on the map")
            )
            pick.clicked.connect(lambda _c=False, i=index, b=pick: self._pick_another(i, b))
            h.addWidget(pick)
            h.addWidget(
                tool_button(
                    self.tr("Remove link"),
                    self.tr("Remove the link to the need that is no longer on the map"),
                    functools.partial(self._remove_link, index),
                )
            )
            row.setAccessibleName(QCoreApplication.translate("NeedLinkEditor", BROKEN_TEXT))
            self.broken_box.addWidget(row)
            row.show()
            self.broken_rows[index] = row

    # ----- user actions ----------------------------------------------------------------------

    def _toggled(self, entry_id: str, on: bool) -> None:
        if on and entry_id not in self.links:
            self.links.append(entry_id)
        elif not on:
            self.links = [i for i in self.links if i != entry_id]
        self._build_broken()
        self.changed.emit()

    def _remove_link(self, index: int) -> None:
        if 0 <= index < len(self.links):
            del self.links[index]
            self._build_broken()
            self.changed.emit()
            self.setFocus()

    def _pick_another(self, index: int, button: QWidget) -> None:
        """A menu of the needs not linked yet; the choice replaces the broken link in place."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Needs on your Circle Map"))
        free = [(i, t) for i, t in self.needs if i not in self.links]
        for entry_id, text in free:
            act = menu.addAction(text or self.tr("(a need with no text yet)"))
            act.triggered.connect(lambda _c=False, e=entry_id: self._replace(index, e))
        if not free:
            act = menu.addAction(self.tr("No other needs on your Circle Map"))
            act.setEnabled(False)
        self.pick_menu = menu
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        if menu.actions():
            menu.setActiveAction(menu.actions()[0])

    def _replace(self, index: int, entry_id: str) -> None:
        if 0 <= index < len(self.links):
            self.links[index] = entry_id
        self.refresh_checks()
        self._build_broken()
        self.changed.emit()
        cb = self.boxes.get(entry_id)
        if cb is not None:
            cb.setFocus()

    def refresh_checks(self) -> None:
        for entry_id, cb in self.boxes.items():
            cb.setChecked(entry_id in self.links)

    # ----- value -----------------------------------------------------------------------------

    def value(self) -> Any:
        return list(self.links)

    def set_value(self, value: Any) -> None:
        links: list[str] = []
        for v in value if isinstance(value, list) else []:
            if isinstance(v, str) and v and v not in links:
                links.append(v)
        self.links = links
        self.refresh_checks()
        self._build_broken()

    def linked_texts(self) -> list[str | None]:
        """What each link shows now: the need's current text, or None when it is gone."""
        by_id = dict(self.needs)
        return [by_id.get(i) for i in self.links]

    def focus_editor(self) -> None:
        first = next(iter(self.boxes.values()), None)
        (first or self).setFocus()
