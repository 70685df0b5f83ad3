"""The rubric self-check: each row's levels and criteria; the teacher ticks the criteria the work
meets and picks a level. Values live under "rubric.<row id>" (tli_workbook.review.rubric).

The same row can be on screen in several places (beside its part, in the Review › Rubric page,
the Circle Map page's checklist); all of them go through one hub per autosaver, so a tick in one
shows at once in the others and none writes back a stale value.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tli_workbook.definitions.model import Rubric, RubricRow
from tli_workbook.review.rubric import normalise, rubric_key, tick_id, ticked_indices, with_ticked
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.forms.wrap_check import WrapCheckBox


class RubricHub(QObject):
    """Carries rubric values between every view of one workbook (a child of its autosaver)."""

    valueChanged = Signal(str, object, object)  # row id, value, the view that changed it

    def __init__(self, autosaver: Autosaver) -> None:
        super().__init__(autosaver)
        self.setObjectName("rubricHub")
        self.autosaver = autosaver
        self.values: dict[str, dict[str, Any]] = {}

    def value(self, row: RubricRow, fallback: Any) -> dict[str, Any]:
        """The latest value seen this session, else the stored one passed in."""
        return self.values.get(row.id) or normalise(fallback)

    def set(self, row: RubricRow, value: dict[str, Any], source: object) -> None:
        self.values[row.id] = value
        self.autosaver.set(rubric_key(row), value)
        self.valueChanged.emit(row.id, value, source)

    def reload(self, answers: dict[str, Any], rows: tuple[RubricRow, ...]) -> None:
        """Take the stored values as the truth (something may have written them directly) and
        show them in every view."""
        for row in rows:
            value = normalise(answers.get(rubric_key(row)))
            if self.values.get(row.id, value) != value or row.id not in self.values:
                self.values[row.id] = value
                self.valueChanged.emit(row.id, value, None)


def passing_levels(rubric: Rubric) -> str:
    """The passing levels' names (the credential's words) as one phrase: "A" or "A or B"."""
    labels = {o.id: o.label for o in rubric.scale}
    names = [labels.get(p, p) for p in rubric.passing]
    if len(names) < 2:
        return "".join(names)
    return QCoreApplication.translate("Rubric", "{first} or {second}").format(
        first=", ".join(names[:-1]), second=names[-1]
    )


def rubric_hub(autosaver: Autosaver) -> RubricHub:
    hub = autosaver.findChild(RubricHub, "rubricHub")
    return hub if hub is not None else RubricHub(autosaver)


class RubricRowBox(QFrame):
    changed = Signal()

    def __init__(
        self,
        rubric: Rubric,
        row: RubricRow,
        value: object,
        autosaver: Autosaver,
        parent: QWidget | None = None,
        *,
        title_prefix: str | None = None,
        hint: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rubricRow")
        self.row = row
        self.hub = rubric_hub(autosaver)
        state = self.hub.value(row, value)
        lay = QVBoxLayout(self)
        title = QLabel(
            self.tr("Rubric self-check: {row}").format(row=row.title)
            if title_prefix is None
            else f"{title_prefix}{row.title}"
        )
        title.setObjectName("sectionHeading")
        title.setWordWrap(True)
        lay.addWidget(title)
        passing = passing_levels(rubric)
        if hint:  # the collected page says it once at the top
            how = QLabel(
                self.tr(
                    "Tick what your work shows now, then pick the level it reaches. "
                    "To pass, every row must reach {levels}."
                ).format(levels=passing)
            )
            how.setObjectName("fieldHelp")
            how.setWordWrap(True)
            lay.addWidget(how)
        self.checks: dict[str, QCheckBox] = {}
        self.levels = QButtonGroup(self)
        level_row = QHBoxLayout()
        mine = QLabel(self.tr("My level:"))
        mine.setObjectName("fieldLabel")
        level_row.addWidget(mine)
        for level in rubric.scale:
            criteria = row.criteria.get(level.id, ())
            if criteria:
                head = QLabel(level.label)
                head.setObjectName("guidanceHeading")
                lay.addWidget(head)
            for i, text in enumerate(criteria):
                cb = WrapCheckBox(text)
                cb.setObjectName(f"criterion:{tick_id(level.id, i)}")
                cb.toggled.connect(self._save)
                self.checks[tick_id(level.id, i)] = cb
                lay.addWidget(cb)
            rb = QRadioButton(level.label)
            rb.setObjectName(f"level:{level.id}")
            rb.setProperty("level", level.id)
            self.levels.addButton(rb)
            level_row.addWidget(rb)
        level_row.addStretch(1)
        lay.addLayout(level_row)
        self.set_value(state)
        self.levels.buttonToggled.connect(lambda _b, on: self._save() if on else None)
        self.hub.valueChanged.connect(self._on_hub)

    def value(self) -> dict[str, Any]:
        btn = self.levels.checkedButton()
        return {
            "level": btn.property("level") if btn else None,
            "ticked": [k for k, cb in self.checks.items() if cb.isChecked()],
        }

    def set_value(self, value: object) -> None:
        """Show a value without saving it."""
        state = normalise(value)
        self.blockSignals(True)
        try:
            for key, cb in self.checks.items():
                cb.blockSignals(True)
                cb.setChecked(key in state["ticked"])
                cb.blockSignals(False)
            self.levels.blockSignals(True)
            self.levels.setExclusive(False)  # so no level can be shown again
            for btn in self.levels.buttons():
                btn.setChecked(btn.property("level") == state["level"])
            self.levels.setExclusive(True)
            self.levels.blockSignals(False)
        finally:
            self.blockSignals(False)

    def _save(self) -> None:
        self.hub.set(self.row, self.value(), self)
        self.changed.emit()

    def _on_hub(self, row_id: str, value: object, source: object) -> None:
        if row_id == self.row.id and source is not self:
            self.set_value(value)
            self.changed.emit()


class RubricPanel(QWidget):
    """All rubric rows that judge one part."""

    def __init__(
        self,
        rubric: Rubric,
        rows: tuple[RubricRow, ...],
        answers: dict,
        autosaver: Autosaver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        self.rows = [RubricRowBox(rubric, r, answers.get(rubric_key(r)), autosaver) for r in rows]
        for box in self.rows:
            lay.addWidget(box)


class Checklist(Protocol):
    """What the Circle Map page's "Proficient looks like" list offers."""

    checksChanged: Any  # Signal(list): indices of the ticked criteria

    def set_checked(self, indices: list[int]) -> None: ...


