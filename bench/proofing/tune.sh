#!/usr/bin/env bash
# Threshold sweep on the dev split only: bench/proofing/tune.sh blockFreq,minNewFreq,minLmGain,minScore,idiomLmGain,singlePenalty[,wordMinFreq,wordMinScore,wordMaxWritten,minWordGain,wordOnlyGain,freeMinLen,freeGain][/nearby] ...
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"; OUT="$ROOT/bench/out/proofing"; cd "$ROOT"
mvn -B -q -o -pl gongkai-core compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="$ROOT/gongkai-core/target/classes:$(cat "$OUT/classpath.txt")"
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
javac -encoding UTF-8 --release 17 -proc:none -d "$OUT/classes" -cp "$CP" $(find "$ROOT/bench/proofing/src" -name '*.java')
exec java -Xmx1g -cp "$OUT/classes:$CP" org.gongkai.core.proof.typo.TypoTuner "$@"
