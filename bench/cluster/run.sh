#!/usr/bin/env bash
# Three-node cluster bench (issue 15): embedded PostgreSQL, three Masthead JVMs (target/masthead.jar, -Xmx384m
# each) behind the shipped nginx layout (deploy/nginx/masthead.conf with this script's ports), storage local (or
# S3-compatible through S3Proxy once masthead.storage.type=s3 exists). Measures:
#   1. publish -> fresh on all three instances and at the edge (p50/p99 over PUBLISHES publishes);
#   2. kill -9 of one instance during a burst of publishes, uploads and staff saves;
#   3. login-throttle exactness across the instances (checked attempts vs masthead.login.free-failures);
#   4. throughput, uncached and cached pages, one instance vs all three (wrk; on two cores: overhead, not scale).
#
#   bench/cluster/run.sh            PUBLISHES=200 BURST=40 DURATION=10 by default; ~10 minutes
#
# Ports 19200-19299 only, traffic to 127.0.0.1 only, every step bounded; a trap stops everything it started.
# Appends a dated section to bench/cluster/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

PUBLISHES="${PUBLISHES:-200}"
BURST="${BURST:-40}"
DURATION="${DURATION:-10}"
WORK="${BENCH_WORK:-/tmp/masthead-cluster-bench}"
JAR="${JAR:-target/masthead.jar}"
RESULTS=bench/cluster/RESULTS.md
PG_PORT=19210
NODE_PORTS=(19221 19222 19223)
EDGE_HTTP=19231
EDGE_HTTPS=19232
REFRESH=19233
S3_PORT=19240

command -v nginx >/dev/null || { echo "nginx missing: apt-get install -y nginx-light"; exit 1; }
command -v openssl >/dev/null || { echo "openssl missing: apt-get install -y openssl"; exit 1; }
rm -rf "$WORK"; mkdir -p "$WORK"
[ -f "$JAR" ] || ./mvnw -q -o -DskipTests package
. bench/test-classpath.sh   # the bench tools are test code (src/test/.../system/bench)

PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM
progress() { echo "[$(date +%T)] $*"; }
wait_for() {   # $1 seconds, $2.. command
  local until=$(( $(date +%s) + $1 )); shift
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$until" ] || { echo "timed out waiting for: $*"; exit 1; }
    sleep 0.5
  done
}

progress "PostgreSQL on $PG_PORT"
java -Xmx128m -cp "$CP" com.masthead.system.bench.ClusterPostgres $PG_PORT > "$WORK/postgres.log" 2>&1 &
PIDS+=($!)
wait_for 120 grep -q "JDBC jdbc:postgresql" "$WORK/postgres.log"
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/masthead"

STORAGE_ARGS=()
STORAGE="local (each instance's data directory: uploads are not shared)"
jar tf "$JAR" > "$WORK/jar-contents.txt"   # (a grep -q on a pipe would end unzip early: pipefail)
if grep -q "BOOT-INF/lib/s3-" "$WORK/jar-contents.txt"; then
  if grep -q "org/gaul/s3proxy" <<< "$CP" ; then
    progress "S3Proxy on $S3_PORT"
    mkdir -p "$WORK/s3/masthead"   # the bucket: a directory of the filesystem blob store
    java -Xmx128m -cp "$CP" org.gaul.s3proxy.Main --properties /dev/stdin > "$WORK/s3proxy.log" 2>&1 <<PROPS &
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=bench
s3proxy.credential=bench-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$WORK/s3
PROPS
    PIDS+=($!)
    wait_for 60 curl -s -o /dev/null "http://127.0.0.1:$S3_PORT/"
    STORAGE_ARGS=(--masthead.storage.type=s3 --masthead.storage.s3.endpoint=http://127.0.0.1:$S3_PORT
      --masthead.storage.s3.bucket=masthead --masthead.storage.s3.region=us-east-1
      --masthead.storage.s3.access-key=bench --masthead.storage.s3.secret-key=bench-secret
      --masthead.storage.s3.path-style-access=true)
    STORAGE="S3-compatible (S3Proxy, filesystem backend)"
  fi
