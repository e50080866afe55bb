#!/usr/bin/env bash
# Cache hits measured three ways in one run (issue 19), each against nginx serving the very same bytes as a static
# file, with the server's CPU per request:
#   1. Masthead direct (plain HTTP): hits answered by the early valve (masthead.cache.early-hits=true, the
#      default) and, after a restart, by the first servlet filter (early-hits=false, the path before issue 19);
#   2. behind the shipped edge layout (deploy/nginx/masthead.conf, ports, paths and site name replaced; HTTPS):
#      a page from nginx's cache against nginx serving the same gzip bytes as a static file on the same TLS setup;
#   3. purge at the edge: publish -> the edge's channel page shows the new article, p50/p99 over PUBLISHES
#      publishes (the cluster bench's driver, ClusterBench freshness, with one instance).
#
#   bench/pagecache/edge.sh            DURATION=10 WARMUP=30 PUBLISHES=50 by default; ~6 minutes
#
# Data: a fresh demo newspaper in $WORK (hits do not depend on the archive size; BENCH_DATA=<dir> to use another).
# Ports 19620-19639 only, traffic to 127.0.0.1 only, every wrk run bounded; a trap stops everything it started.
# Appends a dated section to bench/pagecache/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-30}"
PUBLISHES="${PUBLISHES:-50}"
WORK="${BENCH_WORK:-/tmp/masthead-edge-bench}"
JAR="${JAR:-target/masthead.jar}"
HEAP="${HEAP:-512m}"
RESULTS=bench/pagecache/RESULTS.md
APP_PORT=19621
EDGE_HTTP=19631
EDGE_HTTPS=19632
REFRESH=19633
STATIC_HTTPS=19634
STATIC_HTTP=19635

for tool in wrk nginx openssl; do command -v $tool >/dev/null || { echo "$tool missing: apt-get install -y wrk nginx-light openssl"; exit 1; }; done
rm -rf "$WORK/nginx"; mkdir -p "$WORK"
DATA="${BENCH_DATA:-$WORK/data}"
[ -f "$JAR" ] || ./mvnw -q -o -DskipTests package
export BUILD="${BUILD:-/tmp/masthead-edge-bench-build}"
. bench/test-classpath.sh   # the publish driver is test code (src/test/.../system/bench/ClusterBench)

PIDS=()
APP_PID=
cleanup() {
  local pid
  for pid in "${PIDS[@]}" $APP_PID; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}" $APP_PID; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM
progress() { echo "[$(date +%T)] $*"; }

