"""What pages, panels and undo commands keep of the Toolkit: a weak proxy, so no Python
reference cycle outlives a closed workbook (see tests/ui/test_widgets_freed.py)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tli_workbook.ui.toolkit.nav import Toolkit


def weak_kit(kit: Toolkit) -> Toolkit:
    if isinstance(kit, weakref.ProxyType):
        return kit  # type: ignore[return-value]
    return weakref.proxy(kit)  # type: ignore[return-value]
