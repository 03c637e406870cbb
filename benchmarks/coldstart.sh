#!/usr/bin/env bash
# Cold start: one process per run that starts, reads and validates one document, and exits.
# Prints the median wall time of N runs per contender (and of an empty main, the floor).
#   benchmarks/coldstart.sh [RUNS] [DOCUMENT]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
doc=${2:-benchmarks/src/main/resources/documents/exchange.xml}
jar=benchmarks/target/benchmarks.jar
for contender in empty poxgen jackson dom jaxb; do
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    java -cp "$jar" dev.poxgen.benchmarks.ColdStart "$contender" "$doc"
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$contender ${median} ms"
done
