"""Fixtures for the diagram field types: a main window that knows tests/fishbone/rca.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

RCA = Path(__file__).resolve().parent / "rca.yaml"


@pytest.fixture
def rca_cred():  # type: ignore[no-untyped-def]
    from tli_workbook.definitions import parse_credential

    return parse_credential(yaml.safe_load(RCA.read_text(encoding="utf-8")), "rca-test")


@pytest.fixture
def rca_catalog(catalog, rca_cred, monkeypatch):  # type: ignore[no-untyped-def]
    import tli_workbook.definitions as definitions
    from tli_workbook.definitions import Catalog

    cat = Catalog([*catalog, rca_cred])
    monkeypatch.setattr(definitions, "default_catalog", lambda: cat)
    return cat


@pytest.fixture
def rca_window(qtbot, store, rca_catalog):  # type: ignore[no-untyped-def]
    from tli_workbook.ui.application import make_app
    from tli_workbook.ui.main_window import MainWindow

    make_app()
    w = MainWindow(store, rca_catalog)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
