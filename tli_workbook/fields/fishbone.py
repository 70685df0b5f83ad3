"""The fishbone diagram (root cause analysis): a head, ranked causes, 5 Whys, a Pareto check.

Stored shape: tli_workbook.fishbone.model (one dict). The packet shows the diagram as a
vector drawing and then the same content as lists, so it reads without the picture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.definitions.model import Field
from tli_workbook.fields.base import (
    NO_ANSWER,
    FieldKind,
    PacketContext,
    ReadinessContext,
    TextPiece,
)
from tli_workbook.fishbone import model
from tli_workbook.packet.document import Block, BulletList, Paragraph, Run, VectorFigure
from tli_workbook.review.items import Item


def diagram_words() -> dict[str, str]:
    """The words the drawing itself shows (Pareto box, placeholders), translated."""
    return {
        "issue": QCoreApplication.translate("Fishbone", "Double-click to write the issue"),
        "cause": QCoreApplication.translate("Fishbone", "Double-click to write the cause"),
        "why": QCoreApplication.translate("Fishbone", "Why? (double-click)"),
        "branch": QCoreApplication.translate("Fishbone", "Another answer (double-click)"),
        "pareto": QCoreApplication.translate("Fishbone", "Pareto check"),
        "top": QCoreApplication.translate("Fishbone", "Top cause"),
        "yes": QCoreApplication.translate("Fishbone", "Yes, we can address it"),
        "no": QCoreApplication.translate("Fishbone", "No: move on to the next cause"),
        "unanswered": QCoreApplication.translate("Fishbone", "Can we address it? (not answered)"),
        "add_cause": QCoreApplication.translate("Fishbone", "Click + to add a cause"),
    }


class Fishbone(FieldKind):
    name = "fishbone"

    def normalise(self, field: Field, value: Any) -> Any:
        return model.normalise(value)

    def filled(self, field: Field, value: Any) -> bool:
        return not model.is_blank(model.normalise(value))

    # -- readiness

    def checks(self, value: Any) -> list[tuple[str, bool, str]]:
        """(what, met, what to do) for each step the tool asks for."""
        data = model.normalise(value)
        written = [c for c in data["causes"] if c["text"].strip()]
        dupes = model.duplicate_ranks(data)
        unranked = [c for c in written if c["rank"] is None]
        if not written:
            rank_detail = QCoreApplication.translate("Fishbone", "Add a cause on a bone")
        elif dupes:
            rank_detail = QCoreApplication.translate(
                "Fishbone", "Two causes share rank {rank}"
            ).format(rank=dupes[0])
        elif unranked:
            rank_detail = QCoreApplication.translate(
                "Fishbone", "Rank every cause (1 = the biggest driver)"
            )
        else:
            rank_detail = ""
        top = model.top_cause(data)
        answered = [w for w in top["whys"] if w["text"].strip()] if top else []
        if top is None:
            why_detail = QCoreApplication.translate("Fishbone", "Rank a cause 1 first")
        elif len(answered) < model.MAX_WHYS:
            why_detail = QCoreApplication.translate(
                "Fishbone", "Ask why five times ({n} of 5)"
            ).format(n=len(answered))
        else:
            why_detail = ""
        pareto = (
            ""
            if data["pareto"]["answer"]
            else QCoreApplication.translate("Fishbone", "Answer the Pareto check")
        )
        issue_detail = (
            ""
            if data["issue"].strip()
            else QCoreApplication.translate("Fishbone", "Write the issue at the head")
        )
        return [
            (QCoreApplication.translate("Fishbone", "the issue"), not issue_detail, issue_detail),
            (QCoreApplication.translate("Fishbone", "causes ranked"), not rank_detail, rank_detail),
            (
                QCoreApplication.translate("Fishbone", "5 Whys on the top cause"),
                not why_detail,
                why_detail,
            ),
            (QCoreApplication.translate("Fishbone", "Pareto check"), not pareto, pareto),
        ]

    def items(
        self, part_id: str, field: Field, key: str, value: Any, ctx: ReadinessContext
    ) -> Iterator[Item]:
        started = self.filled(field, value)
        shared = bool(model.duplicate_ranks(model.normalise(value)))
        for i, (what, ok, detail) in enumerate(self.checks(value)):
            # Shared ranks are a slip even where the diagram is optional.
            if field.required or (i == 1 and shared):
                label = QCoreApplication.translate("Fishbone", "{field}: {what}").format(
                    field=field.label, what=what
                )
                yield Item(part_id, key, label, ok, detail, started)

    # -- privacy

    def texts(self, field: Field, value: Any, where: str, loc: str) -> Iterator[TextPiece]:
        data = model.normalise(value)
        if data["issue"].strip():
            place = QCoreApplication.translate("Fishbone", "{where}: issue").format(where=where)
            yield TextPiece(f"{loc}#issue", place, data["issue"])
        for i, c in enumerate(data["causes"], 1):
            label = QCoreApplication.translate("Fishbone", "{where}: cause {i}").format(
                where=where, i=i
            )
            if c["text"].strip():
                yield TextPiece(f"{loc}#{c['id']}", label, c["text"])
            for j, w in enumerate(c["whys"], 1):
                if w["text"].strip():
                    place = QCoreApplication.translate("Fishbone", "{cause}, why {j}").format(
                        cause=label, j=j
                    )
                    yield TextPiece(f"{loc}#{w['id']}", place, w["text"])
                for k, b in enumerate(w["branches"], 1):
                    if b["text"].strip():
                        place = QCoreApplication.translate(
                            "Fishbone", "{cause}, why {j}, other answer {k}"
                        ).format(cause=label, j=j, k=k)
                        yield TextPiece(f"{loc}#{b['id']}", place, b["text"])
        note = data["pareto"]["note"]
        if note.strip():
            place = QCoreApplication.translate("Fishbone", "{where}: Pareto check").format(
                where=where
            )
            yield TextPiece(f"{loc}#pareto", place, note)

    # -- packet

    def compact_text(self, field: Field, value: Any) -> str:
        data = model.normalise(value)
        if model.is_blank(data):
            return "\u2014"
        issue = data["issue"].strip() or "\u2014"
        n = len(data["causes"])
        return QCoreApplication.translate("Fishbone", "{issue} (%n cause(s))", "", n).format(
            issue=issue
        )

    def blocks(self, field: Field, value: Any, out: PacketContext, level: int) -> list[Block]:
        data = model.normalise(value)
        if model.is_blank(data):
            return [Paragraph.of(QCoreApplication.translate("Fields", NO_ANSWER), "note")]
        from tli_workbook.fishbone.render import build_display_list  # reportlab: not at start-up

        caption = QCoreApplication.translate("Fishbone", "Fishbone diagram: {issue}").format(
            issue=data["issue"].strip() or field.label
        )
        blocks: list[Block] = [
            VectorFigure(build_display_list(data, words=diagram_words()), caption)
        ]
        blocks.append(
            Paragraph(
                [
                    Run(QCoreApplication.translate("Fishbone", "Issue: "), bold=True),
                    Run(data["issue"].strip() or "\u2014"),
                ]
            )
        )
        for c in model.by_rank(data["causes"]):
            rank = (
                QCoreApplication.translate("Fishbone", "rank {rank}").format(rank=c["rank"])
                if c["rank"] is not None
                else QCoreApplication.translate("Fishbone", "not ranked")
            )
            blocks.append(
                Paragraph(
                    [
                        Run(
                            QCoreApplication.translate("Fishbone", "Cause ({rank}): ").format(
                                rank=rank
                            ),
                            bold=True,
                        ),
                        Run(c["text"].strip() or "\u2014"),
                    ]
                )
            )
            items: list[list[Run]] = []
            for j, w in enumerate(c["whys"], 1):
                items.append(
                    [
                        Run(
                            QCoreApplication.translate("Fishbone", "Why {j}: ").format(j=j),
                            bold=True,
                        ),
                        Run(w["text"].strip() or "\u2014"),
                    ]
                )
                for b in w["branches"]:
                    items.append(
                        [
                            Run(
                                QCoreApplication.translate("Fishbone", "Why {j}, also: ").format(
                                    j=j
                                ),
                                italic=True,
                            ),
                            Run(b["text"].strip() or "\u2014"),
                        ]
                    )
            if items:
                blocks.append(BulletList(items, level=1))
        p = data["pareto"]
        top = model.top_cause(data)
        if top is not None or p["answer"] or p["note"].strip():
            answer = {
                "yes": QCoreApplication.translate("Fishbone", "Yes, we can address it"),
                "no": QCoreApplication.translate("Fishbone", "No: move on to the next cause"),
            }
            runs = [
                Run(
                    QCoreApplication.translate("Fishbone", "Pareto check on the top cause: "),
                    bold=True,
                ),
                Run(
                    answer.get(p["answer"], QCoreApplication.translate("Fishbone", "not answered"))
                ),
            ]
            if p["note"].strip():
                runs.append(Run(f". {p['note'].strip()}"))
            blocks.append(Paragraph(runs))
        return blocks

    def blank_blocks(self, field: Field) -> list[Block]:
        """The diagram to fill in by hand (a blank printable form): bones, rank circles and
        five lines for the whys on each."""
        from tli_workbook.fishbone.render import build_display_list

        blank = model.blank_worksheet()
        return [
            VectorFigure(build_display_list(blank, words=diagram_words(), paper=True), field.label),
            Paragraph.of(
                QCoreApplication.translate(
                    "Fishbone",
                    "Write the issue at the head, a cause at the end of each bone and its rank "
                    "in the circle; then answer \u201cWhy?\u201d along the bone, five times.",
                ),
                "prompt",
            ),
        ]
