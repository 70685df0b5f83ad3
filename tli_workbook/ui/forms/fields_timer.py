"""A timed section: an info field with `minutes:` shows a countdown the facilitator can start,
pause and reset (Lessons Learned: 10/20/20/10 minutes). Nothing is stored; the timer is a
help for the meeting, not part of the answers."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tli_workbook.definitions.model import Field
from tli_workbook.ui.forms.base import FormContext
from tli_workbook.ui.forms.fields_text import InfoEditor

TICK_MS = 1000


def clock(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class TimedInfoEditor(InfoEditor):
    """Guidance text; with `minutes:` also a start/pause countdown beside it."""

    def __init__(self, field: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(field, ctx, parent)
        self.timer: QTimer | None = None
        if not field.minutes:
            return
        self.total = field.minutes * 60
        self.left = self.total
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 4, 0, 0)
        self.clock = QLabel(clock(self.left))
        self.clock.setObjectName("sectionTimer")
        self.clock.setAccessibleName(self.tr("Time left in this section"))
        self.start_btn = QPushButton(self.tr("Start timer"))
        self.start_btn.clicked.connect(self.toggle)
        self.reset_btn = QPushButton(self.tr("Reset"))
        self.reset_btn.clicked.connect(self.reset)
        bar.addWidget(self.clock)
        bar.addWidget(self.start_btn)
        bar.addWidget(self.reset_btn)
        bar.addStretch(1)
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        lay.addLayout(bar)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def toggle(self) -> None:
        assert self.timer is not None
        if self.timer.isActive():
            self.timer.stop()
            self.start_btn.setText(self.tr("Resume timer"))
        elif self.left > 0:
            self.timer.start()
            self.start_btn.setText(self.tr("Pause timer"))

    def tick(self) -> None:
        self.left = max(0, self.left - 1)
        if self.left == 0 and self.timer is not None:
            self.timer.stop()
            self.clock.setText(self.tr("Time is up"))
            self.start_btn.setText(self.tr("Start timer"))
            self.start_btn.setEnabled(False)
            return
        self.clock.setText(clock(self.left))

    def reset(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        self.left = self.total
        self.clock.setText(clock(self.left))
        self.start_btn.setText(self.tr("Start timer"))
        self.start_btn.setEnabled(True)
