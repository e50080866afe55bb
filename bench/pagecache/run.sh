#!/usr/bin/env bash
# Page-speed benchmark: Masthead cached and uncached against nginx serving the same article bytes as a static file.
#
#   bench/pagecache/run.sh [ARTICLES] [HEAP]      e.g. bench/pagecache/run.sh 100000 512m
#
# Needs wrk and nginx (apt-get install -y wrk nginx-light). Traffic goes to 127.0.0.1 only; every wrk run is
# bounded (DURATION seconds). Appends a markdown section to bench/pagecache/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES="${1:-100000}"
HEAP="${2:-512m}"
DURATION="${DURATION:-10}"
PORT="${PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
WORK="${BENCH_WORK:-/tmp/masthead-bench}"
DATA="$WORK/data-$ARTICLES"
JAR="${JAR:-target/masthead.jar}"
RESULTS=bench/pagecache/RESULTS.md

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
command -v nginx >/dev/null || { echo "nginx missing: apt-get install -y nginx-light"; exit 1; }
mkdir -p "$WORK"
[ -f "$JAR" ] || ./mvnw -q -DskipTests package

if [ ! -f "$DATA/masthead.db" ]; then
  echo "generating $ARTICLES articles into $DATA"
  start=$(date +%s)
  . bench/test-classpath.sh   # the generator is test code (src/test/.../search/bench/ArchiveGenerator)
  java -Xmx1g -cp "$CP" com.masthead.search.bench.ArchiveGenerator "$ARTICLES" --masthead.data-dir="$DATA" \
       > "$WORK/generate-$ARTICLES.log" 2>&1
  echo "generated in $(( $(date +%s) - start )) s"
fi

APP_PID=
start_app() {   # $1: extra args
  java -Xmx"$HEAP" -Xms"$HEAP" -jar "$JAR" --server.port=$PORT --masthead.data-dir="$DATA" \
       --masthead.seed-demo-content=false --logging.level.root=WARN $1 > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  local t0; t0=$(date +%s%N)
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do sleep 0.2; done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }
# CPU ticks of a process and its children (nginx: the master and its workers, which do the work)
cpu_ticks() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
# CPU ticks of the JIT's C2 compiler threads.
c2_ticks() {
  local t total=0
  for t in /proc/"$1"/task/*; do
    grep -q "C2 Compiler" "$t/comm" 2>/dev/null && total=$(( total + $(awk '{print $14 + $15}' "$t/stat") ))
  done
  echo "$total"
}
# Drives $2 until the JIT has settled: the C2 compiler below 3% of the process CPU over a 15 s run, after at
# least a minute (at most four). Ten seconds of warm-up measured mostly compilation and interpreted code: C2 was
# still a quarter of the process CPU after 45 s of load.
warm_up() {   # $1 pid, $2 url
  local i p0 p1 j0 j1
  for i in $(seq 1 16); do
    p0=$(cpu_ticks "$1"); j0=$(c2_ticks "$1")
    wrk -t2 -c32 -d15s "$2" > /dev/null
    p1=$(cpu_ticks "$1"); j1=$(c2_ticks "$1")
    [ "$i" -ge 4 ] && [ $(( (j1 - j0) * 100 )) -lt $(( (p1 - p0) * 3 )) ] && return 0
  done
}
# Waits until the app has finished its start-up work (the search index catching up with generated articles):
# less than 5% of a core over 5 seconds, for at most 20 minutes.
wait_idle() {
  local hz; hz=$(getconf CLK_TCK)
  for _ in $(seq 1 240); do
    local a b; a=$(cpu_ticks "$APP_PID"); sleep 5; b=$(cpu_ticks "$APP_PID")
    [ $((b - a)) -lt $((hz / 4)) ] && return 0
  done
}

# One wrk run: prints "| label | conns | req/s | p50 | p90 | p99 | errors | CPU µs/req |"
measure() {   # $1 label, $2 url, $3 connections, $4 pid whose CPU we count
  local before after out reqs rps p50 p90 p99 errors cpu
  before=$(cpu_ticks "$4")
  out=$(wrk -t2 -c"$3" -d"${DURATION}s" --latency "$2")
  after=$(cpu_ticks "$4")
  reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p90=$(echo "$out" | awk '$1=="90%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {printf "%s ", $0}')
  cpu=$(awk -v t=$((after - before)) -v r="$reqs" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.0f", t / hz * 1e6 / r}')
  echo "| $1 | $3 | $rps | $p50 | $p90 | $p99 | ${errors:-0} | $cpu |"
  LAST_RPS=$rps
}

if [ ! -f "$DATA/.prepared" ]; then
  echo "first start: letting the search index catch up with the generated articles"
  start_app ""
  wait_idle
  stop_app
  touch "$DATA/.prepared"
fi

start_app ""
wait_idle
BASE="http://127.0.0.1:$PORT"
ARTICLE=$(curl -s "$BASE/" | grep -o '/news/20[0-9/]*[0-9]*\.html' | head -1)
CHANNEL=$(curl -s "$BASE/" | grep -o '/channel/[a-z/-]*/' | head -1)
RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
COLD_START_MS=$STARTUP_MS
curl -s "$BASE$ARTICLE" -o "$WORK/article.html"
PAGE_BYTES=$(stat -c %s "$WORK/article.html")

# nginx serving the very same bytes as a static file
mkdir -p "$WORK/nginx/www" "$WORK/nginx/tmp"
cp "$WORK/article.html" "$WORK/nginx/www/article.html"
cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  types { text/html html; }
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/www; }
}
NGINX
nginx -c "$WORK/nginx/nginx.conf"
NGINX_PID=$(cat "$WORK/nginx/nginx.pid")

