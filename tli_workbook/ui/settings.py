"""The teacher's remembered choices (export folder and formats, later the Preferences dialog),
read and written with types.

Kept in an INI file in the data folder rather than the platform registry: a data folder given
with --data-dir (a USB stick, a test) carries its own choices, and a damaged file costs only
the defaults."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings

from tli_workbook.paths import data_dir

log = logging.getLogger(__name__)

FILE_NAME = "settings.ini"
_folder: Path | None = None


def use_folder(folder: Path | None) -> None:
    """Keep the settings in `folder` (the data folder the app was started with); None goes
    back to the default data folder."""
    global _folder
    _folder = folder


def settings_file() -> Path:
    return (_folder or data_dir()) / FILE_NAME


def _open() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def get_str(key: str, default: str = "") -> str:
    value = _open().value(key, default)
    return value if isinstance(value, str) else default


def get_bool(key: str, default: bool = False) -> bool:
    value = _open().value(key, None)
    if isinstance(value, bool):
        return value
    if isinstance(value, str):  # INI files hold text: "true" / "false"
        if value.lower() in ("true", "1", "yes"):
            return True
        if value.lower() in ("false", "0", "no"):
            return False
    return default


def get_path(key: str, default: Path) -> Path:
    text = get_str(key, "")
    return Path(text) if text else default


def set_value(key: str, value: str | bool | Path) -> None:
    """Store one value; a folder that cannot be written only loses the remembering."""
    s = _open()
    s.setValue(key, str(value) if isinstance(value, Path) else value)
    s.sync()
    if s.status() != QSettings.Status.NoError:
        log.warning("could not save the setting %s in %s", key, settings_file())


def set_values(values: dict[str, str | bool | Path]) -> None:
    s = _open()
    for key, value in values.items():
        s.setValue(key, str(value) if isinstance(value, Path) else value)
    s.sync()
    if s.status() != QSettings.Status.NoError:
        log.warning("could not save settings in %s", settings_file())
