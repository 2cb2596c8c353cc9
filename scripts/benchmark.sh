#!/usr/bin/env bash
# Measures the packaged jar on a synthetic corpus of ARTICLES articles written by `newsgraph synth` (made-up
# articles in the archive's format, built from the bundled real ones; never to be published). Prints the time and
# rate of synth, validate (parse + map + SHACL), load into a fresh TDB2 store (heap limited to 512 MB, peak heap from
# the GC log), reload of the same files (every file skipped as unchanged), reload with --force (every graph
# replaced), compact (indexes packed), and an N-Quads dump, with the store's size on disk (allocated blocks) after each; then the
# writing alone, newsgraph's transactions against Jena's bulk loaders (scripts/WriteRate.java). Then, side by side
# with Apache Jena's own tools from its binary distribution (fetched by Maven into target/bench): `tdb2.tdbloader`
# loading the same N-Quads (the floor for a load), `riot` converting them (the reference for a dump), and SPARQL
# latency (scripts/QueryLatency.java: the README's example queries and the competency questions at 1, 8 and 32
# clients) of `newsgraph serve` against the stock `fuseki-server` serving the same TDB2 store.
# The first load is also given as a growth curve, tenth by tenth (time, rate, store size, heap).
# Usage: [SKIP="validate force writerate"] scripts/benchmark.sh [ARTICLES] [SEED]   (default 10000 and 1); results go
# in docs/benchmarks.md.
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
skipped() { [[ " ${SKIP:-} " == *" $1 "* ]]; }  # steps named in SKIP (validate, force, writerate) are left out

# The first load logs each article done (with its time) and the GC log its heap, while the store's size is sampled
# beside it: scripts/GrowthCurve.java makes them the load's growth curve, tenth by tenth.
cat > "$work/progress-logback.xml" <<XML
<configuration>
  <appender name="PROGRESS" class="ch.qos.logback.core.FileAppender">
    <file>$work/progress.log</file>
    <encoder><pattern>%d{yyyy-MM-dd'T'HH:mm:ss.SSS} %msg%n</pattern></encoder>
  </appender>
  <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
    <target>System.err</target>
    <encoder><pattern>%msg%n</pattern></encoder>
  </appender>
  <logger name="org.newsgraph.cli.CorpusLoad" level="DEBUG" additivity="false"><appender-ref ref="PROGRESS"/></logger>
  <logger name="org.newsgraph" level="INFO"/>
  <root level="WARN"><appender-ref ref="STDERR"/></root>
</configuration>
XML
java_load=(java -Xmx512m -Xlog:gc:file="$work/gc.log":timemillis -jar "$jar" load --store "$work/tdb2")
skipped validate || run validate java -jar "$jar" validate "$work/corpus"
( while sleep 5; do echo "$(date +%s%3N) $(du -s --block-size=1 "$work/tdb2" 2>/dev/null | cut -f1)"; done \
    > "$work/sizes.log" ) &
sampler=$!
load_start=$(date +%s%3N)
run load     java -Dlogback.configurationFile="$work/progress-logback.xml" "${java_load[@]:1}" "$work/corpus"
load_end=$(date +%s%3N)
kill "$sampler"
peak_heap "$work/gc.log"; store_size
java scripts/GrowthCurve.java "$work/progress.log" "$work/gc.log" "$work/sizes.log" "$load_start" "$load_end"
run reload   "${java_load[@]}" "$work/corpus"
if ! skipped force; then
    run force    "${java_load[@]}" --force "$work/corpus"
    peak_heap "$work/gc.log"; store_size
fi
run compact  java -jar "$jar" compact --store "$work/tdb2"
store_size
run dump     java -jar "$jar" dump --store "$work/tdb2" --format nquads --out "$work/dump.nq"
echo "dump: $(du -sh "$work/dump.nq" | cut -f1)"

# Writing alone, in one JVM: newsgraph's write transactions against Jena's bulk loaders, on the same quads (held in
# memory: skip it for large corpora).
skipped writerate || java -cp "$jar" scripts/WriteRate.java "$work/corpus" "$work/write-rate"

# The extraction stage alone, in one warm JVM, on the bundled corpus.
java -cp "$jar" scripts/ExtractionRate.java 20

# Apache Jena's binary distribution and stock Fuseki, for the tools newsgraph is measured against.
jena_version=5.6.0
bench=target/bench
mvn -B -q dependency:copy -Dartifact="org.apache.jena:apache-jena:$jena_version:tar.gz" \
    -DoutputDirectory="$bench" >/dev/null
mvn -B -q dependency:copy -Dartifact="org.apache.jena:jena-fuseki-server:$jena_version:jar" \
    -DoutputDirectory="$bench" >/dev/null
[ -d "$bench/apache-jena-$jena_version" ] || tar xzf "$bench/apache-jena-$jena_version.tar.gz" -C "$bench"
export JENA_HOME=$PWD/$bench/apache-jena-$jena_version

# The floor of a load: Jena's bulk loader on the same quads (parsing N-Quads only, no article parsing or mapping).
run tdbloader "$JENA_HOME/bin/tdb2.tdbloader" --loc "$work/jena-tdb2" "$work/dump.nq"
echo "tdbloader's store: $(du -s --block-size=1 "$work/jena-tdb2" | cut -f1) bytes"
# The reference of a dump: riot reading the same N-Quads and writing them again.
run riot     sh -c '"$0/bin/riot" --output=nquads "$1" > "$2"' "$JENA_HOME" "$work/dump.nq" "$work/riot.nq"

# SPARQL latency, newsgraph's server and then the stock Fuseki, each alone on the same (compacted) store.
await() {  # url: waits until it answers
    for _ in $(seq 1 600); do curl -sf -o /dev/null "$1" && return 0; sleep 1; done
    echo "benchmark: $1 did not answer" >&2; exit 1
}
latency() {  # label, endpoint
    for clients in 1 8 32; do
        echo -n "$1 "; java scripts/QueryLatency.java "$2" "$clients" "${LATENCY_SECONDS:-20}"
    done
}
serve_start=$(date +%s.%N)
java -jar "$jar" serve --store "$work/tdb2" --port 3931 > "$work/serve.log" 2>&1 &
server=$!
await "http://localhost:3931/sparql?query=ASK%7B%7D"
since() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }
echo "serve answered after $(since "$serve_start") s"
# serve writes the dumps while it answers; the latency is measured once they are written, on a quiet machine.
until grep -q "are up to date with the store" "$work/serve.log"; do
    kill -0 "$server" 2>/dev/null || { echo "benchmark: serve stopped" >&2; exit 1; }
    sleep 2
done
echo "serve's counts, dumps and validation report written after $(since "$serve_start") s:"
grep -E "counting|writing|up to date" "$work/serve.log"
latency newsgraph "http://localhost:3931/sparql"
kill "$server"; wait "$server" || true
java -jar "$bench/jena-fuseki-server-$jena_version.jar" --tdb2 --loc="$work/tdb2" --port=3932 \
    --set tdb:unionDefaultGraph=true /ds > "$work/fuseki.log" 2>&1 &
server=$!
await "http://localhost:3932/ds/sparql?query=ASK%7B%7D"
latency fuseki "http://localhost:3932/ds/sparql"
kill "$server"; wait "$server" || true
