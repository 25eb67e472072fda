#!/usr/bin/env bash
# Loads the article page from 32 connections (wrk, 20 s) while its Markdown file is rewritten five times a second,
# and prints the number of responses, errors (non-200) and torn responses (a body naming two versions).
# Run by hand: src/bench/load-while-editing.sh. Needs wrk (Debian package).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=target/bench-editing
PORT=${PORT:-8183}
rm -rf "$WORK"; mkdir -p "$WORK/content/articles"
[ -f target/zadankai.jar ] || mvn -q -B package -DskipTests

write_version() { # every paragraph says 版N です, so a body mixing two versions is detectable
  local text="版$1です。"
  { printf -- '---\ntitle: %s\n---\n' "$text"; for _ in $(seq 1 20); do printf '%s\n\n' "$(printf "$text%.0s" $(seq 1 40))"; done; } \
    > "$WORK/content/.edit.tmp"
  mv "$WORK/content/.edit.tmp" "$WORK/content/articles/live.md"
}
write_version 0
java -jar target/zadankai.jar --server.port="$PORT" --zadankai.content-dir="$WORK/content" \
  --zadankai.watch-interval=100ms --zadankai.warm-up=20s > "$WORK/server.log" 2>&1 &
server=$!
trap 'kill $server $editor 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do sleep 0.2; done

( v=0; while true; do v=$((v + 1)); write_version $v; sleep 0.2; done ) & editor=$!

cat > "$WORK/check.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) responses = 0; errors = 0; torn = 0 end
function response(status, headers, body)
  responses = responses + 1
  if status ~= 200 then errors = errors + 1 end
  local first = nil
  for v in string.gmatch(body, "\231\137\136(%d+)") do
    if first == nil then first = v elseif v ~= first then torn = torn + 1; break end
  end
end
function done(summary, latency, requests)
  local r, e, t = 0, 0, 0
  for _, thread in ipairs(threads) do
    r = r + thread:get("responses"); e = e + thread:get("errors"); t = t + thread:get("torn")
  end
  io.write(string.format("responses %d, errors %d, torn %d, socket errors %d\n", r, e, t,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
wrk -t2 -c32 -d20s -s "$WORK/check.lua" "http://127.0.0.1:$PORT/articles/live" | tail -3
echo "reloads during the run: $(grep -c '記事 1 本' "$WORK/server.log")"
