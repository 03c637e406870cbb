#!/usr/bin/env bash
# Build cost: compiling the examples' generated package with and without poxgen's processor, and
# xjc on the same XSD, each as a whole javac/xjc process. Prints the median of N runs.
#   benchmarks/buildcost.sh [RUNS]      (after mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runtime=$(ls runtime/target/poxgen-runtime-*.jar | head -1)
processor=$(ls processor/target/poxgen-processor-*.jar | grep -v original | head -1)
mkdir -p "$work/src/demo" "$work/plain/demo"
printf '@dev.poxgen.GeneratePox\npackage demo;\n' > "$work/src/demo/package-info.java"
printf 'package demo;\npublic class Plain { public int x() { return 1; } }\n' > "$work/plain/demo/Plain.java"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
with=(); without=()
for _ in $(seq "$runs"); do
  rm -rf "$work/out" && mkdir -p "$work/out"
  with+=($(time_ms javac -d "$work/out" -cp "$runtime" -processorpath "$processor" "$work/src/demo/package-info.java"))
  rm -rf "$work/out" && mkdir -p "$work/out"
  without+=($(time_ms javac -d "$work/out" -cp "$runtime" -proc:none "$work/plain/demo/Plain.java"))
done
echo "javac with the processor (generates and compiles $(ls "$work"/out/demo/*.class | wc -l) classes): $(printf '%s\n' "${with[@]}" | median) ms"
echo "javac of one plain class, no processor (the floor): $(printf '%s\n' "${without[@]}" | median) ms"
