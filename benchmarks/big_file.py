"""Attaching a 2 GB file is refused after reading at most 200 MB.
Run: python benchmarks/big_file.py"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timing import Bench  # noqa: E402

from tli_workbook.store import FileTooLargeError, Store  # noqa: E402


def main() -> int:
    bench = Bench()
    with tempfile.TemporaryDirectory(prefix="tli-bench-") as tmp:
        huge = Path(tmp) / "recording.mov"
        with open(huge, "wb") as fh:
            fh.truncate(2 * 1024**3)  # sparse
        store = Store(Path(tmp) / "data")

        def refuse() -> None:
            try:
                store.add_file(huge)
            except FileTooLargeError:
                return
            raise AssertionError("a 2 GB file was accepted")

        try:
            bench.check("refusing a 2 GB attachment", refuse, 30.0, repeat=1)
        finally:
            store.close()
    return bench.done()


if __name__ == "__main__":
    raise SystemExit(main())
