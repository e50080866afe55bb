#!/usr/bin/env bash
# Comment form load test: a fresh SQLite database with the demo newspaper, POSTS comment posts from ADDRESSES
# simulated client addresses over loopback, then the database is checked against the answers. Bounded: stops
# sending after 100 s whatever happens. Appends a section to bench/comments/RESULTS.md.
#
#   bench/comments/run.sh [POSTS] [ADDRESSES] [THREADS]      (defaults 10000 40 8)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD="${BENCH_BUILD_DIR:-/tmp/comment-bench-build}"
./mvnw -q -o -Dbuild.dir="$BUILD" -Dspotless.check.skip=true test-compile
./mvnw -q -o -Dbuild.dir="$BUILD" dependency:build-classpath -Dmdep.outputFile="$BUILD/cp.txt" >/dev/null
CP="$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/cp.txt")"
java -Xmx512m -cp "$CP" com.masthead.comment.bench.CommentLoadBench "${1:-10000}" "${2:-40}" "${3:-8}"
