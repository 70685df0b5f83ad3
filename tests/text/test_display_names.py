"""Outside names shown safely: bidi controls visible, line breaks replaced, long names elided
in the middle, right-to-left names isolated."""

from __future__ import annotations

from tli_workbook.text.display_names import (
    FSI,
    PDI,
    VISIBLE_CONTROL,
    clean_name,
    display_name,
    elide_middle,
)


def test_a_right_to_left_override_is_shown_not_obeyed() -> None:
    name = "invoice\u202efdp.exe"
    shown = display_name(name)
    assert "\u202e" not in shown
    assert shown == f"invoice{VISIBLE_CONTROL}fdp.exe"
    for control in "\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061c":
        assert control not in clean_name(f"a{control}b")


def test_line_breaks_tabs_and_control_characters_become_spaces() -> None:
    assert display_name("first line\nsecond\r\nthird\tfourth\x07.pdf") == (
        "first line second third fourth .pdf"
    )
    assert "\n" not in display_name("\n\n") and display_name("\n\n") == "?"


def test_long_names_are_elided_in_the_middle_keeping_the_extension() -> None:
    name = "a" * 251 + ".pdf"
    shown = display_name(name)
    assert len(shown) == 60 and shown.endswith("aaa.pdf") and "…" in shown
    assert display_name(name, None) == name  # the tooltip's full name
    assert elide_middle("short.pdf") == "short.pdf"


def test_right_to_left_names_are_isolated_from_the_text_around_them() -> None:
    shown = display_name("שלום.pdf")
    assert shown.startswith(FSI) and shown.endswith(PDI)
    assert display_name("plain.pdf") == "plain.pdf"  # nothing invisible added to plain names
