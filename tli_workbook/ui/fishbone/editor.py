"""The Fishbone field editor: the canvas, its toolbar, the Pareto check and undo.

Every change is one undo step (commands.SetDiagram) and reaches autosave through the
FieldEditor `changed` signal like any other field; text being typed on the canvas is part of
value() before it is committed, so closing the form mid-word loses nothing.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QGraphicsRectItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Field
from tli_workbook.fields.fishbone import diagram_words
from tli_workbook.fishbone import model
from tli_workbook.ui import preferences, theme
from tli_workbook.ui.fishbone.commands import NOTE_ID, SetDiagram
from tli_workbook.ui.forms.base import FieldEditor, FormContext
from tli_workbook.ui.tasks import Task, runner

if TYPE_CHECKING:
    from tli_workbook.fishbone.layout import Hit
    from tli_workbook.ui.fishbone.scene import FishboneScene

log = logging.getLogger(__name__)

MIN_SCALE = 0.45


class FishboneView(QGraphicsView):
    """Shows the whole diagram when it fits, never larger than print size."""

    def __init__(self, scene: FishboneScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setBackgroundBrush(theme.qcolor("paper"))  # the diagram's inks are for paper
        self.setMinimumHeight(420)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def fit(self) -> None:
        rect = self.sceneRect()
        vw, vh = self.viewport().width() - 8, self.viewport().height() - 8
        s = min(1.0, vw / max(1.0, rect.width()), vh / max(1.0, rect.height()))
        s = max(MIN_SCALE, s)
        self.resetTransform()
        self.scale(s, s)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editor = self.parent()
        if isinstance(editor, FishboneEditor) and editor.key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        editor = self.parent()
        if isinstance(editor, FishboneEditor):
            editor.show_current()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        editor = self.parent()
        if isinstance(editor, FishboneEditor):
            editor.ring.hide()


class FishboneEditor(FieldEditor):
    owns_label = False

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self._loading = False
        self.stack = QUndoStack(self)
        self.menu: QMenu | None = None
        self.export_task: Task[Path] | None = None
        self._editing: tuple[str, str, str, str] | None = None
        tips = {
            "issue": self.tr("Double-click to write the issue"),
            "cause": self.tr("Double-click to write; right-click to rank or remove"),
            "rank": self.tr("Click to rank this cause (1 = the biggest driver)"),
            "why": self.tr("Double-click to write; right-click for more"),
            "branch": self.tr("Double-click to write; right-click to remove"),
            "add_why": self.tr("Ask why again"),
            "add_branch": self.tr("Add another answer to this why"),
            "add_cause": self.tr("Add a cause"),
        }
        # The drawing code (and reportlab's font metrics) loads with the first diagram shown,
        # not when the app starts.
        from tli_workbook.ui.fishbone.scene import FishboneScene

        self.scene = FishboneScene(diagram_words(), tips)
        self.view = FishboneView(self.scene, self)
        self.view.setAccessibleName(field.label)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleDescription(
            self.tr(
                "Arrow keys move between the issue, the causes, their ranks and whys; Enter "
                "writes or clicks; 1 to 9 rank a cause; Delete removes."
            )
        )
        # The keyboard's place on the canvas, shown as a ring while the canvas has focus.
        self.current: tuple[str, str, str, str] = ("issue", "", "", "")
        self.ring = QGraphicsRectItem()
        pen = QPen(theme.qcolor("paper.focus"), 1.6, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.ring.setPen(pen)
        self.ring.setZValue(5)
        self.ring.hide()
        self.scene.addItem(self.ring)

        self.add_cause_btn = QPushButton(self.tr("Add cause"))
        self.undo_btn = QPushButton(self.tr("Undo"))
        self.redo_btn = QPushButton(self.tr("Redo"))
        self.print_btn = QPushButton(self.tr("Print\u2026"))
        self.export_btn = QPushButton(self.tr("Export PDF/SVG\u2026"))
        self.undo_btn.setEnabled(False)
        self.redo_btn.setEnabled(False)
        bar = QHBoxLayout()
        for b in (self.add_cause_btn, self.undo_btn, self.redo_btn):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.print_btn)
        bar.addWidget(self.export_btn)

        self.pareto_yes = QRadioButton(self.tr("Yes"))
        self.pareto_no = QRadioButton(self.tr("No"))
        self._pareto_group = QButtonGroup(self)
        self._pareto_group.addButton(self.pareto_yes)
        self._pareto_group.addButton(self.pareto_no)
        self.pareto_note = QLineEdit()
        self.pareto_note.setPlaceholderText(self.tr("How could the group address it?"))
        self.pareto_note.setAccessibleName(self.tr("Pareto check note"))
        pareto = QHBoxLayout()
        question = QLabel(
            self.tr("Pareto check on the top cause: can the group address its last why?")
        )
        question.setWordWrap(True)
        pareto.addWidget(question, 2)
        pareto.addWidget(self.pareto_yes)
        pareto.addWidget(self.pareto_no)
        pareto.addWidget(self.pareto_note, 2)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view)
        lay.addLayout(pareto)

        # Text is written in place, on the canvas.
        self.inline = QPlainTextEdit(self.view.viewport())
        self.inline.hide()
        self.inline.setTabChangesFocus(True)
        self.inline.installEventFilter(self)
        self.inline.textChanged.connect(self._inline_typed)

        self.add_cause_btn.clicked.connect(self.add_cause)
        self.undo_btn.clicked.connect(self.stack.undo)
        self.redo_btn.clicked.connect(self.stack.redo)
        self.export_btn.clicked.connect(self._export)
        self.print_btn.clicked.connect(self.print_diagram)
        self.stack.canUndoChanged.connect(self.undo_btn.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_btn.setEnabled)
        self.stack.indexChanged.connect(self._stack_moved)
        self.scene.clicked.connect(self._clicked)
        self.scene.edit_requested.connect(self.start_edit)
        self.scene.menu_requested.connect(self._context_menu)
        self.pareto_yes.toggled.connect(lambda on: self._set_pareto("yes", on))
        self.pareto_no.toggled.connect(lambda on: self._set_pareto("no", on))
        self.pareto_note.textEdited.connect(self._note_typed)
        for seq, slot in (
            (QKeySequence.StandardKey.Undo, self.stack.undo),
            (QKeySequence.StandardKey.Redo, self.stack.redo),
        ):
            action = QAction(self)
            action.setShortcut(seq)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)

    # ----- FieldEditor

    def value(self) -> Any:
        data = copy.deepcopy(self.scene.data)
        if self._editing is not None:  # typed, not yet committed: still the teacher's words
            _set_text(data, self._editing, self.inline.toPlainText())
        return model.normalise(data)

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._cancel_edit()
            self.stack.clear()
            self._apply(model.normalise(value))
        finally:
            self._loading = False

    def focus_editor(self) -> None:
        self.view.setFocus()

    # ----- changes

    def _apply(self, data: dict[str, Any]) -> None:
        self.scene.set_data(data)
        self.view.fit()
        self.show_current()
        for button, answer in ((self.pareto_yes, "yes"), (self.pareto_no, "no")):
            button.blockSignals(True)
            self._pareto_group.setExclusive(False)
            button.setChecked(data["pareto"]["answer"] == answer)
            self._pareto_group.setExclusive(True)
            button.blockSignals(False)
        if self.pareto_note.text() != data["pareto"]["note"]:
            self.pareto_note.setText(data["pareto"]["note"])

    def change(
        self, mutate: Callable[[dict[str, Any]], None], text: str, merge_id: int = -1
    ) -> bool:
        before = copy.deepcopy(self.scene.data)
        after = copy.deepcopy(before)
        mutate(after)
        after = model.normalise(after)
        if after == before:
            return False
        self.stack.push(SetDiagram(self._apply, before, after, text, merge_id))
        return True

    def _stack_moved(self, _index: int) -> None:
        if not self._loading:
            self.changed.emit()

    # ----- actions

    def add_cause(self) -> None:
        self._commit_edit()
        cid = model.new_id(self.scene.data, "c")
        self.change(
            lambda d: d["causes"].append({"id": cid, "text": "", "rank": None, "whys": []}),
            self.tr("Add cause"),
        )
        self.start_edit(("cause", cid, "", ""))

    def add_why(self, cause_id: str) -> None:
        self._commit_edit()
        wid = model.new_id(self.scene.data, f"{cause_id}w")

        def mutate(d: dict[str, Any]) -> None:
            c = _cause(d, cause_id)
            if c is not None and len(c["whys"]) < model.MAX_WHYS:
                c["whys"].append({"id": wid, "text": "", "branches": []})

        if self.change(mutate, self.tr("Ask why")):
            self.start_edit(("why", cause_id, wid, ""))

    def add_branch(self, cause_id: str, why_id: str) -> None:
        self._commit_edit()
        bid = model.new_id(self.scene.data, f"{why_id}b")

        def mutate(d: dict[str, Any]) -> None:
            w = _why(d, cause_id, why_id)
            if w is not None and len(w["branches"]) < model.MAX_BRANCHES:
                w["branches"].append({"id": bid, "text": ""})

        if self.change(mutate, self.tr("Add another answer")):
            self.start_edit(("branch", cause_id, why_id, bid))

    def set_rank(self, cause_id: str, rank: int | None) -> None:
        def mutate(d: dict[str, Any]) -> None:
            c = _cause(d, cause_id)
            if c is None:
                return
            old = c["rank"]
            for other in d["causes"]:
                if other is not c and rank is not None and other["rank"] == rank:
                    other["rank"] = old  # ranks swap, so no two causes share one
            c["rank"] = rank

        self.change(mutate, self.tr("Rank cause"))

    def remove(self, kind: str, cause_id: str, why_id: str = "", branch_id: str = "") -> None:
        def mutate(d: dict[str, Any]) -> None:
            if kind == "cause":
                d["causes"] = [c for c in d["causes"] if c["id"] != cause_id]
                return
            c = _cause(d, cause_id)
            if c is None:
                return
            if kind == "why":
                c["whys"] = [w for w in c["whys"] if w["id"] != why_id]
                return
            w = _why(d, cause_id, why_id)
            if w is not None:
                w["branches"] = [b for b in w["branches"] if b["id"] != branch_id]

        self.change(mutate, self.tr("Remove"))

    def _set_pareto(self, answer: str, on: bool) -> None:
        if on:
            self.change(lambda d: d["pareto"].update(answer=answer), self.tr("Pareto check"))

    def _note_typed(self, text: str) -> None:
        self.change(lambda d: d["pareto"].update(note=text), self.tr("Pareto note"), NOTE_ID)

    # ----- mouse

    def _clicked(self, hit: Hit, pos: QPoint) -> None:
        if hit.kind == "add_cause":
            self.add_cause()
        elif hit.kind == "add_why":
            self.add_why(hit.cause)
        elif hit.kind == "add_branch":
            self.add_branch(hit.cause, hit.why)
        elif hit.kind == "rank":
            self._commit_edit()
            self._show_menu(self._rank_menu(hit.cause), pos)

    def _rank_menu(self, cause_id: str) -> QMenu:
        menu = QMenu(self)
        cause = _cause(self.scene.data, cause_id)
        current = cause["rank"] if cause else None
        for r in range(1, max(1, len(self.scene.data["causes"])) + 1):
            act = menu.addAction(self.tr("Rank %d") % r)
            act.setCheckable(True)
            act.setChecked(current == r)
            act.triggered.connect(lambda _c=False, r=r: self.set_rank(cause_id, r))
        clear = menu.addAction(self.tr("No rank"))
        clear.setEnabled(current is not None)
        clear.triggered.connect(lambda: self.set_rank(cause_id, None))
        return menu

    def _context_menu(self, hit: Hit, pos: QPoint) -> None:
        self._commit_edit()
        if hit.kind in ("cause", "rank"):
            menu = self._rank_menu(hit.cause)
            menu.addSeparator()
            menu.addAction(self.tr("Ask why"), lambda: self.add_why(hit.cause))
            menu.addAction(
                self.tr("Remove this cause"),
                lambda: self.remove("cause", hit.cause),  # notr: a kind key
            )
        elif hit.kind == "why":
            menu = QMenu(self)
            menu.addAction(
                self.tr("Add another answer"), lambda: self.add_branch(hit.cause, hit.why)
            )
            menu.addAction(
                self.tr("Remove this why"),
                lambda: self.remove("why", hit.cause, hit.why),  # notr: a kind key
            )
        elif hit.kind == "branch":
            menu = QMenu(self)
            menu.addAction(
                self.tr("Remove this answer"),
                lambda: self.remove("branch", hit.cause, hit.why, hit.branch),  # notr: a kind key
            )
        else:
            return
        self._show_menu(menu, pos)

    def _show_menu(self, menu: QMenu, pos: QPoint) -> None:
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu  # kept for keyboard users' Escape and for tests
        menu.popup(pos)

    # ----- keyboard

    def _keys(self) -> list[tuple[str, str, str, str]]:
        return [(h.kind, h.cause, h.why, h.branch) for h in self.scene.layout.hits]

    def show_current(self) -> None:
        keys = self._keys()
        if self.current not in keys:
            self.current = keys[0]
        hit = self.scene.layout.hit(*self.current)
        if hit is None or not self.view.hasFocus():
            self.ring.hide()
            return
        r = hit.rect
        self.ring.setRect(QRectF(r.x - 3, r.y - 3, r.w + 6, r.h + 6))
        self.ring.show()
        self.view.ensureVisible(self.ring, 20, 20)

    def key(self, event: QKeyEvent) -> bool:
        """The canvas's keys; False lets the view handle the key."""
        keys = self._keys()
        if self.current not in keys:
            self.current = keys[0]
        i = keys.index(self.current)
        k = event.key()
        kind, cause, why, branch = self.current
        if k in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left):
            step = 1 if k in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            self.current = keys[(i + step) % len(keys)]
            self.show_current()
            return True
        if k in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2, Qt.Key.Key_Space):
            hit = self.scene.layout.hit(*self.current)
            if hit is None:
                return False
            if kind in ("issue", "cause", "why", "branch"):
                self.start_edit(hit)
            else:
                r = hit.rect
                where = self.view.mapFromScene(r.x + r.w / 2, r.y + r.h)
                self._clicked(hit, self.view.viewport().mapToGlobal(where))
            return True
        if Qt.Key.Key_1 <= k <= Qt.Key.Key_9 and kind in ("cause", "rank"):
            self.set_rank(cause, int(k - Qt.Key.Key_0))
            return True
        if k == Qt.Key.Key_0 and kind in ("cause", "rank"):
            self.set_rank(cause, None)
            return True
        if k in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and kind in ("cause", "why", "branch"):
            self.remove(kind, cause, why, branch)
            return True
        return False

    # ----- writing on the canvas

    def start_edit(self, target: Hit | tuple[str, str, str, str]) -> None:
        key = (
            target
            if isinstance(target, tuple)
            else (target.kind, target.cause, target.why, target.branch)
        )
        self._commit_edit()
        hit = self.scene.layout.hit(*key)
        if hit is None:
            return
        self._editing = key
        self.current = key
        r = QRectF(hit.rect.x, hit.rect.y, hit.rect.w, hit.rect.h)
        self.view.ensureVisible(r, 20, 20)
        box = self.view.mapFromScene(r).boundingRect()
        box.setWidth(max(box.width(), 240))
        box.setHeight(max(box.height() + 8, 64))
        self.inline.blockSignals(True)
        self.inline.setPlainText(_text_of(self.scene.data, key))
        self.inline.blockSignals(False)
        self.inline.setGeometry(box)
        self.inline.show()
        self.inline.raise_()
        self.inline.setFocus()
        self.inline.selectAll()

    def _inline_typed(self) -> None:
        if self._editing is not None and not self._loading:
            self.changed.emit()  # autosave reads value(), which includes this text

    def _commit_edit(self) -> None:
        key = self._editing
        if key is None:
            return
        text = self.inline.toPlainText()
        self._editing = None
        self.inline.hide()
        self.change(lambda d: _set_text(d, key, text), self.tr("Write"))

    def _cancel_edit(self) -> None:
        self._editing = None
        self.inline.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.inline:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                key = event.key()
                plain = not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                    self._commit_edit()
                    self.view.setFocus()
                    return True
                if key == Qt.Key.Key_Escape:
                    self._cancel_edit()
                    self.changed.emit()
                    self.view.setFocus()
                    return True
            elif event.type() == QEvent.Type.FocusOut and self._editing is not None:
                self._commit_edit()
        return super().eventFilter(watched, event)

    # ----- print and export

    def print_diagram(self) -> bool:
        """The print dialog, then the diagram on one landscape page of the chosen paper."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from tli_workbook.circlemap.export import qt_page_layout

        self._commit_edit()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(qt_page_layout(preferences.page_key(), True))
        printer.setDocName(self.field.label)
        dialog = QPrintDialog(printer, self)
        if self._exec_dialog(dialog) != QPrintDialog.DialogCode.Accepted:
            return False
        self.print_to(printer)
        return True

    def print_to(self, printer: Any) -> None:
        from tli_workbook.circlemap.export import paint_page
        from tli_workbook.fishbone.render import build_display_list

        dl = build_display_list(self.value(), title=self.field.label, words=diagram_words())
        painter = QPainter(printer)
        try:
            paint_page(painter, printer, dl)
        finally:
            painter.end()

    def _exec_dialog(self, dialog: Any) -> int:
        """Run a modal dialog (tests replace this)."""
        return int(dialog.exec())

    def _export(self) -> None:
        self._commit_edit()
        path = self.ctx.dialogs.save_file(
            self.tr("Export the fishbone diagram"),
            "fishbone.pdf",
            self.tr("PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)"),
        )
        if path is None:
            return
        from tli_workbook.fishbone.export import FORMATS, write_fishbone

        target = Path(path)
        if target.suffix.lower() not in FORMATS:
            target = target.with_name(target.name + ".pdf")
        value, title, words = self.value(), self.field.label, diagram_words()
        # A page of vector output takes longer than a frame: it is written off the GUI thread.
        self.export_task = runner().run(
            lambda _task: write_fishbone(value, target, title=title, words=words),
            label=self.tr("writing the diagram {0}").format(target.name),
            owner=self,
            dialogs=self.ctx.dialogs,
            failure_title=self.tr("Export failed"),
            failure_hint=self.tr(
                "The diagram was not written to {0}. Choose another folder or name and export "
                "again; the diagram itself is saved."
            ).format(target),
            expected=(OSError, ValueError),
        )


def _cause(d: dict[str, Any], cause_id: str) -> dict[str, Any] | None:
    return next((c for c in d["causes"] if c["id"] == cause_id), None)


def _why(d: dict[str, Any], cause_id: str, why_id: str) -> dict[str, Any] | None:
    c = _cause(d, cause_id)
    return next((w for w in c["whys"] if w["id"] == why_id), None) if c else None


def _target(d: dict[str, Any], key: tuple[str, str, str, str]) -> dict[str, Any] | None:
    kind, cause_id, why_id, branch_id = key
    if kind == "cause":
        return _cause(d, cause_id)
    w = _why(d, cause_id, why_id)
    if kind == "why" or w is None:
        return w
    return next((b for b in w["branches"] if b["id"] == branch_id), None)


def _text_of(d: dict[str, Any], key: tuple[str, str, str, str]) -> str:
    if key[0] == "issue":
        return str(d["issue"])
    t = _target(d, key)
    return str(t["text"]) if t else ""


def _set_text(d: dict[str, Any], key: tuple[str, str, str, str], text: str) -> None:
    if key[0] == "issue":
        d["issue"] = text
        return
    t = _target(d, key)
    if t is not None:
        t["text"] = text
