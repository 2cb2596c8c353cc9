#!/bin/sh
# A replica of docker-compose.yml: copies the store the loader published last, with the jar that loaded it, and
# serves the copy. A TDB2 store is opened by one process at a time, so the replicas cannot share the loader's store,
# even read-only.
set -eu
rm -rf /data/replica
mkdir -p /data/replica
cp -R /published/current/tdb2 /published/current/newsgraph.jar /data/replica/
exec java -jar /data/replica/newsgraph.jar serve --store /data/replica/tdb2 --port 3030 --base "$NEWSGRAPH_BASE"
