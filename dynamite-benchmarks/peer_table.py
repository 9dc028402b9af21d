#!/usr/bin/env python3
"""The Markdown table of peer-compare.sh: per operation, each library's median time over the rounds, requests and
items read per call, and the Dynamite / peer ratio of the paired rounds (median, and the range over rounds); for the
point reads also each library's time over a raw SDK call of the same keys in its own JVM."""
import statistics
import sys
from collections import defaultdict

rows = defaultdict(dict)  # (operation) -> library -> round -> (ns, requests, items)
libraries = []
operations = []
for line in open(sys.argv[1], encoding="utf-8"):
    library, round_, operation, ns, requests, items = line.rstrip("\n").split("\t")
    if library not in libraries:
        libraries.append(library)
    if operation not in operations:
        operations.append(operation)
    rows[operation].setdefault(library, {})[int(round_)] = (int(ns), float(requests), float(items))

dynamite = "Dynamite"
peer = next(name for name in libraries if name != dynamite)


def fmt(ns):
    return f"{ns / 1e6:.2f} ms" if ns >= 1e6 else f"{ns / 1e3:.0f} us"


def counts(values):
    return f"{values[1]:g} / {values[2]:g}"


raw_of = {"findById": "raw GetItem", "findAllById 50 ids": "raw BatchGetItem 50 keys"}
print(f"| operation | Dynamite median | requests / items read | {peer} median | requests / items read "
      f"| Dynamite / peer (range over rounds) | Dynamite / raw SDK | peer / raw SDK |")
print("|---|---|---|---|---|---|---|---|")
for operation in operations:
    if operation.startswith("raw "):
        continue
    ours = rows[operation].get(dynamite, {})
    theirs = rows[operation].get(peer, {})
    paired = sorted(set(ours) & set(theirs))
    ours_ns = statistics.median(v[0] for v in ours.values()) if ours else None
    theirs_ns = statistics.median(v[0] for v in theirs.values()) if theirs else None
    ratio = "n/a"
    if paired:
        ratios = [ours[r][0] / theirs[r][0] for r in paired]
        ratio = f"{statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})"
    raw_cells = []
    for side in (ours, theirs):
        raw = rows.get(raw_of.get(operation, ""), {})
        raw_side = raw.get(dynamite if side is ours else peer, {})
        common = sorted(set(side) & set(raw_side))
        raw_cells.append(f"{statistics.median(side[r][0] / raw_side[r][0] for r in common):.2f}" if common else "")
    print(f"| {operation} | {fmt(ours_ns) if ours else 'not offered'} | {counts(next(iter(ours.values()))) if ours else ''} "
          f"| {fmt(theirs_ns) if theirs else 'not offered'} | {counts(next(iter(theirs.values()))) if theirs else ''} "
          f"| {ratio} | {raw_cells[0]} | {raw_cells[1]} |")
print()
print(f"{len(set(r for o in rows.values() for lib in o.values() for r in lib))} rounds; times are medians of the "
      f"per-round medians; a ratio below 1 means Dynamite is faster.")
