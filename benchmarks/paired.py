#!/usr/bin/env python3
"""The targets' ratios from paired rounds (benchmarks/paired.sh): per round, then the median.

    python3 benchmarks/paired.py paired/round-*.json

Prints, per document, each contender's median time and allocation over the rounds, and each
target's ratio in every round with its median. Standard library only.
"""
import json
import statistics
import sys

RATIOS = [
    ("poxgenReadValidate", "staxScan", "time"),
    ("poxgenReadValidateWoodstox", "jacksonRead", "time"),
    ("poxgenReadValidateWoodstox", "jacksonReadWarmSymbols", "time"),
    ("poxgenReadValidateWoodstox", "jacksonRead", "alloc"),
    ("poxgenReadValidateWoodstox", "jacksonReadWarmSymbols", "alloc"),
    ("poxgenReadValidate", "staxScan", "alloc"),
    # Where the time goes, not targets: the event layer over the bare scan, the reading over it.
    ("eventsScan", "staxScan", "time"),
    ("poxgenReadValidate", "eventsScan", "time"),
    ("eventsScanWoodstox", "woodstoxScan", "time"),
    ("poxgenReadValidateWoodstox", "eventsScanWoodstox", "time"),
]


def load(path):
    scores = {}
    for r in json.load(open(path)):
        method = r["benchmark"].rsplit(".", 1)[1]
        doc = r["params"]["document"]
        secondary = r["secondaryMetrics"]
        alloc = secondary.get("gc.alloc.rate.norm", secondary.get("\u00b7gc.alloc.rate.norm"))
        scores[(method, doc)] = (r["primaryMetric"]["score"], alloc["score"] if alloc else float("nan"))
    return scores


def main(paths):
    rounds = [load(p) for p in paths]
    docs = []
    for key in rounds[0]:
        if key[1] not in docs:
            docs.append(key[1])
    methods = sorted({k[0] for k in rounds[0]})
    print(f"{len(rounds)} rounds")
    for doc in docs:
        print(f"\n{doc}")
        for m in methods:
            t = statistics.median(r[(m, doc)][0] for r in rounds)
            a = statistics.median(r[(m, doc)][1] for r in rounds)
            print(f"  {m:28} {t:10.2f} us/op  {a / 1024:9.1f} KB/op")
        for a, b, what in RATIOS:
            if (a, doc) not in rounds[0] or (b, doc) not in rounds[0]:
                continue  # an older run, without this contender
            i = 0 if what == "time" else 1
            each = [r[(a, doc)][i] / r[(b, doc)][i] for r in rounds]
            print(f"  {what:5} {a} / {b}: median {statistics.median(each):.2f}x"
                  f"  rounds {' '.join(f'{x:.2f}' for x in each)}")


if __name__ == "__main__":
    main(sys.argv[1:])
