from __future__ import annotations

from pathlib import Path

import pytest

FIXTURE_TOOLS = Path(__file__).resolve().parent / "fixtures" / "tools"


@pytest.fixture(scope="session")
def fixture_tools():  # type: ignore[no-untyped-def]
    """Tools defined for these tests (the real ones live in forms/tools/)."""
    from tli_workbook.definitions.tools import load_tools

    return load_tools(FIXTURE_TOOLS)