def bind_checklist(
    checklist: Checklist, rubric: Rubric, row: RubricRow, value: object, autosaver: Autosaver
) -> None:
    """Make a one-level checklist (criteria of the first passing level) a view of the row's
    value: it shows the stored ticks, writes its ticks into "rubric.<row id>" without touching
    the other levels or the chosen level, and follows ticks made elsewhere."""
    hub = rubric_hub(autosaver)
    level = rubric.passing[0] if rubric.passing else rubric.scale[0].id
    checklist.set_checked(ticked_indices(hub.value(row, value), level))

    def ticked(indices: list[int]) -> None:
        hub.set(row, with_ticked(hub.value(row, value), level, indices), checklist)

    def follow(row_id: str, new: object, source: object) -> None:
        if row_id == row.id and source is not checklist:
            checklist.set_checked(ticked_indices(new, level))

    checklist.checksChanged.connect(ticked)
    hub.valueChanged.connect(follow)
    destroyed = getattr(checklist, "destroyed", None)
    if destroyed is not None:  # a plain function slot outlives the widget unless cut here
        destroyed.connect(lambda *_a: _disconnect(hub, follow))


def _disconnect(hub: RubricHub, slot: Any) -> None:
    try:
        hub.valueChanged.disconnect(slot)
    except (RuntimeError, TypeError):  # the hub went first (workbook closed)
        pass
