#!/usr/bin/env bash
# How fast the editors' screens load with a large archive: dashboard, article list, new-article editor, editor of
# an existing article, review screen — each driven by wrk for a bounded time with a logged-in editor's session.
#
#   bench/newsroom/run.sh [ARTICLES] [HEAP]      e.g. bench/newsroom/run.sh 100000 512m
#
# Reuses the page benchmark's generated database (bench/pagecache/run.sh makes it; so does this script).
# Appends a markdown section to bench/newsroom/RESULTS.md. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."

ARTICLES="${1:-100000}"
HEAP="${2:-512m}"
DURATION="${DURATION:-10}"
PORT=18090
WORK="${BENCH_WORK:-/tmp/masthead-bench}"
DATA="$WORK/data-$ARTICLES"   # the same database as bench/pagecache/run.sh
JAR="${JAR:-target/masthead.jar}"
RESULTS=bench/newsroom/RESULTS.md
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
mkdir -p "$WORK"
[ -f "$JAR" ] || ./mvnw -q -DskipTests package

if [ ! -f "$DATA/masthead.db" ]; then
  echo "generating $ARTICLES articles into $DATA"
  . bench/test-classpath.sh   # the generator is test code (src/test/.../search/bench/ArchiveGenerator)
  java -Xmx1g -cp "$CP" com.masthead.search.bench.ArchiveGenerator "$ARTICLES" --masthead.data-dir="$DATA" \
       > "$WORK/newsroom-generate.log" 2>&1
fi

java -Xmx"$HEAP" -Xms"$HEAP" -jar "$JAR" --server.port=$PORT --masthead.data-dir="$DATA" \
     --masthead.seed-demo-content=false --masthead.reset-password=admin > "$WORK/newsroom-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$BASE/actuator/health"; do sleep 0.5; done
sleep 2
ADMIN_PASSWORD=$(grep -A1 'Staff login "admin"' "$WORK/newsroom-app.log" | tail -1 | tr -d ' ')

# login JAR COOKIES USER PASSWORD: logs in through the form, leaves the session in the cookie jar
login() {
  local jar=$1 user=$2 password=$3 csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "username=$user" \
       --data-urlencode "password=$password" "$BASE/login"
}
csrf_of() { curl -s -b "$1" "$BASE$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }

ADMIN_JAR=$WORK/admin.cookies; rm -f "$ADMIN_JAR"
login "$ADMIN_JAR" admin "$ADMIN_PASSWORD"
# A reset password is one-time: every staff page but the account page waits until it is changed.
NEW_ADMIN_PASSWORD="Wrk-Bench-$(date +%s)-Screens"   # must not contain the login
curl -s -o /dev/null -b "$ADMIN_JAR" -c "$ADMIN_JAR" --data-urlencode "_csrf=$(csrf_of "$ADMIN_JAR" /admin/account)" \
     --data-urlencode "currentPassword=$ADMIN_PASSWORD" --data-urlencode "newPassword=$NEW_ADMIN_PASSWORD" \
     --data-urlencode "repeatPassword=$NEW_ADMIN_PASSWORD" "$BASE/admin/account/password"
RUN_ID=$(date +%s); EDITOR_LOGIN="bench-editor-$RUN_ID"; EDITOR_PASSWORD="Wrk-Measures-$RUN_ID-Screens"   # must not contain the login
curl -s -o /dev/null -b "$ADMIN_JAR" --data-urlencode "_csrf=$(csrf_of "$ADMIN_JAR" /admin/users/new)" \
     --data-urlencode "login=$EDITOR_LOGIN" --data-urlencode "realName=压测编辑" \
     --data-urlencode "email=bench@example.test" --data-urlencode "roles=EDITOR" \
     --data-urlencode "roles=REPORTER" --data-urlencode "password=$EDITOR_PASSWORD" "$BASE/admin/users" || true
EDITOR_JAR=$WORK/editor.cookies; rm -f "$EDITOR_JAR"
login "$EDITOR_JAR" "$EDITOR_LOGIN" "$EDITOR_PASSWORD"
SESSION=$(awk '$6 == "MASTHEAD_SESSION" {print $7}' "$EDITOR_JAR")
[ -n "$SESSION" ] || { echo "could not log in as $EDITOR_LOGIN"; exit 1; }
ARTICLE=$(curl -s -b "$EDITOR_JAR" "$BASE/admin/articles" | grep -o 'href="/admin/articles/[0-9]*"' | head -1 | grep -o '[0-9]*' || true)
[ -n "$ARTICLE" ] || { echo "the editor sees no articles: was $EDITOR_LOGIN created? (see $WORK/newsroom-app.log)"; exit 1; }

row() {   # label path
  local out rps p50 p90 p99 errors code
  # wrk does not count redirects as errors: make sure the session really gets the screen
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: MASTHEAD_SESSION=$SESSION" "$BASE$2")
  [ "$code" = 200 ] || { echo "$2 answered $code, not 200: is the session valid?" >&2; exit 1; }
  out=$(wrk -t1 -c4 -d"${DURATION}s" --latency -H "Cookie: MASTHEAD_SESSION=$SESSION" "$BASE$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out"); p90=$(awk '$1 == "90%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out"); errors=${errors:-0}
  echo "| $1 | \`$2\` | $rps | $p50 | $p90 | $p99 | $errors |"
}
# warm-up: every screen for a while, so the runs below measure compiled code, not the JIT
for path in / /articles "/articles?q=%E6%B8%AF%E5%8F%A3" /articles/new "/articles/$ARTICLE/edit" "/articles/$ARTICLE"; do
  wrk -t1 -c4 -d"${WARM_UP:-15}s" -H "Cookie: MASTHEAD_SESSION=$SESSION" "$BASE/admin$path" > /dev/null
done

{
  echo
  echo "## $(date -u +%Y-%m-%d) — $ARTICLES articles, -Xmx$HEAP, wrk 4 connections, ${DURATION} s each"
  echo
  echo "| screen | path | req/s | p50 | p90 | p99 | non-2xx |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  row dashboard /admin/
  row "article list" /admin/articles
  row "article list, title filter" "/admin/articles?q=%E6%B8%AF%E5%8F%A3"
  row "new article editor" /admin/articles/new
  row "editor of an article" "/admin/articles/$ARTICLE/edit"
  row "review screen" "/admin/articles/$ARTICLE"
} | tee -a "$RESULTS"
