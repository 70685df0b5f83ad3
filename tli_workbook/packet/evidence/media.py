"""Audio and video evidence: how long it is, and a copy for the upload kit.

The length comes from the container's headers, never from decoding sound: WAV with the standard
library's `wave`; MP4, M4A and MOV (phone voice memos and videos) from the movie header box;
MP3 from its Xing/Info header or, for constant bit rate, the first frame's bit rate; Ogg
(Vorbis, Opus) from the last page's granule position. A reader library (mutagen) would cover
more formats, but it is GPL-2.0-or-later, which the MIT-licensed app bundle cannot carry; these
headers are a few dozen lines. Any other format shows no length.
"""

from __future__ import annotations

import logging
import shutil
import struct
import wave
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

_MAX_BOXES = 10_000  # top-level MP4 boxes walked before giving up on a hostile file


def duration_seconds(path: Path) -> float | None:
    """The playing time, or None when it cannot be read from the file's headers."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            fh.seek(0)
            if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
                return _wav(path)
            if head[4:8] == b"ftyp" or head[4:8] in (b"moov", b"mdat", b"wide", b"free"):
                return _mp4(fh)
            if head[:4] == b"OggS":
                return _ogg(fh, path.stat().st_size)
            if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
                return _mp3(fh)
    except (OSError, ValueError, struct.error, EOFError, wave.Error):
        log.info("could not read the length of %s", path.name, exc_info=True)
    return None


def _wav(path: Path) -> float | None:
    with wave.open(str(path), "rb") as w:
        rate = w.getframerate()
        return w.getnframes() / rate if rate > 0 else None


def _mp4(fh: IO[bytes]) -> float | None:
    """Walk the top-level boxes to moov, then read mvhd's timescale and duration."""
    end = fh.seek(0, 2)
    pos = 0
    for _ in range(_MAX_BOXES):
        if pos + 8 > end:
            return None
        fh.seek(pos)
        size, kind = struct.unpack(">I4s", fh.read(8))
        header = 8
        if size == 1:
            size = struct.unpack(">Q", fh.read(8))[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header:
            return None
        if kind == b"moov":
            return _mvhd(fh, pos + header, pos + size)
        pos += size
    return None


def _mvhd(fh: IO[bytes], start: int, stop: int) -> float | None:
    pos = start
    while pos + 8 <= stop:
        fh.seek(pos)
        size, kind = struct.unpack(">I4s", fh.read(8))
        if size < 8:
            return None
        if kind == b"mvhd":
            version = fh.read(4)[0]
            if version == 1:
                _created, _modified, scale, length = struct.unpack(">QQIQ", fh.read(28))
            else:
                _created, _modified, scale, length = struct.unpack(">IIII", fh.read(16))
            return length / scale if scale else None
        pos += size
    return None


_MP3_RATES = {  # MPEG version bits -> sample rates
    3: (44100, 48000, 32000),
    2: (22050, 24000, 16000),
    0: (11025, 12000, 8000),
}
_MP3_KBPS_V1_L3 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_MP3_KBPS_V2_L3 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)


def _mp3(fh: IO[bytes]) -> float | None:
    size = fh.seek(0, 2)
    fh.seek(0)
    start = 0
    head = fh.read(10)
    if head[:3] == b"ID3":  # skip the ID3v2 tag (its size is 4 x 7 bits)
        start = 10 + ((head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9])
    fh.seek(start)
    frame = fh.read(4096)
    i = next(
        (k for k in range(len(frame) - 4) if frame[k] == 0xFF and frame[k + 1] & 0xE0 == 0xE0),
        -1,
    )
    if i < 0:
        return None
    h = struct.unpack(">I", frame[i : i + 4])[0]
    version, layer = (h >> 19) & 3, (h >> 17) & 3
    if version == 1 or layer != 1:  # reserved version, or not layer III
        return None
    rate = _MP3_RATES[version][(h >> 10) & 3] if ((h >> 10) & 3) < 3 else 0
    kbps = (_MP3_KBPS_V1_L3 if version == 3 else _MP3_KBPS_V2_L3)[min((h >> 12) & 15, 14)]
    if not rate:
        return None
    samples = 1152 if version == 3 else 576
    xing = frame.find(b"Xing", i, i + 64)
    if xing < 0:
        xing = frame.find(b"Info", i, i + 64)
    if xing >= 0 and len(frame) >= xing + 12:
        flags = struct.unpack(">I", frame[xing + 4 : xing + 8])[0]
        if flags & 1:
            frames = struct.unpack(">I", frame[xing + 8 : xing + 12])[0]
            return frames * samples / rate
    if kbps:
        return (size - start - i) * 8 / (kbps * 1000)
    return None


def _ogg(fh: IO[bytes], size: int) -> float | None:
    first = fh.read(4096)
    if b"OpusHead" in first:
        rate = 48000
    elif (at := first.find(b"\x01vorbis")) >= 0 and len(first) >= at + 16:
        rate = struct.unpack("<I", first[at + 12 : at + 16])[0]
    else:
        return None
    fh.seek(max(0, size - 65536))
    tail = fh.read()
    last = tail.rfind(b"OggS")
    if last < 0 or len(tail) < last + 14 or not rate:
        return None
    granule = struct.unpack("<q", tail[last + 6 : last + 14])[0]
    return granule / rate if granule > 0 else None


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
