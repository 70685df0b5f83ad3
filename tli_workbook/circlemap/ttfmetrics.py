"""Advance widths read straight from a TrueType file, as reportlab computes them.

Measuring map text used to load reportlab and parse both DejaVu files in full (outlines,
locations, names): about half a second before the first Circle Map could be shown. Widths need
only four small tables (head, hhea, maxp, hmtx) and the character map, read here with `struct`.
The character map is chosen exactly as reportlab's TTFontFile does, so every width equals
`reportlab.pdfbase.pdfmetrics.stringWidth(ch, font, 1.0)` (tests/circlemap/test_textmetrics.py
checks every character of both faces).
"""

from __future__ import annotations

import bisect
import logging
import struct
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)


class UnsupportedFont(ValueError):
    """A font this reader does not handle (the caller falls back to reportlab)."""


class AdvanceWidths:
    """Per-character advance widths of one face, in units of the font size."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        self._data = data
        tables = self._tables(data)
        for name in ("head", "hhea", "maxp", "hmtx", "cmap"):
            if name not in tables:
                raise UnsupportedFont(f"{path.name} has no {name} table")
        head = tables["head"]
        units_per_em = struct.unpack_from(">H", data, head + 18)[0]
        if not units_per_em:
            raise UnsupportedFont(f"{path.name}: unitsPerEm is 0")
        n_metrics = struct.unpack_from(">H", data, tables["hhea"] + 34)[0]
        n_glyphs = struct.unpack_from(">H", data, tables["maxp"] + 4)[0]
        if n_metrics == 0:
            raise UnsupportedFont(f"{path.name}: no horizontal metrics")
        advances = struct.unpack_from(f">{2 * n_metrics}H", data, tables["hmtx"])[0::2]
        self._advances = advances
        self._n_glyphs = max(n_glyphs, n_metrics)
        # reportlab: scale(aw) = aw * (1000 / unitsPerEm), then 0.001 * size * sum.
        self._mult = 1.0 if units_per_em == 1000 else 1000 / units_per_em
        self.default = 0.001 * self._scaled(advances[0])
        self._lookup = self._cmap(data, tables["cmap"])
        self._space = self._glyph(0x20)
        self._nbsp = self._glyph(0xA0)

    @staticmethod
    def _tables(data: bytes) -> dict[str, int]:
        if len(data) < 12 or data[:4] == b"ttcf":
            raise UnsupportedFont("not a single TrueType font")
        n = struct.unpack_from(">H", data, 4)[0]
        out = {}
        for i in range(n):
            tag, _check, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            out[tag.decode("latin-1")] = offset
        return out

    def _scaled(self, aw: int) -> float:
        return aw if self._mult == 1.0 else aw * self._mult

    def _cmap(self, data: bytes, cmap: int) -> Callable[[int], int | None]:
        version, count = struct.unpack_from(">HH", data, cmap)
        if count == 0 and version != 0:
            count = version
        chosen, enc = None, 0
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
            # The same choice as reportlab's TTFontFile.extractInfo (the last match wins).
            if platform == 3:
                enc, chosen = 1, offset
            elif platform == 1 and encoding == 0 and enc != 1:
                enc, chosen = 2, offset
            elif (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
                enc, chosen = 1, offset
        if chosen is None:
            raise UnsupportedFont("no suitable character map")
        at = cmap + chosen
        fmt = struct.unpack_from(">H", data, at)[0]
        if fmt == 4:
            return self._format4(data, at)
        if fmt == 12:
            return self._format12(data, at)
        raise UnsupportedFont(f"character map format {fmt}")

    @staticmethod
    def _format4(data: bytes, at: int) -> Callable[[int], int | None]:
        length = struct.unpack_from(">H", data, at + 2)[0]
        limit = at + length
        seg = struct.unpack_from(">H", data, at + 6)[0] // 2
        ends = struct.unpack_from(f">{seg}H", data, at + 14)
        starts = struct.unpack_from(f">{seg}H", data, at + 16 + 2 * seg)
        deltas = struct.unpack_from(f">{seg}h", data, at + 16 + 4 * seg)
        ro_at = at + 16 + 6 * seg
        range_offsets = struct.unpack_from(f">{seg}H", data, ro_at)

        def glyph(code: int) -> int | None:
            n = bisect.bisect_left(ends, code)
            if n >= seg or code < starts[n]:
                return None
            if range_offsets[n] == 0:
                return (code + deltas[n]) & 0xFFFF
            offset = ro_at + 2 * n + (code - starts[n]) * 2 + range_offsets[n]
            if offset >= limit:
                return 0
            g = struct.unpack_from(">H", data, offset)[0]
            return (g + deltas[n]) & 0xFFFF if g else 0

        return glyph

    @staticmethod
    def _format12(data: bytes, at: int) -> Callable[[int], int | None]:
        groups = struct.unpack_from(">I", data, at + 12)[0]
        raw = struct.unpack_from(f">{3 * groups}I", data, at + 16)
        starts, ends, firsts = raw[0::3], raw[1::3], raw[2::3]

        def glyph(code: int) -> int | None:
            n = bisect.bisect_right(starts, code) - 1
            if n < 0 or code > ends[n]:
                return None
            return firsts[n] + code - starts[n]

        return glyph

    def _glyph(self, code: int) -> int | None:
        return self._lookup(code)

    def width(self, ch: str) -> float:
        """The advance of one character at size 1 (reportlab's stringWidth(ch, font, 1.0))."""
        code = ord(ch)
        # reportlab gives the no-break space the space's width (and the space the no-break
        # space's, when only that is mapped).
        if code == 0xA0 and self._space is not None:
            g: int | None = self._space
        elif code == 0x20 and self._space is None:
            g = self._nbsp
        else:
            g = self._glyph(code)
        if g is None or g >= self._n_glyphs:
            return self.default
        aw = self._advances[min(g, len(self._advances) - 1)]
        return 0.001 * self._scaled(aw)
