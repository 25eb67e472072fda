#!/usr/bin/env bash
# Serving benchmark: zadankai against nginx serving the same bytes (the static export, pre-gzipped).
# Run by hand on an otherwise idle machine: src/bench/bench.sh. Needs nginx, wrk and taskset (Debian packages).
# Each server is pinned to core 0 and wrk to core 1; c=32, keep-alive, gzip requested, the same article.
# Prints the time from start to the first 200 and to readiness (plain jar on Java 17, AOT cache on Java 25; pinned
# and on both cores; three runs each), req/s in the first 10 s after readiness, req/s and p99 for both servers and
# their ratio, resident memory after the run, and the 1,000-article figures. The steady-state rounds run the
# fast-start server. Method and the latest figures: src/bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/nginx.sh
ROOT=$PWD
WORK=$ROOT/target/bench
ARTICLE=/articles/nerima-tokyo-cio-roundtable-1
NGINX_PORT=8181
JAVA_PORT=8182
ROUNDS=${ROUNDS:-3}
SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-10}
HEAP=${HEAP:--Xmx64m}
JAVA_FLAGS=($HEAP -XX:TieredStopAtLevel=4)

rm -rf "$WORK"; mkdir -p "$WORK"
[ -f target/zadankai.jar ] || mvn -q -B package -DskipTests
pids=()
cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_for() { # url -> waits until it answers 200
  until curl -sf -o /dev/null "$1"; do sleep 0.01; done
}
wrk_run() { # url seconds -> "req/s p99_ms"
  taskset -c 1 wrk -t1 -c32 -d"$2"s --latency -H 'Accept-Encoding: gzip' "$1" > "$WORK/wrk.out"
  awk '/Requests\/sec/ {rps=$2} / 99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; p99=v}
       END {printf "%.0f %.2f\n", rps, p99}' "$WORK/wrk.out"
}
millis() { date +%s%3N; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"

# --- the same bytes for nginx: the static export, with .gz copies for gzip_static
start_nginx "$WORK" "$NGINX_PORT"; pids+=($nginx_pid)
wait_for "http://127.0.0.1:$NGINX_PORT$ARTICLE"

# --- time to the first 200 and to readiness: plain jar on Java 17, then the AOT cache on Java 25 (src/aot/);
# each pinned to one core, then on both cores
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA25="$JAVA25" src/aot/make-cache.sh > "$WORK/make-cache.log" 2>&1
start_server() { # cores plain|cached -> starts it; sets java_pid, first (ms to the first 200), ready (ms)
  local cores=$1 mode=$2 start
  start=$(millis)
  if [ "$mode" = plain ]; then
    taskset -c "$cores" java "${JAVA_FLAGS[@]}" -jar target/zadankai.jar --server.port=$JAVA_PORT > "$WORK/java.log" 2>&1 &
  else
    JAVA25="$JAVA25" JAVA_OPTS="${JAVA_FLAGS[*]}" taskset -c "$cores" src/aot/start.sh --server.port=$JAVA_PORT > "$WORK/java.log" 2>&1 &
  fi
  java_pid=$!; pids+=($java_pid)
  wait_for "http://127.0.0.1:$JAVA_PORT$ARTICLE"; first=$(( $(millis) - start ))
  wait_for "http://127.0.0.1:$JAVA_PORT/actuator/health/readiness"; ready=$(( $(millis) - start ))
}
stop_server() { kill $java_pid; wait $java_pid 2>/dev/null || true; }
for cores in 0 0,1; do
  for mode in plain cached; do
    for run in 1 2 3; do
      start_server "$cores" "$mode"
      echo "== start ($mode, cores $cores, run $run): first 200 after ${first} ms, ready after ${ready} ms"
      stop_server
    done
  done
done
start_server 0 plain
read cold_rps cold_p99 < <(wrk_run "http://127.0.0.1:$JAVA_PORT$ARTICLE" 10)
echo "== plain jar, first 10 s after readiness (no warm-up): ${cold_rps} req/s, p99 ${cold_p99} ms"
stop_server
FAST=(-XX:AOTCache="$ROOT/target/aot/app.aot" -Dspring.aot.enabled=true)
taskset -c 0 "$JAVA25" "${FAST[@]}" "${JAVA_FLAGS[@]}" -jar target/aot/app/zadankai.jar \
  --server.port=$JAVA_PORT > "$WORK/java.log" 2>&1 & java_pid=$!; pids+=($java_pid)
wait_for "http://127.0.0.1:$JAVA_PORT/actuator/health/readiness"
read ready_rps ready_p99 < <(wrk_run "http://127.0.0.1:$JAVA_PORT$ARTICLE" 10)
echo "== AOT cache, first 10 s after readiness (no warm-up): ${ready_rps} req/s, p99 ${ready_p99} ms"

# --- warm both, then alternate rounds
wrk_run "http://127.0.0.1:$NGINX_PORT$ARTICLE" 20 > /dev/null
wrk_run "http://127.0.0.1:$JAVA_PORT$ARTICLE" 20 > /dev/null
printf '%-6s %-8s %10s %10s\n' round server req/s p99_ms
for round in $(seq 1 "$ROUNDS"); do
  read n_rps n_p99 < <(wrk_run "http://127.0.0.1:$NGINX_PORT$ARTICLE" "$SECONDS_PER_ROUND")
  read j_rps j_p99 < <(wrk_run "http://127.0.0.1:$JAVA_PORT$ARTICLE" "$SECONDS_PER_ROUND")
  printf '%-6s %-8s %10s %10s\n' "$round" nginx "$n_rps" "$n_p99" "$round" zadankai "$j_rps" "$j_p99"
  echo "$n_rps $n_p99 $j_rps $j_p99" >> "$WORK/rounds"
done
awk '{nr+=$1; np+=$2; jr+=$3; jp+=$4; n++} END {
  printf "== mean: nginx %.0f req/s p99 %.2f ms | zadankai %.0f req/s p99 %.2f ms\n", nr/n, np/n, jr/n, jp/n;
  printf "== ratio: req/s %.2fx nginx (target >= 0.9), p99 %.2fx nginx (target <= 2)\n", jr/nr, jp/np }' "$WORK/rounds"
