#!/usr/bin/env bash
# Throughput and peak heap of the portable archive (docs/archive.md) with a large site: export a generated SQLite
# site, import that into an empty PostgreSQL database, export that again, import it into an empty SQLite database,
# each as the one-shot command an operator runs (a JVM of its own, -Xmx$HEAP, GC log); then checks that both
# archives have byte-identical table entries and the same files index.
#
#   bench/archive/run.sh [ARTICLES] [HEAP]      e.g. bench/archive/run.sh 100000 512m
#
# The site is generated once by search/bench/ArchiveGenerator (the demo newspaper plus ARTICLES published articles)
# into $BENCH_WORK/data-ARTICLES and reused. PostgreSQL is zonky's embedded server (system/bench/ClusterPostgres)
# on port $PG_PORT (19150). Peak heap is the largest heap occupancy before a collection in the GC log
# (-Xlog:gc), which the collector lets grow towards -Xmx; "most live after GC" is the largest occupancy right after
# a collection, which is what the command holds (it grows with the archive only if the command does not stream). Appends a markdown section to bench/archive/RESULTS.md with the machine's load next to the numbers.
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES="${1:-100000}"
HEAP="${2:-512m}"
PG_PORT="${PG_PORT:-19150}"
WORK="${BENCH_WORK:-/tmp/masthead-bench-archive}"
DATA="$WORK/data-$ARTICLES"
RESULTS=bench/archive/RESULTS.md
mkdir -p "$WORK"

. bench/test-classpath.sh   # the generator and the embedded PostgreSQL are test code; the commands are main code

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

if [ ! -f "$DATA/masthead.db" ]; then
  echo "generating $ARTICLES articles into $DATA"
  java -Xmx1g -cp "$CP" com.masthead.search.bench.ArchiveGenerator "$ARTICLES" --masthead.data-dir="$DATA" \
       > "$WORK/generate-$ARTICLES.log" 2>&1
fi

rm -rf "$WORK/postgres-data" "$WORK/sqlite-data" "$WORK"/*.zip "$WORK"/*-gc.log
java -Xmx128m -cp "$CP" com.masthead.system.bench.ClusterPostgres "$PG_PORT" > "$WORK/postgres.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 240); do grep -q "JDBC jdbc:postgresql" "$WORK/postgres.log" && break; sleep 0.5; done
grep -q "JDBC jdbc:postgresql" "$WORK/postgres.log" || { echo "PostgreSQL did not start: $WORK/postgres.log"; exit 1; }
PG=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/masthead" --spring.datasource.username=postgres
    --spring.datasource.password=)

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS=()
# step NAME ARGS...: runs one command in its own JVM; records wall seconds, the command's summary and peak heap
step() {
  local name=$1; shift
  local started ended
  started=$(date +%s.%N)
  java -Xmx"$HEAP" -Xlog:gc:file="$WORK/$name-gc.log" -cp "$CP" com.masthead.MastheadApplication "$@" \
       > "$WORK/$name.log" 2>&1 || { echo "$name failed: $WORK/$name.log"; tail -5 "$WORK/$name.log"; exit 1; }
  ended=$(date +%s.%N)
  local summary peak live
  summary=$(grep -E "(export|import) finished" "$WORK/$name.log" | sed 's/.*: \(export\|import\) finished: //')
  peak=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/$name-gc.log" | cut -dM -f1 | sort -n | tail -1)
  live=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/$name-gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  ROWS+=("| $name | $(printf '%.1f' "$(echo "$ended - $started" | bc)") | ${peak:-?} | ${live:-?} | $summary |")
  echo "$name: $summary; peak heap ${peak:-?} MB, most left after a collection ${live:-?} MB"
}

step export-sqlite --masthead.data-dir="$DATA" --masthead.export="$WORK/from-sqlite.zip"
step import-postgres "${PG[@]}" --masthead.data-dir="$WORK/postgres-data" --masthead.import="$WORK/from-sqlite.zip"
step export-postgres "${PG[@]}" --masthead.data-dir="$WORK/postgres-data" --masthead.export="$WORK/from-postgres.zip"
step import-sqlite --masthead.data-dir="$WORK/sqlite-data" --masthead.import="$WORK/from-postgres.zip"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

digest() { unzip -Z1 "$1" | grep -E '^(tables/|files.jsonl$)' | sort | while read -r e; do
  printf '%s %s\n' "$e" "$(unzip -p "$1" "$e" | sha256sum | cut -c1-64)"; done; }
if diff <(digest "$WORK/from-sqlite.zip") <(digest "$WORK/from-postgres.zip") > "$WORK/diff.txt"; then
  SAME="byte-identical table entries and files index"
else
  SAME="DIFFERENT (see $WORK/diff.txt)"
fi

{
  echo
  echo "## $(date -u +%F) $ARTICLES articles, -Xmx$HEAP ($(git rev-parse --short HEAD))"
  echo
  echo "$(nproc) cores; load average $LOAD_BEFORE before, $LOAD_AFTER after (1, 5, 15 min; the machine is shared"
  echo "with parallel builds). Archive from SQLite: $(du -h "$WORK/from-sqlite.zip" | cut -f1); round trip: $SAME."
  echo "PostgreSQL: zonky embedded 14, same host. Rows/s and MB/s are the command's own (rows, and uncompressed"
  echo "JSON bytes, over the whole run); wall includes the JVM and context start."
  echo
  echo "| step | wall s | peak heap MB | most live after GC MB | command summary |"
  echo "| --- | ---: | ---: | ---: | --- |"
  printf '%s\n' "${ROWS[@]}"
} >> "$RESULTS"
echo "appended to $RESULTS"
