"""Typed text as packet blocks: bullet lines become lists, other lines paragraphs."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from tli_workbook.packet.document import Block, BulletList, Paragraph, Run

_BULLET = re.compile(r"^(\s*)(?:[-*\u2022\u2023\u25e6\u2013])\s+(.*)$")


def format_number(value: Any) -> str:
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Packet", "Yes")
            if value
            else QCoreApplication.translate("Packet", "No")
        )
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def text_blocks(text: str, style: str = "body") -> list[Block]:
    """A typed answer as blocks: "- " (or "* ", "\u2022 ") lines become bullet lists, every other
    non-empty line a paragraph. Indented bullets become a second list level."""
    blocks: list[Block] = []
    bullets: list[list[Run]] = []
    bullet_level = 0

    def flush() -> None:
        nonlocal bullets
        if bullets:
            blocks.append(BulletList(bullets, level=bullet_level, style=style))  # type: ignore[arg-type]
            bullets = []

    for line in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            flush()
            continue
        m = _BULLET.match(line)
        if m:
            level = 1 if len(m.group(1).expandtabs(4)) >= 2 else 0
            if level != bullet_level:
                flush()
                bullet_level = level
            bullets.append([Run(m.group(2).strip())])
        else:
            flush()
            bullet_level = 0
            blocks.append(Paragraph([Run(line.strip())], style))  # type: ignore[arg-type]
    flush()
    return blocks
