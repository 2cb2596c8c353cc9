#!/bin/sh
# A replica of docker-compose.yml: copies the store the loader published last and serves the copy. A TDB2 store is
# opened by one process at a time, so the replicas cannot share the loader's store, even read-only.
set -eu
rm -rf /data/tdb2 /data/tdb2-dumps
mkdir -p /data
cp -R /published/current/tdb2 /data/tdb2
exec java -jar target/newsgraph.jar serve --store /data/tdb2 --port 3030 --base "$NEWSGRAPH_BASE"
