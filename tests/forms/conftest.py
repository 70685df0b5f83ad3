"""Fixtures for the form-engine tests."""

from __future__ import annotations

import pytest
import yaml
from formkit import ALL_TYPES


@pytest.fixture
def all_types():  # type: ignore[no-untyped-def]
    """The test credential with every field type."""
    from tli_workbook.definitions import parse_credential

    return parse_credential(yaml.safe_load(ALL_TYPES.read_text(encoding="utf-8")), "all-types")


@pytest.fixture
def all_catalog(catalog, all_types, monkeypatch):  # type: ignore[no-untyped-def]
    """The real catalog plus the all-types credential (archives accept it too)."""
    import tli_workbook.definitions as definitions
    from tli_workbook.definitions import Catalog

    cat = Catalog([*catalog, all_types])
    monkeypatch.setattr(definitions, "default_catalog", lambda: cat)
    return cat


@pytest.fixture
def all_window(qtbot, store, all_catalog):  # type: ignore[no-untyped-def]
    """The real main window, knowing the all-types credential."""
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    make_app()
    w = MainWindow(store, all_catalog)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
