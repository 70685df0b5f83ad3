"""Child of the leftovers test: starts an import or an export and stops half way (the parent
kills it with SIGKILL there).

    python tests/durability/leftover_child.py import DATA_DIR ARCHIVE
    python tests/durability/leftover_child.py export DATA_DIR OUT_DIR
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tli_workbook.store import Store  # noqa: E402


def _halt(message: str) -> None:
    print(message, flush=True)
    time.sleep(600)  # killed here


def main() -> int:
    mode, data, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    store = Store(data)
    if mode == "import":
        from tli_workbook.store.archive import import_archive

        def staged(snap, file_source):  # type: ignore[no-untyped-def]
            _halt("staged")

        store.import_snapshot = staged  # type: ignore[method-assign]
        import_archive(store, target)
        return 1
    from tli_workbook.definitions import default_catalog
    from tli_workbook.packet import export_packet

    wid = store.list_workbooks()[0].id
    snap = store.snapshot(wid)
    cred = default_catalog().get(snap["workbook"]["credential"])

    def progress(fraction: float, message: str) -> bool:
        if fraction > 0.8:  # inside the upload kit stage
            _halt("exporting")
        return True

    export_packet(
        snap,
        cred,
        store.file_path,
        docx=target / "packet.docx",
        pdf=target / "packet.pdf",
        upload_kit=target / "kit",
        progress=progress,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
