#!/usr/bin/env bash
# Measures the packaged jar on a synthetic corpus of ARTICLES articles written by `newsgraph synth` (made-up
# articles in the archive's format, built from the bundled real ones; never to be published). Prints the time and
# rate of synth, validate (parse + map + SHACL), load into a fresh TDB2 store (heap limited to 512 MB, peak heap from
# the GC log), reload of the same files (every file skipped as unchanged), reload with --force (every graph
# replaced), compact, and an N-Quads dump, with the store's size on disk (allocated blocks) after each; then the
# writing alone, newsgraph's transactions against Jena's bulk loaders (scripts/WriteRate.java).
# Usage: scripts/benchmark.sh [ARTICLES] [SEED]   (default 10000 and 1); results go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
seed=${2:-1}
jar=target/newsgraph.jar
[ -f "$jar" ] || { echo "benchmark: build the jar first: mvn -B -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {  # label, command...
    local label=$1; shift
    local start end
    start=$(date +%s.%N)
    "$@" > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }
    end=$(date +%s.%N)
    awk -v l="$label" -v s="$start" -v e="$end" -v n="$articles" \
        'BEGIN { t = e - s; printf "%-8s %7.2f s  %8.0f articles/s\n", l, t, n / t }'
    tail -1 "$work/out.txt"
}
run synth    java -jar "$jar" synth --articles "$articles" --seed "$seed" --out "$work/corpus"
bytes=$(find "$work/corpus" -name '*.md.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
chars=$(find "$work/corpus" -name '*.md.txt' -exec cat {} + | wc -m)
echo "corpus: $articles articles, $bytes bytes, $chars characters"

store_size() {  # allocated bytes (TDB2's files are sparse: their apparent size says little), and per article
    local bytes
    bytes=$(du -s --block-size=1 "$work/tdb2" | cut -f1)
    echo "store: $bytes bytes, $((bytes / articles)) bytes an article"
}
peak_heap() {  # the largest heap occupancy before a collection, from a -Xlog:gc log
    grep -o '[0-9]*M->' "$1" | sed 's/M->//' | sort -n | tail -1 | awk '{ print "peak heap: " $1 " MB" }'
}
java_load=(java -Xmx512m -Xlog:gc:file="$work/gc.log" -jar "$jar" load --store "$work/tdb2")
run validate java -jar "$jar" validate "$work/corpus"
run load     "${java_load[@]}" "$work/corpus"
peak_heap "$work/gc.log"; store_size
run reload   "${java_load[@]}" "$work/corpus"
run force    "${java_load[@]}" --force "$work/corpus"
peak_heap "$work/gc.log"; store_size
run compact  java -jar "$jar" compact --store "$work/tdb2"
store_size
run dump     java -jar "$jar" dump --store "$work/tdb2" --format nquads --out "$work/dump.nq"
echo "dump: $(du -sh "$work/dump.nq" | cut -f1)"

# Writing alone, in one JVM: newsgraph's write transactions against Jena's bulk loaders, on the same quads.
java -cp "$jar" scripts/WriteRate.java "$work/corpus" "$work/write-rate"

# The extraction stage alone, in one warm JVM, on the bundled corpus.
java -cp "$jar" scripts/ExtractionRate.java 20

# For reference: Jena's own bulk loader on the same quads (parsing N-Quads only, no article parsing or mapping).
mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-cmds:5.6.0 -DoutputDirectory=target/bench >/dev/null
run tdbloader java -cp "target/bench/jena-cmds-5.6.0.jar:$jar" tdb2.tdbloader --loader=sequential \
    --loc "$work/jena-tdb2" "$work/dump.nq"
