"""Audio and video evidence: how long it is, and a copy for the upload kit.

WAV is read with the standard library's `wave`; MP3, M4A/AAC, MP4/MOV, Ogg, FLAC and others
with mutagen (pure Python, no native code or download, maintained since 2005), which reads the
length from the container headers without decoding any sound.
"""

from __future__ import annotations

import logging
import shutil
import wave
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)


def duration_seconds(path: Path) -> float | None:
    """The playing time, or None when it cannot be read from the file's headers."""
    try:
        with wave.open(str(path), "rb") as w:
            rate = w.getframerate()
            if rate > 0:
                return w.getnframes() / rate
    except (wave.Error, EOFError, OSError):
        pass  # not a PCM WAV: try mutagen
    try:
        import mutagen

        info = mutagen.File(str(path))
        length = getattr(getattr(info, "info", None), "length", None)
        if isinstance(length, int | float) and length > 0:
            return float(length)
    except Exception:  # an unknown or damaged container: the length is left out
        log.info("could not read the length of %s", path.name, exc_info=True)
    return None


def format_duration(seconds: float | None) -> str:
    """ "0:01", "12:05", "1:02:03"; "" when unknown."""
    if seconds is None:
        return ""
    total = max(1, round(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def copy_for_kit(path: Path, out: IO[bytes]) -> None:
    """The file as it goes into the upload kit. A PCM WAV is rewritten from its samples, so
    its INFO/ID3 chunks (artist, software, comments) stay behind; other files are copied as
    they are (their tags are listed by the privacy check)."""
    try:
        with wave.open(str(path), "rb") as src:
            params = src.getparams()
            frames = src.readframes(src.getnframes())
        with wave.open(out, "wb") as dst:  # type: ignore[arg-type]
            dst.setparams(params)
            dst.writeframes(frames)
        return
    except (wave.Error, EOFError):
        out.seek(0)
        out.truncate()
    with open(path, "rb") as fh:
        shutil.copyfileobj(fh, out)
