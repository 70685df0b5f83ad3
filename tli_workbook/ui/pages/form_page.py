"""A page of fields rendered by the form engine, saved through the workbook's autosaver."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.keys import answer_key, rubric_key, variant_key
from tli_workbook.definitions.model import Field, Part, Variant
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.forms.base import FieldEditor, FormContext
from tli_workbook.ui.forms.fields_group import FieldLayout
from tli_workbook.ui.forms.lazy import chain_of, later, place_in_chain, settle_layouts
from tli_workbook.ui.pages.base import PageBase

if TYPE_CHECKING:
    from tli_workbook.ui.review.rubric_panel import RubricPanel

log = logging.getLogger(__name__)
COMPACT_PER_ROW = 4  # short answers side by side on a page


# A page's fields are built in this order, a screenful at once and the rest on later turns
# of the event loop; the costs are rough counts of widgets (a plan or a table is hundreds).
HEAVY = frozenset({"outline", "table", "group", "choice_table", "fishbone", "structure_tree"})
COST_AT_ONCE = 3  # a first screen shows two or three (the Design page: two, under its templates)
COST_PER_TURN = 3
# The rubric panel sits below every field, out of the first screen: it is built on the next
# turn (a fifth of the Design page's first-visit stall went to it).
RUBRIC_LATER = True


def _cost(field: Field) -> int:
    return 3 if field.type in HEAVY else 1


class FieldsView(QWidget):
    """Editors for a list of fields, each bound to an answer key. The first fields are built
    at once, the others a few per turn of the event loop (see ui.forms.lazy); whatever asks
    for `editors` gets them all."""

    built = Signal()  # the last field was built

    def __init__(
        self,
        fields: tuple[Field, ...],
        keys: list[str],
        ctx: FormContext,
        answers: dict[str, Any],
        autosaver: Autosaver,
        parent: QWidget | None = None,
        lazy: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.answers, self.autosaver = ctx, answers, autosaver
        self._editors: dict[str, FieldEditor] = {}
        self.editors_made = 0  # work done, for tests
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(22)
        self._layout = FieldLayout(lay, COMPACT_PER_ROW)
        self._pending = list(zip(fields, keys, strict=True))
        self._tail: QWidget | None = None  # the last Tab stop of the fields built so far
        self._last: FieldEditor | None = None
        self._closed = False  # the last field is built and the column closed
        cost = 0
        while self._pending:
            step = _cost(self._pending[0][0])
            if lazy and cost and cost + step > COST_AT_ONCE:
                break
            cost += step
            self._build_next(late=False)
        if self._more_to_come():
            later(self._build_some)
        else:
            self._close(late=False)

    @property
    def editors(self) -> dict[str, FieldEditor]:
        """Every field's editor by answer key (fields not built yet are built first)."""
        self.finish_building()
        return self._editors

    def building(self) -> bool:
        # Until closed: the last editor may have finished its rows on its own turns, and the
        # column still waits for its stretch and the `built` signal.
        return not self._closed

    def _more_to_come(self) -> bool:
        return bool(self._pending) or (self._last is not None and _building(self._last))

    def finish_building(self) -> None:
        if self._closed:
            return
        self._settle_last()
        while self._pending:
            self._build_next(late=True)
            self._settle_last()
        self._close(late=True)
        settle_layouts(self)

    def _settle_last(self) -> None:
        """The last editor built is finished (its late rows too): the run of Tab stops now
        ends with its last one."""
        last = self._last
        focus_tail = getattr(last, "focus_tail", None)
        if callable(focus_tail):
            self._tail = focus_tail() or self._tail

    def _build_some(self) -> None:
        if self._closed:
            return  # built in full by someone who needed it
        if self._last is not None and _building(self._last):
            # Its rows are still coming: the next field waits, so Tab keeps reading order.
            later(self._build_some)
            return
        self._settle_last()
        cost = 0
        while self._pending and cost < COST_PER_TURN:
            if cost and cost + _cost(self._pending[0][0]) > COST_PER_TURN:
                break
            cost += _cost(self._pending[0][0])
            self._build_next(late=True)
            if self._last is not None and _building(self._last):
                break
        if self._more_to_come():
            later(self._build_some)
        else:
            self._settle_last()
            self._close(late=True)

    def _build_next(self, late: bool) -> None:
        field, key = self._pending.pop(0)
        cls = self.ctx.editor_class(field.type)
        if cls is None:
            self._place(self._layout.add_widget(_missing(field)), late)
            return
        editor = cls(field, self.ctx)
        self.editors_made += 1
        editor.setObjectName(f"field:{key}")
        if field.stores_value:
            _load(editor, key, self.answers.get(key))
            # The value is read when the autosaver writes, not on every keystroke.
            autosaver = self.autosaver
            editor.changed.connect(lambda k=key, e=editor: autosaver.set(k, e.value))
        self._editors[key] = editor
        self._last = editor
        self._place(self._layout.add(field, editor), late)

    def _close(self, late: bool) -> None:
        self._closed = True
        self._place(self._layout.close(), late)
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        lay.addStretch(1)
        self.answers = {}
        self.built.emit()

    def _place(self, boxes: list[QWidget], late: bool) -> None:
        for box in boxes:
            stops = chain_of(box)
            if late and self._tail is not None:
                # After the fields before it, not at the end of the window's Tab chain.
                self._tail = place_in_chain(self._tail, stops)
            elif stops:
                self._tail = stops[-1]


