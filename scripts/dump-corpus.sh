#!/usr/bin/env bash
# Regenerates rdf/dump/newsgraph-corpus.ttl, the published Turtle dump of the bundled corpus, from corpus/ and
# the authority data in rdf/ through a fresh store, so the dump is exactly what `newsgraph load` stores.
# Usage (from the repository root, after `mvn -B -DskipTests package`): scripts/dump-corpus.sh
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/newsgraph.jar
[ -f "$jar" ] || { echo "dump-corpus: $jar not found; build it with: mvn -B -DskipTests package" >&2; exit 1; }
store=target/corpus-tdb2
rm -rf "$store"
java -jar "$jar" load --store "$store" corpus
java -jar "$jar" dump --store "$store" --format turtle --out rdf/dump/newsgraph-corpus.ttl
rm -rf "$store"
