#!/usr/bin/env bash
# Lighthouse (12.2.3, from npm; 13.x needs Node 22) on the index and the article, printing the four scores.
# Run by hand from anywhere: src/bench/lighthouse.sh. Needs node/npm and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8091}
TOOLS=target/bench-tools
OUT=target/lighthouse
mkdir -p "$OUT"
[ -x "$TOOLS/node_modules/.bin/lighthouse" ] || npm install --prefix "$TOOLS" --no-audit --no-fund --silent lighthouse@12.2.3
[ -f target/zadankai.jar ] || mvn -q -B package -DskipTests

java -jar target/zadankai.jar --server.port="$PORT" --zadankai.site.base-url="http://localhost:$PORT" \
  --zadankai.site.support-url="http://localhost:$PORT/" > "$OUT/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health/readiness"; do sleep 0.2; done

printf '%-45s %12s %14s %15s %5s\n' page performance accessibility best-practices seo
for path in / /articles/nerima-tokyo-cio-roundtable-1; do
  name=$(echo "$path" | tr '/' '_')
  CHROME_PATH=/usr/bin/chromium "$TOOLS/node_modules/.bin/lighthouse" "http://localhost:$PORT$path" \
    --quiet --output=json --output-path="$OUT/report$name.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    console.log(process.argv[2].padEnd(45), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14),
      String(s("best-practices")).padStart(15), String(s("seo")).padStart(5));
    for (const [id, a] of Object.entries(r.audits)) {
      if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
        console.log("    below full marks:", id, a.score);
    }' "$PWD/$OUT/report$name.json" "$path"
done
