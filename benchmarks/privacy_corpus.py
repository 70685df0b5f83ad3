"""Recall and false flags of the privacy scanner on the hand-written corpus.

Usage::

    python benchmarks/privacy_corpus.py [--split tune|holdout|all] [--show]

An identifier counts as found when a finding of any kind overlaps it (the teacher sees it
highlighted either way); a clean passage counts as flagged when it has any finding at all.
Targets: at least 95% of identifiers found, at most 5% of clean passages flagged.  The held-out
third (every third passage) is the check nothing was tuned on: report both numbers.

The same script times a 20,000-word answer (target: under 0.5 s).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tli_workbook.text import scan_text  # noqa: E402


def _corpus():  # type: ignore[no-untyped-def]
    path = REPO / "tests" / "text" / "privacy_corpus" / "__init__.py"
    spec = importlib.util.spec_from_file_location("privacy_corpus", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["privacy_corpus"] = module
    spec.loader.exec_module(module)
    return module


def _keep(held_out: bool, split: str) -> bool:
    return split == "all" or held_out == (split == "holdout")


def measure(split: str, show: bool) -> tuple[float, float]:
    corpus = _corpus()
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for p in corpus.load("identified"):
        if not _keep(p.held_out, split):
            continue
        findings = scan_text(p.text)
        for ident in p.identifiers:
            total[ident.kind] += 1
            if any(f.start < ident.end and ident.start < f.end for f in findings):
                found[ident.kind] += 1
            elif show:
                print(f"MISSED {ident.kind:10} {ident.text!r}  in {p.id}: {p.text[:70]!r}")
    flagged = clean = 0
    for p in corpus.load("clean"):
        if not _keep(p.held_out, split):
            continue
        clean += 1
        findings = scan_text(p.text)
        if findings:
            flagged += 1
            if show:
                bits = ", ".join(f"{f.kind}:{f.text!r}" for f in findings)
                print(f"FLAGGED {p.id}: {bits}")
    print(f"\nsplit: {split}")
    for kind in sorted(total):
        print(
            f"  {kind:11} {found[kind]:3}/{total[kind]:<3} {100 * found[kind] / total[kind]:5.1f}%"
        )
    recall = sum(found.values()) / max(1, sum(total.values()))
    false_rate = flagged / max(1, clean)
    print(f"  identifiers found: {sum(found.values())}/{sum(total.values())} = {100 * recall:.1f}%")
    print(f"  clean passages flagged: {flagged}/{clean} = {100 * false_rate:.1f}%")
    return recall, false_rate


def time_long_answer(words: int = 20_000) -> float:
    corpus = _corpus()
    pieces = [p.text for p in corpus.load("identified") + corpus.load("clean")]
    rng = random.Random(7)
    text, count = [], 0
    while count < words:
        piece = rng.choice(pieces)
        text.append(piece)
        count += len(piece.split())
    answer = "\n\n".join(text)
    from tli_workbook.text.privacy.wordlists import load_all

    load_all()
    best = cpu = float("inf")
    for _ in range(3):  # the best of three: other processes share this machine's cores
        started, cpu_started = time.perf_counter(), time.process_time()
        findings = scan_text(answer)
        best = min(best, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - cpu_started)
    elapsed = best
    print(
        f"\n{count:,} words ({len(answer):,} chars): {elapsed:.3f} s wall, {cpu:.3f} s CPU "
        f"(best of 3), {len(findings)} findings; target < 0.5 s"
    )
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default=None)
    parser.add_argument("--show", action="store_true", help="print every miss and false flag")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    from tli_workbook.text.privacy.wordlists import load_all

    load_all()
    print(f"first scan (loads the data files): {time.perf_counter() - started:.3f} s")
    for split in [args.split] if args.split else ["tune", "holdout", "all"]:
        measure(split, args.show)
    time_long_answer()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
