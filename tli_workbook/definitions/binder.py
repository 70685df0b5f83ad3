"""The team binder: a workbook with no credential, holding only guidebook tools.

It is stored with the credential id TEAM_BINDER_ID (""), and the catalog answers that id with
an empty credential (no parts, no rubric), so every screen that shows a workbook's credential
(start screen, navigator, readiness, export) works on a binder without special cases.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tli_workbook import i18n
from tli_workbook.definitions.model import Attribution, Credential, Rubric
from tli_workbook.definitions.titles import TEAM_BINDER_ID

__all__ = ["TEAM_BINDER_ID", "TEAM_BINDER_TITLE", "is_team_binder", "team_binder_credential"]
TEAM_BINDER_TITLE = str(QT_TRANSLATE_NOOP("TeamBinder", "Team binder (guidebook tools only)"))


def is_team_binder(credential: Credential | str) -> bool:
    cid = credential if isinstance(credential, str) else credential.id
    return cid == TEAM_BINDER_ID


def team_binder_credential() -> Credential:
    """The binder's empty credential, in the app's language (its words are the app's own)."""
    return _binder(i18n.current())


@lru_cache(maxsize=4)
def _binder(language: str) -> Credential:
    title = QCoreApplication.translate("TeamBinder", "Team binder")
    return Credential(
        id=TEAM_BINDER_ID,
        title=title,
        short_title=title,
        issuer=QCoreApplication.translate(
            "TeamBinder", "NEA guidebook Collaborating for Student Success"
        ),
        strand="",
        competency=QCoreApplication.translate(
            "TeamBinder",
            "A binder of the guidebook's tools for a leadership team or partnership that uses "
            "Collaborating for Student Success on its own: no micro-credential, only tools.",
        ),
        key_method="",
        method_components="",
        attribution=Attribution(
            source="NEA, Collaborating for Student Success", revised="", licence="", note=""
        ),
        earning="",
        anonymity="",
        levels=(),
        plan_types=(),
        research=(),
        resources=(),
        rubric=Rubric(scale=(), passing=(), rows=()),
        parts=(),
    )
