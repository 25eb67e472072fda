#!/usr/bin/env bash
# Starts the site from the extracted jar with the AOT cache made by src/aot/make-cache.sh (see there).
# Arguments are passed on as to java -jar, e.g. --zadankai.site.base-url=https://example.jp
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -f target/aot/app.aot ] || { echo "start: no cache yet; run src/aot/make-cache.sh first" >&2; exit 1; }
exec "$JAVA25" -XX:+ExitOnOutOfMemoryError -XX:AOTCache=target/aot/app.aot --enable-native-access=ALL-UNNAMED -Dspring.aot.enabled=true ${JAVA_OPTS:-} \
  -jar target/aot/app/zadankai.jar "$@"
