#!/usr/bin/env bash
# Backup and restore of the demo archive with the commands (docs/backup.md): time, size, peak memory.
#
#   bench/backup/run.sh [ARTICLES] [HEAP]      e.g. bench/backup/run.sh 100000 512m
#
# Generates the archive once (ArchiveGenerator, test code) into $BENCH_WORK/data-<n>, starts the site on it
# (127.0.0.1:$PORT) with a writer that publishes articles through the API one after another, runs --masthead.backup
# as an operator would (java -Xmx<HEAP> ... MastheadApplication) while both go on, stops them, restores that backup
# into a new data directory with --masthead.restore, and appends a markdown section to bench/backup/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES="${1:-100000}"
HEAP="${2:-512m}"
WORK="${BENCH_WORK:-/tmp/masthead-bench-backup}"
DATA="$WORK/data-$ARTICLES"
RESULTS=bench/backup/RESULTS.md
PORT="${PORT:-19201}"
export BUILD="${BUILD:-/tmp/masthead-bench-build-backup}"
mkdir -p "$WORK"
. bench/test-classpath.sh

if [ ! -f "$DATA/masthead.db" ]; then
  echo "generating $ARTICLES articles into $DATA"
  start=$(date +%s)
  java -Xmx1g -cp "$CP" com.masthead.search.bench.ArchiveGenerator "$ARTICLES" --masthead.data-dir="$DATA" \
       > "$WORK/generate-$ARTICLES.log" 2>&1
  echo "generated in $(( $(date +%s) - start )) s"
fi

rm -rf "$WORK/backups" "$WORK/restored"
mkdir -p "$WORK/restored"

# runs one command; prints "<seconds> <peak RSS in MB>"
measure() {
  local log="$1"; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$WORK/rss" java -Xmx"$HEAP" -cp "$CP" com.masthead.MastheadApplication "$@" > "$log" 2>&1
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(( $(cat "$WORK/rss") / 1024 ))"
}

# the site, and a writer publishing articles through its API until the backup is over
java -Xmx"$HEAP" -cp "$CP" com.masthead.MastheadApplication --server.port="$PORT" --masthead.data-dir="$DATA" \
     --masthead.seed-demo-content=false > "$WORK/site.log" 2>&1 &
SITE=$!
WRITER=
cleanup() { [ -n "$WRITER" ] && kill "$WRITER" 2>/dev/null; kill "$SITE" 2>/dev/null; wait 2>/dev/null; true; }
trap cleanup EXIT
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/liveness" >/dev/null 2>&1 && break
  sleep 1
done
TOKEN=$(cat "$DATA/api-token-initial-admin.txt")
API="http://127.0.0.1:$PORT/api/v1"
channel=$(curl -fs -H "Authorization: Bearer $TOKEN" "$API/channels" | grep -o '"id":[0-9]*' | tail -1 | cut -d: -f2)
: > "$WORK/published"
(
  n=0
  while true; do
    n=$((n + 1))
    id=$(curl -fs -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -X POST "$API/articles" \
      -d "{\"channelId\":$channel,\"title\":\"备份期间发布的稿件 $n\",\"body\":\"<p>备份进行时写入的正文。</p>\",\"rights\":\"ORIGINAL\",\"responsibleEditor\":\"林编辑\",\"bylines\":[{\"role\":\"REPORTER\",\"name\":\"王记者\"}]}" \
      | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2) || continue
    curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" -X POST "$API/articles/$id/publish" && date +%s%3N >> "$WORK/published"
  done
) &
WRITER=$!
sleep 5

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
backup_start=$(date +%s%3N)
read -r backup_ms backup_rss < <(measure "$WORK/backup.log" --masthead.backup="$WORK/backups" \
    --masthead.data-dir="$DATA")
backup_end=$(date +%s%3N)
sleep 3
kill "$WRITER"; WRITER=
kill "$SITE"; wait "$SITE" 2>/dev/null || true
during=$(awk -v a="$backup_start" -v b="$backup_end" '$1 >= a && $1 <= b' "$WORK/published" | wc -l)
total=$(wc -l < "$WORK/published")
gap=$(awk -v a="$backup_start" -v b="$backup_end" 'NR > 1 && $1 >= a && $1 <= b { g = $1 - p; if (g > m) m = g } { p = $1 } END { print m + 0 }' "$WORK/published")
made=$(ls -d "$WORK"/backups/masthead-backup-* | head -1)
read -r restore_ms restore_rss < <(measure "$WORK/restore.log" --masthead.restore="$made" \
    --masthead.data-dir="$WORK/restored/data")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

db_bytes=$(stat -c %s "$DATA/masthead.db")
backup_bytes=$(du -sb "$made" | cut -f1)
files=$(grep -c '"sha256"' "$made/manifest.json")
articles=$(grep -o 'articles in [0-9]* s' "$WORK/generate-$ARTICLES.log" 2>/dev/null | head -1 || true)

{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ), $ARTICLES articles, -Xmx$HEAP"
  echo
  echo "Load average before/after: $load_before / $load_after ($(nproc) cores). Live database $db_bytes bytes."
  echo "The site was running, and a writer published $total articles through its API one after another, $during of"
  echo "them while the backup ran (longest pause between two publications during it: $gap ms)."
  echo
  echo "| Command | Wall time | Peak RSS | Size |"
  echo "| --- | --- | --- | --- |"
  echo "| \`--masthead.backup\` | $backup_ms ms | $backup_rss MB | $backup_bytes bytes in $files files |"
  echo "| \`--masthead.restore\` (checksums, audit chain, swap) | $restore_ms ms | $restore_rss MB | |"
  echo
  echo "Progress lines of the backup:"
  echo
  echo '```'
  grep 'masthead.backup' "$WORK/backup.log" | sed -E 's/^.*masthead\.backup +: //'
  echo '```'
} >> "$RESULTS"
tail -n 25 "$RESULTS"
