#!/usr/bin/env bash
# Search benchmark: generate N articles into a fresh SQLite database, rebuild the index, measure latency and
# quality, append the numbers to bench/search/RESULTS.md.   Usage: bench/search/run.sh [N] (default 100000)
# BENCH_REUSE=1 keeps an existing corpus-N.db and (if it is not outdated) index-N, for measuring queries only.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-100000}"
BUILD="${BENCH_BUILD_DIR:-/tmp/search-bench-build}"
WORK="${BENCH_WORK_DIR:-/tmp/search-bench}"
if pgrep -f surefire >/dev/null; then
  echo "a test suite is running; its CPU use would spoil the numbers" >&2
  exit 1
fi
. bench/test-classpath.sh
mkdir -p "$WORK"
if [ "${BENCH_REUSE:-0}" = 1 ] && [ -f "$WORK/corpus-$N.db" ]; then
  echo "reusing $WORK/corpus-$N.db"
else
  rm -rf "$WORK/index-$N"
  java -Xmx4g -cp "$CP" com.masthead.search.bench.CorpusGenerator "$WORK/corpus-$N.db" "$N"
fi
java -Xmx4g -Dbench.reuse="${BENCH_REUSE:-0}" -cp "$CP" com.masthead.search.BenchRunner \
  "$WORK/corpus-$N.db" "$WORK/index-$N" "N=$N"
