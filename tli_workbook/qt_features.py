"""PySide6's `from __feature__ import snake_case` support, made cheap.

Once PySide6 is imported, it wraps every later import: for each new module it reads the
module's whole source file (inspect.getsource) to learn whether the module names PySide6, so
that feature switches (snake_case, true_property) can follow the module that selected them.
The app selects no feature, so the answer never changes what any call does, yet the reading
cost about 15% of the CPU time of importing the app's libraries (reportlab, python-docx,
Pillow, SQLAlchemy) and kept every source in memory. The test is replaced by one on the
module's name: the app's own modules count as using PySide6 (select id 0, "no feature"),
the rest as not (-1, "ignore this module"), which with no feature selected behave the same.
"""

from __future__ import annotations

import logging
from types import ModuleType

log = logging.getLogger(__name__)


def _uses_pyside(module: ModuleType) -> bool:
    return str(getattr(module, "__name__", "")).startswith("tli_workbook")


def skip_source_scan() -> bool:
    """Replace PySide6's per-import source scan; False if this PySide6 has none (then its
    imports are left as they are)."""
    import PySide6.QtCore  # noqa: F401 (installs the import wrapper and its module)

    try:
        import shibokensupport.feature as feature  # type: ignore[import-not-found]
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide6 %s has no source scan to replace", PySide6.__version__)
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True
