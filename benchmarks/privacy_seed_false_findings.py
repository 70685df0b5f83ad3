"""Run the privacy scanner over the seed documents and print every finding for a human to judge.

Usage::

    python benchmarks/privacy_seed_false_findings.py [SEEDS_DIR] [--kind KIND] [--quiet]

SEEDS_DIR defaults to ``../shared/seeds`` relative to the repository root.  The seeds are
published NEA / Educators Rising documents: they legitimately contain links, a few staff and
author names and one office address, so those findings are *true*.  The point of the exercise
is the *false* findings: things reported as identifying that are not (headings such as
"Teacher Leadership", organisation names such as "Educators Rising").  Keep that number near
zero when changing the rules in ``tli_workbook/text/privacy/`` (cited authors and public
figures, listed in ``data/public_figures.txt``, are not findings at all).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tli_workbook.text.privacy import KINDS, scan_text  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = next(
        (
            p
            for p in (REPO.parent / "shared" / "seeds", REPO.parents[1] / "shared" / "seeds")
            if p.is_dir()
        ),
        REPO.parent / "shared" / "seeds",
    )
    parser.add_argument("seeds", nargs="?", default=str(default))
    parser.add_argument("--kind", choices=KINDS, help="only show findings of this kind")
    parser.add_argument("--quiet", action="store_true", help="only print the totals")
    args = parser.parse_args(argv)

    seeds = Path(args.seeds)
    files = sorted(p for p in seeds.iterdir() if p.is_file()) if seeds.is_dir() else []
    if not files:
        print(f"no seed files in {seeds}", file=sys.stderr)
        return 1

    totals: Counter[str] = Counter()
    elapsed = 0.0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        started = time.perf_counter()
        findings = scan_text(text, where=path.name)
        elapsed += time.perf_counter() - started
        per_file = Counter(f.kind for f in findings)
        totals.update(per_file)
        summary = ", ".join(f"{kind} {per_file[kind]}" for kind in KINDS if per_file[kind])
        print(f"\n=== {path.name} ({len(text):,} chars): {summary or 'no findings'}")
        if args.quiet:
            continue
        for finding in findings:
            if args.kind and finding.kind != args.kind:
                continue
            print(f"  [{finding.kind:7}] {finding.text!r}")
            print(f"            {finding.context}")

    print("\nTotals per kind:")
    for kind in KINDS:
        print(f"  {kind:8} {totals[kind]}")
    print(f"  {'all':8} {sum(totals.values())}")
    print(f"scan time {elapsed * 1000:.1f} ms for {len(files)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
