#!/usr/bin/env bash
# Cold start after a deploy (issue 19): start Masthead on an archive of ARTICLES, and the moment it reports
# healthy drive a realistic mix (70% of requests to the 100 newest articles, 30% spread uniformly over the whole
# archive; CLIENTS clients without pause) for SECONDS; report the time until the p99 of a sliding 1 s window falls
# under 30 ms. Twice: without the start-up warm-up (masthead.cache.warm-up.enabled=false) and with it (default).
#
#   bench/pagecache/coldstart.sh [ARTICLES] [HEAP]      e.g. bench/pagecache/coldstart.sh 100000 512m
#
# Needs sqlite3 (the URL lists are read from the database before each start). The archive is generated as in
# run.sh (test code, ArchiveGenerator) and prepared once (the search index catches up). Ports 19640-19649 only,
# traffic to 127.0.0.1 only; a trap stops the application. Appends a dated section to bench/pagecache/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES="${1:-100000}"
HEAP="${2:-512m}"
SECONDS_RUN="${DURATION:-60}"
CLIENTS="${CLIENTS:-32}"
PORT=19641
WORK="${BENCH_WORK:-/tmp/masthead-coldstart-bench}"
DATA="${BENCH_DATA:-$WORK/data-$ARTICLES}"
JAR="${JAR:-target/masthead.jar}"
RESULTS=bench/pagecache/RESULTS.md

command -v sqlite3 >/dev/null || { echo "sqlite3 missing: apt-get install -y sqlite3"; exit 1; }
mkdir -p "$WORK"
[ -f "$JAR" ] || ./mvnw -q -o -DskipTests package
export BUILD="${BUILD:-/tmp/masthead-coldstart-bench-build}"
. bench/test-classpath.sh   # the generator and the load driver are test code

if [ ! -f "$DATA/masthead.db" ]; then
  echo "generating $ARTICLES articles into $DATA"
  java -Xmx1g -cp "$CP" com.masthead.search.bench.ArchiveGenerator "$ARTICLES" --masthead.data-dir="$DATA" \
       > "$WORK/generate-$ARTICLES.log" 2>&1
fi

APP_PID=
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT INT TERM
progress() { echo "[$(date +%T)] $*"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
start_app() {   # $1: extra argument; sets APP_PID and STARTUP_MS
  local t0; t0=$(date +%s%N)
  java -Xmx"$HEAP" -Xms"$HEAP" -jar "$JAR" --server.port=$PORT --masthead.data-dir="$DATA" \
       --masthead.seed-demo-content=false --logging.level.root=WARN \
       --logging.level.com.masthead.pagecache.PageWarmUp=INFO "$1" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died: $WORK/app.log"; exit 1; }
    sleep 0.1
  done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
# Less than 5% of a core over 5 s, for at most 20 minutes: the start-up work (search catch-up) is over.
wait_idle() {
  local hz a b; hz=$(getconf CLK_TCK)
  for _ in $(seq 1 240); do
    a=$(cpu_ticks "$APP_PID"); sleep 5; b=$(cpu_ticks "$APP_PID")
    [ $((b - a)) -lt $((hz / 4)) ] && return 0
  done
}

if [ ! -f "$DATA/.prepared" ]; then
  progress "first start: letting the search index catch up with the generated articles"
  start_app --masthead.cache.warm-up.enabled=false
  wait_idle
  stop_app
  touch "$DATA/.prepared"
fi

URL="'/news/' || replace(url_date, '-', '/') || '/' || id || '.html'"
sqlite3 "$DATA/masthead.db" "select $URL from article where status = 'PUBLISHED' order by published_at desc limit 100" > "$WORK/newest.txt"
sqlite3 "$DATA/masthead.db" "select $URL from article where status = 'PUBLISHED'" > "$WORK/archive.txt"

{
  echo
  echo "## Cold start, $ARTICLES articles, -Xmx$HEAP, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) ($(git rev-parse --short HEAD))"
  echo
  echo "bench/pagecache/coldstart.sh: $CLIENTS clients for $SECONDS_RUN s from the first healthy answer; 70% of requests to the 100 newest articles, 30% uniformly over $(wc -l < "$WORK/archive.txt") published articles."
} > "$WORK/results.md"

for mode in off on; do
  progress "warm-up $mode"
  start_app --masthead.cache.warm-up.enabled=$([ $mode = on ] && echo true || echo false)
  {
    echo
    echo "### Warm-up $mode (healthy after $STARTUP_MS ms, load $(cut -d' ' -f1 /proc/loadavg))"
    echo
  } >> "$WORK/results.md"
  java -Xmx256m -cp "$CP" com.masthead.pagecache.bench.ColdStartBench "http://127.0.0.1:$PORT" \
       "$WORK/newest.txt" "$WORK/archive.txt" "$SECONDS_RUN" "$CLIENTS" >> "$WORK/results.md"
  WARMED=$(grep -o 'page cache warm-up: .*' "$WORK/app.log" || echo "no warm-up")
  { echo; echo "Application log: $WARMED."; } >> "$WORK/results.md"
  stop_app
done

cat "$WORK/results.md" >> "$RESULTS"
cat "$WORK/results.md"
progress "done"
