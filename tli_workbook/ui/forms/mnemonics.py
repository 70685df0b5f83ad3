"""Alt+letter for every labelled box on a page: each label with a buddy gets a letter of its
own, so the keyboard reaches any answer without the mouse (labels numbered "2. ..." already
have Alt+2).

Letters are given per page (hidden pages' shortcuts do not fire) and never the menu bar's
(File, Edit, Go, Help), whose Alt+letter would otherwise be ambiguous.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# The menu bar's own letters (main_window: &File, &Edit, &Go, &Help).
RESERVED = frozenset("fegh")
_MARK = re.compile(r"&(?!&)(.)")


def _marked(text: str) -> str | None:
    """The letter a label already has ("&Lead" -> "l"), or None."""
    m = _MARK.search(text.replace("&&", ""))
    return m.group(1).lower() if m else None


def assign_mnemonics(root: QWidget) -> int:
    """Gives each buddy label under root that has none the first free letter starting one of
    its words (else any free letter of it). Returns how many labels got one; a second call
    gives none, as every label then has its letter."""
    labels = [lab for lab in root.findChildren(QLabel) if lab.buddy() is not None]
    used = set(RESERVED)
    for lab in labels:
        got = _marked(lab.text())
        if got:
            used.add(got)
    given = 0
    for lab in labels:
        text = lab.text()
        if _marked(text) or "<" in text:  # has one, or rich text (no mnemonic there)
            continue
        if not _reachable(lab.buddy(), root):
            continue  # a hidden template's box, or one that takes no focus: no letter wasted
        spot = _free_spot(text, used)
        if spot is None:
            continue
        used.add(text[spot].lower())
        lab.setText(text[:spot] + "&" + text[spot:])
        given += 1
    return given


def _reachable(buddy: QWidget, root: QWidget) -> bool:
    if not buddy.isVisibleTo(root):
        return False
    target = buddy.focusProxy() or buddy
    return target.focusPolicy() != Qt.FocusPolicy.NoFocus


def _free_spot(text: str, used: set[str]) -> int | None:
    starts = [m.start() for m in re.finditer(r"(?<![\w&])[A-Za-z]", text)]
    rest = [i for i, c in enumerate(text) if c.isascii() and c.isalpha() and i not in starts]
    for i in starts + rest:
        if text[i].lower() not in used and (i == 0 or text[i - 1] != "&"):
            return i
    return None
