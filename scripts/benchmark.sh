#!/usr/bin/env bash
# Measures the packaged jar on a synthetic corpus of ARTICLES articles written by `newsgraph synth` (made-up
# articles in the archive's format, built from the bundled real ones; never to be published). Prints the time and
# rate of synth, validate (parse + map + SHACL), load into a fresh TDB2 store, reload of the same files, and an
# N-Quads dump.
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

run validate java -jar "$jar" validate "$work/corpus"
run load     java -jar "$jar" load --store "$work/tdb2" "$work/corpus"
run reload   java -jar "$jar" load --store "$work/tdb2" "$work/corpus"
run dump     java -jar "$jar" dump --store "$work/tdb2" --format nquads --out "$work/dump.nq"
echo "store: $(du -sh "$work/tdb2" | cut -f1), dump: $(du -sh "$work/dump.nq" | cut -f1)"

# The extraction stage alone, in one warm JVM, on the bundled corpus.
java -cp "$jar" scripts/ExtractionRate.java 20

# For reference: Jena's own bulk loader on the same quads (parsing N-Quads only, no article parsing or mapping).
mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-cmds:5.6.0 -DoutputDirectory=target/bench >/dev/null
run tdbloader java -cp "target/bench/jena-cmds-5.6.0.jar:$jar" tdb2.tdbloader --loader=sequential \
    --loc "$work/jena-tdb2" "$work/dump.nq"
