"""Rebuild the two fallback subsets in resources/fonts/ (a maintainer's tool, not run by the app).

    pip install fonttools
    apt-get download fonts-droid-fallback fonts-symbola && dpkg-deb -x <each .deb> x/
    python scripts/make_font_subsets.py x/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf \
        x/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf

The CJK subset keeps the characters of the everyday Chinese and Japanese character sets
(GB 2312, JIS X 0208 kanji, Big5 level 1, kana, CJK punctuation, full-width forms): 1.5 MB
instead of the 16-20 MB of a full CJK font. Characters outside it print as a visible U+FFFD.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def _double_byte(codec: str, first: range, second: list[int]) -> set[int]:
    out: set[int] = set()
    for b1 in first:
        for b2 in second:
            try:
                ch = bytes([b1, b2]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                out.add(ord(ch))
    return out


def cjk_codepoints() -> set[int]:
    trail = list(range(0xA1, 0xFF))
    cps = _double_byte("gb2312", range(0xB0, 0xF8), trail)
    cps |= _double_byte("euc_jp", range(0xB0, 0xF5), trail)
    cps |= _double_byte("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + trail)
    for a, b in ((0x3000, 0x3100), (0x3190, 0x31A0), (0x31F0, 0x3200), (0xFF00, 0xFFF0)):
        cps |= set(range(a, b))
    return cps


EMOJI_RANGES = [
    (0x2190, 0x2200), (0x2300, 0x2400), (0x2460, 0x2500), (0x25A0, 0x2800), (0x2900, 0x2980),
    (0x2B00, 0x2C00), (0x1F100, 0x1F200), (0x1F300, 0x1F700), (0x1F780, 0x1F800),
    (0x1F900, 0x1FA00), (0x3030, 0x3031), (0x303D, 0x303E), (0x3297, 0x3298), (0x3299, 0x329A),
]  # fmt: skip


# ASCII and general punctuation in both subsets, so a word such as "中文." or "🎉!" is one
# font's (reportlab shapes a word with its first font only).
COMMON = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2000, 0x2070))


def write_subset(src: str, dst: Path, unicodes: set[int]) -> None:
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    font = TTFont(src)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(unicodes | COMMON))
    sub.subset(font)
    font.save(dst)
    print(dst, dst.stat().st_size // 1024, "KB")


def main() -> None:
    droid, symbola = sys.argv[1:3]
    write_subset(droid, OUT / "DroidSansFallback-CJK-subset.ttf", cjk_codepoints())
    emoji = {cp for a, b in EMOJI_RANGES for cp in range(a, b)}
    write_subset(symbola, OUT / "Symbola-emoji-subset.ttf", emoji)


if __name__ == "__main__":
    main()
