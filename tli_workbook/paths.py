"""Where the app finds its shipped data and keeps the user's data."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ENV_DATA_DIR = "TLI_WORKBOOK_DATA_DIR"
APP_NAME = "TLI Workbook"
APP_SLUG = "tli-workbook"


def _shipped(name: str) -> Path:
    # A source checkout has forms/ and resources/ beside the package; an installed wheel has
    # them inside it (setup.py maps them there).
    source = PACKAGE_DIR.parent / name
    if source.is_dir() and (PACKAGE_DIR.parent / "pyproject.toml").is_file():
        return source
    return PACKAGE_DIR / name


ENV_FORMS_DIR = "TLI_WORKBOOK_FORMS_DIR"


def forms_dir() -> Path:
    """Shipped definitions; TLI_WORKBOOK_FORMS_DIR points elsewhere (for authors of new
    definitions, and for tests of the loader's refusal to start on a bad one)."""
    env = os.environ.get(ENV_FORMS_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return _shipped("forms")


def resources_dir() -> Path:
    return _shipped("resources")


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_SLUG, appauthor=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the database, stored files, backups and logs.

    Order: the --data-dir option, then TLI_WORKBOOK_DATA_DIR, then the platform's user data
    folder (~/.local/share/tli-workbook on Linux).
    """
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()
