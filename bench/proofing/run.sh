#!/usr/bin/env bash
# 错别字 detector benchmark: strict CSCD-NS sentence-level P/R/F1 on the ECSpell EC-ODW train file
# (dev = 4 of 5 lines, held-out = every 5th line, never tuned on), false alarms per 10,000 characters
# on correct sentences, load time and single-thread throughput on a ≥ 2 MB document.
#
# Run from the repository root:
#   bench/proofing/run.sh
#   bench/proofing/run.sh -Dshow=dev          # print the dev split's wrong predictions (for tuning)
#   bench/proofing/run.sh -DspeedMb=4 -Druns=10
# MVN_OPTS_EXTRA=-o runs Maven offline.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/bench/out/proofing"
mkdir -p "$OUT"
cd "$ROOT"

mvn -B -q ${MVN_OPTS_EXTRA:-} -pl gongkai-core compile dependency:build-classpath \
    -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="$ROOT/gongkai-core/target/classes:$(cat "$OUT/classpath.txt")"

rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
javac -encoding UTF-8 --release 17 -proc:none -d "$OUT/classes" -cp "$CP" $(find "$ROOT/bench/proofing/src" -name '*.java')

java ${JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC} "$@" -cp "$OUT/classes:$CP" org.gongkai.bench.proofing.TypoBench
echo "--- whole engine (all check families) ---"
exec java ${JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC} "$@" -cp "$OUT/classes:$CP" org.gongkai.bench.proofing.EngineBench