fi

NODE_PIDS=()
start_node() {   # $1 index
  local port=${NODE_PORTS[$1]}
  java -Xmx384m -jar "$JAR" --server.port="$port" --masthead.data-dir="$WORK/node$1" \
       --spring.datasource.url="$JDBC" --spring.datasource.username=postgres --spring.datasource.password= \
       --masthead.seed-demo-content=false --logging.level.root=WARN \
       --masthead.cache.purge-endpoints="http://127.0.0.1:$REFRESH/purge{path},http://127.0.0.1:$REFRESH/purge-en{path}" \
       --masthead.cache.purge-method=GET "${STORAGE_ARGS[@]}" > "$WORK/node$1.log" 2>&1 &
  NODE_PIDS[$1]=$!
  PIDS+=($!)
}
progress "instance 1 (migrates the schema), then instances 2 and 3"
start_node 0
wait_for 180 curl -sf "http://127.0.0.1:${NODE_PORTS[0]}/actuator/health"
start_node 1; start_node 2
for p in "${NODE_PORTS[@]}"; do wait_for 180 curl -sf "http://127.0.0.1:$p/actuator/health"; done
NODES="http://127.0.0.1:${NODE_PORTS[0]},http://127.0.0.1:${NODE_PORTS[1]},http://127.0.0.1:${NODE_PORTS[2]}"

progress "nginx (deploy/nginx/masthead.conf, ports and paths replaced) on $EDGE_HTTPS"
N="$WORK/nginx"; mkdir -p "$N/cache" "$N/tmp" "$N/tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=news.example.org \
  -addext subjectAltName=DNS:news.example.org -keyout "$N/tls/key.pem" -out "$N/tls/cert.pem" 2>/dev/null
sed -e "s#/var/cache/nginx/masthead#$N/cache#" \
    -e "s#server 127.0.0.1:8080;#server 127.0.0.1:${NODE_PORTS[0]};#" \
    -e "s#server 127.0.0.1:8082;#server 127.0.0.1:${NODE_PORTS[1]};#" \
    -e "s#server 127.0.0.1:8083;#server 127.0.0.1:${NODE_PORTS[2]};#" \
    -e "s#listen 80 default_server;#listen 127.0.0.1:$EDGE_HTTP default_server;#" \
    -e "s#listen 443 ssl default_server;#listen 127.0.0.1:$EDGE_HTTPS ssl default_server;#" \
    -e "s#listen 80;#listen 127.0.0.1:$EDGE_HTTP;#" \
    -e "s#listen 443 ssl http2;#listen 127.0.0.1:$EDGE_HTTPS ssl http2;#" \
    -e "s#/etc/ssl/masthead/fullchain.pem#$N/tls/cert.pem#" \
    -e "s#/etc/ssl/masthead/privkey.pem#$N/tls/key.pem#" \
    -e "s#listen 127.0.0.1:8081;#listen 127.0.0.1:$REFRESH;#" deploy/nginx/masthead.conf > "$N/masthead.conf"
cat > "$N/nginx.conf" <<CONF
worker_processes 1;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $N/tmp/body; proxy_temp_path $N/tmp/proxy; fastcgi_temp_path $N/tmp/fastcgi;
  uwsgi_temp_path $N/tmp/uwsgi; scgi_temp_path $N/tmp/scgi;
  include $N/masthead.conf;
}
CONF
nginx -p "$N" -e "$N/error.log" -c "$N/nginx.conf" -g "pid $N/nginx.pid;"
echo "127.0.0.1 news.example.org" > "$WORK/hosts"
EDGE="https://news.example.org:$EDGE_HTTPS"
wait_for 20 curl -sk --resolve "news.example.org:$EDGE_HTTPS:127.0.0.1" "$EDGE/"
bench() { timeout "$1" java -Xmx256m -Djdk.net.hosts.file="$WORK/hosts" -cp "$CP" com.masthead.system.bench.ClusterBench "${@:2}" | grep -v '^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]* \['; }   # progress log lines stay out of the results

