"""Fixtures for the circle map tests: a store in a temp folder, the real definitions, and the
editor page built on them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tli_workbook.definitions import default_catalog  # noqa: E402
from tli_workbook.store import Store  # noqa: E402


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def workbook_id(store: Store) -> int:
    return store.create_workbook("coaching-and-mentoring", "T")


@pytest.fixture
def credential():
    return default_catalog().get("coaching-and-mentoring")


@pytest.fixture
def part(credential):
    return credential.part("artifact1")


@pytest.fixture
def make_page(qtbot, store: Store, workbook_id: int, credential, part) -> Callable:
    """Build (and show) a Circle Map page on the test store; call again to 'reopen'."""
    from tli_workbook.ui.circlemap.editor import CircleMapPage

    def make():
        page = CircleMapPage(store, workbook_id, credential, part)
        qtbot.addWidget(page)
        page.resize(1200, 820)
        page.show()
        qtbot.waitExposed(page)
        # Shortcuts only reach the active window.
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        page.view.fit()
        return page

    return make
