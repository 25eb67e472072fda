#!/usr/bin/env bash
# Coverage-guided fuzzing of every Jazzer target, one at a time: src/bench/fuzz.sh [seconds per target, default 60]
# [part of a target's name, to fuzz only the targets that have it].
# Prints per target the executions run, their rate, the corpus size and any finding. Jazzer keeps the corpus it
# grows in .cifuzz-corpus/ (the next run starts from it) and writes a finding beside the target's seed inputs
# under src/test/resources/, where `mvn verify` replays it until the bug is fixed. The corpus column counts the
# generated corpus, so it grows from run to run. Exits 1 when anything was found. MVN="mvn -o" runs offline.
set -uo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET=${1:-60}
ONLY=${2:-}
MVN=${MVN:-mvn}
LOGS=target/fuzz
TARGETS=(
  jp.zadankai.markdown.MarkdownPipelineFuzzTests#anyInputRendersIntoWellFormedHtmlWithoutScriptsHandlersOrDangerousUrls
  jp.zadankai.markdown.MarkdownPipelineFuzzTests#anyInputWithSpeakersKeepsDataSpeakerOnTurnsOnly
  jp.zadankai.article.FrontMatterFuzzTests#anyFrontMatterGivesAnArticleOrProblemsNamingTheFileAndLine
  jp.zadankai.web.PageHandlerFuzzTests#answersPagesOfTheSnapshotAndHandsTheServletRoutesOn
)
# Left to itself Jazzer instruments only the project's classes; the branches worth reaching are in the libraries.
INSTRUMENT='jp.zadankai.**,com.vladsch.flexmark.**,org.owasp.html.**,tools.jackson.**,org.snakeyaml.engine.**,org.eclipse.jetty.http.**'

mkdir -p "$LOGS"
$MVN -q -B -Dstyle.color=never test-compile || exit 1
findings=0
printf '%-72s %9s %7s %7s  %s\n' target execs exec/s corpus findings
for target in "${TARGETS[@]}"; do
  [[ $target == *"$ONLY"* ]] || continue
  class=${target%#*}
  method=${target#*#}
  inputs=src/test/resources/$(dirname "${class//.//}")/${class##*.}Inputs/$method
  log=$LOGS/$method.log
  touch "$LOGS/$method.start"
  # keep_going: a finding does not end the run, so every target gets its full time and reports all it found;
  # -print_final_stats: libFuzzer's own count of the executions.
  JAZZER_FUZZ=1 $MVN -B -Dstyle.color=never -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${SECONDS_PER_TARGET}s" -Djazzer.instrument="$INSTRUMENT" -Djazzer.keep_going=20 \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-print_final_stats=1 \
    surefire:test > "$log" 2>&1
  execs=$(grep -a -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  rate=$(grep -a -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  corpus=$(find ".cifuzz-corpus/$class/$method" -type f 2>/dev/null | wc -l)
  crashes=$(find "$inputs" -name 'crash-*' -newer "$LOGS/$method.start" 2>/dev/null | sort)
  count=$(printf '%s' "$crashes" | grep -c . || true)
  findings=$((findings + count))
  printf '%-72s %9s %7s %7s  %s\n' "$method" "${execs:--}" "${rate:--}" "$corpus" \
    "$([ -n "$execs" ] && echo "$count" || echo "no fuzzing statistics, see $log")"
  [ -n "$crashes" ] && printf '    %s\n' $crashes
done
echo "generated corpus in .cifuzz-corpus/, logs in $LOGS/"
exit $((findings > 0))