{
  echo
  echo "## $(date -u +%F) three instances, $(nproc) cores ($(git rev-parse --short HEAD))"
  echo
  echo "PostgreSQL $(grep -o 'PostgreSQL [0-9.]*' "$WORK/postgres.log" | head -1 || echo embedded) (zonky embedded, one server), three JVMs -Xmx384m, nginx $(nginx -v 2>&1 | grep -o '[0-9.]*$'), storage: $STORAGE."
  echo
} > "$WORK/results.md"

progress "1. freshness over $PUBLISHES publishes"
{ echo "### Publish -> fresh (channel page shows the article), $PUBLISHES publishes, round robin"; echo; } >> "$WORK/results.md"
bench 420 freshness "$JDBC" "$NODES" "$EDGE" "$PUBLISHES" >> "$WORK/results.md"

progress "2. burst of $BURST s; kill -9 of instance 3 after $((BURST / 3)) s"
{ echo; echo "### kill -9 of instance 3 ($BURST s burst, killed after $((BURST / 3)) s; the editor logged in through it)"; echo; } >> "$WORK/results.md"
bench $((BURST + 120)) burst "$JDBC" "$NODES" "$BURST" >> "$WORK/results.md" 2> "$WORK/burst.log" &
BURST_PID=$!
wait_for 60 grep -q "BURST STARTED" "$WORK/burst.log"
sleep $((BURST / 3))
kill -9 "${NODE_PIDS[2]}"
progress "   instance 3 killed"
wait "$BURST_PID"
progress "   restarting instance 3"
start_node 2
wait_for 180 curl -sf "http://127.0.0.1:${NODE_PORTS[2]}/actuator/health"

progress "3. login throttle across the instances"
{ echo; echo "### Login throttle across instances (masthead.login.free-failures=3 per address)"; echo; } >> "$WORK/results.md"
bench 120 login-limit "$NODES" 30 >> "$WORK/results.md"

progress "4. throughput"
if command -v wrk >/dev/null; then
  {
    echo
    echo "### Throughput (wrk, ${DURATION}s each, 2 threads; one instance: 24 connections; three: 8 each, at the same time)"
    echo
    echo "| page | one instance req/s | three instances req/s (sum) |"
    echo "| --- | ---: | ---: |"
  } >> "$WORK/results.md"
  CHANNEL=$(curl -s "http://127.0.0.1:${NODE_PORTS[0]}/" | grep -o '/channel/[a-z0-9/-]*/' | head -1)
  rps() { wrk -t2 -c"$2" -d"${DURATION}s" "$1" | awk '/Requests\/sec/ {printf "%.0f\n", $2}'; }
  for page in "cached channel page|$CHANNEL" "uncached channel page (query the cache key cannot read)|$CHANNEL?page=1&page=1"; do
    label=${page%%|*}; path=${page#*|}
    one=$(rps "http://127.0.0.1:${NODE_PORTS[0]}$path" 24)
    rm -f "$WORK"/wrk-*.out
    WRK_PIDS=()
    for p in "${NODE_PORTS[@]}"; do rps "http://127.0.0.1:$p$path" 8 > "$WORK/wrk-$p.out" & WRK_PIDS+=($!); done
    wait "${WRK_PIDS[@]}"
    three=$(cat "$WORK"/wrk-*.out | awk '{s += $1} END {print s}')
    echo "| $label | $one | $three |" >> "$WORK/results.md"
  done
  echo >> "$WORK/results.md"
  echo "On $(nproc) cores the three JVMs share the same CPUs: this shows the cost of running three instances, not scale-out." >> "$WORK/results.md"
else
  echo "wrk missing (apt-get install -y wrk): throughput not measured" >> "$WORK/results.md"
fi

cat "$WORK/results.md" >> "$RESULTS"
cat "$WORK/results.md"
progress "done; logs in $WORK"
