"""The rubric self-check beside an artifact: each row's levels and criteria; the teacher ticks
the criteria the work meets and picks a level."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
from tli_workbook.review.rubric import normalise, rubric_key, tick_id
from tli_workbook.ui.autosave import Autosaver


class RubricRowBox(QFrame):
    changed = Signal()

    def __init__(
        self,
        rubric: Rubric,
        row: RubricRow,
        value: object,
        autosaver: Autosaver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rubricRow")
        self.row = row
        self.autosaver = autosaver
        state = normalise(value)
        lay = QVBoxLayout(self)
        title = QLabel(f"Rubric self-check: {row.title}")
        title.setObjectName("sectionHeading")
        title.setWordWrap(True)
        lay.addWidget(title)
        hint = QLabel(
            "Tick what your work shows now, then pick the level it reaches. "
            f"To pass, every row must reach {' or '.join(rubric.passing)}."
        )
        hint.setObjectName("fieldHelp")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.checks: dict[str, QCheckBox] = {}
        self.levels = QButtonGroup(self)
        level_row = QHBoxLayout()
        level_row.addWidget(QLabel("My level:"))
        for level in rubric.scale:
            criteria = row.criteria.get(level.id, ())
            if criteria:
                head = QLabel(level.label)
                head.setObjectName("guidanceHeading")
                lay.addWidget(head)
            for i, text in enumerate(criteria):
                cb = QCheckBox(text)
                cb.setObjectName(f"criterion:{tick_id(level.id, i)}")
                cb.setChecked(tick_id(level.id, i) in state["ticked"])
                cb.toggled.connect(self._save)
                cb.setStyleSheet("QCheckBox { spacing: 8px; }")
                self.checks[tick_id(level.id, i)] = cb
                lay.addWidget(cb)
            rb = QRadioButton(level.label)
            rb.setObjectName(f"level:{level.id}")
            rb.setProperty("level", level.id)
            rb.setChecked(state["level"] == level.id)
            self.levels.addButton(rb)
            level_row.addWidget(rb)
        self.levels.buttonToggled.connect(lambda _b, on: on and self._save())
        level_row.addStretch(1)
        lay.addLayout(level_row)

    def value(self) -> dict:
        btn = self.levels.checkedButton()
        return {
            "level": btn.property("level") if btn else None,
            "ticked": [k for k, cb in self.checks.items() if cb.isChecked()],
        }

    def _save(self) -> None:
        self.autosaver.set(rubric_key(self.row), self.value())
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
