#!/usr/bin/env bash
# Publish on one instance -> fresh on another: two instances in one JVM on one database (SQLite file, then a
# database on the embedded PostgreSQL server), PUBLISHES edits each (default 200). Appends the p50/p90/p99/max of
# "A's publish answered -> B serves the new title on the article page and its channel page" to
# bench/signals/RESULTS.md. The three-node case (separate JVMs, nginx) is bench/cluster.
#
#   bench/signals/run.sh [PUBLISHES]
set -euo pipefail
cd "$(dirname "$0")/../.."
PUBLISHES="${1:-200}"
RESULTS=bench/signals/RESULTS.md
. bench/test-classpath.sh   # the bench is test code (src/test/.../pagecache/bench/PublishFreshnessBench)

ROWS=""
for DB in sqlite postgres; do
  ROW=$(java -Xmx768m -cp "$CP" com.masthead.pagecache.bench.PublishFreshnessBench "$DB" "$PUBLISHES" | grep '^| ')
  echo "$ROW"
  ROWS="$ROWS$ROW"$'\n'
done

{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo
  echo "| database | publishes | p50 ms | p90 ms | p99 ms | max ms |"
  echo "| --- | --- | --- | --- | --- | --- |"
  printf '%s' "$ROWS"
} >> "$RESULTS"
