#!/usr/bin/env bash
# Search benchmark: generate N articles into a fresh SQLite database, rebuild the index, measure latency and
# quality, append the numbers to bench/search/RESULTS.md.   Usage: bench/search/run.sh [N] (default 100000)
# BENCH_REUSE=1 keeps an existing corpus-N.db and (if it is not outdated) index-N, for measuring queries only; in the
# both-backends part it keeps both backends' indexes of the last run when they are not empty (the rebuild row
# then says "kept", and time, size and heap are not measured again).
# Then both backends on the same corpus (BackendBench): Lucene in this JVM, and OpenSearch on one node started here
# from tools/opensearch-node (heap BENCH_NODE_HEAP, default 1g; HTTP port 19820) with Masthead's side in a JVM of
# BENCH_APP_HEAP (default 256m): rebuild time, index size, heap, latency one at a time and with 8 clients,
# recall@10/MRR and the top-10 overlap. BENCH_ONLY_BACKENDS=1 skips the first, Lucene-only part.
# BENCH_IGNORE_LOAD=1 runs even while a test suite runs (a shared machine; say so next to the numbers).
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-100000}"
BUILD="${BENCH_BUILD_DIR:-/tmp/search-bench-build}"
WORK="${BENCH_WORK_DIR:-/tmp/search-bench}"
if [ "${BENCH_IGNORE_LOAD:-0}" != 1 ] && pgrep -f surefire >/dev/null; then
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
if [ "${BENCH_ONLY_BACKENDS:-0}" != 1 ]; then
  java -Xmx4g -Dbench.reuse="${BENCH_REUSE:-0}" -cp "$CP" com.masthead.search.BenchRunner \
    "$WORK/corpus-$N.db" "$WORK/index-$N" "N=$N"
fi

# both backends on the same corpus
./mvnw -q -o -f tools/opensearch-node/pom.xml compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt
NODE_DIR="$WORK/opensearch-$N"
if [ "${BENCH_REUSE:-0}" != 1 ]; then
  rm -rf "$NODE_DIR" "$WORK/backend-index-$N"
fi
# the node reads "stop" (or end of input) from a FIFO this script holds open, and logs to a file
mkfifo "$WORK/node-in-$N" 2>/dev/null || true
java "-Xmx${BENCH_NODE_HEAP:-1g}" -XX:+UseG1GC \
  -cp "tools/opensearch-node/target/classes:$(cat tools/opensearch-node/target/classpath.txt)" \
  com.masthead.tools.opensearchnode.Main 19820 "$NODE_DIR" <"$WORK/node-in-$N" >"$WORK/node-$N.log" 2>&1 &
NODE_PID=$!
exec 7>"$WORK/node-in-$N"
trap 'echo stop >&7; exec 7>&-; wait "$NODE_PID"; rm -f "$WORK/node-in-$N"' EXIT
until grep -qx ready "$WORK/node-$N.log"; do
  kill -0 "$NODE_PID" 2>/dev/null || { cat "$WORK/node-$N.log" >&2; exit 1; }
  sleep 1
done
java -Xmx4g -Dbench.reuse="${BENCH_REUSE:-0}" -cp "$CP" com.masthead.search.BackendBench measure "$WORK/corpus-$N.db" lucene \
  "$WORK/backend-index-$N" "$WORK/lucene-$N.tsv"
java "-Xmx${BENCH_APP_HEAP:-256m}" -Dbench.reuse="${BENCH_REUSE:-0}" -cp "$CP" com.masthead.search.BackendBench measure "$WORK/corpus-$N.db" opensearch \
  http://127.0.0.1:19820 "$WORK/opensearch-$N.tsv"
java -cp "$CP" com.masthead.search.BackendBench compare "$WORK/lucene-$N.tsv" "$WORK/opensearch-$N.tsv" "N=$N"
