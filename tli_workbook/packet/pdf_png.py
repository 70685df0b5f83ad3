"""PNG pictures in the PDF with their own compressed data.

reportlab decodes a PNG to raw pixels and deflates them again, once per build pass (the packet
is built twice for its table of contents): most of the PDF's image time. A PDF image can
carry a PNG's IDAT stream as it is (FlateDecode with the PNG predictor), so an 8-bit grey or
RGB, non-interlaced PNG (what `prepare_image` writes) is embedded without being decoded; any
other PNG goes through reportlab as before.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfdoc import (
    PDFDictionary,
    PDFImageXObject,
    PDFName,
    PDFStream,
)
from reportlab.platypus import Flowable
from reportlab.platypus import Image as RLImage

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOURS = {0: (1, "DeviceGray"), 2: (3, "DeviceRGB")}  # PNG colour type -> (samples, space)


@dataclass(frozen=True)
class PngData:
    width: int
    height: int
    colours: int
    space: str
    idat: bytes


def read_png(data: bytes) -> PngData | None:
    """The size and compressed pixels of a PNG a PDF can carry as it is, else None."""
    if not data.startswith(_SIGNATURE):
        return None
    pos, header, idat = len(_SIGNATURE), None, []
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if len(body) != length:
            return None  # truncated: let reportlab (and its error) have it
        if kind == b"IHDR" and length == 13:
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        elif kind in (b"PLTE", b"tRNS"):
            return None  # a palette or transparency needs reportlab's handling
        pos += 12 + length
    if header is None or not idat:
        return None
    width, height, depth, colour_type, compression, filtering, interlace = header
    if depth != 8 or colour_type not in _COLOURS or compression or filtering or interlace:
        return None
    if not (width and height):
        return None
    colours, space = _COLOURS[colour_type]
    return PngData(width, height, colours, space, b"".join(idat))


class _PngXObject(PDFImageXObject):
    def __init__(self, name: str, png: PngData) -> None:
        # No super().__init__: it would load an image from a source; the fields are set here.
        self.name = name
        self.width, self.height = png.width, png.height
        self.bitsPerComponent = 8
        self.colorSpace = png.space
        self.mask = None
        self.png = png
        self.streamContent = png.idat  # type: ignore[assignment]  # bytes, as reportlab's own
        self._filters = ("FlateDecode",)

    def format(self, document):  # type: ignore[no-untyped-def]  # reportlab's signature
        stream = PDFStream(content=self.streamContent)
        d = stream.dictionary
        d["Type"] = PDFName("XObject")
        d["Subtype"] = PDFName("Image")
        d["Width"] = self.width
        d["Height"] = self.height
        d["BitsPerComponent"] = 8
        d["ColorSpace"] = PDFName(self.colorSpace)
        # A name, not an array: DecodeParms then is one dictionary. Set, the stream is not
        # deflated again.
        d["Filter"] = PDFName("FlateDecode")
        d["DecodeParms"] = PDFDictionary(
            {
                "Predictor": 15,
                "Colors": self.png.colours,
                "BitsPerComponent": 8,
                "Columns": self.width,
            }
        )
        d["Length"] = len(self.streamContent)
        return stream.format(document)


class PngImage(Flowable):
    """A PNG read by `read_png`, drawn width x height points (as reportlab's Image would)."""

    def __init__(self, png: PngData, width: float, height: float) -> None:
        super().__init__()
        self.png = png
        self.drawWidth, self.drawHeight = width, height
        self.key = "png" + hashlib.sha1(png.idat, usedforsecurity=False).hexdigest()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        # The steps of Canvas.drawImage, on its private parts (the stubs do not list them).
        canv: Any = self.canv
        canv._currentPageHasImages = 1
        reg = canv._doc.getXObjectName(self.key)
        if not canv._doc.idToObject.get(reg):
            obj = _PngXObject(self.key, self.png)
            canv._setXObjects(obj)
            canv._doc.Reference(obj, reg)
            canv._doc.addForm(self.key, obj)
        canv.saveState()
        canv.scale(self.drawWidth, self.drawHeight)
        canv._code.append(f"/{reg} Do")
        canv.restoreState()
        canv._formsinuse.append(self.key)


def png_flowable(path: Path, width: float, height: float) -> Flowable:
    """The PNG at `path` as a flowable drawn width x height points; other images (and PNGs
    the PDF cannot carry as they are) as reportlab's Image."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_SIGNATURE))
            png = read_png(head + fh.read()) if head == _SIGNATURE else None
    except OSError:
        png = None
    if png is None:
        return RLImage(str(path), width=width, height=height)
    return PngImage(png, width, height)
