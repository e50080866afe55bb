#!/usr/bin/env bash
# Backup and restore of the demo archive with the commands (docs/backup.md): time, size, peak memory.
#
#   bench/backup/run.sh [ARTICLES] [HEAP]      e.g. bench/backup/run.sh 100000 512m
#
# Generates the archive once (ArchiveGenerator, test code) into $BENCH_WORK/data-<n>, then runs
# --masthead.backup and --masthead.restore as an operator would (java -Xmx<HEAP> ... MastheadApplication) and appends
# a markdown section to bench/backup/RESULTS.md. Nothing listens on a port.
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES="${1:-100000}"
HEAP="${2:-512m}"
WORK="${BENCH_WORK:-/tmp/masthead-bench-backup}"
DATA="$WORK/data-$ARTICLES"
RESULTS=bench/backup/RESULTS.md
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

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r backup_ms backup_rss < <(measure "$WORK/backup.log" --masthead.backup="$WORK/backups" \
    --masthead.data-dir="$DATA")
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
