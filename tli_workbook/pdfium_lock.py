"""One lock for every use of pdfium in the process.

pdfium keeps global state and is not safe to call from two threads at once, and pypdfium2
releases the GIL during its calls: an export (on the task runner's thread) drawing evidence
pages while a thumbnail or OCR worker opens another PDF could otherwise crash the app. Each
user holds the lock from opening a document to closing it.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
