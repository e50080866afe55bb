#!/usr/bin/env bash
# Wire ingest and ninjs/NewsML-G2 output on loopback: a fresh SQLite database with the demo newspaper, ITEMS new
# ninjs and NewsML-G2 items in, the ninjs ones again (duplicates), then the demo's published articles read as ninjs
# and NewsML-G2. One request at a time; each phase stops after 60 s. Appends a section to RESULTS.md.
#
#   bench/newsstandards/run.sh [ITEMS]      (default 300)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD="${BENCH_BUILD_DIR:-/tmp/wire-bench-build}"
. bench/test-classpath.sh
java -Xmx512m -cp "$CP" com.masthead.newsstandards.bench.WireBench "${1:-300}"
