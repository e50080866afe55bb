#!/usr/bin/env bash
# Storage benchmark: upload + first serve of a 2 MB picture on the local store and on an S3-compatible bucket
# (S3Proxy inside the JVM), medians appended to bench/storage/RESULTS.md.
# Usage: bench/storage/run.sh [rounds] (default 10).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD="${BENCH_BUILD_DIR:-/tmp/storage-bench-build}"
. bench/test-classpath.sh
java -Xmx512m -cp "$CP" com.masthead.storage.bench.StorageBench bench/storage/RESULTS.md "${1:-10}"
