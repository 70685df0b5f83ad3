"""Which fields of a file's metadata identify someone (the readers are in
``tli_workbook.artifacts.metadata``)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from tli_workbook.text.privacy.finding import Finding

# Metadata fields that identify a person, organisation or place (normalised: lower-case,
# letters only) and the label shown to the user. The labels stay English: they are part of the
# finding's text, from which its stored key (a finding marked fine) is made.
_IDENTIFYING_FIELDS: dict[str, str] = {
    "author": "Author",
    "authors": "Author",
    "xpauthor": "Author",
    "artist": "Artist",
    "creator": "Creator",
    "owner": "Owner",
    "ownername": "Owner",
    "cameraownername": "Camera owner",  # notr: part of the stored key
    "bodyserialnumber": "Camera serial number",  # notr: part of the stored key
    "serialnumber": "Serial number",  # notr: part of the stored key
    "lastmodifiedby": "Last modified by",  # notr: part of the stored key
    "company": "Company",
    "manager": "Manager",
    "copyright": "Copyright",
    "gps": "GPS location",
    "gpsinfo": "GPS location",
    "gpslocation": "GPS location",
}


def scan_metadata(meta: Mapping[str, str], where: str) -> list[Finding]:
    """Return a ``metadata`` finding for every non-empty identifying field in ``meta``.

    ``meta`` is what :func:`image_metadata` or :func:`document_metadata` return (any
    mapping of field name to value works: names are matched ignoring case and punctuation).
    """
    findings: list[Finding] = []
    for field, value in meta.items():
        label = _IDENTIFYING_FIELDS.get(re.sub(r"[^a-z]", "", str(field).lower()))
        if label is None:
            continue
        shown = " ".join(str(value).split())
        if not shown:
            continue
        if len(shown) > 200:
            shown = shown[:199] + "…"
        text = f"{label}: {shown}"
        findings.append(
            Finding(kind="metadata", text=text, start=0, end=0, context=text, where=where)
        )
    return findings
