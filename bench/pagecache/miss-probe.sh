#!/usr/bin/env bash
# Quick probe of uncached (cache-miss) page speed for iterating on the rendering path; run.sh stays the reference.
# Compares variants in one run, interleaved round by round so that the load of a shared machine hits them alike.
# A variant is name|jar|application arguments|JVM options:
#
#   VARIANTS='before|/tmp/before.jar|;after|target/masthead.jar|;no-fragments|target/masthead.jar|--masthead.cache.fragments.enabled=false' \
#     bench/pagecache/miss-probe.sh [ARTICLES] [HEAP]
#
# Each variant: start with the page cache off, warm up WARMUP seconds on the article page, then one wrk run of
# DURATION seconds at 32 connections on the article, home and a channel page. Prints markdown rows with the load
# average. Uses the data of run.sh (same BENCH_WORK); PORT (default 19580) must be free. Waits for liveness only,
# not readiness: on data whose search index is still catching up (which blocks readiness for a long time on a
# loaded machine) every variant pays the same background indexing.
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES="${1:-100000}"
HEAP="${2:-512m}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-60}"
ROUNDS="${ROUNDS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-19580}"
WORK="${BENCH_WORK:-/tmp/masthead-bench}"
DATA="$WORK/data-$ARTICLES"
VARIANTS="${VARIANTS:-current|target/masthead.jar|}"

[ -f "$DATA/masthead.db" ] || { echo "no data in $DATA: run bench/pagecache/run.sh $ARTICLES first"; exit 1; }
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }

APP_PID=
start_app() {   # $1 jar, $2 extra args, $3 JVM options
  # shellcheck disable=SC2086
  java -Xmx"$HEAP" -Xms"$HEAP" ${JAVA_OPTS:-} $3 -jar "$1" --server.port="$PORT" --masthead.data-dir="$DATA" \
       --masthead.seed-demo-content=false --logging.level.root=WARN --masthead.cache.enabled=false $2 \
       > "$WORK/probe-app.log" 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/liveness"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app did not start: $WORK/probe-app.log"; exit 1; }
    sleep 0.5
  done
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true' EXIT

measure() {   # $1 variant, $2 page, $3 url
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$3")
  echo "| $1 | $2 | $(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}') | $(echo "$out" | awk '$1=="50%" {print $2}') | $(echo "$out" | awk '$1=="99%" {print $2}') | $(echo "$out" | awk '/Non-2xx|Socket errors/ {printf "%s ", $0}') | $(cut -d' ' -f1 /proc/loadavg) |"
}

echo "| variant | page | req/s | p50 | p99 | errors | load |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
IFS=';' read -ra LIST <<< "$VARIANTS"
for round in $(seq 1 "$ROUNDS"); do
  for v in "${LIST[@]}"; do
    IFS='|' read -r name jar args jvm <<< "$v"
    start_app "$jar" "$args" "${jvm:-}"
    BASE="http://127.0.0.1:$PORT"
    ARTICLE=$(curl -s "$BASE/" | grep -o '/news/20[0-9/]*[0-9]*\.html' | head -1)
    CHANNEL=$(curl -s "$BASE/" | grep -o '/channel/[a-z/-]*/' | head -1)
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "$BASE$ARTICLE" > /dev/null
    wrk -t2 -c"$CONNECTIONS" -d"$((WARMUP / 3))s" "$BASE/" > /dev/null
    wrk -t2 -c"$CONNECTIONS" -d"$((WARMUP / 3))s" "$BASE$CHANNEL" > /dev/null
    measure "$name (round $round)" "article" "$BASE$ARTICLE"
    measure "$name (round $round)" "home" "$BASE/"
    measure "$name (round $round)" "channel $CHANNEL" "$BASE$CHANNEL"
    stop_app
  done
done
