#!/usr/bin/env python3
"""Turns JMH JSON results (SampleTime mode) into a Markdown table: per operation the Dynamite median, the raw-SDK
median, their ratio, and the enhanced client's median, all from the same run.

Usage: results_table.py RESULT.json [MORE.json ...]
"""
import json
import re
import sys

VARIANTS = ("Dynamite", "Raw", "Enhanced")
# operations with a ratio target of 1.05 (Dynamite / raw SDK) and "no slower than the enhanced client"
RATIO_TARGETS = {"get", "create", "save", "update", "query"}
LABELS = {
    "get": "get by key",
    "create": "create (conditional put)",
    "save": "save (upsert)",
    "update": "update of two fields",
    "query": "query by partition key (10 items)",
    "gsiQuery": "GSI query (10 items)",
    "whereFilter": "where() + filter over 1,000 items (Scan)",
    "first": "first() on a Query path",
    "findAllById": "findAllById, 50 ids",
    "saveAll1k": "saveAll 1,000 items",
    "saveAll10k": "saveAll 10,000 items",
    "delete": "delete(filter) of 1,000 items",
}
ORDER = list(LABELS)


def load(paths):
    rows = {}
    for path in paths:
        with open(path) as f:
            for result in json.load(f):
                method = result["benchmark"].rsplit(".", 1)[1]
                match = re.fullmatch(r"(.+?)(%s)" % "|".join(VARIANTS), method)
                if not match:
                    continue
                op, variant = match.groups()
                transport = result.get("params", {}).get("transport", "embedded")
                metric = result["primaryMetric"]
                percentiles = metric.get("scorePercentiles", {})
                rows.setdefault((op, transport), {})[variant] = {
                    "median": percentiles.get("50.0", metric["score"]),
                    "p90": percentiles.get("90.0"),
                    "unit": metric["scoreUnit"].replace("/op", ""),
                    "samples": sum(len(it) for it in metric.get("rawDataHistogram", [])) or None,
                }
    return rows


def fmt(value, unit):
    if value is None:
        return "-"
    if unit == "us" and value >= 1000:
        return "%.2f ms" % (value / 1000)
    return ("%.0f %s" if value >= 100 else "%.1f %s") % (value, unit)


def main(paths):
    rows = load(paths)
    print("| operation | transport | Dynamite median | raw SDK median | Dynamite / raw | enhanced median | Dynamite / enhanced | target |")
    print("|---|---|---|---|---|---|---|---|")
    keys = sorted(rows, key=lambda k: (k[1] != "embedded", ORDER.index(k[0]) if k[0] in ORDER else 99, k[0]))
    for op, transport in keys:
        variants = rows[(op, transport)]
        d, r, e = (variants.get(v) for v in VARIANTS)
        unit = (d or r or e)["unit"]
        ratio = d["median"] / r["median"] if d and r else None
        ratio_e = d["median"] / e["median"] if d and e else None
        target = ""
        if op in RATIO_TARGETS and ratio is not None:
            ok = ratio <= 1.05 and (ratio_e is None or ratio_e <= 1.0)
            target = ("met" if ok else "MISSED") + " (<= 1.05 and <= enhanced)"
        elif op == "saveAll10k" and ratio is not None:
            target = ("met" if ratio <= 0.5 else "MISSED") + " (raw / Dynamite = %.2fx, >= 2x)" % (1 / ratio)
        print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            LABELS.get(op, op), transport,
            fmt(d and d["median"], unit), fmt(r and r["median"], unit),
            "%.2f" % ratio if ratio is not None else "-",
            fmt(e and e["median"], unit),
            "%.2f" % ratio_e if ratio_e is not None else "-", target))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