start_app() {   # $1: extra argument
  java -Xmx"$HEAP" -Xms"$HEAP" -jar "$JAR" --server.port=$APP_PORT --masthead.data-dir="$DATA" \
       --logging.level.root=WARN --masthead.trusted-proxies=127.0.0.1 \
       --masthead.cache.purge-endpoints="http://127.0.0.1:$REFRESH/purge{path},http://127.0.0.1:$REFRESH/purge-en{path}" \
       --masthead.cache.purge-method=GET "$1" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  local until=$(( $(date +%s) + 300 ))
  until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health"; do
    [ "$(date +%s)" -lt "$until" ] || { echo "app did not start: $WORK/app.log"; exit 1; }
    sleep 0.5
  done
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
# CPU ticks of a process and its children (nginx: the master and its workers, which do the work)
cpu_ticks() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
# One wrk run: prints "| label | req/s | p50 | p90 | p99 | errors | CPU µs/req |", sets LAST_RPS
measure() {   # $1 label, $2 url, $3 pid whose CPU counts, $4.. extra wrk arguments
  local before after out reqs rps p50 p90 p99 errors cpu
  before=$(cpu_ticks "$3")
  out=$(wrk -t2 -c32 -d"${DURATION}s" --latency "${@:4}" "$2")
  after=$(cpu_ticks "$3")
  reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p90=$(echo "$out" | awk '$1=="90%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {printf "%s ", $0}')
  cpu=$(awk -v t=$((after - before)) -v r="$reqs" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.0f", t / hz * 1e6 / r}')
  echo "| $1 | $rps | $p50 | $p90 | $p99 | ${errors:-0} | $cpu |"
  LAST_RPS=$rps
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.0f%%", 100 * a / b}'; }

progress "Masthead on $APP_PORT (early hits on)"
start_app --masthead.cache.early-hits=true
BASE="http://127.0.0.1:$APP_PORT"
ARTICLE=$(curl -s "$BASE/" | grep -o '/news/20[0-9/]*[0-9]*\.html' | head -1)
curl -s "$BASE$ARTICLE" > /dev/null
N="$WORK/nginx"; mkdir -p "$N/cache" "$N/tmp" "$N/tls" "$N/www"
curl -s "$BASE$ARTICLE" -o "$N/www/article.html"
curl -s -H 'Accept-Encoding: gzip' "$BASE$ARTICLE" -o "$N/www/article.html.gz"
PAGE_BYTES=$(stat -c %s "$N/www/article.html"); GZIP_BYTES=$(stat -c %s "$N/www/article.html.gz")

progress "nginx: the shipped edge layout on $EDGE_HTTPS, static files on $STATIC_HTTP and $STATIC_HTTPS"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost -keyout "$N/tls/key.pem" -out "$N/tls/cert.pem" 2>/dev/null
# The layout as shipped, with this run's ports, paths and one instance; the site name becomes localhost, which
# wrk can resolve and send as its TLS server name.
sed -e "s#/var/cache/nginx/masthead#$N/cache#" \
    -e "s#server 127.0.0.1:8080;#server 127.0.0.1:$APP_PORT;#" \
    -e "/server 127.0.0.1:808[23];/d" \
    -e "s#listen 80 default_server;#listen 127.0.0.1:$EDGE_HTTP default_server;#" \
    -e "s#listen 443 ssl default_server;#listen 127.0.0.1:$EDGE_HTTPS ssl default_server;#" \
    -e "s#listen 80;#listen 127.0.0.1:$EDGE_HTTP;#" \
    -e "s#listen 443 ssl http2;#listen 127.0.0.1:$EDGE_HTTPS ssl http2;#" \
    -e "s#/etc/ssl/masthead/fullchain.pem#$N/tls/cert.pem#" \
    -e "s#/etc/ssl/masthead/privkey.pem#$N/tls/key.pem#" \
    -e "s#news\.example\.org#localhost#g" \
    -e "s#listen 127.0.0.1:8081;#listen 127.0.0.1:$REFRESH;#" deploy/nginx/masthead.conf > "$N/masthead.conf"
cat > "$N/nginx.conf" <<CONF
worker_processes 2;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  client_body_temp_path $N/tmp/body; proxy_temp_path $N/tmp/proxy; fastcgi_temp_path $N/tmp/fastcgi;
  uwsgi_temp_path $N/tmp/uwsgi; scgi_temp_path $N/tmp/scgi;
  types { text/html html; }
  include $N/masthead.conf;
  # the same bytes as static files: plain HTTP as in run.sh, and HTTPS with the edge's TLS settings
  server { listen 127.0.0.1:$STATIC_HTTP; root $N/www; }
  server {
    listen 127.0.0.1:$STATIC_HTTPS ssl http2;
    server_name localhost;
    ssl_certificate $N/tls/cert.pem; ssl_certificate_key $N/tls/key.pem;
    ssl_protocols TLSv1.2 TLSv1.3; ssl_session_cache shared:static_tls:10m;
    root $N/www; gzip_static on;
    add_header Strict-Transport-Security "max-age=31536000" always;
  }
}
CONF
nginx -p "$N" -e "$N/error.log" -c "$N/nginx.conf" -g "pid $N/nginx.pid;"
NGINX_PID=$(cat "$N/nginx.pid")
EDGE="https://localhost:$EDGE_HTTPS"
curl -sk -o /dev/null "$EDGE$ARTICLE"
EDGE_STATUS=$(curl -sk -o /dev/null -D - "$EDGE$ARTICLE" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-edge-cache" {print $2}')

{
  echo
  echo "## Cache hits and the edge, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) ($(git rev-parse --short HEAD))"
  echo
  echo "bench/pagecache/edge.sh: wrk -t2 -c32, ${DURATION} s per row after ${WARMUP} s of warm-up; -Xmx$HEAP; nginx $(nginx -v 2>&1 | grep -o '[0-9.]*$'), 2 workers."
  echo "Article page $PAGE_BYTES bytes ($GZIP_BYTES gzip). The edge answered the second request with X-Edge-Cache: $EDGE_STATUS."
  echo
  echo "| what | req/s | p50 | p90 | p99 | errors | server CPU µs/request |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
} > "$WORK/results.md"

progress "1. Masthead direct: early hits on"
wrk -t2 -c32 -d"${WARMUP}s" "$BASE$ARTICLE" > /dev/null
measure "nginx static file, HTTP (same bytes)" "http://127.0.0.1:$STATIC_HTTP/article.html" "$NGINX_PID" >> "$WORK/results.md"
NGINX_RPS=$LAST_RPS
measure "Masthead hit, early valve (early-hits=true)" "$BASE$ARTICLE" "$APP_PID" >> "$WORK/results.md"
EARLY_RPS=$LAST_RPS
echo "| → early valve / nginx | $(ratio "$EARLY_RPS" "$NGINX_RPS") | | | | | |" >> "$WORK/results.md"

progress "2. the edge (HTTPS)"
wrk -t2 -c32 -d5s -H 'Accept-Encoding: gzip' "$EDGE$ARTICLE" > /dev/null
measure "nginx static file, HTTPS, gzip (same bytes)" "https://localhost:$STATIC_HTTPS/article.html" "$NGINX_PID" -H 'Accept-Encoding: gzip' >> "$WORK/results.md"
STATIC_TLS_RPS=$LAST_RPS
measure "edge cache hit, HTTPS, gzip" "$EDGE$ARTICLE" "$NGINX_PID" -H 'Accept-Encoding: gzip' >> "$WORK/results.md"
echo "| → edge hit / nginx static (gzip) | $(ratio "$LAST_RPS" "$STATIC_TLS_RPS") | | | | | |" >> "$WORK/results.md"
measure "nginx static file, HTTPS, plain" "https://localhost:$STATIC_HTTPS/article.html" "$NGINX_PID" >> "$WORK/results.md"
STATIC_TLS_RPS=$LAST_RPS
measure "edge cache hit, HTTPS, plain (gunzipped by nginx)" "$EDGE$ARTICLE" "$NGINX_PID" >> "$WORK/results.md"
echo "| → edge hit / nginx static (plain) | $(ratio "$LAST_RPS" "$STATIC_TLS_RPS") | | | | | |" >> "$WORK/results.md"

progress "3. purge at the edge: $PUBLISHES publishes"
{ echo; echo "Publish -> fresh (the channel page shows the new article), $PUBLISHES publishes, one instance:"; echo; } >> "$WORK/results.md"
timeout 600 java -Xmx256m -cp "$CP" com.masthead.system.bench.ClusterBench freshness "jdbc:sqlite:$DATA/masthead.db" \
  "$BASE" "$EDGE" "$PUBLISHES" 2> "$WORK/freshness.log" | grep -v '^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]* \[' \
  | sed 's/all three instances and the edge/the instance and the edge/' >> "$WORK/results.md"
echo >> "$WORK/results.md"

progress "4. Masthead direct: early hits off (hits answered by the first servlet filter)"
stop_app
start_app --masthead.cache.early-hits=false
curl -s "$BASE$ARTICLE" > /dev/null
wrk -t2 -c32 -d"${WARMUP}s" "$BASE$ARTICLE" > /dev/null
{
  echo "| what | req/s | p50 | p90 | p99 | errors | server CPU µs/request |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
} >> "$WORK/results.md"
measure "nginx static file, HTTP (same bytes)" "http://127.0.0.1:$STATIC_HTTP/article.html" "$NGINX_PID" >> "$WORK/results.md"
NGINX_RPS=$LAST_RPS
measure "Masthead hit, first filter (early-hits=false)" "$BASE$ARTICLE" "$APP_PID" >> "$WORK/results.md"
echo "| → first filter / nginx | $(ratio "$LAST_RPS" "$NGINX_RPS") | | | | | |" >> "$WORK/results.md"
echo >> "$WORK/results.md"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)." >> "$WORK/results.md"
stop_app

cat "$WORK/results.md" >> "$RESULTS"
cat "$WORK/results.md"
progress "done; logs in $WORK"
