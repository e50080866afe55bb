#!/usr/bin/env bash
# Comment form load test: a fresh SQLite database with the demo newspaper, POSTS comment posts from ADDRESSES
# simulated client addresses over loopback, then the database is checked against the answers. Bounded: stops
# sending after 100 s whatever happens. Appends a section to bench/comments/RESULTS.md.
#
#   bench/comments/run.sh [POSTS] [ADDRESSES] [THREADS]      (defaults 10000 40 8)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD="${BENCH_BUILD_DIR:-/tmp/comment-bench-build}"
. bench/test-classpath.sh
java -Xmx512m -cp "$CP" com.masthead.comment.bench.CommentLoadBench "${1:-10000}" "${2:-40}" "${3:-8}"
