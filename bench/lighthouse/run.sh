#!/usr/bin/env bash
# Lighthouse (mobile preset) on the public pages that matter: home, a channel, an article, a series, the print
# issue, its page view (/paper/<slug>/<date>/1/, the e-paper page) and search. Starts the application itself on a
# fresh data directory with the demo newspaper, runs Lighthouse RUNS times per page (default 3) in Debian's Chromium
# and appends the median category scores and the audits that failed to bench/lighthouse/RESULTS.md.
#
#   bench/lighthouse/run.sh            (RUNS=3, LIGHTHOUSE_VERSION=12.2.3, JAR=target/masthead.jar)
#   BASE_URL=http://127.0.0.1:8080 bench/lighthouse/run.sh   (an instance you started on a fresh demo data dir)
#
# Needs: node + npm (Lighthouse is installed from npm into $BENCH_WORK on the first run), chromium
# (apt-get install -y chromium fonts-noto-cjk fonts-wqy-zenhei). Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS="${RUNS:-3}"
LIGHTHOUSE_VERSION="${LIGHTHOUSE_VERSION:-12.2.3}"
PORT="${PORT:-18090}"
WORK="${BENCH_WORK:-/tmp/masthead-lighthouse}"
JAR="${JAR:-target/masthead.jar}"
RESULTS=bench/lighthouse/RESULTS.md
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

command -v node >/dev/null || { echo "node missing: apt-get install -y nodejs npm"; exit 1; }
[ -x "$CHROME_PATH" ] || { echo "chromium missing: apt-get install -y chromium"; exit 1; }
mkdir -p "$WORK"
LH="$WORK/node_modules/.bin/lighthouse"
if [ ! -x "$LH" ] || [ "$("$LH" --version)" != "$LIGHTHOUSE_VERSION" ]; then
  npm install --prefix "$WORK" --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" > "$WORK/npm.log" 2>&1
fi
[ -f "$JAR" ] || ./mvnw -q -DskipTests package

rm -rf "$WORK/reports" && mkdir -p "$WORK/reports"
if [ -n "${BASE_URL:-}" ]; then   # an instance already started on a fresh demo data directory
  BASE="$BASE_URL"
else
DATA="$WORK/data"
rm -rf "$DATA" && mkdir -p "$DATA"
java -Xmx512m -jar "$JAR" --server.port="$PORT" --masthead.data-dir="$DATA" --masthead.seed-demo-content=true \
     --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the application did not start; see $WORK/app.log"; exit 1; }
  sleep 0.5
done
BASE="http://127.0.0.1:$PORT"
fi

# The pages, found by following links from the home page as a reader would.
HOME_HTML=$(curl -sf "$BASE/")
first_link() { { grep -o "href=\"$1\"" || true; } | head -1 | sed 's/^href="//; s/"$//'; }
CHANNEL=$(echo "$HOME_HTML" | first_link '/channel/[^"]*/')
ARTICLE=$(echo "$HOME_HTML" | first_link '/news/[0-9/]*\.html')
SERIES=
for candidate in $( { echo "$HOME_HTML"; curl -sf "$BASE$CHANNEL"; } | grep -o '/news/[0-9/]*\.html' | sort -u); do
  SERIES=$(curl -sf "$BASE$candidate" | grep -o 'href="[^"]*/series/[^"/]*/"' | head -1 | sed 's#^href="\(https\?://[^/]*\)\?##; s/"$//' || true)
  [ -z "$SERIES" ] || break
done
PAPER=$(echo "$HOME_HTML" | first_link '/paper/[^"/]*/')
[ -n "$PAPER" ] || PAPER=$(curl -sf "$BASE/sitemap.html" | first_link '/paper/[^"/]*/')
ISSUE=$(curl -sfL "$BASE$PAPER" | first_link "${PAPER}[0-9-]*/")
PRINT_PAGE="${ISSUE}1/"
SEARCH="/search?q=%E8%B4%A8%E9%87%8F"   # 质量
PAGES=("home|/" "channel|$CHANNEL" "article|$ARTICLE" "series|$SERIES" "print issue|$ISSUE" "print page view|$PRINT_PAGE"
       "search|$SEARCH")
for page in "${PAGES[@]}"; do
  path="${page#*|}"
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  [ -n "$path" ] && [ "$status" = 200 ] || { echo "page ${page%%|*} not found ($path: $status)"; exit 1; }
done

# Warm the page cache and the JIT a little, so the first Lighthouse run does not measure compilation.
for page in "${PAGES[@]}"; do for _ in 1 2 3; do curl -s -o /dev/null "$BASE${page#*|}"; done; done

COMMAND="lighthouse@$LIGHTHOUSE_VERSION <url> --form-factor=mobile (default mobile preset: simulated slow 4G, 4x CPU) --only-categories=performance,accessibility,best-practices,seo --chrome-flags=\"--headless=new --no-sandbox\""
i=0
for page in "${PAGES[@]}"; do
  i=$((i + 1))
  for run in $(seq 1 "$RUNS"); do
    "$LH" "$BASE${page#*|}" --quiet --form-factor=mobile \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run" \
      --output=json --output-path="$WORK/reports/$i-$run.json" > "$WORK/lighthouse.log" 2>&1
  done
done

{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ), git $(git rev-parse --short HEAD), $RUNS run(s) per page, median, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "Command: \`bench/lighthouse/run.sh\` — $COMMAND, Chromium $("$CHROME_PATH" --version 2>/dev/null | awk '{print $2}'), $(nproc) cores."
  echo
  node bench/lighthouse/summarize.mjs "$WORK/reports" "$RUNS" "${PAGES[@]}"
} >> "$RESULTS"
tail -n 20 "$RESULTS"
