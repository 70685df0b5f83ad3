"""Remove everything active from a PDF before it leaves the app in the packet or upload kit.

An attached PDF is evidence to be read, not run: JavaScript (document-level, on open, on page
open/close, in form fields), launch, submit, import, URI and other actions, embedded files,
XFA forms and multimedia are all removed; pages, text, images and internal links (GoTo) stay.
Works on a pypdf PdfWriter after the pages have been appended, walking every object it will
write, so nothing copied along (annotations, form fields, name trees) escapes.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

# Keys whose value is (or holds) something that runs or reaches outside the document.
ACTIVE_KEYS = frozenset(
    {
        "/AA",  # additional actions: page open/close, field keystroke/format/calculate
        "/OpenAction",
        "/JS",
        "/JavaScript",
        "/EmbeddedFiles",
        "/EF",
        "/XFA",
        "/RichMedia",
        "/RichMediaContent",
        "/Launch",
        "/URI",
    }
)
# Action types that are kept: moving within the document.
SAFE_ACTIONS = frozenset({"/GoTo", "/Named", "/Thread"})
# Every action type the PDF standard defines that is not a safe move within the document.
# (/S alone does not make an action: structure elements and transparency groups use it too.)
ACTIVE_ACTIONS = frozenset(
    {
        "/Launch",
        "/URI",
        "/JavaScript",
        "/SubmitForm",
        "/ResetForm",
        "/ImportData",
        "/GoToR",
        "/GoToE",
        "/Sound",
        "/Movie",
        "/Hide",
        "/SetOCGState",
        "/Rendition",
        "/Trans",
        "/GoTo3DView",
        "/RichMediaExecute",
    }
)
ANNOT_SUBTYPES_REMOVED = frozenset({"/FileAttachment", "/RichMedia", "/Movie", "/Sound", "/Screen"})


def _is_bad_action(value: Any) -> bool:
    from pypdf.generic import DictionaryObject

    obj = value.get_object() if hasattr(value, "get_object") else value
    if not isinstance(obj, DictionaryObject):
        return False
    kind = str(obj.get("/S", ""))
    if str(obj.get("/Type", "")) == "/Action":
        return kind not in SAFE_ACTIONS
    return kind in ACTIVE_ACTIONS


def _clean(obj: Any, seen: set[int]) -> int:
    """Strip active content from obj and everything directly inside it. Returns how many
    things were removed."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    if isinstance(obj, IndirectObject):
        return 0  # indirect objects are cleaned once each, by the caller's walk
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    removed = 0
    if isinstance(obj, DictionaryObject):
        for key in [k for k in list(obj.keys()) if k in ACTIVE_KEYS]:
            del obj[key]
            removed += 1
        if "/A" in obj and _is_bad_action(obj["/A"]):
            del obj["/A"]
            removed += 1
        if "/Next" in obj:
            del obj["/Next"]  # chained actions: each could be anything
            removed += 1
        if str(obj.get("/Subtype", "")) in ANNOT_SUBTYPES_REMOVED:
            for key in [
                k for k in list(obj.keys()) if k not in ("/Type", "/Subtype", "/Rect", "/P")
            ]:
                del obj[key]
            obj[_name("/Subtype")] = _name("/Square")  # an inert box where it was
            removed += 1
        if "/S" in obj and _is_bad_action(obj):
            for key in [k for k in list(obj.keys()) if k != "/Type"]:
                del obj[key]
            obj[_name("/S")] = _name("/Named")
            obj[_name("/N")] = _name("/NextPage")  # harmless; keeps the action well formed
            removed += 1
        for value in list(obj.values()):
            removed += _clean(value, seen)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            removed += _clean(value, seen)
    return removed


def _name(text: str) -> Any:
    from pypdf.generic import NameObject

    return NameObject(text)


def sanitize_writer(writer: Any) -> int:
    """Remove active content from every object of a pypdf PdfWriter, in place. Returns how
    many things were removed (0 for an ordinary PDF)."""
    removed = 0
    seen: set[int] = set()
    root = writer._root_object
    removed += _clean(root, seen)
    for obj in list(writer._objects):
        if obj is not None:
            removed += _clean(obj, seen)
    if removed:
        log.info("Removed %d active items from a PDF for the packet", removed)
    return removed


def is_pdf(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return b"%PDF-" in fh.read(1024)
    except OSError:
        return False


def write_sanitized_pdf(path: Path, out: IO[bytes]) -> None:
    """A copy of the PDF at path with its active content removed and neutral metadata."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        reader.decrypt("")
    writer = PdfWriter()
    writer.append(reader, import_outline=False)
    sanitize_writer(writer)
    writer.add_metadata({"/Creator": "TLI Workbook", "/Producer": "TLI Workbook"})
    writer.write(out)