echo "== resident memory of zadankai after the run: $(( $(ps -o rss= -p $java_pid) / 1024 )) MB (${HEAP})"
kill $java_pid; wait $java_pid 2>/dev/null || true

# --- 1,000 generated articles: load time, the article's rate, and a one-file edit
content=$WORK/content-1000
mkdir -p "$content/articles"
cp content/articles/*.md "$content/articles/"
for i in $(seq 1 1000); do
  sed -e "s/^title: \"\(.*\)\"/title: \"\1 ($i)\"/" -e "s/^  name: \(.*\)$/  name: \1 $i/" \
    content/articles/nerima-tokyo-cio-roundtable-1.md > "$content/articles/generated-$i.md"
done
start=$(millis)
taskset -c 0 java "${JAVA_FLAGS[@]}" -Xmx256m -jar target/zadankai.jar --server.port=$JAVA_PORT \
  --zadankai.content-dir="$content" > "$WORK/java-1000.log" 2>&1 & java_pid=$!; pids+=($java_pid)
wait_for "http://127.0.0.1:$JAVA_PORT$ARTICLE"
echo "== 1,000 articles: $(grep -o '記事[0-9,]*本.*' "$WORK/java-1000.log" | head -1); first 200 after $(( $(millis) - start )) ms"
wait_for "http://127.0.0.1:$JAVA_PORT/actuator/health/readiness"
wrk_run "http://127.0.0.1:$JAVA_PORT$ARTICLE" 20 > /dev/null
watcher_ms() { # CPU time so far of the thread that scans the content folder
  for t in /proc/$java_pid/task/*; do
    if [ "$(cat "$t/comm")" = content-watcher ]; then read -a s < "$t/stat"; echo $(( (${s[13]} + ${s[14]}) * 10 )); fi
  done
}
watcher_before=$(watcher_ms)
read k_rps k_p99 < <(wrk_run "http://127.0.0.1:$JAVA_PORT$ARTICLE" "$SECONDS_PER_ROUND")
echo "== 1,000 articles: the article page at ${k_rps} req/s, p99 ${k_p99} ms (nginx above: one article);" \
  "the folder scan used $(( $(watcher_ms) - watcher_before )) ms of CPU in those ${SECONDS_PER_ROUND} s"
echo "edited" >> "$content/articles/generated-500.md"
sleep 5
echo "== 1,000 articles, one file edited: $(grep -o '記事[0-9,]*本.*' "$WORK/java-1000.log" | tail -1)"
kill $java_pid; wait $java_pid 2>/dev/null || true

# --- the same 1,000 articles with both cores: loading is JIT-bound, and the compilers need a core of their own
start=$(millis)
java "${JAVA_FLAGS[@]}" -Xmx256m -jar target/zadankai.jar --server.port=$JAVA_PORT \
  --zadankai.content-dir="$content" > "$WORK/java-1000-2cores.log" 2>&1 & java_pid=$!; pids+=($java_pid)
wait_for "http://127.0.0.1:$JAVA_PORT$ARTICLE"
echo "== 1,000 articles, not pinned (2 cores): $(grep -o '記事[0-9,]*本.*' "$WORK/java-1000-2cores.log" | head -1); first 200 after $(( $(millis) - start )) ms"
