#!/usr/bin/env bash
# Reading, in paired rounds: each round is one JMH run of one fork per contender and document, so
# that the contenders of a round ran minutes apart at most; the ratios the targets name are taken
# within each round, and their median over the rounds is reported (benchmarks/paired.py). On a
# shared machine whose speed drifts over a long run this is steadier than the medians of forks
# that ran a quarter of an hour apart.
#   benchmarks/paired.sh [ROUNDS] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
out=${2:-paired}
mkdir -p "$out"
for r in $(seq "$rounds"); do
  java -jar benchmarks/target/benchmarks.jar \
    'ReadBenchmark.(staxScan|woodstoxScan|eventsScan|eventsScanWoodstox|jacksonRead|jacksonReadWarmSymbols|poxgenReadValidate|poxgenReadValidateWoodstox)$' \
    -f 1 -wi 4 -i 3 -w 1s -r 1s -prof gc -rf json -rff "$out/round-$r.json" > "$out/round-$r.log"
done
python3 benchmarks/paired.py "$out"/round-*.json
