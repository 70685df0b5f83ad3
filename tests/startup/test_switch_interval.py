"""The GUI takes the interpreter back from a busy worker within half a millisecond, not
Python's default 5 ms: each of the hundreds of Python calls a page build makes from Qt
(slots, event filters, overrides) waited that long while a worker ran Python."""

from __future__ import annotations

import sys

from tli_workbook.ui.application import GUI_SWITCH_INTERVAL_S, make_app


def test_make_app_sets_a_short_switch_interval(qapp) -> None:  # type: ignore[no-untyped-def]
    make_app()
    assert sys.getswitchinterval() == GUI_SWITCH_INTERVAL_S < 0.005
