#!/usr/bin/env bash
# Digital-edition benchmark: generates issues of 16 and 48 pages (broadsheet and tabloid) with PrintPageLayout,
# whose true article areas are known, reads every page's text and proposes areas with AreaMatcher, and appends
# time per issue, peak heap and precision/recall (IoU >= 0.8 counts as a hit) to bench/epaper/RESULTS.md; then
# takes a 16- and a 48-page issue through the whole intake (IssueIntake.ingestNow on a fresh SQLite application).
# Usage: bench/epaper/run.sh [seed ...] (default seeds 1 2 3). Needs fonts-wqy-zenhei.
set -euo pipefail
cd "$(dirname "$0")/../.."
if pgrep -f surefire >/dev/null; then
  echo "a test suite is running; its CPU use would spoil the numbers" >&2
  exit 1
fi
BUILD="${BENCH_BUILD_DIR:-/tmp/epaper-bench-build}"
. bench/test-classpath.sh
SEEDS=("$@")
[ ${#SEEDS[@]} -gt 0 ] || SEEDS=(1 2 3)
java -Xmx1g -cp "$CP" com.masthead.epaper.bench.EpaperBench bench/epaper/RESULTS.md "${SEEDS[@]}"
WORK="${BENCH_WORK_DIR:-/tmp/epaper-bench}"
rm -rf "$WORK" && mkdir -p "$WORK"
java -Xmx1g -cp "$CP" com.masthead.epaper.bench.IntakeBench bench/epaper/RESULTS.md "$WORK"
tail -n 16 bench/epaper/RESULTS.md
