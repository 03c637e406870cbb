#!/usr/bin/env bash
# Build cost: javac on a package annotated for the bundled schema, with the processor, against
# javac on the very sources it generates without the processor; whole processes, median of N runs.
#   benchmarks/buildcost.sh [RUNS]      (after mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The jars themselves, not their -sources and -javadoc companions (nor the processor's unshaded one).
runtime=$(ls runtime/target/poxgen-runtime-*.jar | grep -v -e '-sources' -e '-javadoc' | head -1)
processor=$(ls processor/target/poxgen-processor-*.jar | grep -v -e original -e '-sources' -e '-javadoc' | head -1)
# The generated code's one compile-time dependency beside the runtime, from the local Maven
# repository the build filled (its version as the root pom pins it).
jspecify_version=$(sed -n 's|.*<jspecify.version>\(.*\)</jspecify.version>.*|\1|p' pom.xml)
jspecify="${HOME}/.m2/repository/org/jspecify/jspecify/${jspecify_version}/jspecify-${jspecify_version}.jar"
runtime="$runtime:$jspecify"
mkdir -p "$work/src/demo" "$work/gen"
printf '@dev.poxgen.GeneratePox\npackage demo;\n' > "$work/src/demo/package-info.java"
# The generated sources once, to compile them again without the processor: the processor's own
# cost is the difference.
mkdir -p "$work/out"
javac -d "$work/out" -s "$work/gen" -cp "$runtime" -processorpath "$processor" "$work/src/demo/package-info.java"
generated=$(find "$work/gen" -name '*.java' | wc -l)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
with=(); without=()
for _ in $(seq "$runs"); do
  rm -rf "$work/out" && mkdir -p "$work/out"
  with+=($(time_ms javac -d "$work/out" -cp "$runtime" -processorpath "$processor" "$work/src/demo/package-info.java"))
  rm -rf "$work/out" && mkdir -p "$work/out"
  without+=($(time_ms javac -d "$work/out" -cp "$runtime" -proc:none $(find "$work/gen" -name '*.java')))
done
w=$(printf '%s\n' "${with[@]}" | median)
wo=$(printf '%s\n' "${without[@]}" | median)
echo "javac with the processor (reads the XSD, generates and compiles $generated sources): $w ms"
echo "javac of the same $generated sources without the processor: $wo ms"
echo "the processor's own cost: $((w - wo)) ms"