{
  echo
  echo "## $ARTICLES articles, -Xmx$HEAP, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk ${DURATION}s runs"
  echo
  echo "Article page: $PAGE_BYTES bytes. Startup to healthy: ${COLD_START_MS} ms; resident memory after start: $((RSS_KB / 1024)) MB."
  echo
  echo "| what | connections | req/s | p50 | p90 | p99 | errors | server CPU µs/request |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
} >> "$RESULTS"

warm_up "$APP_PID" "$BASE$ARTICLE"
for c in 32 128; do
  measure "nginx static file (same bytes)" "http://127.0.0.1:$NGINX_PORT/article.html" $c "$NGINX_PID" >> "$RESULTS"
  NGINX_RPS=$LAST_RPS
  measure "cached article" "$BASE$ARTICLE" $c "$APP_PID" >> "$RESULTS"
  echo "| → cached article / nginx | $c | $(awk -v a="$LAST_RPS" -v b="$NGINX_RPS" 'BEGIN {printf "%.0f%%", 100 * a / b}') | | | | | |" >> "$RESULTS"
  measure "cached home" "$BASE/" $c "$APP_PID" >> "$RESULTS"
  measure "cached channel $CHANNEL" "$BASE$CHANNEL" $c "$APP_PID" >> "$RESULTS"
done
RSS_AFTER_KB=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
stop_app

start_app "--masthead.cache.enabled=false"
wait_idle
warm_up "$APP_PID" "$BASE$ARTICLE"
for c in 32 128; do
  measure "uncached article" "$BASE$ARTICLE" $c "$APP_PID" >> "$RESULTS"
  measure "uncached home" "$BASE/" $c "$APP_PID" >> "$RESULTS"
  measure "uncached channel" "$BASE$CHANNEL" $c "$APP_PID" >> "$RESULTS"
done
stop_app
nginx -c "$WORK/nginx/nginx.conf" -s stop

echo >> "$RESULTS"
echo "Resident memory after the cached runs: $((RSS_AFTER_KB / 1024)) MB (heap fixed at $HEAP)." >> "$RESULTS"
echo "done: see $RESULTS"
