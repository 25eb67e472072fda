#!/usr/bin/env bash
# Fast start, as a supported path: Spring AOT (bean definitions computed at build time, in the jar already) and
# Java 25's AOT cache (classes loaded and linked, with profiles, recorded from a training run that serves pages).
#
#   src/aot/make-cache.sh            builds the jar if needed, extracts it to target/aot/app/ and records
#                                    target/aot/app.aot from a training run on a free port
#   src/aot/start.sh [ARGS...]       starts the extracted jar with the cache (ARGS as for java -jar)
#
# Needs Java 25 (JAVA25, default Temurin's under /usr/lib/jvm). Java 17 stays the baseline: the plain jar runs on
# it unchanged. The cache belongs to the jar it was made from and the JVM that made it: make it again after every
# build. Figures, plain against cached: src/bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
OUT=target/aot
PORT=${PORT:-18089}

"$JAVA25" -version 2>&1 | grep -q 'version "2[5-9]' || { echo "make-cache: Java 25 is needed (set JAVA25)" >&2; exit 1; }
[ -f target/zadankai.jar ] || mvn -q -B package -DskipTests
rm -rf "$OUT"; mkdir -p "$OUT"
java -Djarmode=tools -jar target/zadankai.jar extract --destination "$OUT/app" > /dev/null

# The training run serves the pages readers ask for, so that the serving path's classes are in the cache too.
"$JAVA25" -XX:AOTCacheOutput="$OUT/app.aot" --enable-native-access=ALL-UNNAMED -Dspring.aot.enabled=true -jar "$OUT/app/zadankai.jar" \
  --server.port="$PORT" > "$OUT/training.log" 2>&1 & training=$!
trap 'kill $training 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && break
  kill -0 $training 2>/dev/null || { cat "$OUT/training.log" >&2; exit 1; }
  sleep 0.1
done
for path in / /feed.xml /sitemap.xml /no-such-page $(curl -s "http://127.0.0.1:$PORT/sitemap.xml" \
    | grep -o 'https\?://[^<]*/articles/[^<]*' | sed 's#^https\?://[^/]*##'); do
  for _ in $(seq 1 200); do
    curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$path"
  done
done
kill $training; wait $training 2>/dev/null || true
trap - EXIT
[ -s "$OUT/app.aot" ] || { echo "make-cache: no cache written (see $OUT/training.log)" >&2; exit 1; }
echo "AOT cache: $OUT/app.aot ($(du -h "$OUT/app.aot" | cut -f1)); start with src/aot/start.sh"
