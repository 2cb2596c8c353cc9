#!/bin/sh
# The one-shot loader of docker-compose.yml: builds the jar, loads the article files mounted at /archive into a new
# store in the shared volume and, only when the load succeeded, points /published/current at it. The jar goes beside
# the store, so that the replicas serve it with the code that loaded it, and a later build never replaces a jar that
# a replica is running. Replicas copy /published/current when they start: restarting them one at a time moves them
# to the new store.
set -eu
mvn -B -q -DskipTests package
store=/published/store-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$store"
cp target/newsgraph.jar "$store/newsgraph.jar"
java -jar "$store/newsgraph.jar" load --store "$store/tdb2" --base "$NEWSGRAPH_BASE" /archive
# A symbolic link replaced by a rename: a replica starting meanwhile copies the old store or the new one, never half.
ln -sfn "$(basename "$store")" /published/current.next
mv -T /published/current.next /published/current
# The new store and the one before it stay (a replica may be copying that one); older ones go.
ls -d /published/store-* | sort | head -n -2 | xargs -r rm -rf
