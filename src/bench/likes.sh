#!/usr/bin/env bash
# スキ benchmark: presses per second and p99 on the embedded SQLite and on PostgreSQL, and the article's req/s with
# presses arriving beside it, against nginx serving the export. Run by hand on an otherwise idle machine:
# src/bench/likes.sh. Needs wrk, nginx and taskset; PostgreSQL on 127.0.0.1:5432 with role and database zadankai
# (as .ci/run makes them; skipped when none listens). The server is pinned to core 0 and wrk to core 1. Every press
# comes from a new reader (no cookie), so each one inserts a row: the dearest case. Figures: src/bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/nginx.sh
ROOT=$PWD
WORK=$ROOT/target/bench-likes
ARTICLE=/articles/nerima-tokyo-cio-roundtable-1
API=/api/likes/nerima-tokyo-cio-roundtable-1
NGINX_PORT=8183
JAVA_PORT=8184
SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-10}
NO_LIMIT=(--zadankai.likes.burst=100000000 --zadankai.likes.per-minute=100000000)

rm -rf "$WORK"; mkdir -p "$WORK"
[ -f target/zadankai.jar ] || mvn -q -B package -DskipTests
pids=()
cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

cat > "$WORK/press.lua" <<'LUA'
wrk.method = "POST"
wrk.body = "do=like"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept"] = "application/json"
wrk.headers["Sec-Fetch-Site"] = "same-origin"
LUA
# The same presses at a steady rate: each connection waits 10 ms before each press (about 100/s a connection), or
# 100 ms (about 10/s).
cp "$WORK/press.lua" "$WORK/steady.lua"
echo 'function delay() return 10 end' >> "$WORK/steady.lua"
cp "$WORK/press.lua" "$WORK/slow.lua"
echo 'function delay() return 100 end' >> "$WORK/slow.lua"

wrk_run() { # wrk arguments... -> "req/s p99_ms errors"
  taskset -c 1 wrk --latency "$@" > "$WORK/wrk.out"
  awk '/Requests\/sec/ {rps=$2} /Non-2xx/ {err=$NF} / 99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; p99=v}
       END {printf "%.0f %.2f %d\n", rps, p99, err}' "$WORK/wrk.out"
}

start_zadankai() { # extra arguments... -> starts the jar pinned to core 0 and waits for it
  taskset -c 0 java -Xmx128m -jar target/zadankai.jar --server.port=$JAVA_PORT --server.address=127.0.0.1 \
    "${NO_LIMIT[@]}" "$@" > "$WORK/server.log" 2>&1 &
  java_pid=$!
  pids+=($java_pid)
  until curl -sf -o /dev/null "http://127.0.0.1:$JAVA_PORT$API"; do sleep 0.1; done
  # A cold JVM: warm the page and the press path before measuring. The press path runs through thousands of
  # methods (Jetty, Spring's transactions, JDBC, the database's driver); on one core C2 takes tens of seconds to
  # compile them, so the presses warm for a minute.
  taskset -c 1 wrk -t1 -c8 -d${WARM_PRESSES:-60}s -s "$WORK/press.lua" "http://127.0.0.1:$JAVA_PORT$API" > /dev/null
  taskset -c 1 wrk -t1 -c32 -d10s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$JAVA_PORT$ARTICLE" > /dev/null
}
stop_zadankai() { kill "$java_pid"; wait "$java_pid" 2>/dev/null || true; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"

presses() { # label
  for c in 4 16; do
    read -r rps p99 err < <(wrk_run -t1 -c$c -d${SECONDS_PER_ROUND}s -s "$WORK/press.lua" "http://127.0.0.1:$JAVA_PORT$API")
    echo "$1 presses, c=$c as fast as answered: $rps/s, p99 $p99 ms, non-2xx $err"
  done
  read -r rps p99 err < <(wrk_run -t1 -c5 -d${SECONDS_PER_ROUND}s -s "$WORK/steady.lua" "http://127.0.0.1:$JAVA_PORT$API")
  echo "$1 presses, steady (5 connections, 10 ms apart): $rps/s, p99 $p99 ms, non-2xx $err"
}

# --- embedded SQLite
start_zadankai --zadankai.data-dir="$WORK/data"
presses "SQLite"

# --- the article with steady presses beside it, against nginx serving the export
start_nginx "$WORK" "$NGINX_PORT"
pids+=($nginx_pid)
until curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT$ARTICLE"; do sleep 0.05; done
read -r nginx_rps nginx_p99 _ < <(wrk_run -t1 -c32 -d${SECONDS_PER_ROUND}s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT$ARTICLE")
echo "nginx article: $nginx_rps req/s, p99 $nginx_p99 ms"
read -r alone_rps alone_p99 _ < <(wrk_run -t1 -c32 -d${SECONDS_PER_ROUND}s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$JAVA_PORT$ARTICLE")
echo "zadankai article alone: $alone_rps req/s, p99 $alone_p99 ms ($(awk -v a=$alone_rps -v b=$nginx_rps 'BEGIN {printf "%.2f", a/b}')x nginx)"
# Steady presses from one connection 100 ms apart (about 10 a second), 10 ms apart (about 100), from five (400).
for beside_run in "1 slow" "1 steady" "5 steady"; do
  read -r c script <<< "$beside_run"
  taskset -c 1 wrk -t1 -c$c -d$((SECONDS_PER_ROUND + 2))s -s "$WORK/$script.lua" "http://127.0.0.1:$JAVA_PORT$API" > "$WORK/beside.out" &
  beside=$!
  sleep 1
  read -r with_rps with_p99 _ < <(wrk_run -t1 -c32 -d${SECONDS_PER_ROUND}s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$JAVA_PORT$ARTICLE")
  wait $beside
  echo "zadankai article with presses beside it ($(awk '/Requests\/sec/ {printf "%.0f", $2}' "$WORK/beside.out")/s): $with_rps req/s, p99 $with_p99 ms ($(awk -v a=$with_rps -v b=$nginx_rps 'BEGIN {printf "%.2f", a/b}')x nginx)"
done
stop_zadankai

# --- PostgreSQL
if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  start_zadankai --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/zadankai \
    --spring.datasource.username=zadankai --spring.datasource.password=zadankai
  presses "PostgreSQL"
  stop_zadankai
else
  echo "PostgreSQL: none on 127.0.0.1:5432, skipped"
fi