def _last_stop(root: QWidget | None) -> QWidget | None:
    """The last Tab stop among root's widgets (they follow root in the chain, in order)."""
    stops = chain_of(root) if root is not None else []
    return stops[-1] if stops else None


def _building(editor: QWidget) -> bool:
    building = getattr(editor, "building", None)
    return bool(building()) if callable(building) else False


def _load(editor: FieldEditor, key: str, value: Any) -> None:
    """Show a stored value. Editors tolerate malformed values; should one still fail, the page
    opens with the field empty and the stored value stays untouched until the next edit."""
    try:
        editor.set_value(value)
    except Exception:  # a broken answer must never stop the page from opening
        log.exception("could not show the stored value of %s", key)
        editor.set_value(None)


def _missing(field: Field) -> QLabel:
    lab = QLabel(
        QCoreApplication.translate(
            "FormPage", "{label}: this version cannot show “{type}” fields yet."
        ).format(label=field.label, type=field.type)
    )
    lab.setObjectName("pageNote")
    lab.setWordWrap(True)
    return lab


class FormPage(PageBase):
    """Renders a `form` part, with a variant switch when the part has variants."""

    def __init__(
        self, ctx: FormContext, autosaver: Autosaver, fellow: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx.credential, ctx.part, parent)
        self.ctx = ctx
        self.autosaver = autosaver
        part = ctx.part
        answers = ctx.store.answers(ctx.workbook_id)
        self.views: dict[str, FieldsView] = {}
        if part.variants:
            self._build_variants(part, answers, fellow)
        else:
            keys = [answer_key(part, f) for f in part.fields]
            # Made in the page, so its boxes are styled once as they are added, not again when
            # the finished view is placed (most of a first visit went to styling widgets).
            view = FieldsView(part.fields, keys, ctx, answers, autosaver, self.widget())
            view.built.connect(self._view_built)
            self.views[""] = view
            self.body.addWidget(view)
        if part.passing:
            self.add_note(self.tr("Passing: {text}").format(text=part.passing), "passingNote")
        self._rubric_panel: RubricPanel | None = None
        self._rubric_rows = ctx.credential.rubric.rows_for(part.id)
        self._rubric_at = self.body.count()  # its place in the column, should it come later
        # Only its own values are kept for later: the page's answers are let go.
        self._rubric_answers = {
            k: answers.get(k) for k in (rubric_key(r) for r in self._rubric_rows) if k in answers
        }
        if self._rubric_rows and not RUBRIC_LATER:
            self._build_rubric(late=False)
        elif self._rubric_rows:
            later(self._rubric_turn)
        self.body.addStretch(1)
        autosaver.saved.connect(self.changed)

    @property
    def rubric_panel(self) -> RubricPanel | None:
        """The rubric rows that judge this part (built now if still to come); None when no
        row does."""
        if self._rubric_panel is None and self._rubric_rows:
            self._build_rubric(late=True)
        return self._rubric_panel

    def _rubric_turn(self) -> None:
        if self._rubric_panel is None:
            self._build_rubric(late=True)
            self._view_built()  # the fields may have finished while it waited

    def _build_rubric(self, late: bool) -> RubricPanel:
        from tli_workbook.ui.review.rubric_panel import RubricPanel

        panel = RubricPanel(
            self.credential.rubric, self._rubric_rows, self._rubric_answers, self.autosaver
        )
        self._rubric_answers = {}
        self._rubric_panel = panel
        if not late:
            self.body.addWidget(panel)
            return panel
        # Before it in Tab order: the page's last stop so far (fields still to come are put
        # after their own predecessors, so they stay ahead of the panel).
        anchor = _last_stop(self.widget())
        self.body.insertWidget(self._rubric_at, panel)
        # Shown now rather than on the next turn (Qt's default for a widget added to a shown
        # layout), so it is styled and laid out in this turn, not in one more.
        panel.show()
        place_in_chain(anchor, chain_of(panel))
        return panel

    def _build_variants(self, part: Part, answers: dict[str, Any], fellow: bool) -> None:
        chosen = answers.get(variant_key(part))
        current = part.variant(chosen) or part.default_variant(fellow)
        box = QFrame()
        box.setObjectName("variantBox")
        box.setAccessibleName(self.tr("Which template?"))
        col = QVBoxLayout(box)
        col.setContentsMargins(14, 10, 14, 12)
        col.setSpacing(4)
        head = QLabel(self.tr("Which template will you use?"))
        head.setObjectName("sectionHeading")
        col.addWidget(head)
        keep = QLabel(
            self.tr(
                "Pick one. Your answers in both templates are kept, so you can switch back at "
                "any time; only the chosen one goes into your submission."
            )
        )
        keep.setObjectName("fieldHelp")
        keep.setWordWrap(True)
        col.addWidget(keep)
        self.variant_buttons = QButtonGroup(self)
        self.variant_stack: dict[str, QWidget] = {}
        self.variant_radios: dict[str, QRadioButton] = {}
        holders = QVBoxLayout()
        holders.setContentsMargins(0, 0, 0, 0)
        # In the page before the holders are made: a holder shown while it has no parent
        # would flash up as a window of its own and take the keyboard focus from the app.
        self.body.addWidget(box)
        self.body.addLayout(holders)
        for v in part.variants:
            rb = QRadioButton(v.label)
            rb.setObjectName(f"variant:{v.id}")
            rb.setAccessibleDescription(v.description)
            self.variant_buttons.addButton(rb)
            self.variant_radios[v.id] = rb
            col.addSpacing(6)
            col.addWidget(rb)
            if v.description:
                d = QLabel(v.description)
                d.setWordWrap(True)
                d.setObjectName("variantDescription")
                d.setContentsMargins(26, 0, 0, 0)
                col.addWidget(d)
            holders.addWidget(self._variant_holder(part, v))
            if v is current:
                self._fill_holder(v, answers)
            rb.setChecked(v is current)
            self.variant_stack[v.id].setVisible(v is current)
            rb.toggled.connect(lambda on, vid=v.id: self._switch(vid) if on else None)

    def _variant_holder(self, part: Part, v: Variant) -> QWidget:
        """An empty holder: its editors are built when the variant is first shown (building
        both templates' editors made a first visit stall for a second)."""
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(0, 8, 0, 0)
        hl.setSpacing(12)
        title = QLabel(v.label)
        title.setObjectName("sectionHeading")
        title.setWordWrap(True)
        hl.addWidget(title)
        self.variant_stack[v.id] = holder
        return holder

    def _fill_holder(self, v: Variant, answers: dict[str, Any] | None = None) -> FieldsView:
        if v.id in self.views:
            return self.views[v.id]
        if answers is None:
            # Pending edits of the other template are written first, so what is read is current.
            self.autosaver.flush()
            answers = self.ctx.store.answers(self.ctx.workbook_id)
        keys = [answer_key(self.part, f, v) for f in v.fields]
        holder = self.variant_stack[v.id]
        view = FieldsView(v.fields, keys, self.ctx, answers, self.autosaver, holder)
        view.built.connect(self._view_built)
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(view)
        self.views[v.id] = view
        return view

    def building(self) -> bool:
        rubric_due = self._rubric_panel is None and bool(self._rubric_rows)
        return rubric_due or any(view.building() for view in self.views.values())

    def finish_building(self) -> None:
        for view in list(self.views.values()):
            view.finish_building()
        if self._rubric_panel is None and self._rubric_rows:
            settle_layouts(self._build_rubric(late=True))

    def _view_built(self) -> None:
        # The boxes built after the page was shown get their Alt+letters too. The letters
        # come out as if the page had been built at once: labels are given them in page
        # order, and none after the fields (the rubric panel) has a buddy.
        if self.isVisible() and not self.building():
            from tli_workbook.ui.forms.mnemonics import assign_mnemonics

            assign_mnemonics(self)

    def current_variant(self) -> str | None:
        for vid, rb in getattr(self, "variant_radios", {}).items():
            if rb.isChecked():
                return vid
        return None

    def _switch(self, variant_id: str) -> None:
        # Both variants keep their answers; only which one is submitted changes.
        self._fill_holder(self._variant(variant_id))
        for vid, holder in self.variant_stack.items():
            holder.setVisible(vid == variant_id)
        self.autosaver.set(variant_key(self.part), variant_id)

    def _variant(self, variant_id: str) -> Variant:
        return next(v for v in self.part.variants if v.id == variant_id)

    def editor(self, key: str) -> FieldEditor:
        # Asking for one editor builds the rest of its view (FieldsView.editors); the rubric
        # panel below them comes too, so the page is whole, as it was when built at once.
        self.finish_building()
        for view in self.views.values():
            if key in view.editors:
                return view.editors[key]
        for v in self.part.variants:  # a template not shown yet is built when asked for
            if v.id not in self.views and key in (answer_key(self.part, f, v) for f in v.fields):
                return self._fill_holder(v).editors[key]
        raise KeyError(key)

    def focus_target(self, target: str) -> bool:
        """Scroll to and focus the editor of an answer key (a readiness/privacy target)."""
        try:
            editor = self.editor(target)
        except KeyError:
            return False
        for vid, holder in getattr(self, "variant_stack", {}).items():
            if holder.isAncestorOf(editor) and holder.isHidden():
                self.variant_radios[vid].setChecked(True)  # the target is in the other option
        self.ensureWidgetVisible(editor, 40, 80)
        editor.focus_editor()
        return True

    def flush(self) -> bool:
        return self.autosaver.flush()
