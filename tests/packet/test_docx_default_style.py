"""The DOCX writer looks for the default paragraph style once a document, not once a style."""

from __future__ import annotations

import io

import pytest
from docx.styles.styles import Styles

from tli_workbook.packet.document import BulletList, Document, Paragraph, Run, Section
from tli_workbook.packet.docx_writer import write_docx


def test_default_paragraph_style_is_searched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = Styles.default

    def counted(self, style_type):  # type: ignore[no-untyped-def]
        calls.append(style_type)
        return real(self, style_type)

    monkeypatch.setattr(Styles, "default", counted)

    def searches(blocks: list) -> int:
        calls.clear()
        out = io.BytesIO()
        write_docx(Document("T", "T", None, False, [Section(blocks=blocks)]), out)
        assert out.getvalue()[:2] == b"PK"
        return len(calls)

    one_style = searches([Paragraph.of("Body text.")])
    many_styles = searches(
        [
            Paragraph.of("Body text."),
            Paragraph.of("A note.", "note"),
            Paragraph.of("A caption.", "caption"),
            BulletList([[Run("one")], [Run("two")]]),
        ]
    )
    # The page setup's header and footer are python-docx's own assignments; the blocks add
    # one search in all, however many styles they use.
    assert many_styles == one_style
