#!/usr/bin/env python3
"""Draws JMH results (the JSON of -rf json) as an SVG bar chart, and prints a Markdown table.

    python3 benchmarks/chart.py read.json docs/benchmarks-read.svg > table.md
    python3 benchmarks/chart.py paired/round-*.json docs/benchmarks-read.svg "title"

Several JSON files (the rounds of benchmarks/paired.sh) are pooled: each bar is the median of
every measured iteration of that contender and document in all of them. Bars are microseconds per operation, one group per document, one bar per contender, on a log
scale so that the 1 MB document and the 1.7 KB one share a chart. Standard library only.
"""
import json
import math
import sys
from collections import OrderedDict

COLORS = {
    "staxScan": "#9e9e9e", "woodstoxScan": "#bdbdbd", "eventsScan": "#757575", "eventsScanWoodstox": "#e0e0e0",
    "poxgenRead": "#1565c0", "poxgenReadValidate": "#1e88e5", "poxgenStrict": "#42a5f5",
    "poxgenReadValidateWoodstox": "#64b5f6",
    "jacksonRead": "#ef6c00", "jacksonReadWarmSymbols": "#ffa726", "jaxbUnmarshal": "#8e24aa", "jaxbUnmarshalValidate": "#ab47bc",
    "domValidate": "#2e7d32", "saxValidate": "#66bb6a",
    "poxgenWrite": "#1565c0", "jaxbMarshal": "#8e24aa", "jacksonWrite": "#ef6c00",
}


def load(*paths):
    pooled = OrderedDict()
    for path in paths:
        for r in json.load(open(path)):
            method = r["benchmark"].rsplit(".", 1)[1]
            doc = r["params"]["document"]
            entry = pooled.setdefault(doc, OrderedDict()).setdefault(method, ([], [], []))
            entry[0].extend(v for fork in r["primaryMetric"]["rawData"] for v in fork)
            entry[1].append(r["primaryMetric"]["scoreError"])
            secondary = r.get("secondaryMetrics", {})
            alloc = secondary.get("gc.alloc.rate.norm", secondary.get("\u00b7gc.alloc.rate.norm", {})).get("score")
            if alloc is not None:
                entry[2].append(alloc)
    results = OrderedDict()
    for doc, methods in pooled.items():
        for method, (raw, errors, allocs) in methods.items():
            results.setdefault(doc, OrderedDict())[method] = (
                median(raw), max(errors), median(allocs) if allocs else None)
    return results


def median(values):
    values = sorted(values)
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def table(results):
    methods = list(next(iter(results.values())).keys())
    docs = list(results.keys())
    lines = ["| us/op (median) | " + " | ".join(docs) + " |", "|---|" + "---|" * len(docs)]
    for m in methods:
        cells = []
        for d in docs:
            median, _, _ = results[d][m]
            cells.append(f"{median:,.1f}")
        lines.append(f"| `{m}` | " + " | ".join(cells) + " |")
    if "staxScan" in methods:
        lines.append("")
        lines.append("| ratio to `staxScan` | " + " | ".join(docs) + " |")
        lines.append("|---|" + "---|" * len(docs))
        for m in methods:
            cells = [f"{results[d][m][0] / results[d]['staxScan'][0]:.2f}x" for d in docs]
            lines.append(f"| `{m}` | " + " | ".join(cells) + " |")
    if any(results[d][m][2] for d in docs for m in methods):
        lines.append("")
        lines.append("| bytes allocated per op | " + " | ".join(docs) + " |")
        lines.append("|---|" + "---|" * len(docs))
        for m in methods:
            cells = [f"{results[d][m][2]:,.0f}" if results[d][m][2] is not None else "" for d in docs]
            lines.append(f"| `{m}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def svg(results, title):
    docs = list(results.keys())
    methods = list(next(iter(results.values())).keys())
    bar, gap, left, top, height = 14, 28, 90, 50, 300
    plot_end = left + len(docs) * (len(methods) * bar + gap)
    width = plot_end + 260
    values = [results[d][m][0] for d in docs for m in methods]
    lo, hi = math.log10(min(values) / 2), math.log10(max(values) * 2)
    def y(v):
        return top + height - (math.log10(v) - lo) / (hi - lo) * height
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{top + height + 60}" font-family="sans-serif" font-size="11">',
           f'<rect width="100%" height="100%" fill="white"/>',
           f'<text x="10" y="22" font-size="14" font-weight="bold">{title}</text>']
    for p in range(math.ceil(lo), math.floor(hi) + 1):
        yy = y(10 ** p)
        out.append(f'<line x1="{left - 5}" x2="{plot_end}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="#eee"/>')
        out.append(f'<text x="{left - 8}" y="{yy + 4:.1f}" text-anchor="end">{10 ** p:,g} us</text>')
    x = left
    for d in docs:
        for m in methods:
            v = results[d][m][0]
            out.append(f'<rect x="{x}" y="{y(v):.1f}" width="{bar - 2}" height="{top + height - y(v):.1f}" '
                       f'fill="{COLORS.get(m, "#555")}"><title>{m} {d}: {v:,.1f} us</title></rect>')
            x += bar
        out.append(f'<text x="{x - len(methods) * bar / 2:.0f}" y="{top + height + 16}" text-anchor="middle">{d}</text>')
        x += gap
    for i, m in enumerate(methods):
        yy = top + 10 + i * 16
        out.append(f'<rect x="{plot_end + 20}" y="{yy - 9}" width="10" height="10" fill="{COLORS.get(m, "#555")}"/>')
        out.append(f'<text x="{plot_end + 36}" y="{yy}">{m}</text>')
    out.append('</svg>')
    return "\n".join(out)


if __name__ == "__main__":
    inputs = [a for a in sys.argv[1:] if a.endswith(".json")]
    output = next(a for a in sys.argv[1:] if a.endswith(".svg"))
    rest = [a for a in sys.argv[1:] if a not in inputs and a != output]
    results = load(*inputs)
    open(output, "w").write(svg(results, rest[0] if rest else "us/op, lower is better, log scale"))
    print(table(results))
