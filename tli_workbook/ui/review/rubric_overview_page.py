"""Rubric self-check, collected: every row of the credential's rubric in one view. This page is
the authority over "rubric.<row id>": the boxes beside each part and the Circle Map checklist
are other views of the same values (see rubric_panel.RubricHub)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from tli_workbook.definitions.model import Credential
from tli_workbook.review.rubric import passing_rows, rubric_key
from tli_workbook.store import Store
from tli_workbook.ui.autosave import Autosaver
from tli_workbook.ui.dialogs import Dialogs
from tli_workbook.ui.review.common import Jump, ReviewPage, label, set_state
from tli_workbook.ui.review.rubric_panel import RubricRowBox, passing_levels, rubric_hub


class RubricOverviewPage(ReviewPage):
    def __init__(
        self,
        store: Store,
        workbook_id: int,
        credential: Credential,
        dialogs: Dialogs,
        autosaver: Autosaver,
        jump: Jump,
        parent: QWidget | None = None,
    ) -> None:
        rubric = credential.rubric
        passing = passing_levels(rubric)
        super().__init__(
            credential,
            QCoreApplication.translate("RubricOverviewPage", "Rubric self-check"),
            QCoreApplication.translate(
                "RubricOverviewPage",
                "Judge your work the way a reviewer will: for each row, tick the criteria your "
                "work meets now and pick the level it reaches. Every row must reach {levels} to "
                "pass. The packet can include this page as an appendix (off unless you choose it).",
            ).format(levels=passing),
            parent,
        )
        self.store, self.workbook_id = store, workbook_id
        self.dialogs, self.autosaver, self.jump = dialogs, autosaver, jump
        self.summary = label("", "rubricSummary")
        self.body.addWidget(self.summary)
        answers = store.answers(workbook_id)
        self.boxes: list[RubricRowBox] = []
        titles = {p.id: p.title for p in credential.parts}
        for row in rubric.rows:
            head = QHBoxLayout()
            judged = titles.get(row.part, row.part)
            head.addWidget(label(self.tr("Judges: {part}").format(part=judged), "fieldHelp"), 1)
            go = QPushButton(self.tr("Go to {part}").format(part=judged.split(":")[0]))
            go.setObjectName("linkButton")
            go.setToolTip(self.tr("Open {part}").format(part=judged))
            go.clicked.connect(lambda _c=False, pid=row.part: self.jump(pid, ""))
            head.addWidget(go)
            self.body.addLayout(head)
            value = answers.get(rubric_key(row))
            box = RubricRowBox(rubric, row, value, autosaver, title_prefix="", hint=False)
            box.changed.connect(self._update_summary)
            self.boxes.append(box)
            self.body.addWidget(box)
        if not rubric.rows:
            self.body.addWidget(
                label(self.tr("This credential's rubric has no rows to self-assess."))
            )
        self.body.addStretch(1)
        self._update_summary()

    def refresh(self) -> None:
        """Show the stored values (anything written elsewhere is picked up)."""
        self.autosaver.flush()
        answers = self.store.answers(self.workbook_id)
        rubric_hub(self.autosaver).reload(answers, self.credential.rubric.rows)
        self._update_summary()

    def _update_summary(self) -> None:
        rubric = self.credential.rubric
        values = {rubric_key(b.row): b.value() for b in self.boxes}
        n, total = passing_rows(rubric, values), len(rubric.rows)
        passing = passing_levels(rubric)
        self.summary.setText(
            self.tr("{count} of %n row(s) at {levels} by your own judgement.", "", total).format(
                count=n, levels=passing
            )
        )
        set_state(self.summary, "ready" if n == total else "todo")
        self.changed.emit()
